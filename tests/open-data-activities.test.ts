import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpApi } from './helpers/admin'
import { type RunningServer, startProductionServer } from './helpers/server'

// Spec (issue 16): /open-data/twin-city-activities.{json,csv} hold every published activity and
// nothing else, with the guarantees of the cities' files: RFC 4180 CSV, ETag and 304, CORS, fresh
// at once after a publish.

const email = 'open-data-activities@example.org'
const password = 'correct-horse-battery-staple'
const FIELDS = [
  'id',
  'slug',
  'title_pl',
  'title_en',
  'date',
  'date_precision',
  'end_date',
  'kind',
  'cities',
  'areas',
  'place',
  'url',
]

let server: RunningServer
let admin: ReturnType<typeof httpApi>
beforeAll(async () => {
  server = await startProductionServer({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password })
  admin = httpApi(server)
  await admin.login({ email, password })
}, 900_000)
afterAll(async () => {
  await server?.stop()
})

const file = (format: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/open-data/twin-city-activities.${format}`, { headers })

async function both() {
  const [json, csv] = await Promise.all(['json', 'csv'].map(async (format) => (await file(format)).text()))
  return {
    json: JSON.parse(json) as Record<string, string | number | null>[],
    csv: parseCsv(csv, { columns: true, bom: true }) as Record<string, string>[],
    csvHeader: parseCsv(csv, { to_line: 1 })[0] as string[],
    csvText: csv,
  }
}

const idOf = async (collection: string, slug: string) =>
  (await admin.get(`/${collection}?where[slug][equals]=${slug}&depth=0&locale=pl`)).docs[0].id

describe('the activities files', () => {
  it('are served with their media types, an ETag, CORS, and the CSV as a named download', async () => {
    for (const [format, type] of Object.entries({ json: /^application\/json/, csv: /^text\/csv; charset=utf-8/ })) {
      const response = await file(format)
      expect(response.status, format).toBe(200)
      expect(response.headers.get('content-type')).toMatch(type)
      expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/)
      expect(response.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=1\b/)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('content-disposition')).toBe(
        format === 'csv' ? 'attachment; filename="twin-city-activities.csv"' : null,
      )
    }
    const etag = (await file('csv')).headers.get('etag')!
    const again = await file('csv', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect((await file('csv', { 'If-None-Match': '"other"' })).status).toBe(200)
    // The cities' files are a different dataset: a different tag.
    expect((await fetch(`${server.url}/open-data/twin-cities.csv`)).headers.get('etag')).not.toBe(etag)
  })

  it('hold the published activities only, the same in both files, and change at once on a publish', async () => {
    const [vienne, udine, commitment] = await Promise.all([
      idOf('partnerships', 'vienne'),
      idOf('friendly-cities', 'udine'),
      admin.get('/commitments?depth=0&limit=1&locale=pl').then((found) => found.docs[0]),
    ])
    const before = await file('json')
    const etag = before.headers.get('etag')!
    expect(await before.json()).toEqual([])

    // A title CSV must quote: a comma, quotes, a line break.
    const title = 'Wizyta, "oficjalna"\nw Vienne'
    const published = await admin.json('POST', '/activities?locale=pl', {
      title,
      slug: 'wizyta-w-vienne',
      date: '2024-05-10T12:00:00.000Z',
      datePrecision: 'month',
      endDate: '2024-05-12T12:00:00.000Z',
      kind: 'official-visit',
      place: 'Vienne',
      cities: [
        { relationTo: 'partnerships', value: vienne },
        { relationTo: 'friendly-cities', value: udine },
      ],
      areas: [commitment.id],
      _status: 'published',
    })
    await admin.json('PATCH', `/activities/${published.doc.id}?locale=en`, { title: 'Visit to Vienne' })
    await admin.json('POST', '/activities?locale=pl&draft=true', {
      title: 'Szkic',
      slug: 'szkic',
      date: '2024-06-01T12:00:00.000Z',
      kind: 'other',
      cities: [{ relationTo: 'partnerships', value: vienne }],
      _status: 'draft',
    })

    const changed = await file('json')
    expect(changed.headers.get('etag')).not.toBe(etag)
    const { json, csv, csvHeader, csvText } = await both()
    expect(json).toEqual([
      {
        id: published.doc.id,
        slug: 'wizyta-w-vienne',
        title_pl: title,
        title_en: 'Visit to Vienne',
        date: '2024-05',
        date_precision: 'month',
        end_date: '2024-05',
        kind: 'official-visit',
        cities: 'vienne udine',
        areas: commitment.title,
        place: 'Vienne',
        url: `${server.url}/pl/activities/wizyta-w-vienne`,
      },
    ])
    // RFC 4180: a header row of the documented fields, CRLF, the same values as text.
    expect(csvHeader).toEqual(FIELDS)
    expect(csvText.split('\r\n').length - 1).toBe(2)
    expect(csv).toEqual(
      json.map((record) =>
        Object.fromEntries(FIELDS.map((field) => [field, record[field] == null ? '' : String(record[field])])),
      ),
    )
    expect(csv[0].title_pl).toBe(title)

    await admin.json('PATCH', `/activities/${published.doc.id}?locale=pl`, { _status: 'draft' })
    expect((await both()).json).toEqual([])
  })
})
