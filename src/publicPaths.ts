/** Where a document is shown on the public site, for the admin's preview and live preview. */
const sections: Record<string, string> = {
  partnerships: 'partnerships',
  'friendly-cities': 'friendly-cities',
  'history-articles': 'history',
}

export const previewCollections = Object.keys(sections)

export function publicPath(collection: string, slug: unknown, locale: string): string | null {
  const section = sections[collection]
  return section && typeof slug === 'string' && slug ? `/${locale}/${section}/${slug}` : null
}

export function previewURL(collection: string, slug: unknown, locale: string): string | null {
  const path = publicPath(collection, slug, locale)
  const base = process.env.SERVER_URL || ''
  return path ? `${base}/next/preview?path=${encodeURIComponent(path)}` : null
}

/** `/pl/partnerships/x` → `/preview/pl/partnerships/x`: the content pages that have a preview route. */
export function previewPagePath(path: string): string | null {
  const sectionsPattern = Object.values(sections).join('|')
  return new RegExp(`^/[a-z]{2}/(${sectionsPattern})/[a-z0-9-]+$`).test(path) ? `/preview${path}` : null
}
