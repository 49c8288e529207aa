import fs from 'node:fs'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { throwawayDatabaseUri, throwawayDir } from './database'
import { type RestClient, restClient } from './rest'

export type TestContext = { payload: Payload; rest: RestClient; dir: string; stop: () => Promise<void> }

/**
 * Starts Payload on a throwaway database in this test file's own process (vitest runs each file
 * in a fork), so the configuration is read with this suite's DATABASE_URI.
 */
export async function startPayload({ seedOnStart = false } = {}): Promise<TestContext> {
  const dir = throwawayDir()
  process.env.DATABASE_URI = throwawayDatabaseUri(dir)
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.SEED_ON_START = seedOnStart ? 'true' : 'false'
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    dir,
    rest: restClient(payload),
    stop: async () => {
      if (process.env.DATABASE_URI?.startsWith('mongodb')) {
        await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      }
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
