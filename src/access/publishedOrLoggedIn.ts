import type { Access } from 'payload'

/** Anonymous readers see published documents only; anyone logged in also sees drafts. */
export const publishedOrLoggedIn: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
