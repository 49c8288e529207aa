import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultLocale, isRTL, localeCodes, locales } from '@/i18n/locales'
import { seed } from '@/seed'

import { startPayload, type TestContext } from './helpers/payload'

let ctx: TestContext
let token: string
let id: number | string

/** What an editor writes in each language: Polish first, then the translations. */
const written = {
  pl: { name: 'Testowo Wielkie', summary: 'Streszczenie po polsku.' },
  en: { name: 'Great Testtown', summary: 'A summary in English.' },
  he: { name: 'טסטובו הגדולה', summary: 'תקציר בעברית.' },
} as const
type Written = keyof typeof written
const translated = Object.keys(written) as Written[]

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  token = await ctx.rest.login()
  const created = await ctx.rest.request('POST', '/partnerships?locale=pl', {
    token,
    body: {
      ...written.pl,
      country: 'DE',
      agreementDate: '2003-05-01T12:00:00.000Z',
      location: { latitude: 50, longitude: 10 },
      _status: 'published',
    },
  })
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`)
  id = created.body.doc.id
  for (const locale of translated.filter((code) => code !== 'pl')) {
    const updated = await ctx.rest.request('PATCH', `/partnerships/${id}?locale=${locale}`, {
      token,
      body: written[locale],
    })
    if (updated.status !== 200)
      throw new Error(`update ${locale} failed: ${updated.status} ${JSON.stringify(updated.body)}`)
  }
})
afterAll(() => ctx?.stop())

const restRead = (locale: string, fallback = 'none') =>
  ctx.rest.get(`/partnerships/${id}?locale=${locale}&fallback-locale=${fallback}`)

describe('localized round trip', () => {
  it.each(translated)('REST returns exactly what was written in %s (fallback-locale=none)', async (locale) => {
    const { status, body } = await restRead(locale)
    expect(status).toBe(200)
    expect(body).toMatchObject(written[locale])
  })

  it.each(translated)(
    'the Local API returns exactly what was written in %s (fallbackLocale: false)',
    async (locale) => {
      const doc = await ctx.payload.findByID({ collection: 'partnerships', id, locale, fallbackLocale: false } as never)
      expect(doc).toMatchObject(written[locale])
    },
  )

  it('keeps one slug, made from the Polish name, whatever the language of later edits', async () => {
    const { body } = await restRead('he')
    expect(body.slug).toBe('testowo-wielkie')
  })

  it('falls back to Polish for a language with no translation (de)', async () => {
    const { status, body } = await ctx.rest.get(`/partnerships/${id}?locale=de`)
    expect(status).toBe(200)
    expect(body).toMatchObject(written.pl)
  })

  it('shows nothing for an untranslated language when fallback is off', async () => {
    const { body } = await restRead('de')
    expect(body.name ?? null).toBeNull()
    expect(body.summary ?? null).toBeNull()
  })

  it('returns every translation with locale=all', async () => {
    const { status, body } = await ctx.rest.get(`/partnerships/${id}?locale=all`)
    expect(status).toBe(200)
    for (const field of ['name', 'summary'] as const) {
      expect(body[field]).toEqual(Object.fromEntries(translated.map((locale) => [locale, written[locale][field]])))
    }
  })
})

describe('localization config', () => {
  it('has exactly the locales of src/i18n/locales.ts, with their labels', () => {
    const { localization } = ctx.payload.config
    if (!localization) throw new Error('localization is off')
    expect(localization.localeCodes).toEqual(localeCodes())
    expect(localization.locales.map(({ code, label }) => ({ code, label }))).toEqual(
      locales.map(({ code, label }) => ({ code, label })),
    )
    expect(localeCodes()).toEqual(expect.arrayContaining(['pl', 'en', 'de', 'he']))
  })

  it('makes Polish the default and falls back to it', () => {
    const { localization } = ctx.payload.config
    expect(defaultLocale).toBe('pl')
    expect(localization && localization.defaultLocale).toBe('pl')
    expect(localization && localization.fallback).toBe(true)
  })

  it('writes Hebrew right to left and no other language', () => {
    const { localization } = ctx.payload.config
    const rtl = (localization ? localization.locales : []).filter((locale) => locale.rtl).map((locale) => locale.code)
    expect(rtl).toEqual(['he'])
    expect(localeCodes().filter(isRTL)).toEqual(['he'])
  })

  it('offers the admin UI in Polish and English, Polish first', () => {
    const { i18n } = ctx.payload.config
    expect(Object.keys(i18n.supportedLanguages)).toEqual(expect.arrayContaining(['pl', 'en']))
    expect(i18n.fallbackLanguage).toBe('pl')
  })
})

describe('an unknown locale (xx)', () => {
  it.each([
    ['the list', () => `/partnerships?locale=xx&limit=100`],
    ['a document', () => `/partnerships/${id}?locale=xx`],
    ['a global', () => `/globals/site-settings?locale=xx`],
  ])('in a read of %s is refused with a 400 that names the locales', async (_, path) => {
    const { status, body } = await ctx.rest.get(path())
    expect(status, JSON.stringify(body)).toBe(400)
    expect(body.errors[0].message).toContain('Unknown locale "xx"')
    expect(body.errors[0].message).toContain('pl, en, de, fr, uk, he')
  })

  // Payload maps an unknown locale to the default one, so without the guard this would overwrite Polish.
  it('in an admin’s write is refused and changes no language', async () => {
    const before = await Promise.all(translated.map((locale) => restRead(locale)))
    const { status, body } = await ctx.rest.request('PATCH', `/partnerships/${id}?locale=xx`, {
      token,
      body: { summary: 'xx summary' },
    })
    expect(status, JSON.stringify(body)).toBe(400)
    const after = await Promise.all(translated.map((locale) => restRead(locale)))
    expect(after.map((response) => response.body)).toEqual(before.map((response) => response.body))
  })

  it('in a global’s write is refused too', async () => {
    const { status } = await ctx.rest.request('POST', '/globals/site-settings?locale=xx', {
      token,
      body: { officeName: 'xx' },
    })
    expect(status).toBe(400)
  })
})
