import { hasRole } from '@/access/roles'
import { refuseFieldChange } from '@/hooks/refuseFieldChange'

const canonical = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...value].sort() : (value ?? []))

/** Only an admin changes roles and translator languages, their own included. */
export const rejectRoleChange = refuseFieldChange({
  may: (req) => hasRole(req.user, 'admin'),
  same: (_field, stored, sent) => canonical(stored) === canonical(sent),
  reason: () => 'Only an admin can change roles and translator languages.',
})
