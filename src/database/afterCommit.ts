import type { PayloadRequest } from 'payload'

type Session = { resolve: () => Promise<unknown> }

/**
 * Runs `work` once the request's transaction has committed (at once without one; never if it is
 * rolled back), for what another process or request must not see early: a page expired before the
 * commit can be rendered again from the data before it, and kept. Payload keeps each open SQL
 * transaction as a session whose `resolve` commits it.
 */
export async function afterCommit(req: PayloadRequest, work: () => Promise<void>): Promise<void> {
  const id = await req.transactionID
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, Partial<Session>> }).sessions
  const session = id === undefined ? undefined : sessions?.[String(id)]
  const commit = session?.resolve
  if (!session || typeof commit !== 'function') return work()
  // Payload's commit then waits for `work` too, as it waited for the hook: the asker is answered
  // after it, as before, but the lock is free by then.
  session.resolve = async () => {
    const committed = await commit()
    await work()
    return committed
  }
}
