import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestContext } from './helpers/payload'
import { errorPaths } from './helpers/rest'
import { account } from './helpers/users'

/**
 * The contact office of a partnership or friendly city (issue 16): institution and department
 * (localized), an institutional e-mail and a website, on both sides.
 */

let ctx: TestContext
let token: string
let counter = 0

beforeAll(async () => {
  ctx = await startPayload()
  token = (await account(ctx, 'editor')).token
})
afterAll(() => ctx?.stop())

const city = {
  partnerships: { country: 'DE', agreementDate: '2001-01-01T12:00:00.000Z', location: { latitude: 50, longitude: 10 } },
  'friendly-cities': { country: 'IT', location: { latitude: 45, longitude: 12 } },
} as const

const office = {
  ours: {
    institution: 'Urząd Miasta',
    department: 'Biuro Współpracy Zagranicznej',
    email: 'wspolpraca@example.gov.pl',
    website: 'https://example.gov.pl/wspolpraca',
  },
  theirs: { institution: 'Stadtverwaltung', email: 'partnerschaft@example.de', website: 'https://example.de' },
}

describe.each(Object.keys(city) as (keyof typeof city)[])('contact office on %s', (collection) => {
  const post = (contactOffice: unknown) =>
    ctx.rest.post(
      `/${collection}?locale=pl`,
      { name: `Miasto ${++counter}`, ...city[collection], contactOffice, _status: 'published' },
      token,
    )
  const count = async () => (await ctx.payload.count({ collection })).totalDocs

  it('stores both sides, the department per language', async () => {
    const { status, body } = await post(office)
    expect(status, JSON.stringify(body)).toBe(201)
    const german = await ctx.rest.patch(
      `/${collection}/${body.doc.id}?locale=de`,
      { name: 'Stadt', contactOffice: { ours: { department: 'Büro für Auslandsbeziehungen' } } },
      token,
    )
    expect(german.status, JSON.stringify(german.body)).toBe(200)
    const read = (locale: 'pl' | 'de') =>
      ctx.payload.findByID({ collection, id: body.doc.id, locale, fallbackLocale: false }) as Promise<any>
    expect((await read('pl')).contactOffice).toMatchObject(office)
    const de = (await read('de')).contactOffice
    expect(de.ours.department).toBe('Büro für Auslandsbeziehungen')
    expect(de.ours.email, 'the e-mail is shared by the languages').toBe(office.ours.email)
  })

  it.each([
    ['a bad e-mail', { ours: { email: 'not an e-mail' } }, 'contactOffice.ours.email'],
    ['a website that is no http URL', { theirs: { website: 'javascript:alert(1)' } }, 'contactOffice.theirs.website'],
  ])('%s → 400 naming the field, nothing stored', async (_, contactOffice, path) => {
    const before = await count()
    const { status, body } = await post(contactOffice)
    expect(status, JSON.stringify(body)).toBe(400)
    expect(errorPaths(body)).toEqual([path])
    expect(await count()).toBe(before)
  })
})
