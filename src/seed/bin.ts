import { getPayload, type SanitizedConfig } from 'payload'

import { seed } from '@/seed'

/**
 * `npm run seed` (Payload's `payload seed` bin script). Payload's runner logs a failed script but
 * exits 0, so this exits itself, with 1 on failure, for CI and shell `&&` chains to notice.
 */
export const script = async (config: SanitizedConfig): Promise<void> => {
  try {
    const payload = await getPayload({ config, disableOnInit: true })
    const { created, adminEmail } = await seed(payload)
    const total = Object.values(created).reduce((sum, count) => sum + count, 0)
    console.log(total ? `Seed created ${JSON.stringify(created)}` : 'Seed: everything was already there')
    if (adminEmail) console.log(`Admin user ${adminEmail} created; its password is ADMIN_PASSWORD (.env)`)
    process.exit(0)
  } catch (error) {
    console.error('Seed failed:', error)
    process.exit(1)
  }
}
