import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { payloadCli } from './helpers/cli'
import { throwawayDir } from './helpers/database'

const dir = throwawayDir()
const migrationsDir = path.resolve(import.meta.dirname, '..', 'src', 'migrations')
const production = {
  NODE_ENV: 'production',
  DATABASE_URI: `file:${path.join(dir, 'production.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  SEED_ON_START: 'false',
}
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

// Production does not push the SQLite schema: it needs the committed migrations.
describe.skipIf(process.env.MONGODB_URI)('production start on SQLite', () => {
  it('refuses to start without PAYLOAD_SECRET', () => {
    const { status, output } = payloadCli(['migrate:status'], { ...production, PAYLOAD_SECRET: '' })
    expect(status).not.toBe(0)
    expect(output).toContain('PAYLOAD_SECRET is required in production')
  })

  it('applies the committed migrations and seeds a fresh database', () => {
    const migrate = payloadCli(['migrate'], production)
    expect(migrate.status, migrate.output).toBe(0)
    const seeded = payloadCli(['seed'], production)
    expect(seeded.status, seeded.output).toBe(0)
    expect(seeded.output).toContain('"partnerships":10')
    const again = payloadCli(['seed'], production)
    expect(again.status, again.output).toBe(0)
    expect(again.output).toContain('everything was already there')
  })

  it('has a migration for every schema change (migrate:create finds nothing to write)', () => {
    const before = fs.readdirSync(migrationsDir)
    const { status, output } = payloadCli(['migrate:create', 'drift-check', '--skip-empty'], {
      DATABASE_URI: `file:${path.join(dir, 'drift.db')}`,
    })
    const added = fs.readdirSync(migrationsDir).filter((file) => !before.includes(file))
    if (added.length) {
      // Leave the tree as it was; the failure below says what to do.
      for (const file of added) fs.rmSync(path.join(migrationsDir, file))
      fs.writeFileSync(path.join(migrationsDir, 'index.ts'), indexBefore)
    }
    expect(status, output).toBe(0)
    expect(added, 'the schema changed: run `npm run payload migrate:create <name>` and commit it').toEqual([])
  })
})

const indexBefore = fs.readFileSync(path.join(migrationsDir, 'index.ts'), 'utf8')
