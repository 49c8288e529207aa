import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { argumentAfter, say, storage } from './sqliteFiles'

/**
 * `npm run backup [DIR]`: a consistent snapshot of the SQLite database (`VACUUM INTO`, one read
 * transaction, safe while the server writes) and then of the media folder, so every file the
 * snapshot refers to is in it. Default DIR: backups/<timestamp>.
 */
export const script = async (): Promise<void> => {
  try {
    const { database, media } = storage()
    const dir = path.resolve(
      argumentAfter('backup') ?? path.join('backups', new Date().toISOString().replace(/[:.]/g, '-')),
    )
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0)
      throw new Error(`${dir} is not empty: back up into a new folder.`)
    fs.mkdirSync(dir, { recursive: true })
    const client = createClient({ url: `file:${database}` })
    // The server may be writing: wait for its lock rather than failing.
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(dir, 'cms.db')] })
    client.close()
    const files = fs.existsSync(media) ? fs.readdirSync(media) : []
    if (files.length > 0) fs.cpSync(media, path.join(dir, 'media'), { recursive: true, preserveTimestamps: true })
    const manifest = { createdAt: new Date().toISOString(), database: 'cms.db', media: files.length }
    fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    await say(`Backup written to ${dir} (database and ${files.length} media files)`)
  } catch (error) {
    await say(`Backup failed: ${error instanceof Error ? error.message : String(error)}`, process.stderr)
    process.exit(1)
  }
}
