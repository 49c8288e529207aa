/**
 * schema.org data; `<` is escaped so no text can close the element. A data block, never run: the
 * readers' pages allow no script at all (`script-src 'none'`), and this is not one.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}
