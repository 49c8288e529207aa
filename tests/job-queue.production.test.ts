import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type RunningServer, startProductionServer } from './helpers/server'
import { draftPartnership, schedule, sleep } from './helpers/schedule'

/**
 * The queue must run in production without anyone opening the admin or the API after a restart:
 * `src/instrumentation.ts` starts it with the server. The server here is only ever asked for pages.
 */
describe('the job queue in the production server', () => {
  let server: RunningServer
  let payload: Payload
  beforeAll(async () => {
    server = await startProductionServer({ JOBS_CRON: '* * * * * *' }, async (url) => {
      const response = await fetch(`${url}/pl`)
      return response.ok && (await response.text()).includes('Kostroma')
    })
    // This process writes to the server's database, as a second instance would.
    process.env.DATABASE_URI = server.env.DATABASE_URI
    process.env.MEDIA_DIR = server.env.MEDIA_DIR
    const { default: config } = await import('@payload-config')
    payload = await getPayload({ config })
  }, 900_000)
  afterAll(async () => {
    await payload?.destroy()
    await server?.stop()
  })

  it('publishes a scheduled partnership and its public page shows it within seconds', async () => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: process.env.ADMIN_EMAIL } } })
    const doc = await draftPartnership(payload, { name: 'Zaplanowane Porto' })
    const page = `${server.url}/pl/partnerships/${doc.slug}`
    expect((await fetch(page)).status).toBe(404)
    await schedule(payload, { type: 'publish', id: doc.id, user: docs[0]!.id }, new Date(Date.now() + 1000))
    const deadline = Date.now() + 20_000
    let status = 0
    while (Date.now() < deadline) {
      status = (await fetch(page)).status
      if (status === 200) break
      await sleep(500)
    }
    expect(status, server.log().slice(-3000)).toBe(200)
    expect(await (await fetch(page)).text()).toContain('Zaplanowane Porto')
  })
})
