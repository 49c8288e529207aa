import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { payloadCli } from './helpers/cli'
import { throwawayDir } from './helpers/database'
import { startPayload } from './helpers/payload'

const dir = throwawayDir()
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
    const { status, output } = payloadCli(['migrate'], { ...production, PAYLOAD_SECRET: '' })
    expect(status).toBe(1)
    expect(output).toContain('PAYLOAD_SECRET is required in production')
  })

  it('applies the committed migrations and seeds a fresh database, once', () => {
    const migrate = payloadCli(['migrate'], production)
    expect(migrate.status, migrate.output).toBe(0)
    expect(migrate.output).toContain('Migrated:')
    const seeded = payloadCli(['seed'], production)
    expect(seeded.status, seeded.output).toBe(0)
    expect(seeded.output).toContain('"partnerships":10')
    const again = payloadCli(['seed'], production)
    expect(again.status, again.output).toBe(0)
    expect(again.output).toContain('everything was already there')
  })

  it('indexes every language table by its document, so reading a document’s languages is no table scan', async () => {
    // Payload gives `*_locales` only a unique (_locale, _parent_id) index, which a lookup by
    // document cannot use: at 50,000 activities their titles took 125 s to read instead of 3 s.
    const client = createClient({ url: production.DATABASE_URI })
    try {
      const tables = await client.execute(
        // A hasMany select named `…_locales` (users' translator languages) is no language table.
        "SELECT name FROM sqlite_master AS m WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\' " +
          "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = '_parent_id')",
      )
      const names = tables.rows.map((row) => String(row.name))
      expect(names).toContain('activities_locales')
      expect(names).toContain('_partnerships_v_locales')
      const unindexed: string[] = []
      for (const name of names) {
        const plan = await client.execute(`EXPLAIN QUERY PLAN SELECT * FROM "${name}" WHERE _parent_id = 1`)
        const detail = plan.rows.map((row) => String(row.detail)).join(' ')
        if (!/USING INDEX \S+ \(_parent_id=\?\)/.test(detail)) unindexed.push(`${name}: ${detail}`)
      }
      expect(unindexed).toEqual([])
    } finally {
      client.close()
    }
  })

  it('answers the activities list’s kind filter from an index, and a city’s from the relationship table', async () => {
    // The shapes of Payload's queries for the readers' list (access control adds `_status`).
    const client = createClient({ url: production.DATABASE_URI })
    try {
      const plan = async (query: string) =>
        (await client.execute(`EXPLAIN QUERY PLAN ${query}`)).rows.map((row) => String(row.detail)).join(' | ')
      const byKind = "FROM activities WHERE kind = 'project' AND _status = 'published'"
      expect(await plan(`SELECT count(*) ${byKind}`)).toMatch(/USING COVERING INDEX/)
      expect(await plan(`SELECT id ${byKind} ORDER BY date DESC LIMIT 50`)).not.toMatch(/TEMP B-TREE/)
      // A polymorphic relationship's value is an OR over its columns: an index that serves both the
      // status and the date order made SQLite walk every activity in date order for a city's five.
      const byCity = await plan(
        'SELECT DISTINCT a.id, a.date FROM activities a LEFT JOIN activities_rels r ' +
          "ON (a.id = r.parent_id AND r.path LIKE 'cities') WHERE ((r.partnerships_id IS NOT NULL AND " +
          "(r.partnerships_id = 6 OR r.friendly_cities_id = 6)) AND a._status = 'published') " +
          'ORDER BY a.date DESC, a.id DESC, a.created_at DESC LIMIT 50',
      )
      expect(byCity).toMatch(/SEARCH r USING INDEX activities_rels_partnerships_id_idx/)
    } finally {
      client.close()
    }
  })

  it('has a migration for every schema change (the schema equals the last migration’s snapshot)', async () => {
    const ctx = await startPayload()
    try {
      // What `payload migrate:create` compares, without its prompt or its process.exit.
      const db = ctx.payload.db as any
      const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
      const current = await generateDrizzleJson(db.schema)
      const migrationsDir = path.resolve(import.meta.dirname, '..', 'src', 'migrations')
      const latest = fs
        .readdirSync(migrationsDir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .at(-1)!
      let committed = JSON.parse(fs.readFileSync(path.join(migrationsDir, latest), 'utf8'))
      if (upSnapshot && committed.version < current.version) committed = upSnapshot(committed)
      const missing = await generateMigration(committed, current)
      expect(missing, 'the schema changed: run `npm run payload migrate:create <name>` and commit it').toEqual([])
    } finally {
      await ctx.stop()
    }
  })
})
