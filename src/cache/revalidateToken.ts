import crypto from 'node:crypto'

import { payloadSecret } from '@/config/payloadSecret'

/** Proves a revalidation request comes from this deployment: derived from PAYLOAD_SECRET. */
export const revalidateToken = (): string =>
  crypto.createHmac('sha256', payloadSecret()).update('revalidate').digest('base64url')

export function isRevalidateToken(candidate: string | null): boolean {
  const expected = Buffer.from(revalidateToken())
  const given = Buffer.from(candidate ?? '')
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
