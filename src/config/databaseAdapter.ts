import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { indexLocaleParents } from '@/database/localeParentIndexes'
import { serializedClient } from '@/database/serializedClient'

type SqliteMigrations = NonNullable<Parameters<typeof sqliteAdapter>[0]['prodMigrations']>
type MongodbMigrations = NonNullable<Parameters<typeof mongooseAdapter>[0]['prodMigrations']>

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'

export type DatabaseTarget = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string }

/** Reads DATABASE_URI. Fails loudly on anything else rather than guessing an adapter. */
export function resolveDatabase(uri: string | undefined): DatabaseTarget {
  const url = uri?.trim() || DEFAULT_DATABASE_URI
  if (url.startsWith('file:')) return { kind: 'sqlite', url }
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return { kind: 'mongodb', url }
  // Only the scheme is echoed: the rest of a URI may hold a password.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? url.slice(0, 12)
  throw new Error(
    `DATABASE_URI is not supported (it starts with "${scheme}"). Use "file:./path/to.db" for ` +
      'SQLite (the default, file:./data/cms.db), or "mongodb://…" / "mongodb+srv://…" for MongoDB.',
  )
}

/** libsql does not create missing folders, and a fresh clone has no data/ yet. Returns the file. */
function ensureSqliteFolder(url: string): string {
  const file = url.slice('file:'.length).split('?')[0] ?? ''
  if (file && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return file
}

export function databaseAdapter(
  target: DatabaseTarget,
  {
    migrationDir,
    migrations,
    mongodb,
  }: { migrationDir: string; migrations: SqliteMigrations; mongodb: MongodbMigrations },
): DatabaseAdapterObj {
  // MongoDB has its own folder: SQLite's migrations are SQL, and `payload migrate` would run them.
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      migrationDir: path.join(migrationDir, 'mongodb'),
      prodMigrations: mongodb,
    })
  }
  const file = ensureSqliteFolder(target.url)
  // Reads and writes run on separate connections, which would be separate in-memory databases.
  if (!file || file === ':memory:') throw new Error('DATABASE_URI must name an SQLite file, not memory.')
  const busyTimeoutMs = 5000
  // The schema is pushed in development; production applies the committed migrations on start.
  const sqlite = sqliteAdapter({
    client: { url: target.url },
    migrationDir,
    prodMigrations: migrations,
    // Payload's transactions: a document, its language and list rows and its version are one
    // commit, so a crash, a backup or another connection never sees part of one. Any object turns
    // them on; drizzle's libsql driver ignores `behavior`, and serializedClient begins IMMEDIATE.
    transactionOptions: {},
    // Applied by serializedClient below (Payload would set them on its first connection only).
    wal: { synchronous: 'FULL' },
    busyTimeout: busyTimeoutMs,
    afterSchemaInit: [indexLocaleParents],
  })
  return {
    ...sqlite,
    init: (args) => {
      const adapter = sqlite.init(args)
      // Payload's connect() opens a client only when it has none.
      adapter.client = serializedClient({
        url: target.url,
        file,
        // A second process (a backup, the CLI, another instance's job runner) waits for the lock.
        busyTimeoutMs,
        // WAL with synchronous=FULL: a commit is on disk before it is acknowledged, so a crash
        // (even a power cut) loses no acknowledged write, and readers and a backup never block it.
        synchronous: 'FULL',
        journalSizeLimit: 64 * 1024 * 1024,
        lockWaitMs: 30_000,
      })
      return adapter
    },
  }
}
