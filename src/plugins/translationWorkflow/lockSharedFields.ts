import type { Field, FieldAccess, FieldHook } from 'payload'

import { Refused } from '@/plugins/hardening/refused'
import { isTranslatorOnly } from '@/access/roles'

import { hasLocalizedDescendant, isTrackingField, sharedValue } from './fieldValues'

const notTranslator: FieldAccess = ({ req: { user } }) => !isTranslatorOnly(user)

/**
 * Field access alone would drop a translator's change to a shared field without a word; this says
 * which field and why, before access runs. Values are compared in canonical form, since the admin
 * sends every field back, changed or not.
 */
const rejectSharedChange: FieldHook = ({ field, siblingData, previousValue, req, operation, overrideAccess, path }) => {
  if (operation !== 'update' || overrideAccess || !isTranslatorOnly(req.user)) return
  const name = 'name' in field ? field.name : undefined
  if (!name || !siblingData || !(name in siblingData)) return
  const before = JSON.stringify(sharedValue(field as Field, previousValue))
  const after = JSON.stringify(sharedValue(field as Field, (siblingData as Record<string, unknown>)[name]))
  if (before === after) return
  const message = req.t('custom:sharedFieldLocked' as never)
  throw new Refused(message, (path ?? []).join('.') || name)
}

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
