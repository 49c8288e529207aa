import type { Endpoint } from 'payload'

const TIMEOUT_MS = 2000

/**
 * `GET /api/health` for an orchestrator's probes: 200 when the database answers within two
 * seconds, 503 otherwise. It names no host, path or error: anyone may call it.
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS))
    let database: 'up' | 'down' = 'up'
    try {
      await Promise.race([req.payload.count({ collection: 'users', overrideAccess: true }), timeout])
    } catch {
      database = 'down'
    }
    return Response.json(
      { status: database === 'up' ? 'ok' : 'unavailable', database, latencyMs: Date.now() - started },
      { status: database === 'up' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
