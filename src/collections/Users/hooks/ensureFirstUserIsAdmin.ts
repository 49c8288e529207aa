import type { FieldHook } from 'payload'

/**
 * The first account (made on the admin's create-first-user screen, where nobody can grant roles
 * yet) must be able to manage the others, or the office would be locked out of user management.
 */
export const ensureFirstUserIsAdmin: FieldHook = async ({ operation, req, value }) => {
  if (operation !== 'create') return value
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs > 0) return value
  const roles: string[] = Array.isArray(value) ? value : []
  return roles.includes('admin') ? roles : [...roles, 'admin']
}
