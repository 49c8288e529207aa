import { afterAll, beforeAll, expect, it } from 'vitest'

import { startPayload, type TestContext } from './helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload({ seedOnStart: true })
})
afterAll(() => ctx?.stop())

it('seeds an empty database by itself on first start', async () => {
  const count = (collection: 'partnerships' | 'friendly-cities' | 'commitments' | 'history-articles' | 'users') =>
    ctx.payload.count({ collection, overrideAccess: true }).then(({ totalDocs }) => totalDocs)
  expect(await count('partnerships')).toBe(10)
  expect(await count('friendly-cities')).toBe(2)
  expect(await count('commitments')).toBe(5)
  expect(await count('history-articles')).toBe(1)
  expect(await count('users')).toBe(1)
})
