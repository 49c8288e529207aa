import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { persistedEnvValue } from '@/config/envFile'
import { context } from '@/seed/session'

/** The first admin, only while there is no user at all. */
export async function seedAdmin(payload: Payload): Promise<string | undefined> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return undefined
  const email = process.env.ADMIN_EMAIL?.trim() || 'admin@example.com'
  let password = process.env.ADMIN_PASSWORD?.trim()
  if (!password && process.env.NODE_ENV !== 'production') {
    password = persistedEnvValue('ADMIN_PASSWORD', () => crypto.randomBytes(12).toString('base64url'))
  }
  if (!password) {
    payload.logger.warn('No user exists and ADMIN_PASSWORD is not set: create the first admin at /admin.')
    return undefined
  }
  await payload.create({
    collection: 'users',
    context,
    data: { email, password, name: 'Administrator', roles: ['admin'] },
  })
  return email
}
