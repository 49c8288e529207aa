import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { fieldIsLocalized } from 'payload/shared'

import { mapSubFields } from '@/fields/fieldTree'

import { TRANSLATABLE } from './sourcePaths'

const SOURCE_BESIDE = '@/plugins/translationWorkflow/admin/SourceBeside#SourceBeside'
const DOCUMENT_SOURCE = '@/plugins/translationWorkflow/admin/DocumentSource#DocumentSource'

/**
 * Every translatable localized field, at any depth (tabs, groups, array rows), gets the Polish
 * source above its input. `beforeInput` is what Payload 3.90's text, textarea and Lexical fields
 * all render; a custom `Field` would replace Payload's own input and its behaviour with it.
 */
export function withPolishSource(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (!fieldIsLocalized(field)) return mapSubFields(field, (inner) => withPolishSource(inner))
    if (!(TRANSLATABLE as readonly string[]).includes(field.type)) return field
    const admin = (field.admin ?? {}) as { components?: { beforeInput?: unknown[] } }
    const components = { ...admin.components, beforeInput: [...(admin.components?.beforeInput ?? []), SOURCE_BESIDE] }
    return { ...field, admin: { ...admin, components } } as Field
  })
}

/** The document's "fill from Polish" action and Polish title fallback, beside its Save button. */
export const withDocumentSource = <T extends CollectionConfig | GlobalConfig>(config: T, slot: 'edit' | 'elements') => {
  const components = (config.admin?.components ?? {}) as Record<string, { beforeDocumentControls?: unknown[] }>
  const controls = components[slot]?.beforeDocumentControls ?? []
  return {
    ...config.admin,
    components: {
      ...components,
      [slot]: { ...components[slot], beforeDocumentControls: [...controls, DOCUMENT_SOURCE] },
    },
  } as T['admin']
}
