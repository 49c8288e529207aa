import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { seed } from '@/seed'

import { startPayload, type TestContext } from '../helpers/payload'
import { errorPaths } from '../helpers/rest'
import { account } from '../helpers/users'

/**
 * Class 1 of issue 13, the field named: Payload adds `_status` to every collection with drafts
 * without any validation, so an editor's `PATCH … { "_status": "foo" }` was accepted (200) and
 * stored as given. Readers see documents whose status is `published`: the city left the public
 * site in every language, with no error and nothing in the admin to say why.
 */

let ctx: TestContext
let editor: string
let id: number | string
const slug = 'esslingen-nad-neckarem'

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  editor = (await account(ctx, 'editor')).token
  id = (await ctx.payload.find({ collection: 'partnerships', where: { slug: { equals: slug } } })).docs[0].id
})
afterAll(() => ctx?.stop())

/** In how many languages an anonymous reader finds the city. */
async function publicIn(): Promise<number> {
  let found = 0
  for (const locale of localeCodes()) {
    const { body } = await ctx.rest.get(`/partnerships?locale=${locale}&where[slug][equals]=${slug}`)
    found += body.totalDocs
  }
  return found
}

describe('an editor writing a _status that is neither draft nor published', () => {
  it.each([
    ['foo', ''],
    ['foo', '&draft=true'],
    ['', ''],
    [null, ''],
    ['Published', ''],
    [1, ''],
    [true, ''],
    [['published'], ''],
    [{ pl: 'published' }, ''],
  ])('_status %j (%s) is refused with a 400 naming _status; the city stays public', async (value, query) => {
    expect(await publicIn()).toBe(localeCodes().length)
    const response = await ctx.rest.patch(`/partnerships/${id}?locale=pl${query}`, { _status: value }, editor)
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect([...errorPaths(response.body), ...response.body.errors.map((e: any) => e.message)].join(' ')).toMatch(
      /_status/,
    )
    const stored = await ctx.payload.findByID({ collection: 'partnerships', id, depth: 0 })
    expect(stored._status).toBe('published')
    expect(await publicIn()).toBe(localeCodes().length)
  })

  it('the statuses the admin sends still work: draft unpublishes, published publishes again', async () => {
    expect((await ctx.rest.patch(`/partnerships/${id}?locale=pl`, { _status: 'draft' }, editor)).status).toBe(200)
    expect(await publicIn()).toBe(0)
    expect((await ctx.rest.patch(`/partnerships/${id}?locale=pl`, { _status: 'published' }, editor)).status).toBe(200)
    expect(await publicIn()).toBe(localeCodes().length)
  })
})
