import { XMLBuilder } from 'fast-xml-parser'
import type { TypedLocale } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { translator } from '@/i18n/messages'
import { absoluteUrl, activitiesPath, localizedPath, siteUrl } from '@/publicPaths'
import { activitiesFeedPath, activityPath } from '@/site/data/activityPaths'
import { cached } from '@/site/data/cached'
import { localize } from '@/site/data/localized'
import { payloadInstance } from '@/site/data/payload'

/** Feed readers poll: the newest entries are what they need, and 50 keeps the file small at any scale. */
export const FEED_ENTRIES = 50

type Entry = { id: number; slug: string; title: string; summary?: string | null; updatedAt: string }

/** XML 1.0 has no way to write these; an editor may paste them. */
const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true })

/** A text in the reader's language, or the Polish one marked as such (`fallback` names those fields). */
const text = (value: string, polish: boolean) => ({ '#text': xmlText(value), ...(polish ? { '@_xml:lang': 'pl' } : {}) })

/** The newest published activities, each localized with the Polish fallback. */
async function newest(locale: string) {
  const payload = await payloadInstance()
  const read = async (readLocale: string, ids?: number[]) =>
    (
      await payload.find({
        collection: 'activities',
        locale: readLocale as TypedLocale,
        fallbackLocale: false,
        // The Polish read only needs the entries found.
        ...(ids ? { where: { id: { in: ids } }, pagination: false } : { sort: ['-date', '-createdAt'], limit: FEED_ENTRIES }),
        depth: 0,
        // Anonymous: published activities only.
        overrideAccess: false,
        select: { slug: true, title: true, summary: true, updatedAt: true },
      })
    ).docs as Entry[]
  const docs = await read(locale)
  const polish = locale === defaultLocale || !docs.length ? [] : await read(defaultLocale, docs.map((doc) => doc.id))
  const polishById = new Map(polish.map((doc) => [doc.id, doc]))
  return docs.map((doc) => localize(doc, polishById.get(doc.id)))
}

/**
 * `/{locale}/activities/feed.xml`: Atom 1.0 (RFC 4287). Entry ids are tag URIs (RFC 4151) of the
 * document's id, so a renamed slug does not make a feed reader show the entry again.
 */
export async function activitiesFeedXml(locale: string): Promise<string> {
  return cached(['activities'], ['activities-feed', locale], async () => {
    const t = translator(locale)
    const entries = await newest(locale)
    const host = new URL(siteUrl()).hostname
    const updated = entries.map((entry) => entry.updatedAt).sort().at(-1) ?? new Date().toISOString()
    const feed = {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': locale,
      id: absoluteUrl(activitiesFeedPath(locale)),
      title: xmlText(t('activitiesData.feedTitle')),
      subtitle: xmlText(t('activitiesData.feedSubtitle')),
      updated,
      author: { name: xmlText(`${t('site.name')} · ${t('site.cityName')}`) },
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': absoluteUrl(activitiesFeedPath(locale)) },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': absoluteUrl(localizedPath(locale, activitiesPath())) },
      ],
      entry: entries.map((entry) => ({
        id: `tag:${host},2026:activities/${entry.id}`,
        title: text(entry.title, entry.fallback.includes('title') && locale !== defaultLocale),
        link: {
          '@_rel': 'alternate',
          '@_type': 'text/html',
          '@_href': absoluteUrl(localizedPath(locale, activityPath(entry.slug))),
        },
        updated: entry.updatedAt,
        ...(entry.summary ? { summary: text(entry.summary, entry.fallback.includes('summary')) } : {}),
      })),
    }
    return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ feed })}`
  })
}
