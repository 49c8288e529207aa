import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestContext } from './helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => ctx?.stop().catch(() => undefined))

describe('GET /api/health', () => {
  it('reports the database up, to anyone, uncached', async () => {
    const { status, body, headers } = await ctx.rest.get('/health')
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', database: 'up' })
    expect(headers.get('cache-control')).toBe('no-store')
  })

  it('reports 503 when the database does not answer, naming no host, path or error', async () => {
    // The database really goes away: the adapter's connection is closed under the running Payload.
    await ctx.payload.db.destroy?.()
    const { status, body } = await ctx.rest.get('/health')
    expect(status).toBe(503)
    expect(body).toMatchObject({ status: 'unavailable', database: 'down' })
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|mongo|\/tmp|file:/i)
  })
})
