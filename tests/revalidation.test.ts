import http from 'node:http'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { startPayload, type TestContext } from './helpers/payload'
import { draftPartnership } from './helpers/schedule'
import { freePort } from './helpers/server'

/*
 * Which writes expire the readers' pages, through the real collections and hooks on a throwaway
 * database. Next's `revalidateTag` is replaced by a recorder (there is no Next server in this
 * process); what it is asked to expire is what a running server would expire.
 */
const next = vi.hoisted(() => ({ expired: [] as string[], refuse: null as Error | null }))
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string) => {
    if (next.refuse) throw next.refuse
    next.expired.push(tag)
  },
}))

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
  await ctx.payload.create({
    collection: 'users',
    data: { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD!, roles: ['admin'] } as never,
  })
})
afterAll(() => ctx?.stop())
beforeEach(() => {
  next.expired = []
  next.refuse = null
})

const partnerships = 'payload:partnerships'
const update = (id: unknown, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ctx.payload.update({ collection: 'partnerships', id: id as number, locale: 'pl', data: data as never, ...extra })

describe('what expires the readers’ pages', () => {
  it('a new draft does not; creating a published document does', async () => {
    await draftPartnership(ctx.payload)
    expect(next.expired).toEqual([])
    await draftPartnership(ctx.payload, { _status: 'published' })
    expect(next.expired).toEqual([partnerships])
  })

  it('the empty draft of the admin’s create view does not', async () => {
    await ctx.payload.create({ collection: 'history-articles', data: {} as never, draft: true, locale: 'pl' })
    expect(next.expired).toEqual([])
  })

  it('draft saves and autosaves of a published document do not; its publish does', async () => {
    const doc = await draftPartnership(ctx.payload, { _status: 'published' })
    next.expired = []
    await update(doc.id, { summary: 'Szkic' }, { draft: true })
    await update(doc.id, { summary: 'Szkic 2' }, { draft: true, autosave: true })
    expect(next.expired).toEqual([])
    await update(doc.id, { summary: 'Opublikowane', _status: 'published' })
    expect(next.expired).toEqual([partnerships])
  })

  it('unpublishing does', async () => {
    const doc = await draftPartnership(ctx.payload, { _status: 'published' })
    next.expired = []
    await update(doc.id, { _status: 'draft' })
    expect(next.expired).toEqual([partnerships])
  })

  it('restoring a version as a draft does not; restoring it published does', async () => {
    const doc = await draftPartnership(ctx.payload, { _status: 'published', summary: 'Pierwsza' })
    await update(doc.id, { summary: 'Druga', _status: 'published' })
    const { docs } = await ctx.payload.findVersions({
      collection: 'partnerships',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
    })
    const token = await ctx.rest.login()
    next.expired = []
    // The admin's "Restore as draft"; the Local API has no `draft` for restoreVersion.
    expect((await ctx.rest.post(`/partnerships/versions/${docs[0].id}?draft=true`, {}, token)).status).toBe(200)
    expect(next.expired).toEqual([])
    expect((await ctx.rest.post(`/partnerships/versions/${docs[0].id}`, {}, token)).status).toBe(200)
    expect(next.expired).toEqual([partnerships])
  })

  it('deleting a draft does not; deleting a published document does, one expiry for a bulk delete', async () => {
    const draft = await draftPartnership(ctx.payload)
    await ctx.payload.delete({ collection: 'partnerships', id: draft.id })
    expect(next.expired).toEqual([])
    const one = await draftPartnership(ctx.payload, { _status: 'published' })
    const two = await draftPartnership(ctx.payload, { _status: 'published' })
    next.expired = []
    await ctx.payload.delete({ collection: 'partnerships', where: { id: { in: [one.id, two.id] } } })
    expect(next.expired).toEqual([partnerships])
  })

  it('a global’s change does (globals have no drafts)', async () => {
    await ctx.payload.updateGlobal({ slug: 'site-settings', locale: 'pl', data: { officeName: 'Biuro' } as never })
    expect(next.expired).toEqual(['payload:site-settings'])
  })

  it('nothing while a seed or import says disableRevalidate', async () => {
    await draftPartnership(ctx.payload, { _status: 'published' })
    const doc = await ctx.payload.create({
      collection: 'commitments',
      locale: 'pl',
      context: { disableRevalidate: true },
      data: { title: 'Zobowiązanie', order: 9, _status: 'published' } as never,
    })
    expect(next.expired).toEqual([partnerships])
    expect(doc.id).toBeDefined()
  })
})

describe('when Next refuses to expire a tag', () => {
  it('the write stands, and a server process asks itself over HTTP instead (as during a render)', async () => {
    const asked: { authorization?: string; body: string }[] = []
    const server = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        asked.push({ authorization: request.headers.authorization, body })
        response.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as import('node:net').AddressInfo
    vi.stubEnv('NEXT_RUNTIME', 'nodejs')
    vi.stubEnv('INTERNAL_URL', `http://127.0.0.1:${port}`)
    try {
      next.refuse = new Error('Route "/admin/[[...segments]]": `revalidateTag` can\'t be called during render.')
      const doc = await draftPartnership(ctx.payload, { _status: 'published', summary: 'Zapisane mimo odmowy' })
      const stored: any = await ctx.payload.findByID({ collection: 'partnerships', id: doc.id, locale: 'pl' })
      expect(stored.summary).toBe('Zapisane mimo odmowy')
      expect(asked).toHaveLength(1)
      expect(JSON.parse(asked[0].body)).toEqual({ tags: [partnerships] })
      expect(asked[0].authorization).toMatch(/^Bearer \S+/)
    } finally {
      vi.unstubAllEnvs()
      server.close()
    }
  })

  it('the write stands when the server cannot be reached either; the failure is logged, not thrown', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs')
    vi.stubEnv('INTERNAL_URL', `http://127.0.0.1:${await freePort()}`)
    const logged = vi.spyOn(ctx.payload.logger, 'error')
    try {
      next.refuse = new Error('refused')
      const doc = await draftPartnership(ctx.payload, { _status: 'published', summary: 'Też zapisane' })
      const stored: any = await ctx.payload.findByID({ collection: 'partnerships', id: doc.id, locale: 'pl' })
      expect(stored.summary).toBe('Też zapisane')
      expect(logged).toHaveBeenCalled()
    } finally {
      vi.unstubAllEnvs()
      logged.mockRestore()
    }
  })
})
