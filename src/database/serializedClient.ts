import {
  type Client,
  createClient,
  type InArgs,
  type InStatement,
  LibsqlError,
  type ResultSet,
  type Transaction,
} from '@libsql/client'

import { writeLockFor } from './writeLock'

export type SerializedClientOptions = {
  url: string
  /** The SQLite file, for the process-wide write lock. */
  file: string
  /** For another process (a CLI, a second instance) holding SQLite's lock. */
  busyTimeoutMs: number
  synchronous: 'FULL' | 'NORMAL'
  journalSizeLimit: number
  /** For a write in this process waiting for another one. */
  lockWaitMs: number
}

const statement = (stmt: InStatement, args?: InArgs): InStatement =>
  typeof stmt === 'string' && args ? { sql: stmt, args } : stmt
const sqlOf = (stmt: InStatement) => (typeof stmt === 'string' ? stmt : stmt.sql)
const isBusy = (error: unknown) => String((error as { code?: unknown })?.code).startsWith('SQLITE_BUSY')
const noTransaction = (error: unknown) => /no transaction is active/i.test(String((error as Error)?.message))

/**
 * A libsql client for Payload's SQLite adapter that holds under concurrent writes with Payload's
 * transactions on. Reads run on their own connection and never wait (WAL). Every write, in a
 * transaction or not, runs on one writer connection and only while holding the process's write
 * lock, so SQLite's lock is only ever contended by other processes, which the busy timeout covers.
 * @libsql/client's own transaction() hands its connection to the transaction and opens a new one
 * without the pragmas (busy_timeout, synchronous) and never closes the old one (libsql-client-ts
 * #350); here the writer stays open, and is replaced after a busy error, which leaves its failed
 * statement in progress and every later COMMIT on it failing (#352, libsql-js #228).
 */
export function serializedClient(options: SerializedClientOptions): Client {
  const lock = writeLockFor(options.file, options.lockWaitMs)
  const open = async () => {
    const client = createClient({ url: options.url })
    await client.execute(`PRAGMA busy_timeout = ${Math.trunc(options.busyTimeoutMs)}`)
    await client.execute(`PRAGMA synchronous = ${options.synchronous}`)
    return client
  }
  const reader = open().then(async (client) => {
    const { rows } = await client.execute('PRAGMA journal_mode')
    if (rows[0]?.journal_mode !== 'wal') {
      await client.execute('PRAGMA journal_mode = WAL')
      await client.execute(`PRAGMA journal_size_limit = ${Math.trunc(options.journalSizeLimit)}`)
    }
    return client
  })
  let writer: Promise<Client> | undefined
  const dropWriter = async () => {
    const current = writer
    writer = undefined
    ;(await current?.catch(() => undefined))?.close()
  }
  // Only with the lock held: the writer is never used by two callers at once.
  const onWriter = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    try {
      // After the reader has switched the file to WAL, which a writer's open transaction would block.
      return await work(await (writer ??= reader.then(open)))
    } catch (error) {
      if (isBusy(error)) await dropWriter()
      throw error
    }
  }
  const locked = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const release = await lock.acquire()
    try {
      return await onWriter(work)
    } finally {
      release()
    }
  }
  let closed = false

  return {
    protocol: 'file',
    get closed() {
      return closed
    },
    async execute(stmt: InStatement, args?: InArgs): Promise<ResultSet> {
      const query = statement(stmt, args)
      if (/^\s*select\b/i.test(sqlOf(query))) return (await reader).execute(query)
      return locked((client) => client.execute(query))
    },
    batch: (stmts, mode) => locked((client) => client.batch(stmts, mode)),
    migrate: (stmts) => locked((client) => client.migrate(stmts)),
    executeMultiple: (sql) => locked((client) => client.executeMultiple(sql)),
    sync: async () => (await reader).sync(),
    async transaction(): Promise<Transaction> {
      return writeTransaction(async () => {
        const release = await lock.acquire()
        try {
          return {
            client: await onWriter(async (client) => (await client.execute('BEGIN IMMEDIATE'), client)),
            release,
          }
        } catch (error) {
          release()
          throw error
        }
      }, dropWriter)
    },
    close() {
      closed = true
      void reader.then((client) => client.close()).catch(() => undefined)
      void dropWriter()
    },
  } as Client
}

type Begun = { client: Client; release: () => void }

/**
 * A transaction on the writer that takes the lock at its first statement, not at Payload's
 * beginTransaction: Payload writes outside an open transaction on purpose (forgot-password
 * reserves its interval first), which would wait on the lock its own transaction holds. It gives
 * the lock back once it has ended, however it ends.
 */
function writeTransaction(begin: () => Promise<Begun>, dropWriter: () => Promise<void>): Transaction {
  let begun: Promise<Begun> | undefined
  let open = true
  const live = () => {
    if (!open) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
    return (begun ??= begin())
  }
  const rollback = async (client: Client) => {
    try {
      await client.execute('ROLLBACK')
    } catch (error) {
      // SQLite rolls back by itself after some errors; anything else and the connection is suspect.
      if (!noTransaction(error)) await dropWriter()
    }
  }
  const end = async (how: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return
    open = false
    // A transaction that never ran a statement holds nothing.
    const started = await begun?.catch(() => undefined)
    if (!started) return
    const { client, release } = started
    try {
      if (how === 'ROLLBACK') return await rollback(client)
      try {
        await client.execute('COMMIT')
      } catch (error) {
        // A failed COMMIT leaves the transaction, and SQLite's lock, with this connection.
        await rollback(client)
        throw error
      }
    } finally {
      release()
    }
  }
  return {
    get closed() {
      return !open
    },
    async execute(stmt: InStatement, args?: InArgs) {
      const { client } = await live()
      return client.execute(statement(stmt, args))
    },
    async batch(stmts) {
      const results: ResultSet[] = []
      for (const stmt of stmts) results.push(await (await live()).client.execute(stmt))
      return results
    },
    async executeMultiple(sql) {
      const { client } = await live()
      return client.executeMultiple(sql)
    },
    commit: () => end('COMMIT'),
    rollback: () => end('ROLLBACK'),
    close: () => void end('ROLLBACK'),
  } as Transaction
}
