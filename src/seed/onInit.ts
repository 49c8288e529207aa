import type { Payload } from 'payload'

import { seed } from '@/seed'

/** An empty database (no user, no partner city) is seeded on first start unless SEED_ON_START=false. */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.SEED_ON_START === 'false') return
  const [users, partnerships] = await Promise.all([
    payload.count({ collection: 'users', overrideAccess: true }),
    payload.count({ collection: 'partnerships', overrideAccess: true }),
  ])
  if (users.totalDocs > 0 || partnerships.totalDocs > 0) return
  try {
    const report = await seed(payload)
    payload.logger.info({ msg: 'Seeded the empty database', ...report })
  } catch (error) {
    // Each document was written in its own transaction, so a failure leaves nothing half-done.
    payload.logger.error({ err: error, msg: 'Seeding the empty database failed; run `npm run seed` to retry' })
  }
}
