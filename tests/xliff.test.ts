import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import xliff12ToJs from 'xliff/xliff12ToJs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'

import { startPayload, type TestContext } from './helpers/payload'
import { account, TEST_PASSWORD } from './helpers/users'
import {
  exportXliff,
  fileOf,
  fillTargets,
  importXliff,
  schemaAvailable,
  unitIds,
  validateAgainst,
  xliffSchema,
} from './helpers/xliff'

let ctx: TestContext
const tokens: Record<string, string> = {}
let articleId: number | string
let richText: (markdown: string) => unknown

const ARTICLE = [
  '## Początki współpracy',
  '',
  'Umowę podpisano w **1992** roku, a *pierwsze* spotkanie opisuje [strona miasta](https://example.org/historia).',
  '',
  '- wymiana młodzieży',
  '- wspólne **festiwale** i [targi](https://example.org/targi)',
  '',
  '> Współpraca trwa do dziś.',
].join('\n')

const german = (text: string) => `DE ${text}`

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  const editorConfig = await editorConfigFactory.default({ config: ctx.payload.config })
  richText = (markdown) => convertMarkdownToLexical({ editorConfig, markdown })
  tokens.editor = (await account(ctx, 'editor')).token
  tokens.translator = (await account(ctx, 'translator', ['de', 'fr'])).token
  const article = await ctx.payload.create({
    collection: 'history-articles',
    locale: 'pl',
    data: {
      title: 'Historia współpracy z Testowem',
      excerpt: 'Krótko o współpracy.',
      content: richText(ARTICLE),
      _status: 'published',
    } as never,
  })
  articleId = article.id
})
afterAll(() => ctx?.stop())

const original = () => `collections/history-articles/${articleId}`

/** Everything an import could change: each document's versions and its German text. */
async function snapshot(): Promise<string> {
  const parts: unknown[] = []
  for (const collection of ['history-articles', 'partnerships', 'commitments', 'media'] as const) {
    const docs = await ctx.payload.find({
      collection,
      locale: 'de',
      draft: true,
      fallbackLocale: false,
      pagination: false,
    })
    parts.push(docs.docs.map((doc: any) => ({ ...doc, updatedAt: undefined })))
    if (collection !== 'media') parts.push((await ctx.payload.findVersions({ collection, limit: 1 })).totalDocs)
  }
  for (const slug of ['site-settings', 'accessibility-statement'] as const)
    parts.push(await ctx.payload.findGlobal({ slug, locale: 'de', fallbackLocale: false }))
  return JSON.stringify(parts)
}

const articleXliff = async (token = tokens.translator) => {
  const { status, xml } = await exportXliff(ctx.rest, token, 'locale=de&collection=history-articles')
  expect(status).toBe(200)
  return xml
}

const readGerman = (draft = true) =>
  ctx.payload.findByID({ collection: 'history-articles', id: articleId, locale: 'de', draft, fallbackLocale: false })

/** The rich text as a reader sees its structure: block types and tags, link targets, text. */
function outline(value: any): unknown[] {
  const walk = (node: any): unknown =>
    node.type === 'text'
      ? node.text
      : [node.type, node.tag ?? node.listType ?? node.fields?.url ?? '', ...(node.children ?? []).map(walk)]
  return value.root.children.map(walk)
}

