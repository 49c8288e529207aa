import type { Field, FieldAccess } from 'payload'
import { fieldAffectsData, fieldIsLocalized, fieldIsPresentationalOnly } from 'payload/shared'

import { isTranslatorOnly } from '@/access/roles'
import { mapSubFields } from '@/fields/fieldTree'
import { refuseFieldChange } from '@/hooks/refuseFieldChange'

import { hasLocalizedDescendant, isTrackingField, sharedValue } from './fieldValues'

const notTranslator: FieldAccess = ({ req: { user } }) => !isTranslatorOnly(user)

/** Values are compared in canonical form: a date string or a populated upload sent back unchanged is no change. */
const rejectSharedChange = refuseFieldChange({
  may: (req) => !isTranslatorOnly(req.user),
  same: (field, stored, sent) =>
    JSON.stringify(sharedValue(field, stored)) === JSON.stringify(sharedValue(field, sent)),
  reason: (req) => req.t('custom:sharedFieldLocked' as never),
})

/**
 * Makes every field shared by all languages read-only for translators: in the admin (field access)
 * and through the API (a 403 naming the field). Containers holding translations (a status history
 * row's note) stay open; their shared parts are locked one by one.
 */
export function lockSharedFields(fields: Field[], topLevel = true): Field[] {
  return fields.map((field): Field => {
    if (isTrackingField(field) || fieldIsLocalized(field) || fieldIsPresentationalOnly(field)) return field
    if (!fieldAffectsData(field))
      return mapSubFields(field, (inner, ownObject) => lockSharedFields(inner, topLevel && !ownObject))
    const hooks = topLevel
      ? { ...field.hooks, beforeValidate: [rejectSharedChange, ...(field.hooks?.beforeValidate ?? [])] }
      : field.hooks
    if (hasLocalizedDescendant(field))
      return mapSubFields({ ...field, hooks } as Field, (inner) => lockSharedFields(inner, false))
    const update = field.access?.update
    const access: FieldAccess = update ? async (args) => (await notTranslator(args)) && update(args) : notTranslator
    return { ...field, hooks, access: { ...field.access, update: access } } as Field
  })
}
