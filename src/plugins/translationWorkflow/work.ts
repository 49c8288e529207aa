import { type CollectionSlug, createLocalReq, type Field, type GlobalSlug, type Payload, type TypedUser } from 'payload'

import { defaultLocale } from '@/i18n/locales'

import { storedState, translationLocales, translationState, type TranslationState } from './status'

export { translationLocales }

export type TranslationItem = {
  collection: string
  global?: true
  id: number | string
  locale: string
  title: string
  status: TranslationState
  updatedAt: string | null
}

const order: Record<TranslationState, number> = { missing: 0, outdated: 1, done: 2 }

const text = (value: unknown): string => {
  if (value && typeof value === 'object') return text((value as Record<string, unknown>)[defaultLocale])
  return typeof value === 'string' ? value : value == null ? '' : String(value)
}

const label = (value: unknown, language: string): string =>
  typeof value === 'string' ? value : text((value as Record<string, unknown>)?.[language] ?? value)

/**
 * The state of every tracked document and global in each of `locales`, as the given user may read
 * them (latest drafts included), open work first.
 */
export async function translationWork(
  payload: Payload,
  user: TypedUser,
  locales: string[],
  language = 'pl',
): Promise<TranslationItem[]> {
  const items: TranslationItem[] = []
  const read = { draft: true, depth: 0, user, overrideAccess: false, fallbackLocale: false } as const
  // The states stored with each document; computed only for one written before they were stored
  // (the migration that added them filled them in, so this is a safety net).
  const stateOf = async (fields: Field[], doc: any, locale: string, whole: () => Promise<unknown>) =>
    storedState(doc, locale) ?? translationState(fields, await whole(), locale)
  const req = await createLocalReq({ user }, payload)

  for (const { config } of Object.values(payload.collections)) {
    if (!config.custom?.translationTracked) continue
    // What the admin's lists leave out (their base filter: drafts nobody has written in yet), so does this.
    const where =
      (await config.admin.baseFilter?.({
        limit: 0,
        page: 1,
        sort: '',
        req,
      })) ?? undefined
    const collection = config.slug as CollectionSlug
    const titleField = config.admin.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      ...read,
      collection,
      locale: defaultLocale,
      where,
      pagination: false,
      select: { [titleField]: true, ...(config.upload ? { filename: true } : {}), translation: true, updatedAt: true },
    } as never)
    for (const doc of docs as any[]) {
      const title = text(doc[titleField]) || text(doc.filename) || String(doc.id)
      const whole = () => payload.findByID({ ...read, collection, id: doc.id, locale: 'all' } as never)
      for (const locale of locales) {
        items.push({
          collection: config.slug,
          id: doc.id,
          locale,
          title,
          status: await stateOf(config.fields, doc, locale, whole),
          updatedAt: doc.updatedAt ?? null,
        })
      }
    }
  }
  for (const config of payload.config.globals) {
    if (!config.custom?.translationTracked) continue
    const slug = config.slug as GlobalSlug
    const doc: any = await payload.findGlobal({ ...read, slug, locale: defaultLocale } as never)
    const whole = () => payload.findGlobal({ ...read, slug, locale: 'all' } as never)
    for (const locale of locales) {
      items.push({
        collection: config.slug,
        global: true,
        id: config.slug,
        locale,
        title: label(config.label, language) || config.slug,
        status: await stateOf(config.fields, doc, locale, whole),
        updatedAt: doc?.updatedAt ?? null,
      })
    }
  }
  return items.sort(
    (a, b) =>
      order[a.status] - order[b.status] || a.locale.localeCompare(b.locale) || a.title.localeCompare(b.title, 'pl'),
  )
}

/** Where an editor or translator works on an item: its edit screen, in the item's language. */
export const editPath = (
  adminRoute: string,
  item: Pick<TranslationItem, 'collection' | 'global' | 'id' | 'locale'>,
): string =>
  `${adminRoute}/${item.global ? 'globals' : 'collections'}/${item.collection}${item.global ? '' : `/${item.id}`}?locale=${item.locale}`
