import { type CollectionSlug, createLocalReq, type GlobalSlug, type Payload, type TypedUser } from 'payload'

import { defaultLocale, localeCodes } from '@/i18n/locales'

import { translationState, type TranslationState } from './status'

export type TranslationItem = {
  collection: string
  global?: true
  id: number | string
  locale: string
  title: string
  status: TranslationState
  updatedAt: string | null
}

export const translationLocales = (): string[] => localeCodes().filter((code) => code !== defaultLocale)

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
  const read = { locale: 'all', draft: true, depth: 0, user, overrideAccess: false, fallbackLocale: false } as const
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
    const { docs } = await payload.find({
      ...read,
      collection: config.slug as CollectionSlug,
      where,
      pagination: false,
    } as never)
    for (const doc of docs as any[]) {
      const title = text(doc[config.admin.useAsTitle ?? 'id']) || text(doc.filename) || String(doc.id)
      for (const locale of locales) {
        items.push({
          collection: config.slug,
          id: doc.id,
          locale,
          title,
          status: translationState(config.fields, doc, locale),
          updatedAt: doc.updatedAt ?? null,
        })
      }
    }
  }
  for (const config of payload.config.globals) {
    if (!config.custom?.translationTracked) continue
    const doc: any = await payload.findGlobal({ ...read, slug: config.slug as GlobalSlug } as never)
    for (const locale of locales) {
      items.push({
        collection: config.slug,
        global: true,
        id: config.slug,
        locale,
        title: label(config.label, language) || config.slug,
        status: translationState(config.fields, doc, locale),
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
