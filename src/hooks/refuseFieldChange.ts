import type { FieldAffectingData, FieldHook, PayloadRequest } from 'payload'

import { refused } from '@/errors'

type Rule = {
  /** Who may change the field. */
  may: (req: PayloadRequest) => boolean
  /** Whether the value sent stands for the stored one: the admin sends every field back, changed or not. */
  same: (field: FieldAffectingData, stored: unknown, sent: unknown) => boolean
  reason: (req: PayloadRequest) => string
}

/**
 * A `beforeValidate` field hook refusing an update of the field by someone who may not make it.
 * Field access alone would drop the change without a word; the 403 names the field and says why.
 */
export const refuseFieldChange =
  ({ may, same, reason }: Rule): FieldHook =>
  ({ field, operation, overrideAccess, path, previousValue, req, siblingData }) => {
    const { name } = field
    if (operation !== 'update' || overrideAccess || may(req) || !name || !siblingData || !(name in siblingData)) return
    if (same(field, previousValue, (siblingData as Record<string, unknown>)[name])) return
    throw refused(reason(req), (path ?? []).join('.') || name)
  }
