import type { I18nClient } from '@payloadcms/translations'
import type { CollectionSlug, Payload } from 'payload'

import { storedState, translationLocales, translationState } from '@/plugins/translationWorkflow/status'

import { StatusBadge } from './StatusBadge'
import './translation.css'

type Props = {
  rowData?: { id: number | string; translation?: unknown }
  collectionSlug: CollectionSlug
  payload: Payload
  i18n: I18nClient
}

/**
 * The list view's "Translation" column: each language's state, as stored with the row (the list
 * reads the latest drafts). A row stored before the state was (none since the migration) is read
 * whole and computed.
 */
export async function TranslationStatusCell({ rowData, collectionSlug, payload, i18n }: Props) {
  // Payload 3.90 also renders a `ui` field's Cell inside the edit form, with no row: nothing to show.
  if (rowData?.id === undefined) return null
  const locales = translationLocales()
  const stored = locales.map((locale) => storedState(rowData, locale))
  const states = stored.every(Boolean)
    ? stored
    : await (async () => {
        const doc = await payload.findByID({
          collection: collectionSlug,
          id: rowData.id,
          locale: 'all',
          draft: true,
          depth: 0,
          fallbackLocale: false,
          overrideAccess: true,
        } as never)
        const fields = payload.collections[collectionSlug].config.fields
        return locales.map((locale) => translationState(fields, doc, locale))
      })()
  return (
    <span className="translation-badges">
      {locales.map((locale, index) => {
        const status = states[index]!
        const label = i18n.t(`custom:translation${status[0]!.toUpperCase()}${status.slice(1)}` as never)
        return <StatusBadge key={locale} status={status} label={label} locale={locale} />
      })}
    </span>
  )
}
