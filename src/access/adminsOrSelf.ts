import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** Everyone signed in sees and edits their own account; only admins see the others. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
