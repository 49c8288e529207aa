import { headers } from 'next/headers'

/**
 * schema.org data; `<` is escaped so no text can close the script element. It carries the page's
 * CSP nonce (src/proxy.ts) like Next's own scripts.
 */
export async function JsonLd({ data }: { data: Record<string, unknown> }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined
  return (
    <script
      type="application/ld+json"
      nonce={nonce}
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}
