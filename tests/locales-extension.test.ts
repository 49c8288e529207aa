import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes, locales } from '@/i18n/locales'

import { startPayload, type TestContext } from './helpers/payload'

/**
 * "Adding a language is one line": the one line is this push onto src/i18n/locales.ts's list. It runs
 * before startPayload() imports the config (vitest gives this file its own process), and nothing
 * else is touched.
 */
const italian = { code: 'it', label: 'Italiano' }

let ctx: TestContext
let token: string

beforeAll(async () => {
  locales.push(italian)
  ctx = await startPayload()
  await ctx.payload.create({
    collection: 'users',
    data: { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD!, roles: ['admin'] },
  })
  token = await ctx.rest.login()
})
afterAll(() => ctx?.stop())

describe('adding Italian with one line in src/i18n/locales.ts', () => {
  it('lists it among the locale codes', () => {
    expect(localeCodes()).toContain('it')
  })

  it('makes it a configured content locale, left to right', () => {
    const localization = ctx.payload.config.localization
    if (!localization) throw new Error('localization is off')
    expect(localization.localeCodes).toContain('it')
    expect(localization.locales.find((locale) => locale.code === 'it')).toMatchObject({ label: 'Italiano' })
    expect(localization.locales.find((locale) => locale.code === 'it')?.rtl).toBeFalsy()
  })

  it('offers it to translators', () => {
    const field: any = ctx.payload.collections.users.config.fields.find((f: any) => f.name === 'translatorLocales')
    expect(field.options.map((option: any) => option.value)).toContain('it')
  })

  it('stores and returns a partnership name in Italian through REST, Polish untouched', async () => {
    const created = await ctx.rest.request('POST', '/partnerships?locale=pl', {
      token,
      body: {
        name: 'Wenecja Testowa',
        summary: 'Tylko po polsku.',
        country: 'IT',
        agreementDate: '2004-04-04T12:00:00.000Z',
        location: { latitude: 45.44, longitude: 12.33 },
        _status: 'published',
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id

    const updated = await ctx.rest.request('PATCH', `/partnerships/${id}?locale=it`, {
      token,
      body: { name: 'Venezia di Prova' },
    })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)

    const read = (locale: string, fallback = 'none') =>
      ctx.rest.get(`/partnerships/${id}?locale=${locale}&fallback-locale=${fallback}`)
    expect((await read('it')).body.name).toBe('Venezia di Prova')
    expect((await read('pl')).body.name).toBe('Wenecja Testowa')
    // What has no Italian text yet falls back to Polish, as for every other language.
    expect((await read('it', 'pl')).body.summary).toBe('Tylko po polsku.')
    expect((await ctx.rest.get(`/partnerships/${id}?locale=all`)).body.name).toMatchObject({
      pl: 'Wenecja Testowa',
      it: 'Venezia di Prova',
    })
  })
})
