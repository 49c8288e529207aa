import type { CollectionConfig, Config, Field, GlobalBeforeOperationHook, GlobalConfig } from 'payload'

import { isTranslatorOnly } from '@/access/roles'

import { withDocumentSource, withPolishSource } from './admin/sourceFields'
import { translationStatusEndpoint } from './endpoint'
import { hasLocalizedDescendant } from './fieldValues'
import { lockSharedFields } from './lockSharedFields'
import { trackingFields, trackTranslation } from './trackTranslation'
import { refuseOtherLanguages, translatorGuard } from './translatorGuard'
import { xliffEndpoints } from './xliff'

/** A list-view column with each language's translation state. */
const statusColumn = {
  name: 'translationStatus',
  type: 'ui',
  label: { pl: 'Tłumaczenie', en: 'Translation' },
  admin: { components: { Cell: '@/plugins/translationWorkflow/admin/TranslationStatusCell#TranslationStatusCell' } },
} satisfies Field

const globalGuard: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' && isTranslatorOnly(req.user)) refuseOtherLanguages(req, req.locale)
  return args
}

const tracks = (fields: Field[]) => fields.some(hasLocalizedDescendant)

function trackCollection(collection: CollectionConfig): CollectionConfig {
  const fields = collection.fields
  return {
    ...collection,
    custom: { ...collection.custom, translationTracked: true },
    admin: {
      ...withDocumentSource(collection, 'edit'),
      defaultColumns: collection.admin?.defaultColumns && [...collection.admin.defaultColumns, statusColumn.name],
    },
    fields: [...lockSharedFields(withPolishSource(fields)), statusColumn, ...trackingFields(fields)],
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), translatorGuard(fields)],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), trackTranslation(fields)],
    },
  }
}

function trackGlobal(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    custom: { ...global.custom, translationTracked: true },
    admin: withDocumentSource(global, 'elements'),
    fields: [...lockSharedFields(withPolishSource(global.fields)), ...trackingFields(global.fields)],
    hooks: {
      ...global.hooks,
      beforeOperation: [...(global.hooks?.beforeOperation ?? []), globalGuard],
      beforeChange: [...(global.hooks?.beforeChange ?? []), trackTranslation(global.fields) as never],
    },
  }
}

/**
 * Translators at work: shared fields locked for them, each language's state tracked against the
 * Polish text, a REST endpoint and an admin dashboard listing what is left to translate.
 * `users` is left alone: its localized nothing is content.
 */
export const translationWorkflow = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((c) => (c.auth || !tracks(c.fields) ? c : trackCollection(c))),
  globals: config.globals?.map((g) => (tracks(g.fields) ? trackGlobal(g) : g)),
  endpoints: [...(config.endpoints ?? []), translationStatusEndpoint, ...xliffEndpoints],
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeDashboard: [
        ...(config.admin?.components?.beforeDashboard ?? []),
        '@/plugins/translationWorkflow/admin/TranslationWork#TranslationWork',
      ],
    },
  },
})
