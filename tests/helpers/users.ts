import type { User } from '@/payload-types'

import type { TestContext } from './payload'

export const TEST_PASSWORD = 'a-long-enough-test-password'

/**
 * A signed-in account with one role (`translator` in `translatorLocales`), `<role>@example.com`:
 * the user as stored and a token for REST.
 */
export async function account(
  ctx: TestContext,
  role: 'editor' | 'translator',
  translatorLocales: NonNullable<User['translatorLocales']> = [],
) {
  const email = `${role}@example.com`
  const user = await ctx.payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: role, roles: [role], translatorLocales },
  })
  return { user, token: await ctx.rest.login(email, TEST_PASSWORD) }
}
