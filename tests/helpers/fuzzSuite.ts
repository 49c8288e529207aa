import { createLocalReq, type PayloadRequest } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { exportAll, type FullExport } from '@/scripts/exportAll'

import { fuzzReport, Problems, seeded } from './fuzz'
import { existingIds, type Refs } from './fuzzFields'
import {
  coveredFields,
  type Role,
  roles,
  sendWrite,
  type WriteCase,
  writeCases,
  type Writer,
  writtenOf,
} from './fuzzWrites'
import { startPayload, type TestContext } from './payload'
import { account } from './users'

export type FuzzSuite = {
  ctx: TestContext
  tokens: Record<Role, string | undefined>
  userIds: Record<Role, number | string>
  refs: Refs
  req: PayloadRequest
  writer: Writer
  /** Everything stored once the suite is set up: every run must leave it so. */
  before: FullExport
}

/**
 * A seeded site with a photo, an editor and a German translator signed in beside the admin, and
 * the full export every run is compared with (taken after the sign-ins, which store sessions).
 */
export async function startFuzz(collections: string[]): Promise<FuzzSuite> {
  const ctx = await startPayload()
  const { payload } = ctx
  // Thousands of refusals would bury the report; FUZZ_LOG=info shows them.
  payload.logger.level = process.env.FUZZ_LOG ?? 'fatal'
  await seed(payload)
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#393' } })
    .png()
    .toBuffer()
  await payload.create({
    collection: 'media',
    data: { alt: 'Fuzz' },
    file: { data: png, mimetype: 'image/png', name: 'fuzz.png', size: png.length },
  })
  const editor = await account(ctx, 'editor')
  const translator = await account(ctx, 'translator', ['de'])
  const tokens: FuzzSuite['tokens'] = {
    anonymous: undefined,
    admin: await ctx.rest.login(),
    editor: editor.token,
    translator: translator.token,
  }
  const userIds = { editor: editor.user.id, translator: translator.user.id } as FuzzSuite['userIds']
  userIds.admin = userIds.editor
  userIds.anonymous = userIds.editor
  const refs = await existingIds(payload, [
    'partnerships',
    'friendly-cities',
    'commitments',
    'history-articles',
    'media',
    'users',
  ])
  const admin = (await payload.find({ collection: 'users', where: { email: { equals: process.env.ADMIN_EMAIL } } }))
    .docs[0]
  const req = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)
  // The document each collection's updates go to: the one with the most in it (rows to write into).
  const fullest: Record<string, number | string> = {}
  for (const slug of collections) {
    const { docs } = await payload.find({
      collection: slug as never,
      locale: 'all',
      depth: 0,
      limit: 50,
      draft: true,
    } as never)
    fullest[slug] = docs.reduce((best: any, doc: any) =>
      JSON.stringify(doc).length > JSON.stringify(best).length ? doc : best,
    ).id
  }
  const writer: Writer = {
    rest: ctx.rest,
    payload,
    refs,
    req,
    random: seeded(),
    updated: (role, slug) => (slug === 'users' ? userIds[role] : fullest[slug]),
  }
  return { ctx, tokens, userIds, refs, req, writer, before: await exportAll(payload) }
}

/**
 * A suite sending every bad value of every field of `collections` (and of the globals, with
 * `globals`) as each role in turn; after each role's run the full export is as it was.
 */
export function fuzzFields(name: string, collections: string[], { globals = false } = {}): void {
  let suite: FuzzSuite
  let cases: WriteCase[]
  beforeAll(async () => {
    suite = await startFuzz(collections)
    const written = writtenOf(suite.ctx.payload, collections).filter((one) => globals || !one.global)
    cases = await writeCases(written, suite.refs, suite.req)
    console.info(`fuzz ${name}: ${cases.length} cases over ${coveredFields(cases)} fields`)
  })
  afterAll(async () => {
    console.info(fuzzReport(name))
    await suite?.ctx.stop()
  })
  describe.each(roles)('%s', (role) => {
    it('every bad value of every field is refused, and nothing stored changes', async () => {
      const problems = new Problems()
      for (const c of cases) problems.add(await sendWrite(suite.writer, c, role, suite.tokens[role]))
      problems.expectNone()
      expect(await exportAll(suite.ctx.payload)).toEqual(suite.before)
    })
  })
}
