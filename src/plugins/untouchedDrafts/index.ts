import type { CollectionConfig, Config, Field } from 'payload'

import { mapSubFields } from '@/fields/fieldTree'

import { touched, untouchedField } from './field'
import { clearUntouched, deleteAbandoned, markUntouched } from './hooks'

const autosaves = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' &&
  typeof collection.versions.drafts === 'object' &&
  Boolean(collection.versions.drafts.autosave)

function withUntouched(collection: CollectionConfig): CollectionConfig {
  const { hooks = {}, admin = {} } = collection
  return {
    ...collection,
    // The list view and the rich-text editor's internal links.
    admin: { ...admin, baseFilter: () => touched },
    fields: [...collection.fields, untouchedField],
    hooks: {
      ...hooks,
      // After the request checks: those refuse a malformed body before anything reads it.
      beforeOperation: [...(hooks.beforeOperation ?? []), markUntouched],
      beforeChange: [...(hooks.beforeChange ?? []), clearUntouched],
      afterOperation: [...(hooks.afterOperation ?? []), deleteAbandoned],
    },
  }
}

/** Relationship pickers (a history article's partner cities) offer no untouched draft either. */
function pickersWithoutUntouched(fields: Field[], marked: Set<string>): Field[] {
  return fields.map((field): Field => {
    if (
      field.type === 'relationship' &&
      !field.filterOptions &&
      [field.relationTo].flat().some((slug) => marked.has(slug))
    ) {
      return {
        ...field,
        filterOptions: ({ relationTo }: { relationTo: string }) => (marked.has(relationTo) ? touched : true),
      } as Field
    }
    return mapSubFields(field, (inner) => pickersWithoutUntouched(inner, marked))
  })
}

/**
 * With autosave, Payload's "Create new" saves an empty draft before anyone types, so that autosave
 * has a document to write to. One opened and left is marked `untouched` until its first save:
 * hidden from the admin's lists, pickers and the translation dashboard (readers never see drafts),
 * and deleted a day later, when the next one is created.
 */
export const untouchedDrafts = (config: Config): Config => {
  const marked = new Set((config.collections ?? []).filter(autosaves).map((collection) => collection.slug))
  return {
    ...config,
    collections: config.collections?.map((collection) => {
      const withPickers = { ...collection, fields: pickersWithoutUntouched(collection.fields, marked) }
      return marked.has(collection.slug) ? withUntouched(withPickers) : withPickers
    }),
    globals: config.globals?.map((global) => ({ ...global, fields: pickersWithoutUntouched(global.fields, marked) })),
  }
}
