import type { Access } from 'payload'

import { hasRole } from '@/utilities/roles'

export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')
