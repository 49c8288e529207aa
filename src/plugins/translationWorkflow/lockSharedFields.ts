import type { Field, FieldAccess } from 'payload'

import { isTranslatorOnly } from '@/access/roles'
import { refuseFieldChange } from '@/hooks/refuseFieldChange'

import { hasLocalizedDescendant, isTrackingField, sharedValue } from './fieldValues'

const notTranslator: FieldAccess = ({ req: { user } }) => !isTranslatorOnly(user)

/** Values are compared in canonical form: a date string or a populated upload sent back unchanged is no change. */
const rejectSharedChange = refuseFieldChange({
  may: (req) => !isTranslatorOnly(req.user),
  same: (field, stored, sent) =>
    JSON.stringify(sharedValue(field as Field, stored)) === JSON.stringify(sharedValue(field as Field, sent)),
  reason: (req) => req.t('custom:sharedFieldLocked' as never),
})

/**
 * Makes every field shared by all languages read-only for translators: in the admin (field access)
 * and through the API (a 403 naming the field). Containers holding translations (a status history
 * row's note) stay open; their shared parts are locked one by one.
 */
export function lockSharedFields(fields: Field[], topLevel = true): Field[] {
  return fields.map((field): Field => {
    if (isTrackingField(field) || (field as any).localized || field.type === 'ui') return field
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: lockSharedFields(tab.fields, topLevel && !('name' in tab && tab.name)),
        })),
      }
    }
    if (!('name' in field)) {
      return 'fields' in field ? ({ ...field, fields: lockSharedFields(field.fields, topLevel) } as Field) : field
    }
    const hooks = topLevel
      ? { ...field.hooks, beforeValidate: [rejectSharedChange, ...(field.hooks?.beforeValidate ?? [])] }
      : field.hooks
    if (!hasLocalizedDescendant(field)) {
      const update = field.access?.update
      const access: FieldAccess = update ? async (args) => (await notTranslator(args)) && update(args) : notTranslator
      return { ...field, hooks, access: { ...field.access, update: access } } as Field
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        hooks,
        blocks: field.blocks.map((block) => ({ ...block, fields: lockSharedFields(block.fields, false) })),
      }
    }
    return { ...field, hooks, fields: lockSharedFields((field as any).fields, false) } as Field
  })
}
