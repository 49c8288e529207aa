import path from 'node:path'

import { resolveDatabase } from '@/config/databaseAdapter'

/** The SQLite file behind DATABASE_URI, and the media folder: what a backup holds. */
export function storage(env: NodeJS.ProcessEnv = process.env) {
  const target = resolveDatabase(env.DATABASE_URI)
  if (target.kind !== 'sqlite') {
    throw new Error(
      'npm run backup/restore handle SQLite; for MongoDB use mongodump/mongorestore (see README, "Backup and restore").',
    )
  }
  const file = path.resolve(target.url.slice('file:'.length).split('?')[0]!)
  return { database: file, media: path.resolve(env.MEDIA_DIR || 'media') }
}

/** A run's output, flushed before Payload's bin runner exits the process. */
export const say = (text: string, stream: NodeJS.WriteStream = process.stdout) =>
  new Promise<void>((resolve) => stream.write(`${text}\n`, () => resolve()))

/** The argument after the script's name: `payload backup DIR` → DIR. */
export const argumentAfter = (script: string): string | undefined => {
  const index = process.argv.indexOf(script)
  return index >= 0 ? process.argv[index + 1] : undefined
}
