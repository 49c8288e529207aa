import type { I18nClient } from '@payloadcms/translations'
import type { CollectionSlug, Payload } from 'payload'

import { translationState } from '@/plugins/translationWorkflow/status'
import { translationLocales } from '@/plugins/translationWorkflow/work'

import { StatusBadge } from './StatusBadge'
import './translation.css'

type Props = { rowData?: { id: number | string }; collectionSlug: CollectionSlug; payload: Payload; i18n: I18nClient }

/** The list view's "Translation" column: each language's state, from the latest draft. */
export async function TranslationStatusCell({ rowData, collectionSlug, payload, i18n }: Props) {
  // Payload 3.90 also renders a `ui` field's Cell inside the edit form, with no row: nothing to show.
  if (rowData?.id === undefined) return null
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
  return (
    <span className="translation-badges">
      {translationLocales().map((locale) => {
        const status = translationState(fields, doc, locale)
        const label = i18n.t(`custom:translation${status[0]!.toUpperCase()}${status.slice(1)}` as never)
        return <StatusBadge key={locale} status={status} label={label} locale={locale} />
      })}
    </span>
  )
}