describe('GET /api/translations/export', () => {
  it.each([
    ['no user', undefined, 'locale=de', 401, undefined],
    ['Polish, the source language', 'editor', 'locale=pl', 400, 'locale'],
    ['no language', 'editor', '', 400, 'locale'],
    ['a language not the translator’s', 'translator', 'locale=uk', 403, 'locale'],
    ['an unknown status', 'editor', 'locale=de&status=missing,later', 400, 'status'],
    ['an unknown collection', 'editor', 'locale=de&collection=users', 400, 'collection'],
  ])('answers %s with a clear error', async (_, role, query, expected, field) => {
    const { status, body } = await ctx.rest.request('GET', `/translations/export?${query}`, {
      token: role && tokens[role],
    })
    expect(status).toBe(expected)
    expect(body.errors[0].message).toBeTruthy()
    if (field) expect(body.errors[0].field).toBe(field)
  })

  it('is a download of an XLIFF 1.2 file from Polish into the language asked', async () => {
    const { status, headers, xml } = await exportXliff(ctx.rest, tokens.translator, 'locale=de')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^application\/x-xliff\+xml/)
    expect(headers.get('content-disposition')).toMatch(
      /^attachment; filename="miasta-partnerskie-de-\d{4}-\d\d-\d\d\.xlf"$/,
    )
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff version="1.2"/)
    for (const file of xml.match(/<file [^>]*>/g)!) {
      expect(file).toContain('source-language="pl"')
      expect(file).toContain('target-language="de"')
    }
    expect(xml).toContain(`<file original="${original()}"`)
    expect(xml).toContain('<file original="globals/site-settings"')
  })

  it('is read by an independent XLIFF reader (the xliff package): languages, documents, units', async () => {
    const xml = await articleXliff()
    const read = await xliff12ToJs(xml)
    expect(read.sourceLanguage).toBe('pl')
    expect(read.targetLanguage).toBe('de')
    const units = read.resources[original()]
    expect(Object.keys(units)).toEqual(unitIds(fileOf(xml, original())))
    expect(units.title.source).toBe('Historia współpracy z Testowem')
  })

  // CI installs both (.ci/run): there the check always runs.
  it.skipIf(!schemaAvailable() && !process.env.CI)(
    'is valid against the OASIS XLIFF 1.2 strict schema (skipped without xmllint and php-symfony-translation)',
    async () => {
      const { xml } = await exportXliff(ctx.rest, tokens.editor, 'locale=de')
      const translated = fillTargets(xml, german)
      const dir = ctx.dir
      const schema = xliffSchema(dir)!
      for (const file of [xml, translated]) {
        const { status, output } = validateAgainst(schema, file, dir)
        expect(output).toContain('validates')
        expect(status).toBe(0)
      }
    },
  )

  it('has a unit per localized text with the field label, and rich text per block with inline tags, no markup', async () => {
    const file = fileOf(await articleXliff(), original())
    const ids = unitIds(file)
    expect(ids.slice(0, 2)).toEqual(['title', 'excerpt'])
    // Heading, paragraph, two list items, quote.
    expect(ids.slice(2)).toEqual(['content#0', 'content#1', 'content#2.0', 'content#2.1', 'content#3'])
    expect(file).toContain('<note from="field">Tytuł</note>')
    expect(file).toContain('<source>Początki współpracy</source>')
    expect(file).toContain(
      '<source>Umowę podpisano w <g id="1" ctype="bold">1992</g> roku, a <g id="2" ctype="italic">pierwsze</g> spotkanie opisuje <g id="3" ctype="link">strona miasta</g>.</source>',
    )
    expect(file).toContain('<note from="source-hash"')
    expect(file).not.toMatch(/https:|"type"|root|\*\*/)
    expect(file).not.toContain('<target')
  })

  it('gives translations as targets: translated, or needing review once the Polish changed; status filters', async () => {
    // The seed translates the partner cities into English.
    const { xml } = await exportXliff(ctx.rest, tokens.editor, 'locale=en&collection=partnerships')
    expect(xml).toMatch(/<source>Kostroma<\/source>\s*<target state="translated">Kostroma<\/target>/)
    const done = await exportXliff(ctx.rest, tokens.editor, 'locale=en&collection=partnerships&status=missing')
    expect(done.status).toBe(404)

    const city = await ctx.payload.find({
      collection: 'partnerships',
      where: { name: { equals: 'Kostroma' } },
      locale: 'pl',
    })
    const id = city.docs[0].id
    await ctx.payload.update({ collection: 'partnerships', id, locale: 'pl', data: { summary: 'Nowe streszczenie.' } })
    const outdated = await exportXliff(ctx.rest, tokens.editor, 'locale=en&collection=partnerships&status=outdated')
    expect(outdated.xml).toContain(`<file original="collections/partnerships/${id}"`)
    expect(fileOf(outdated.xml, `collections/partnerships/${id}`)).toContain(
      '<target state="needs-review-translation">',
    )
    expect((outdated.xml.match(/<file /g) ?? []).length).toBe(1)
  })
})

