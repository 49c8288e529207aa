import { startProductionServer } from '../tests/helpers/server'

/** The production server on a seeded throwaway database, and the admin the seed creates. */
export async function startSeededServer(env: Record<string, string>) {
  const admin = {
    email: (process.env.ADMIN_EMAIL ||= 'bench@example.com'),
    password: (process.env.ADMIN_PASSWORD ||= 'bench-password-0123456789'),
  }
  process.env.PAYLOAD_SECRET ||= 'bench-secret-that-is-long-enough-0123456789'
  console.log('Building (if needed) and starting the production server on a seeded throwaway database…')
  return { server: await startProductionServer(env), admin }
}
