import { defaultLocale, localeCodes } from '@/i18n/locales'

// Every public URL of the site is built here. Collections import this file for the admin's preview
// links, so it may import nothing that imports them (the site, the collections, the Payload config).

export type Env = Record<string, string | undefined>

/**
 * SERVER_URL as set, or '' when it is not: the admin's preview links and the live-preview listener
 * then stay on the origin the admin was opened on.
 */
export const configuredServerUrl = (env: Env = process.env): string => env.SERVER_URL || ''

/** The site's address for absolute URLs (sitemap, JSON-LD, open data): read when served, not when built. */
export const siteUrl = (env: Env = process.env): string => configuredServerUrl(env) || 'http://localhost:3000'

export const absoluteUrl = (path: string): string => new URL(path, siteUrl()).toString()

/** The collections whose documents have a page of their own, and the section of the site that shows them. */
export const sections = {
  partnerships: '/partnerships',
  'friendly-cities': '/friendly-cities',
  'history-articles': '/history',
  activities: '/activities',
} as const

export type PageCollection = keyof typeof sections
export type CityCollection = Exclude<PageCollection, 'history-articles' | 'activities'>

export const pageCollections = Object.keys(sections) as PageCollection[]

// The paths below are the part after the locale ('' for home, '/partnerships/esslingen-nad-neckarem'),
// so that the language switcher and the hreflang alternates can put each language in front of them.

export const localizedPath = (locale: string, path = '') => `/${locale}${path}`

export const alternateLanguages = (path = ''): Record<string, string> => ({
  ...Object.fromEntries(localeCodes().map((code) => [code, localizedPath(code, path)])),
  'x-default': localizedPath(defaultLocale, path),
})

export const documentPath = (collection: PageCollection, slug: string) => `${sections[collection]}/${slug}`

/** A list of cities: `country` (an ISO code) narrows it to one country, `page` past the first pages it. */
export function listPath(collection: CityCollection, { page = 1, country }: { page?: number; country?: string } = {}) {
  const search = new URLSearchParams({
    ...(country ? { country } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  }).toString()
  return search ? `${sections[collection]}?${search}` : sections[collection]
}

/** The activities' filters as their list's URL says them (src/site/views/activityIndex/load.ts). */
export type ActivityQuery = { city?: string; area?: number; kind?: string; year?: number; page?: number }

/** The list of activities: each filter narrows it (together they all apply), `page` past the first pages it. */
export function activitiesPath({ city, area, kind, year, page = 1 }: ActivityQuery = {}) {
  const search = new URLSearchParams({
    ...(city ? { city } : {}),
    ...(area ? { area: String(area) } : {}),
    ...(kind ? { kind } : {}),
    ...(year ? { year: String(year) } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  }).toString()
  return search ? `${sections.activities}?${search}` : sections.activities
}

export const accessibilityPath = '/accessibility'
export const openDataPath = '/open-data'

// The open-data files and the sitemap are the same in every language: their paths have no locale.

export type OpenDataFormat = 'json' | 'csv' | 'geojson'
export const openDataFile = (format: OpenDataFormat) => `twin-cities.${format}`
export const openDataFilePath = (format: OpenDataFormat) => `${openDataPath}/${openDataFile(format)}`

export const sitemapPath = '/sitemap.xml'
export const sitemapFilePath = (index: number) => `/sitemaps/${index + 1}.xml`

// Editors' preview: /next/preview turns on draft mode for a signed-in editor, then opens the page.

export const previewCollections: string[] = pageCollections

export function previewURL(collection: string, slug: unknown, locale: string): string | null {
  if (!Object.hasOwn(sections, collection) || typeof slug !== 'string' || !slug) return null
  const path = localizedPath(locale, documentPath(collection as PageCollection, slug))
  return `${configuredServerUrl()}/next/preview?path=${encodeURIComponent(path)}`
}

/** `/pl/partnerships/x` → `/preview/pl/partnerships/x`: the content pages that have a preview route. */
export function previewPagePath(path: string): string | null {
  const sectionsPattern = Object.values(sections).join('|')
  return new RegExp(`^/[a-z]{2}(${sectionsPattern})/[a-z0-9-]+$`).test(path) ? `/preview${path}` : null
}

/** Leaves draft mode and goes back to the home page in the language being previewed. */
export const exitPreviewPath = (locale: string) => `/next/exit-preview?path=${localizedPath(locale)}`
