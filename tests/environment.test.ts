import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { payloadSecret } from '@/config/payloadSecret'

import { throwawayDir } from './helpers/database'

const dir = throwawayDir()
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('PAYLOAD_SECRET', () => {
  it('is required in production', () => {
    expect(() => payloadSecret({ env: { NODE_ENV: 'production' }, envFile: path.join(dir, 'none.env') })).toThrow(
      /PAYLOAD_SECRET is required in production/,
    )
    expect(fs.existsSync(path.join(dir, 'none.env'))).toBe(false)
  })

  it('is used as given', () => {
    const secret = 'g'.repeat(32)
    expect(payloadSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: secret } })).toBe(secret)
  })

  it.each([1, 16, 31])('of %i characters refuses to start in production', (length) => {
    expect(() => payloadSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: 's'.repeat(length) } })).toThrow(
      /at least 32 characters/,
    )
  })

  it('is generated once into .env in development and reused on the next start', () => {
    const envFile = path.join(dir, '.env')
    fs.writeFileSync(envFile, 'PORT=3000')
    const first = payloadSecret({ env: { NODE_ENV: 'development' }, envFile })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.readFileSync(envFile, 'utf8')).toBe(`PORT=3000\nPAYLOAD_SECRET=${first}\n`)
    expect(payloadSecret({ env: { NODE_ENV: 'development' }, envFile })).toBe(first)
  })
})

describe('PAYLOAD_SECRET at build time', () => {
  it('is not needed by `next build`, which serves nothing, and is not written anywhere', () => {
    const envFile = path.join(dir, 'build.env')
    const env = { NODE_ENV: 'production' as const, NEXT_PHASE: 'phase-production-build' }
    expect(payloadSecret({ env, envFile })).toBe('build-time-only')
    expect(fs.existsSync(envFile)).toBe(false)
  })
})
