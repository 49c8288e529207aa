import path from 'node:path'

type Waiter = { grant: () => void; timer: NodeJS.Timeout }

/**
 * One write at a time per database file in this process, first come first served. Waiting is a
 * promise, not SQLite's busy handler: libsql runs statements synchronously, so a connection
 * sleeping on the busy handler stops Node's only thread, and with it the request that holds the
 * lock and would release it (the "database is locked" the adapter gave with transactions on).
 */
export class WriteLock {
  private held = false
  private readonly waiters: Waiter[] = []

  constructor(
    readonly file: string,
    private readonly maxWaitMs: number,
  ) {}

  /** Resolves with the release once this caller holds the lock; release is safe to call twice. */
  acquire(): Promise<() => void> {
    if (!this.held) {
      this.held = true
      return Promise.resolve(this.releaser())
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => resolve(this.releaser()),
        // A transaction left open (a hook writing outside its request's transaction waits on
        // itself) must end in an error naming the cause, not in requests that never answer.
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1)
          reject(
            new Error(
              `Waited ${this.maxWaitMs / 1000} s for the write lock of ${path.basename(this.file)}: ` +
                'a write transaction stayed open (a write outside its request’s transaction?)',
            ),
          )
        }, this.maxWaitMs),
      }
      this.waiters.push(waiter)
    })
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiters.shift()
      if (!next) {
        this.held = false
        return
      }
      clearTimeout(next.timer)
      next.grant()
    }
  }
}

const registry = Symbol.for('miasta-partnerskie.sqliteWriteLocks')
type Registry = Map<string, WriteLock>

/**
 * Shared by every Payload instance of the process: Next can load the config more than once (route
 * handlers, pages, instrumentation), and two locks on one file would let two writers meet in SQLite.
 */
export function writeLockFor(file: string, maxWaitMs: number): WriteLock {
  const store = globalThis as typeof globalThis & { [registry]?: Registry }
  const locks = (store[registry] ??= new Map())
  const key = path.resolve(file)
  let lock = locks.get(key)
  if (!lock) locks.set(key, (lock = new WriteLock(key, maxWaitMs)))
  return lock
}
