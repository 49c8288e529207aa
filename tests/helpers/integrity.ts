import { type Client, createClient } from '@libsql/client'

/** A document or version caught in part: what a write split over several commits leaves. */
export type Torn = { table: string; id: string; what: string }

/** Collections with drafts: the document (T), its language rows (T_locales), versions (_T_v…). */
async function versionedTables(db: Client): Promise<string[]> {
  const { rows } = await db.execute(`SELECT m.name FROM sqlite_master m WHERE m.type = 'table'
    AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = '_status')
    AND EXISTS (SELECT 1 FROM sqlite_master v WHERE v.name = '_' || m.name || '_v')
    AND EXISTS (SELECT 1 FROM sqlite_master l WHERE l.name = m.name || '_locales')`)
  return rows.map((row) => String(row.name))
}

const checks = (t: string): Record<string, string> => ({
  'published document without its Polish row': `SELECT d.id FROM "${t}" d WHERE d._status = 'published'
    AND NOT EXISTS (SELECT 1 FROM "${t}_locales" l WHERE l._parent_id = d.id AND l._locale = 'pl')`,
  'document without a version': `SELECT d.id FROM "${t}" d
    WHERE NOT EXISTS (SELECT 1 FROM "_${t}_v" v WHERE v.parent_id = d.id)`,
  'version without its document': `SELECT v.id FROM "_${t}_v" v
    WHERE v.parent_id IS NULL OR NOT EXISTS (SELECT 1 FROM "${t}" d WHERE d.id = v.parent_id)`,
  'published version without language rows': `SELECT v.id FROM "_${t}_v" v WHERE v.version__status = 'published'
    AND NOT EXISTS (SELECT 1 FROM "_${t}_v_locales" l WHERE l._parent_id = v.id)`,
})

/**
 * What another connection (a backup, the disk after a crash) finds torn in the database: the
 * checks above on every collection with drafts, the stress counters, whose row (`order`) and Polish
 * row (`description`) come from one request, and (unless `quick`) SQLite's integrity and foreign keys.
 */
export async function tornDocuments(db: Client, { quick = false } = {}): Promise<Torn[]> {
  const torn: Torn[] = []
  for (const table of await versionedTables(db)) {
    for (const [what, sql] of Object.entries(checks(table))) {
      const { rows } = await db.execute(sql)
      for (const row of rows) torn.push({ table, id: String(row.id), what })
    }
  }
  const { rows: counters } = await db.execute(`SELECT c.id, c."order", l.description FROM commitments c
    JOIN commitments_locales l ON l._parent_id = c.id AND l._locale = 'pl' WHERE c."order" >= ${COUNTER_BASE}`)
  for (const row of counters) {
    if (Number(row.order) - COUNTER_BASE !== Number(row.description))
      torn.push({
        table: 'commitments',
        id: String(row.id),
        what: `order ${row.order}, description ${row.description}`,
      })
  }
  // SQLite's own checks read the whole file: after a crash and on a backup, not while watching.
  if (quick) return torn
  const integrity = await db.execute('PRAGMA integrity_check')
  if (integrity.rows[0]?.[0] !== 'ok') torn.push({ table: '*', id: '*', what: String(integrity.rows[0]?.[0]) })
  const { rows: orphans } = await db.execute('PRAGMA foreign_key_check')
  for (const row of orphans) torn.push({ table: String(row[0]), id: String(row[1]), what: `no ${row[2]} row` })
  return torn
}

/** The stress counters' `order` is COUNTER_BASE + the value their Polish description holds. */
export const COUNTER_BASE = 100_000

/** Runs `work` on a connection of its own to the file, closed afterwards. */
export async function withDatabase<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = createClient({ url })
  try {
    await db.execute('PRAGMA busy_timeout = 10000')
    return await work(db)
  } finally {
    db.close()
  }
}
