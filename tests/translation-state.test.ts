import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { seed } from '@/seed'
import { fillTranslationState } from '@/plugins/translationWorkflow/backfill'
import { outdatedFields, translationUnits } from '@/plugins/translationWorkflow/source'
import { stateField, statesOf, translationLocales, translationState } from '@/plugins/translationWorkflow/status'

import { startPayload, type TestContext } from './helpers/payload'
import { account } from './helpers/users'

/**
 * The translation state stored per document and language (`translation.<locale>`, for lists to
 * filter and sort by) and the Polish text each translation was made from (`translationSource`),
 * through every path that writes a document. Each check also compares the stored state with the
 * state computed from the document's text, so a stale stored state fails even where it looks plausible.
 */
let ctx: TestContext
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  tokens.editor = (await account(ctx, 'editor')).token
  tokens.translator = (await account(ctx, 'translator', ['de', 'fr'])).token
})
afterAll(() => ctx?.stop())

type Slug = 'partnerships' | 'commitments' | 'history-articles' | 'friendly-cities' | 'media'

const readAll = (collection: Slug, id: unknown) =>
  ctx.payload.findByID({
    collection,
    id: id as never,
    draft: true,
    locale: 'all',
    fallbackLocale: false as never,
    depth: 0,
  }) as Promise<any>

/** The stored states of a document's latest version, checked against the states its text gives. */
async function states(id: unknown, collection: Slug = 'partnerships'): Promise<Record<string, string>> {
  const doc = await readAll(collection, id)
  const fields = ctx.payload.collections[collection].config.fields
  expect(doc.translation, 'the stored states are the computed ones').toEqual(statesOf(fields, doc))
  return byLocale(doc.translation)
}

/** `{ inDe: 'done' }` as `{ de: 'done' }`. */
const byLocale = (states: Record<string, string>) =>
  Object.fromEntries(translationLocales().map((locale) => [locale, states?.[stateField(locale)]]))

/** Ids the admin's list finds: latest versions (`draft=true`), filtered by a stored state. */
async function listed(locale: string, state: string, collection = 'partnerships'): Promise<unknown[]> {
  const { status, body } = await ctx.rest.get(
    `/${collection}?draft=true&locale=${locale}&depth=0&limit=1000&where[translation.${stateField(locale)}][equals]=${state}`,
    tokens.editor,
  )
  expect(status, JSON.stringify(body)).toBe(200)
  return body.docs.map((doc: any) => doc.id)
}

const patch = (role: string, id: unknown, query: string, body: unknown) =>
  ctx.rest.request('PATCH', `/partnerships/${id}?${query}`, { body, token: tokens[role] })

async function newPartnership(name: string, extra: object = {}): Promise<number | string> {
  const { status, body } = await ctx.rest.request('POST', '/partnerships?locale=pl', {
    token: tokens.editor,
    body: {
      name,
      summary: `Streszczenie: ${name}`,
      country: 'FR',
      agreementDate: '2004-04-04T12:00:00.000Z',
      location: { latitude: 48, longitude: 2 },
      _status: 'published',
      ...extra,
    },
  })
  expect(status, JSON.stringify(body)).toBe(201)
  return body.doc.id
}

