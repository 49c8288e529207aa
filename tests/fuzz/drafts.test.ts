import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'

import { startPayload, type TestContext } from '../helpers/payload'
import { errorPaths } from '../helpers/rest'
import { account } from '../helpers/users'

/**
 * What the fuzz found in drafts, which Payload does not validate: a draft keeps an editor's work in
 * progress (the admin autosaves it), but not a value no admin input makes. Each of these was
 * stored (or a 500) before, and the document it was written to could no longer be read.
 */

let ctx: TestContext
let editor: string
let id: number | string

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  editor = (await account(ctx, 'editor')).token
  id = (await ctx.payload.find({ collection: 'partnerships', limit: 1 })).docs[0].id
})
afterAll(() => ctx?.stop())

const saveDraft = (body: Record<string, unknown>) =>
  ctx.rest.patch(`/partnerships/${id}?locale=pl&draft=true`, body, editor)
const latestDraft = () =>
  ctx.payload.findByID({ collection: 'partnerships', id, draft: true, depth: 0, overrideAccess: true })

describe('a draft refuses what no admin input makes', () => {
  it.each([
    ['a status no option has', { status: 'maybe' }, 'status'],
    ['a country as a list', { country: ['DE'] }, 'country'],
    ['a photo no upload is', { heroImage: 99999999 }, 'heroImage'],
    ['a date no database stores', { agreementDate: '+275760-09-13T00:00:00.000Z' }, 'agreementDate'],
    [
      'rich text the editor cannot open',
      { content: { root: { type: 'root', children: [{ type: 'no-such-node' }] } } },
      'content',
    ],
    ['a decision of no status', { statusHistory: [{ status: 'maybe' }] }, 'statusHistory.0.status'],
  ])('%s: 400 naming the field, the document still readable', async (_what, body, path) => {
    const before = await latestDraft()
    const response = await saveDraft(body)
    expect({ status: response.status, paths: errorPaths(response.body) }, JSON.stringify(response.body)).toEqual({
      status: 400,
      paths: [path],
    })
    expect(await latestDraft()).toEqual(before)
    expect((await ctx.rest.get(`/partnerships/${id}?locale=pl&draft=true`, editor)).status).toBe(200)
  })
})

describe('a draft keeps work in progress, which publishing refuses', () => {
  it('a latitude of 123 is saved in the draft; publishing it is a 400 naming the field', async () => {
    const response = await saveDraft({ location: { latitude: 123, longitude: 10 } })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect((await latestDraft()).location?.latitude).toBe(123)
    const publish = await ctx.rest.patch(`/partnerships/${id}?locale=pl`, { _status: 'published' }, editor)
    expect({ status: publish.status, paths: errorPaths(publish.body) }).toEqual({
      status: 400,
      paths: ['location.latitude'],
    })
  })
})
