import type { CollectionConfig, Config } from 'payload'

import { touched, untouchedField } from './field'
import { clearUntouched, deleteAbandoned, markUntouched } from './hooks'

export { touched } from './field'

const autosaves = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && typeof collection.versions.drafts === 'object' && Boolean(collection.versions.drafts.autosave)

function withUntouched(collection: CollectionConfig): CollectionConfig {
  const { hooks = {}, admin = {} } = collection
  return {
    ...collection,
    admin: { ...admin, baseFilter: () => touched },
    fields: [...collection.fields, untouchedField],
    hooks: {
      ...hooks,
      beforeOperation: [markUntouched, ...(hooks.beforeOperation ?? [])],
      beforeChange: [...(hooks.beforeChange ?? []), clearUntouched],
      afterOperation: [...(hooks.afterOperation ?? []), deleteAbandoned],
    },
  }
}

/**
 * With autosave, Payload's "Create new" saves an empty draft before anyone types, so that autosave
 * has a document to write to. One opened and left is marked `untouched` until its first save:
 * hidden from the admin's lists and the translation dashboard (readers never see drafts), and
 * deleted a day later, when the next one is created.
 */
export const untouchedDrafts = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => (autosaves(collection) ? withUntouched(collection) : collection)),
})
