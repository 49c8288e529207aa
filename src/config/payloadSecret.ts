import crypto from 'node:crypto'

import { type EnvOptions, persistedEnvValue } from '@/config/envFile'

/** A shorter secret can be brute-forced from one signed session cookie. */
const MIN_SECRET_LENGTH = 32

/**
 * Production refuses to start without PAYLOAD_SECRET: a guessable secret would let anyone forge
 * admin sessions. In development a random one is written to .env once, so sessions survive restarts.
 */
export function payloadSecret(options: EnvOptions = {}): string {
  const env = options.env ?? process.env
  // `next build` loads the config but serves nothing, so a build machine needs no secret.
  if (env.NEXT_PHASE === 'phase-production-build' && !env.PAYLOAD_SECRET?.trim()) return 'build-time-only'
  if (env.NODE_ENV === 'production' && !env.PAYLOAD_SECRET?.trim()) {
    throw new Error('PAYLOAD_SECRET is required in production: set it to a long random string (see .env.example).')
  }
  if (env.NODE_ENV === 'production' && env.PAYLOAD_SECRET!.trim().length < MIN_SECRET_LENGTH) {
    throw new Error(
      `PAYLOAD_SECRET is too short for production: use at least ${MIN_SECRET_LENGTH} characters (openssl rand -hex 32).`,
    )
  }
  return persistedEnvValue('PAYLOAD_SECRET', () => crypto.randomBytes(32).toString('hex'), options)
}