/** A partnership translated into German and French and published in both. */
async function translated(name: string): Promise<number | string> {
  const id = await newPartnership(name)
  for (const locale of ['de', 'fr']) {
    const res = await patch('translator', id, `locale=${locale}&publishSpecificLocale=${locale}`, {
      name: `${name} ${locale}`,
      summary: `Zusammenfassung ${locale}`,
      _status: 'published',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
  return id
}

describe('stored translation state', () => {
  it('a new document is missing in every language, and lists filter by it', async () => {
    const id = await newPartnership('Nowe Miasto')
    expect(await states(id)).toEqual({ en: 'missing', de: 'missing', fr: 'missing', uk: 'missing', he: 'missing' })
    expect(await listed('de', 'missing')).toContain(id)
    expect(await listed('de', 'done')).not.toContain(id)
  })

  it("publishing a translation in the translator's language makes it done", async () => {
    const id = await translated('Publikacja')
    expect(await states(id)).toMatchObject({ de: 'done', fr: 'done', en: 'missing' })
    expect(await listed('fr', 'done')).toContain(id)
  })

  it("a Polish save makes the other languages outdated in the same write, and a shared field's change does not", async () => {
    const id = await translated('Zmiana Polska')
    expect((await patch('editor', id, 'locale=pl&draft=true', { website: 'https://example.com/x' })).status).toBe(200)
    expect(await states(id)).toMatchObject({ de: 'done', fr: 'done' })
    const res = await patch('editor', id, 'locale=pl&draft=true', { summary: 'Nowe streszczenie' })
    expect(res.status).toBe(200)
    expect(byLocale(res.body.doc.translation)).toMatchObject({ de: 'outdated', fr: 'outdated', en: 'missing' })
    expect(await states(id)).toMatchObject({ de: 'outdated', fr: 'outdated' })
    expect(await listed('fr', 'outdated')).toContain(id)
    // Publishing Polish keeps them outdated; retranslating French makes French done again.
    expect((await patch('editor', id, 'locale=pl', { _status: 'published' })).status).toBe(200)
    expect(await states(id)).toMatchObject({ de: 'outdated', fr: 'outdated' })
    expect((await patch('translator', id, 'locale=fr&draft=true', { summary: 'Nouveau résumé' })).status).toBe(200)
    expect(await states(id)).toMatchObject({ de: 'outdated', fr: 'done' })
  })

  it('an autosave changes the state only as its text does, and keeps the source', async () => {
    const id = await translated('Autozapis')
    await patch('editor', id, 'locale=pl&draft=true', { summary: 'Zmienione' })
    const before = await readAll('partnerships', id)
    const res = await patch('translator', id, 'locale=de&draft=true&autosave=true', { summary: 'Halb fertig' })
    expect(res.status).toBe(200)
    expect(await states(id)).toMatchObject({ de: 'outdated' })
    expect((await readAll('partnerships', id)).translationSource.de).toEqual(before.translationSource.de)
    // Emptying every German text in an autosave: nothing translated is missing.
    await patch('translator', id, 'locale=de&draft=true&autosave=true', { summary: '', name: '' })
    expect(await states(id)).toMatchObject({ de: 'missing' })
  })

  it('values a client sends for the state or the source are replaced', async () => {
    const id = await newPartnership('Fałszerstwo')
    const res = await patch('editor', id, 'locale=pl&draft=true', {
      translation: { inDe: 'done', inFr: 'done' },
      translationSource: { summary: 'forged' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await states(id)).toMatchObject({ de: 'missing', fr: 'missing' })
    await patch('translator', id, 'locale=de&draft=true', {
      summary: 'Deutsch',
      translation: { inFr: 'done' },
      translationSource: { summary: 'forged' },
    })
    const doc = await readAll('partnerships', id)
    expect(byLocale(doc.translation)).toMatchObject({ de: 'outdated', fr: 'missing' })
    expect(doc.translationSource.de).toEqual({ name: 'Fałszerstwo', summary: 'Streszczenie: Fałszerstwo' })
  })

  it('a value no state field could hold is refused, naming the field', async () => {
    const id = await newPartnership('Zły Stan')
    for (const [translation, path] of [
      [{ inDe: 'finished' }, 'translation.inDe'],
      [{ de: 'done' }, 'translation.de'],
      ['done', 'translation'],
    ] as const) {
      const res = await patch('editor', id, 'locale=pl&draft=true', { translation })
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(JSON.stringify(res.body)).toContain(path)
    }
    expect(await states(id)).toMatchObject({ de: 'missing' })
  })

  it('restoring a version (Local API, REST, and a draft restored by the publication plugin) restores its states', async () => {
    const id = await newPartnership('Przywracanie')
    const versions = async () =>
      (
        await ctx.payload.findVersions({
          collection: 'partnerships',
          where: { parent: { equals: id } },
          sort: 'createdAt',
          pagination: false,
          depth: 0,
        })
      ).docs
    const [first] = await versions()
    await patch('translator', id, 'locale=de&draft=true', { name: 'Wiederherstellung', summary: 'Deutsch' })
    expect(await states(id)).toMatchObject({ de: 'done' })

    await ctx.payload.restoreVersion({ collection: 'partnerships', id: first!.id, locale: 'pl' } as never)
    expect(await states(id)).toMatchObject({ de: 'missing' })

    // The German draft, restored through REST: becomes the latest draft (the document is published).
    const german = (await versions()).find((v: any) => v.version._status === 'draft')!
    const restored = await ctx.rest.post(`/partnerships/versions/${german.id}?locale=pl`, {}, tokens.editor)
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(await states(id)).toMatchObject({ de: 'done' })

    // A Polish change, then the published first version restored through REST as published.
    await patch('editor', id, 'locale=pl&draft=true', { summary: 'Inne' })
    expect(await states(id)).toMatchObject({ de: 'outdated' })
    const back = await ctx.rest.post(`/partnerships/versions/${first!.id}?locale=pl`, {}, tokens.editor)
    expect(back.status, JSON.stringify(back.body)).toBe(200)
    expect(await states(id)).toMatchObject({ de: 'missing' })
  })

  it('a bulk edit through REST (PATCH with where) updates every document it changes', async () => {
    const a = await translated('Zbiorczo A')
    const b = await translated('Zbiorczo B')
    const res = await ctx.rest.request('PATCH', `/partnerships?locale=pl&draft=true&where[id][in]=${a},${b}`, {
      body: { summary: 'Wspólne streszczenie' },
      token: tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.docs).toHaveLength(2)
    for (const id of [a, b]) expect(await states(id)).toMatchObject({ de: 'outdated', fr: 'outdated' })
    const outdated = await listed('de', 'outdated')
    expect(outdated).toEqual(expect.arrayContaining([a, b]))
  })

  it('deleted documents, one or many, leave no state behind in lists', async () => {
    const a = await newPartnership('Usunięte A')
    const b = await newPartnership('Usunięte B')
    expect(await listed('he', 'missing')).toEqual(expect.arrayContaining([a, b]))
    const res = await ctx.rest.request('DELETE', `/partnerships?where[id][in]=${a},${b}`, { token: tokens.editor })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const missing = await listed('he', 'missing')
    expect(missing).not.toContain(a)
    expect(missing).not.toContain(b)
  })

  it('the seed stores the states of what it imports: English done, German commitments missing', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'partnerships',
      where: { name: { equals: 'Kostroma' } },
      locale: 'pl',
      draft: true,
    })
    expect(await states(docs[0]!.id)).toMatchObject({ en: 'done' })
    const commitments = await ctx.payload.find({ collection: 'commitments', locale: 'pl', draft: true, limit: 100 })
    expect(commitments.docs.length).toBeGreaterThan(0)
    for (const doc of commitments.docs) expect(await states(doc.id, 'commitments')).toMatchObject({ de: 'missing' })
    const media = await ctx.payload.find({ collection: 'media', locale: 'pl', limit: 100 })
    for (const doc of media.docs) await states(doc.id, 'media')
  })

  it('lists sort by a stored state', async () => {
    const { status, body } = await ctx.rest.get(
      '/partnerships?draft=true&locale=fr&depth=0&limit=1000&sort=translation.inFr',
      tokens.editor,
    )
    expect(status).toBe(200)
    const order = body.docs.map((doc: any) => doc.translation.inFr)
    expect(order).toEqual([...order].sort())
    expect(new Set(order).size).toBeGreaterThan(1)
  })

  it('globals: a Polish change to site settings makes its translations outdated; restoring a statement version restores its states', async () => {
    const read = (slug: 'site-settings' | 'accessibility-statement') =>
      ctx.payload.findGlobal({ slug, locale: 'all', fallbackLocale: false as never, depth: 0 }) as Promise<any>
    const check = async (slug: 'site-settings' | 'accessibility-statement') => {
      const doc = await read(slug)
      const fields = ctx.payload.config.globals.find((g) => g.slug === slug)!.fields
      for (const locale of translationLocales())
        expect(doc.translation[stateField(locale)]).toBe(translationState(fields, doc, locale))
      return byLocale(doc.translation)
    }
    expect(await check('site-settings')).toMatchObject({ en: 'done' })
    const res = await ctx.rest.request('POST', '/globals/site-settings?locale=pl', {
      token: tokens.editor,
      body: { address: 'ul. Pasaż Rudowskiego 10, Piotrków Trybunalski' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await check('site-settings')).toMatchObject({ en: 'outdated' })

    expect(await check('accessibility-statement')).toMatchObject({ en: 'done' })
    const before = await ctx.payload.findGlobalVersions({
      slug: 'accessibility-statement',
      sort: '-createdAt',
      limit: 1,
    })
    const statement = await read('accessibility-statement')
    const paragraph = {
      ...statement.content.pl.root.children[0],
      children: [{ type: 'text', version: 1, text: 'Nowy akapit.' }],
    }
    const children = [...statement.content.pl.root.children, paragraph]
    await ctx.payload.updateGlobal({
      slug: 'accessibility-statement',
      locale: 'pl',
      data: { content: { root: { ...statement.content.pl.root, children } } },
    })
    expect(await check('accessibility-statement')).toMatchObject({ en: 'outdated' })
    await ctx.payload.restoreGlobalVersion({ slug: 'accessibility-statement', id: before.docs[0]!.id as never })
    expect(await check('accessibility-statement')).toMatchObject({ en: 'done' })
  })
})

describe('the Polish text each translation was made from', () => {
  it('is stored per language on save, by row id, and outdatedFields names what changed since', async () => {
    const row = (note: string, decidedBy: string) => ({ status: 'suspended', decidedBy, note })
    const id = await newPartnership('Źródło', { statusHistory: [row('Pierwsza uwaga', 'A'), row('Druga uwaga', 'B')] })
    const polish = await readAll('partnerships', id)
    const [first, second] = polish.statusHistory.map((r: any) => r.id)
    await patch('translator', id, 'locale=de&draft=true', {
      name: 'Quelle',
      summary: 'Deutsch',
      statusHistory: polish.statusHistory.map((r: any, i: number) => ({ ...r, note: `Anmerkung ${i + 1}` })),
    })
    const saved = await readAll('partnerships', id)
    expect(saved.translationSource.de).toEqual({
      name: 'Źródło',
      summary: 'Streszczenie: Źródło',
      [`statusHistory.${first}.note`]: 'Pierwsza uwaga',
      [`statusHistory.${second}.note`]: 'Druga uwaga',
    })
    expect(saved.translationSource.fr ?? null).toBeNull()
    const fields = ctx.payload.collections.partnerships.config.fields
    expect(outdatedFields(fields, saved, 'de')).toEqual([])

    // The editor swaps the rows and changes the second note: only that note is outdated.
    const swapped = [saved.statusHistory[1], saved.statusHistory[0]].map((r: any) => ({
      ...r,
      note: r.id === second ? 'Druga uwaga, poprawiona' : r.note.pl,
    }))
    expect((await patch('editor', id, 'locale=pl&draft=true', { statusHistory: swapped })).status).toBe(200)
    const changed = await readAll('partnerships', id)
    expect(changed.translationSource.de).toEqual(saved.translationSource.de)
    expect(outdatedFields(fields, changed, 'de')).toEqual([
      {
        path: `statusHistory.${second}.note`,
        label: 'Historia statusu › 1 › Uwagi',
        was: 'Druga uwaga',
        now: 'Druga uwaga, poprawiona',
      },
    ])
    expect(outdatedFields(fields, changed, 'de', 'en')[0]!.label).toBe('Status history › 1 › Note')
    // French was never saved: nothing to compare with.
    expect(outdatedFields(fields, changed, 'fr')).toEqual([])
    const units = translationUnits(fields, changed, 'de')
    expect(units.map((u) => u.path)).toEqual(
      expect.arrayContaining(['name', 'summary', `statusHistory.${second}.note`, `statusHistory.${first}.note`]),
    )
    expect(units.map((u) => u.path).filter((path) => path.startsWith('statusHistory'))).toEqual([
      `statusHistory.${second}.note`,
      `statusHistory.${first}.note`,
    ])
    expect(units.find((u) => u.path === 'summary')).toMatchObject({
      target: 'Deutsch',
      outdated: false,
      type: 'textarea',
    })

    // Retranslating German stores the new Polish text.
    await patch('translator', id, 'locale=de&draft=true', { summary: 'Deutsch 2' })
    expect(outdatedFields(fields, await readAll('partnerships', id), 'de')).toEqual([])
  })

  it('keeps rich text as Lexical JSON', async () => {
    const { docs } = await ctx.payload.find({ collection: 'history-articles', locale: 'pl', draft: true, limit: 1 })
    const id = docs[0]!.id
    const res = await ctx.rest.request('PATCH', `/history-articles/${id}?locale=fr&draft=true`, {
      token: tokens.translator,
      body: { title: 'Histoire' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const doc = await readAll('history-articles', id)
    expect(doc.translationSource.fr.content).toEqual(doc.content.pl)
    expect(doc.translationSource.fr.content.root.type).toBe('root')
  })
})

describe('the data migration', () => {
  it('fills the states and, where the fingerprints tell, the sources of documents, versions and globals', async () => {
    const id = await translated('Migracja')
    await patch('editor', id, 'locale=pl&draft=true', { summary: 'Po tłumaczeniu' })
    const expected = await readAll('partnerships', id)
    const settings = await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0 })
    // As a database written before these fields existed: blank them straight in the database.
    const blank = {
      translation: Object.fromEntries(translationLocales().map((l) => [stateField(l), null])),
      translationSource: Object.fromEntries(localeCodes().map((l) => [l, null])),
    }
    const raw = await ctx.payload.db.find<any>({ collection: 'partnerships', locale: 'all', pagination: false })
    for (const doc of raw.docs)
      await ctx.payload.db.updateOne({ collection: 'partnerships', id: doc.id, data: { ...doc, ...blank } })
    const versions = await ctx.payload.db.findVersions<any>({
      collection: 'partnerships',
      locale: 'all',
      pagination: false,
    })
    for (const v of versions.docs)
      await ctx.payload.db.updateVersion({
        collection: 'partnerships',
        id: v.id,
        versionData: { ...v, version: { ...v.version, ...blank } } as never,
      })
    const global = await ctx.payload.db.findGlobal<any>({ slug: 'site-settings', locale: 'all' })
    await ctx.payload.db.updateGlobal({ slug: 'site-settings', data: { ...global, ...blank } })
    const blanked = await readAll('partnerships', id)
    expect(blanked.translation?.inDe ?? null).toBeNull()
    expect(blanked.translationSource?.de ?? null).toBeNull()

    await fillTranslationState(ctx.payload)

    const filled = await readAll('partnerships', id)
    expect(filled.translation).toEqual(expected.translation)
    // German was translated from the Polish text before the last change: found in the versions.
    expect(filled.translationSource.de).toEqual(expected.translationSource.de)
    // Blanking wrote an empty row for every language; the text of those that had one is intact.
    const text = (value: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(value).filter(([, v]) => v != null))
    expect(text(filled.name)).toEqual(text(expected.name))
    expect(text(filled.summary)).toEqual(text(expected.summary))
    expect(await listed('de', 'outdated')).toContain(id)
    const filledSettings: any = await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0 })
    expect(filledSettings.translation).toEqual((settings as any).translation)
    expect(text(filledSettings.officeName)).toEqual(text(settings.officeName as never))
  })
})

describe.skipIf(process.env.MONGODB_URI)('the SQLite migration on a seeded database', () => {
  it('dropped and applied again, gives back every stored state and source the writes had stored', async () => {
    const id = await translated('Migracja SQLite')
    await patch('editor', id, 'locale=pl&draft=true', { summary: 'Po tłumaczeniu' })
    const { exportAll } = await import('@/scripts/exportAll')
    // Per document and version: its states and the sources it has (languages without one left out).
    const tracked = (all: Awaited<ReturnType<typeof exportAll>>) => {
      const docs = [
        ...Object.entries(all.collections).flatMap(([slug, c]) =>
          [...c.docs, ...(c.versions ?? [])].map((doc: any) => [`${slug} ${doc.id}`, doc.version ?? doc]),
        ),
        ...Object.entries(all.globals).map(([slug, g]) => [slug, g.doc]),
      ] as [string, any][]
      return Object.fromEntries(
        docs.map(([key, doc]) => [
          key,
          {
            translation: doc.translation,
            sources: Object.fromEntries(Object.entries(doc.translationSource ?? {}).filter(([, v]) => v != null)),
          },
        ]),
      )
    }
    const before = await exportAll(ctx.payload)
    // The columns' migration, then the data steps' (the last migration: it reads through today's config).
    const migration = await import('@/migrations/20261202_080943_translation_state')
    const dataSteps = await import('@/migrations/20261202_091532_data_steps')
    const args = { db: (ctx.payload.db as any).drizzle, payload: ctx.payload, req: {} } as never
    await migration.down(args)
    await migration.up(args)
    await dataSteps.up(args)
    const after = await exportAll(ctx.payload)
    const [was, now] = [tracked(before), tracked(after)]
    // Site settings keep no versions: the Polish text its outdated languages were made from is gone.
    expect(now['site-settings']!.sources).toEqual({ en: was['site-settings']!.sources.en })
    expect({ ...now, 'site-settings': now['site-settings']!.translation }).toEqual({
      ...was,
      'site-settings': was['site-settings']!.translation,
    })
    expect(after.collections.partnerships!.docs.find((doc: any) => doc.id === id)).toMatchObject({
      translation: { inDe: 'outdated', inFr: 'outdated' },
    })
  })
})
