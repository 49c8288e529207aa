import type { FieldHook } from 'payload'

import { Refused } from '@/plugins/hardening/refused'
import { hasRole } from '@/access/roles'

const canonical = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...value].sort() : (value ?? []))

/**
 * Field access would silently drop a user's change to their own roles or languages; a 403 naming the
 * field says why it did not happen.
 */
export const rejectRoleChange: FieldHook = ({
  field,
  operation,
  overrideAccess,
  path,
  previousValue,
  req,
  siblingData,
}) => {
  if (operation !== 'update' || overrideAccess || hasRole(req.user, 'admin')) return
  const name = 'name' in field ? field.name : undefined
  if (!name || !siblingData || !(name in siblingData)) return
  if (canonical((siblingData as Record<string, unknown>)[name]) === canonical(previousValue)) return
  const message = 'Only an admin can change roles and translator languages.'
  throw new Refused(message, (path ?? []).join('.') || name)
}
