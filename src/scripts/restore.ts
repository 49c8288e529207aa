import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { argumentAfter, say, storage } from './sqliteFiles'

/**
 * `npm run restore DIR`: puts a backup's database and media where DATABASE_URI and MEDIA_DIR say.
 * Stop the server first. The backup is checked before anything is replaced, and the database
 * being replaced is kept beside it (`.before-restore`).
 */
export const script = async (): Promise<void> => {
  try {
    const from = argumentAfter('restore')
    if (!from) throw new Error('Usage: npm run restore DIR (a folder written by npm run backup)')
    const dir = path.resolve(from)
    const snapshot = path.join(dir, 'cms.db')
    if (!fs.existsSync(path.join(dir, 'manifest.json')) || !fs.existsSync(snapshot))
      throw new Error(`${dir} is not a backup (no manifest.json and cms.db).`)
    const check = createClient({ url: `file:${snapshot}` })
    const { rows } = await check.execute('PRAGMA integrity_check')
    check.close()
    if (rows[0]?.[0] !== 'ok') throw new Error(`${snapshot} is damaged: ${JSON.stringify(rows)}`)

    const { database, media } = storage()
    fs.mkdirSync(path.dirname(database), { recursive: true })
    if (fs.existsSync(database)) fs.renameSync(database, `${database}.before-restore`)
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${database}${suffix}`, { force: true })
    fs.copyFileSync(snapshot, database)
    const backedUpMedia = path.join(dir, 'media')
    fs.rmSync(media, { recursive: true, force: true })
    fs.mkdirSync(media, { recursive: true })
    if (fs.existsSync(backedUpMedia)) fs.cpSync(backedUpMedia, media, { recursive: true, preserveTimestamps: true })
    await say(`Restored ${dir} into ${database} and ${media}`)
  } catch (error) {
    await say(`Restore failed: ${error instanceof Error ? error.message : String(error)}`, process.stderr)
    process.exit(1)
  }
}
