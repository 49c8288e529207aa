import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { migrations } from '@/migrations'
import { mongodbMigrations } from '@/migrations/mongodb'
import { DEFAULT_DATABASE_URI, databaseAdapter, resolveDatabase } from '@/config/databaseAdapter'

import { payloadCli } from './helpers/cli'
import { throwawayDir } from './helpers/database'

const dir = throwawayDir()
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('DATABASE_URI chooses the adapter', () => {
  it.each([
    [undefined, 'sqlite', DEFAULT_DATABASE_URI],
    ['', 'sqlite', DEFAULT_DATABASE_URI],
    ['file:./data/other.db', 'sqlite', 'file:./data/other.db'],
    ['mongodb://db1,db2/miasta?replicaSet=rs0', 'mongodb', 'mongodb://db1,db2/miasta?replicaSet=rs0'],
    ['mongodb+srv://cluster.example.org/miasta', 'mongodb', 'mongodb+srv://cluster.example.org/miasta'],
  ])('%j → %s', (uri, kind, url) => {
    expect(resolveDatabase(uri)).toEqual({ kind, url })
  })

  it.each(['postgres://editor:hunter2@db/miasta', 'mysql://db/miasta', 'data/cms.db', 'sqlite:./x.db'])(
    'refuses %j, naming DATABASE_URI and the accepted forms without echoing credentials',
    (uri) => {
      expect(() => resolveDatabase(uri)).toThrowError(/DATABASE_URI/)
      try {
        resolveDatabase(uri)
      } catch (error) {
        const message = (error as Error).message
        expect(message).toContain('file:')
        expect(message).toContain('mongodb://')
        expect(message).not.toContain('hunter2')
      }
    },
  )

  it('builds the SQLite adapter for file: URIs and the MongoDB adapter for mongodb:// ones', () => {
    const options = { migrationDir: path.join(dir, 'migrations'), migrations, mongodb: mongodbMigrations }
    expect(databaseAdapter(resolveDatabase(`file:${dir}/nested/a.db`), options).name).toBe('sqlite')
    expect(fs.existsSync(path.join(dir, 'nested'))).toBe(true)
    const mongo = databaseAdapter(resolveDatabase('mongodb://localhost:27017/miasta'), options)
    expect(mongo.name).toBe('mongoose')
    // `payload migrate` on MongoDB must not read SQLite's SQL migrations.
    const adapter = mongo.init({ payload: { config: { collections: [], globals: [] } } } as never) as unknown as {
      migrationDir: string
      prodMigrations: unknown[]
    }
    expect(adapter.migrationDir).toBe(path.join(dir, 'migrations', 'mongodb'))
    expect(adapter.prodMigrations).toHaveLength(mongodbMigrations.length)
  })

  it('stops start-up on an unsupported DATABASE_URI with a message that says why', () => {
    const { status, output } = payloadCli(['migrate:status'], { DATABASE_URI: 'postgres://db/miasta' })
    expect(status).toBe(1)
    expect(output).toContain('DATABASE_URI is not supported')
  })
})
