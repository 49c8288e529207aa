import { getPayload, type SanitizedConfig } from 'payload'

import { seed } from '@/seed'

/** Resolves once the text has left the process: Payload's runner calls process.exit right after. */
const write = (stream: NodeJS.WriteStream, text: string) =>
  new Promise<void>((resolve) => stream.write(`${text}\n`, () => resolve()))

/**
 * `npm run seed` (Payload's `payload seed` bin script). Payload's runner logs a failed script but
 * exits 0, so a failure exits 1 here, for CI and shell `&&` chains to notice.
 */
export const script = async (config: SanitizedConfig): Promise<void> => {
  try {
    const payload = await getPayload({ config, disableOnInit: true })
    const { created, adminEmail } = await seed(payload)
    const total = Object.values(created).reduce((sum, count) => sum + count, 0)
    await write(
      process.stdout,
      total ? `Seed created ${JSON.stringify(created)}` : 'Seed: everything was already there',
    )
    if (adminEmail)
      await write(process.stdout, `Admin user ${adminEmail} created; its password is ADMIN_PASSWORD (.env)`)
    await payload.destroy()
  } catch (error) {
    await write(process.stderr, `Seed failed: ${error instanceof Error ? error.stack : String(error)}`)
    process.exit(1)
  }
}
