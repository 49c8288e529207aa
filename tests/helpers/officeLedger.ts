import { COUNTER_BASE, withDatabase } from './integrity'

/** Every write the server acknowledged, and the ones in flight, to find after a crash. */
export type Ledger = {
  /** Created commitments: title → id. */
  created: Map<string, string>
  /** Counter commitments: id → last acknowledged value (its Polish description). */
  counters: Map<string, number>
  /** The partnership published in Polish only, again and again: last acknowledged round. */
  published: { id: string; round: number }
  /** The account whose password is reset: the last acknowledged password and one in flight. */
  account: { id: string; email: string; password: string; pending?: string }
  /** Drafts whose publication was queued for a moment already past. */
  scheduled: Set<string>
}

export const publishedSummary = (round: number) => `Publikacja po polsku ${round}`

/** Acknowledged writes missing after a restart, each named. */
export async function lostWrites(url: string, serverUrl: string, ledger: Ledger): Promise<string[]> {
  const lost: string[] = []
  await withDatabase(url, async (db) => {
    const { rows: created } = await db.execute(`SELECT c.id, l.title FROM commitments c
      JOIN commitments_locales l ON l._parent_id = c.id AND l._locale = 'pl' WHERE l.title LIKE 'Stres %'`)
    const stored = new Map(created.map((row) => [String(row.title), String(row.id)]))
    for (const [title, id] of ledger.created) if (stored.get(title) !== id) lost.push(`created ${title} (${id})`)

    const { rows: counters } = await db.execute(`SELECT c.id, c."order" FROM commitments c
      WHERE c."order" >= ${COUNTER_BASE}`)
    const values = new Map(counters.map((row) => [String(row.id), Number(row.order) - COUNTER_BASE]))
    for (const [id, value] of ledger.counters) {
      if ((values.get(id) ?? -1) < value) lost.push(`counter ${id}: ${values.get(id)} < ${value}`)
    }

    const { rows: published } = await db.execute({
      sql: `SELECT summary FROM partnerships_locales WHERE _parent_id = ? AND _locale = 'pl'`,
      args: [ledger.published.id],
    })
    const round = Number(/(\d+)$/.exec(String(published[0]?.summary))?.[1] ?? -1)
    if (round < ledger.published.round) lost.push(`Polish publication ${round} < ${ledger.published.round}`)
  })
  const { email, password, pending } = ledger.account
  const signsIn = async (candidate: string) =>
    (
      await fetch(`${serverUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: candidate }),
      })
    ).ok
  // The reset in flight at the kill may have landed: then the new password is the one.
  if (await signsIn(password)) ledger.account.pending = undefined
  else if (pending && (await signsIn(pending))) Object.assign(ledger.account, { password: pending, pending: undefined })
  else lost.push(`password of ${email}`)
  return lost
}

/** Queued publications not done within `withinMs` (the queue runs every second in the stress). */
export async function unpublishedSchedules(url: string, ledger: Ledger, withinMs: number): Promise<string[]> {
  const deadline = Date.now() + withinMs
  for (;;) {
    const ids = [...ledger.scheduled]
    const published = await withDatabase(url, async (db) => {
      if (ids.length === 0) return new Set<string>()
      const { rows } = await db.execute({
        sql: `SELECT id FROM partnerships WHERE _status = 'published' AND id IN (${ids.map(() => '?').join(',')})`,
        args: ids,
      })
      return new Set(rows.map((row) => String(row.id)))
    })
    const waiting = ids.filter((id) => !published.has(id))
    if (waiting.length === 0 || Date.now() > deadline) return waiting.map((id) => `scheduled publication of ${id}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
