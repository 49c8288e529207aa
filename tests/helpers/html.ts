/**
 * What of a page's HTML could run or fetch JavaScript (issue 14: readers' pages carry none). A
 * `<script type="application/ld+json">` is data, not code, and stays allowed.
 */
const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find(Boolean)

export const executableScripts = (html: string): string[] =>
  [...html.matchAll(/<script\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => attribute(tag, 'type')?.toLowerCase() !== 'application/ld+json')

/** `<link rel="preload" as="script">` and `<link rel="modulepreload">`: a download of code to run. */
export const scriptPreloads = (html: string): string[] =>
  [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => {
      const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
      return rel.includes('modulepreload') || (rel.includes('preload') && attribute(tag, 'as') === 'script')
    })

/**
 * References to Next's JavaScript files. Not every `/_next/static/chunks/` path: Turbopack puts the
 * stylesheets there too (`/_next/static/chunks/….css`), and those stay.
 */
export const nextScriptUrls = (html: string): string[] =>
  [...html.matchAll(/\/_next\/static\/[^"'\s)>]*?\.m?js\b/g)].map(([url]) => url)

/** Content-Security-Policy as directive → its sources. */
export const policyDirectives = (policy: string | null): Record<string, string[]> =>
  Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  )

/** The text of each `<h1>` the server sent, tags stripped (what a browser without JavaScript shows). */
export const headings = (html: string): string[] =>
  [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/gi)].map(([, inner]) => inner.replace(/<[^>]+>/g, '').trim())

/** One path of each readers' page type, after the locale (the seed's documents). */
export const READER_PAGES = {
  home: '',
  partnerships: '/partnerships',
  partnership: '/partnerships/esslingen-nad-neckarem',
  friendlyCities: '/friendly-cities',
  friendly: '/friendly-cities/udine',
  history: '/history/idea-miast-partnerskich',
  accessibility: '/accessibility',
  openData: '/open-data',
  country: '/partnerships?country=DE',
}