describe('POST /api/translations/import', () => {
  it('round trip: a CAT tool’s German, imported by a translator, is the article’s German draft with its structure', async () => {
    const polish = await ctx.payload.findByID({
      collection: 'history-articles',
      id: articleId,
      locale: 'pl',
      draft: true,
    })
    const filled = fillTargets(await articleXliff(), german)
    const { status, body } = await importXliff(ctx.rest, tokens.translator, 'locale=de', filled)
    expect(status, JSON.stringify(body)).toBe(200)
    const mine = body.units.filter((u: any) => u.file === original())
    expect(mine.map((u: any) => [u.unit, u.result])).toEqual(
      unitIds(fileOf(filled, original())).map((id) => [id, 'applied']),
    )
    expect(body.summary.stale).toBe(0)

    const de: any = await readGerman()
    expect(de.title).toBe('DE Historia współpracy z Testowem')
    expect(de.excerpt).toBe('DE Krótko o współpracy.')
    const rewrite = (node: unknown): unknown =>
      typeof node === 'string'
        ? german(node)
        : Array.isArray(node)
          ? [node[0], node[1], ...node.slice(2).map(rewrite)]
          : node
    expect(outline(de.content)).toEqual(outline(polish.content).map(rewrite))
    expect(outline(de.content)).toContainEqual([
      'list',
      'ul',
      ['listitem', '', 'DE wymiana młodzieży'],
      ['listitem', '', 'DE wspólne ', 'DE festiwale', 'DE  i ', ['link', 'https://example.org/targi', 'DE targi']],
    ])
    // Formats are kept: "festiwale" bold.
    const bold = JSON.stringify(de.content).match(/"format":1,[^}]*"text":"DE festiwale"/)
    expect(bold).toBeTruthy()
    // A translator's import is a draft: readers still get the Polish fallback.
    expect((await readGerman(false)).title ?? '').not.toContain('DE ')
  })

  it('importing the same file twice changes nothing the second time: no new version', async () => {
    const filled = fillTargets(await articleXliff(), (text) => `DE2 ${text}`)
    expect((await importXliff(ctx.rest, tokens.translator, 'locale=de', filled)).status).toBe(200)
    const before = await snapshot()
    const { status, body } = await importXliff(ctx.rest, tokens.translator, 'locale=de', filled)
    expect(status).toBe(200)
    expect(body.summary.applied).toBe(0)
    expect(body.units.filter((u: any) => u.file === original()).every((u: any) => u.result === 'unchanged')).toBe(true)
    expect(await snapshot()).toBe(before)
  })

  it('an editor imports and publishes: readers get the German text', async () => {
    const filled = fillTargets(await articleXliff(tokens.editor), (text) => `DE3 ${text}`)
    const { status, body } = await importXliff(ctx.rest, tokens.editor, 'locale=de&mode=publish', filled)
    expect(status, JSON.stringify(body)).toBe(200)
    const published: any = await readGerman(false)
    expect(published.title).toBe('DE3 Historia współpracy z Testowem')
    expect(outline(published.content)[0]).toEqual(['heading', 'h2', 'DE3 Początki współpracy'])
  })

  it('a unit whose Polish text changed since the export is stale and not applied; the others are', async () => {
    const exported = await articleXliff()
    await ctx.payload.update({
      collection: 'history-articles',
      id: articleId,
      locale: 'pl',
      data: { excerpt: 'Zmieniona zajawka.' },
    })
    const filled = fillTargets(exported, (text) => `DE4 ${text}`)
    const { status, body } = await importXliff(ctx.rest, tokens.translator, 'locale=de', filled)
    expect(status).toBe(200)
    const result = (unit: string) => body.units.find((u: any) => u.file === original() && u.unit === unit)
    expect(result('excerpt')).toMatchObject({ result: 'stale', reason: expect.stringContaining('changed') })
    expect(result('title').result).toBe('applied')
    const de: any = await readGerman()
    expect(de.title).toBe('DE4 Historia współpracy z Testowem')
    expect(de.excerpt ?? '').not.toContain('DE4')
  })

  describe('refuses a file with a 400 naming the reason, and writes nothing', () => {
    // Each bad file also holds good units: were anything written before the check, they would be.
    const bad: [string, (xml: string) => string, RegExp][] = [
      ['malformed XML', (xml) => xml.replace('</source>', '</sauce>'), /well-formed/],
      ['not XLIFF', () => '<?xml version="1.0"?><html><body/></html>', /not XLIFF/],
      [
        'another target-language',
        (xml) => xml.replaceAll('target-language="de"', 'target-language="fr"'),
        /target-language is fr/,
      ],
      [
        'an unknown document',
        (xml) =>
          xml.replace(
            /original="collections\/history-articles\/[^"]+"/,
            'original="collections/history-articles/999999"',
          ),
        /999999/,
      ],
      [
        'an unknown unit',
        (xml) => xml.replace('<trans-unit id="excerpt"', '<trans-unit id="summary"'),
        /"summary" is no translatable text/,
      ],
      [
        'a unit for a field shared by every language',
        (xml) => xml.replace('<trans-unit id="excerpt"', '<trans-unit id="slug"'),
        /"slug" is no translatable text/,
      ],
      [
        'a tag missing from a target',
        (xml) => xml.replace('<g id="2" ctype="italic">DE5 pierwsze</g>', 'DE5 pierwsze'),
        /tags do not match.*2/,
      ],
      [
        'a tag the source does not have',
        (xml) =>
          xml.replace('<target state="translated">DE5 Początki', '<target state="translated"><x id="9"/>DE5 Początki'),
        /tags do not match.*id="9"/,
      ],
      [
        'a tag in a plain text',
        (xml) =>
          xml.replace(
            '<target state="translated">DE5 Historia',
            '<target state="translated"><g id="1">DE5</g> Historia',
          ),
        /tags do not match/,
      ],
      [
        'a file over 10 MB',
        (xml) => xml.replace('<xliff ', `<!--${' '.repeat(10 * 1024 * 1024)}--><xliff `),
        /larger than 10 MB/,
      ],
      ['a DOCTYPE', (xml) => xml.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY a "aaaa">]><xliff '), /DOCTYPE/],
    ]
    it.each(bad)('%s', async (_, spoil, reason) => {
      const filled = fillTargets(await articleXliff(), (text) => `DE5 ${text}`)
      const before = await snapshot()
      const { status, body } = await importXliff(ctx.rest, tokens.translator, 'locale=de', spoil(filled))
      expect(status, JSON.stringify(body).slice(0, 500)).toBe(400)
      expect(body.errors[0].field).toBe('file')
      expect(body.errors[0].message).toMatch(reason)
      expect(await snapshot()).toBe(before)
    })
  })

  it.each([
    ['a JSON body', { body: { file: 'x' } }, /multipart/],
    ['no body', {}, /body/],
    ['a form without the file', { form: new FormData() }, /multipart/],
    ['an empty file', { form: Object.assign(new FormData(), {}), empty: true }, /XML|XLIFF/],
  ])('answers %s with a 400 naming what to send, not a 500', async (_, options: any, reason) => {
    if (options.empty) options.form.set('file', new Blob([]), 'empty.xlf')
    const { status, body } = await ctx.rest.request('POST', '/translations/import?locale=de', {
      token: tokens.editor,
      ...options,
    })
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(reason)
  })

  describe('a translator only into their own languages, as drafts', () => {
    it.each([
      ['a language not theirs', 'locale=uk', 403, 'locale'],
      ['publishing', 'locale=de&mode=publish', 403, 'mode'],
      ['an unknown mode', 'locale=de&mode=later', 400, 'mode'],
    ])('refuses %s', async (_, query, expected, field) => {
      const filled = fillTargets(await articleXliff(tokens.editor), (text) => `DE6 ${text}`)
      const file = query.startsWith('locale=uk')
        ? filled.replaceAll('target-language="de"', 'target-language="uk"')
        : filled
      const before = await snapshot()
      const { status, body } = await importXliff(ctx.rest, tokens.translator, query, file)
      expect(status).toBe(expected)
      expect(body.errors[0].field).toBe(field)
      expect(await snapshot()).toBe(before)
    })

    it('a translator for French only cannot import German', async () => {
      await ctx.payload.create({
        collection: 'users',
        data: {
          email: 'fr@example.com',
          password: TEST_PASSWORD,
          name: 'fr',
          roles: ['translator'],
          translatorLocales: ['fr'],
        },
      })
      const token = await ctx.rest.login('fr@example.com', TEST_PASSWORD)
      const filled = fillTargets(await articleXliff(tokens.editor), (text) => `DE7 ${text}`)
      const { status, body } = await importXliff(ctx.rest, token, 'locale=de', filled)
      expect(status).toBe(403)
      expect(body.errors[0].message).toContain('fr')
    })

    it('without a user: 401', async () => {
      const { status } = await importXliff(ctx.rest, undefined, 'locale=de', await articleXliff())
      expect(status).toBe(401)
    })
  })
})
