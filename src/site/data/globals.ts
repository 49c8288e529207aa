import type { GlobalSlug, TypedLocale } from 'payload'

import type { AccessibilityStatement, SiteSetting } from '@/payload-types'
import { cached } from '@/site/data/cached'
import { type Localized, localize, withPolish } from '@/site/data/localized'
import { payloadInstance } from '@/site/data/payload'

async function findGlobalLocalized<T extends object>(slug: GlobalSlug, locale: string): Promise<Localized<T>> {
  return cached([slug, 'media'], [locale], async (draft) => {
    const payload = await payloadInstance()
    const read = (readLocale: string) =>
      payload.findGlobal({
        slug,
        locale: readLocale as TypedLocale,
        fallbackLocale: false,
        depth: 1,
        draft,
        overrideAccess: draft,
      })
    const [inLocale, inPolish] = await withPolish(locale, read)
    return localize(inLocale as T, inPolish as T | undefined)
  })
}

export const getSiteSettings = (locale: string) => findGlobalLocalized<SiteSetting>('site-settings', locale)
export const getAccessibilityStatement = (locale: string) =>
  findGlobalLocalized<AccessibilityStatement>('accessibility-statement', locale)
