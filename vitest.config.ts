import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/**/*.test.ts'],
    // Each file gets its own process, Payload instance and throwaway database.
    pool: 'forks',
    globalSetup: ['tests/helpers/announceDatabase.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {
      PAYLOAD_SECRET: 'test-secret-that-is-long-enough-for-payload-0123456789',
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'test-admin-password',
      SEED_ON_START: 'false',
    },
  },
})
