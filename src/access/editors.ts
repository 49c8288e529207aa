import type { Access } from 'payload'

import { isEditor } from '@/access/roles'

/** Create, delete and publish: admins and editors. */
export const editors: Access = ({ req: { user } }) => isEditor(user)
