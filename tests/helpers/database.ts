import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A fresh temporary folder for one suite's database and media. */
export function throwawayDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'miasta-test-'))
}

/**
 * A throwaway database for one suite: an SQLite file by default, or a fresh MongoDB database on the
 * server in MONGODB_URI, so that every suite runs against MongoDB when one is available.
 */
export function throwawayDatabaseUri(dir: string): string {
  const mongo = process.env.MONGODB_URI
  if (!mongo) return `file:${path.join(dir, 'test.db')}`
  const url = new URL(mongo)
  url.pathname = `/miasta_test_${crypto.randomBytes(6).toString('hex')}`
  return url.toString()
}

export const databaseUnderTest = (): 'mongodb' | 'sqlite' => (process.env.MONGODB_URI ? 'mongodb' : 'sqlite')
