import { check as checkGeoJson } from '@placemarkio/check-geojson'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpApi } from './helpers/admin'
import { type RunningServer, startProductionServer } from './helpers/server'

// Spec: /open-data/twin-cities.{json,csv,geojson} hold every published partnership and friendly
// city and nothing else, parse with real parsers (RFC 4180 CSV, RFC 7946 GeoJSON), agree with each
// other and with the database, are cacheable with an ETag, and change as soon as something is published.

const email = 'open-data@example.org'
const password = 'correct-horse-battery-staple'
const FIELDS = [
  'type',
  'slug',
  'name_pl',
  'name_en',
  'country',
  'date',
  'datePrecision',
  'status',
  'statusSince',
  'latitude',
  'longitude',
  'wikidataId',
  'website',
  'url',
]

type Record_ = Record<(typeof FIELDS)[number], string | number | null>

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
  fetch(`${server.url}/open-data/twin-cities.${format}`, { headers })

async function allThree() {
  const [json, csv, geojson] = await Promise.all(
    ['json', 'csv', 'geojson'].map(async (format) => (await file(format)).text()),
  )
  return {
    json: JSON.parse(json) as Record_[],
    csv: parseCsv(csv, { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[],
    csvHeader: parseCsv(csv, { to_line: 1 })[0] as string[],
    geojson: checkGeoJson(geojson),
    csvText: csv,
  }
}

/** What the public REST API (anonymous: published only) says, in Polish and English. */
async function published(collection: 'partnerships' | 'friendly-cities') {
  const read = async (locale: string) =>
    (
      await (
        await fetch(`${server.url}/api/${collection}?locale=${locale}&fallback-locale=none&depth=0&limit=1000`)
      ).json()
    ).docs as any[]
  const [pl, en] = await Promise.all([read('pl'), read('en')])
  return pl.map((doc) => ({ ...doc, nameEn: en.find((other) => other.id === doc.id)?.name ?? null }))
}

const day = (iso: string) => iso.slice(0, 10)

describe('the three files', () => {
  it('are served with their media types, an ETag, a public Cache-Control, and the CSV as a named download', async () => {
    const types = {
      json: /^application\/json; charset=utf-8/,
      csv: /^text\/csv; charset=utf-8/,
      geojson: /^application\/geo\+json/,
    }
    for (const [format, type] of Object.entries(types)) {
      const response = await file(format)
      expect(response.status, format).toBe(200)
      expect(response.headers.get('content-type')).toMatch(type)
      expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/)
      expect(response.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=1\b/)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('content-disposition')).toBe(
        format === 'csv' ? 'attachment; filename="twin-cities.csv"' : null,
      )
    }
  })

  it('answer a matching If-None-Match with 304 and no body, and a stale one with the file', async () => {
    const first = await file('geojson')
    const etag = first.headers.get('etag')!
    const again = await file('geojson', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    expect((await file('geojson', { 'If-None-Match': `W/${etag}, "other"` })).status).toBe(304)
    expect((await file('geojson', { 'If-None-Match': '"not-this-one"' })).status).toBe(200)
  })

  it('hold every published city, as the database has it, and agree with each other', async () => {
    const { json, csv, csvHeader, geojson, csvText } = await allThree()
    const [partnerships, friendly] = await Promise.all([published('partnerships'), published('friendly-cities')])
    expect(partnerships).toHaveLength(10)
    expect(friendly).toHaveLength(2)
    expect(json).toHaveLength(12)

    for (const doc of partnerships) {
      const record = json.find((row) => row.type === 'partnership' && row.slug === doc.slug)
      expect(record, doc.slug).toMatchObject({
        name_pl: doc.name,
        name_en: doc.nameEn,
        country: doc.country,
        date: day(doc.agreementDate),
        datePrecision: 'day',
        status: doc.status,
        latitude: doc.location.latitude,
        longitude: doc.location.longitude,
        wikidataId: doc.wikidataId || null,
        website: doc.website || null,
        url: `${server.url}/pl/partnerships/${doc.slug}`,
      })
    }
    for (const doc of friendly) {
      const record = json.find((row) => row.type === 'friendly-city' && row.slug === doc.slug)
      expect(record, doc.slug).toMatchObject({
        name_pl: doc.name,
        country: doc.country,
        status: null,
        statusSince: null,
      })
    }
    // Known facts: an active partnership counts from its signature; Kostroma ended in 2022 (the day
    // is not known, so neither is printed); Udine's letter has no known date.
    expect(json.find((row) => row.slug === 'esslingen-nad-neckarem')).toMatchObject({
      date: '1992-09-25',
      status: 'active',
      statusSince: '1992-09-25',
    })
    expect(json.find((row) => row.slug === 'kostroma')).toMatchObject({ status: 'ended', statusSince: '2022' })
    expect(json.find((row) => row.slug === 'udine')).toMatchObject({ date: null, datePrecision: null })

    // CSV: RFC 4180 (CRLF), a header row of the documented fields, the same values as text.
    expect(csvHeader).toEqual(FIELDS)
    expect(csvText.split('\r\n').length - 1).toBe(13)
    expect(csvText.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    expect(csv).toEqual(
      json.map((record) =>
        Object.fromEntries(FIELDS.map((field) => [field, record[field] == null ? '' : String(record[field])])),
      ),
    )

    // GeoJSON: valid RFC 7946, longitude first, the same records as properties.
    expect(geojson.type).toBe('FeatureCollection')
    const features = (geojson as any).features as any[]
    expect(features.map((feature) => feature.properties)).toEqual(json)
    for (const feature of features) {
      expect(feature.geometry.coordinates).toEqual([feature.properties.longitude, feature.properties.latitude])
    }
    const ness = features.find((feature) => feature.properties.slug === 'ness-ziona')
    expect(ness.geometry.coordinates[0]).toBeGreaterThan(34) // Israel: east, not in the Indian Ocean
    expect(ness.geometry.coordinates[1]).toBeLessThan(33)
  })
})

describe('freshness and drafts', () => {
  it('a draft never shows; publishing it does, at once, with a new ETag; unpublishing removes it', async () => {
    // A name that CSV must quote: quotes, a comma, a line break.
    const name = 'Draftowo, "Nowe"\nMiasto =SUM(A1)'
    const created = await admin.json('POST', '/partnerships?locale=pl&draft=true', {
      name,
      slug: 'draftowo',
      country: 'FR',
      agreementDate: '2019-05-10T12:00:00.000Z',
      status: 'active',
      location: { latitude: 45.5, longitude: 4.9 },
      _status: 'draft',
    })
    const id = created.doc.id
    const before = await file('json')
    const etag = before.headers.get('etag')
    expect(((await before.json()) as Record_[]).map((row) => row.slug)).not.toContain('draftowo')

    // A draft edit of a published city leaves the published name in the files.
    const [vienne] = (await published('partnerships')).filter((doc) => doc.slug === 'vienne')
    await admin.json('PATCH', `/partnerships/${vienne.id}?locale=pl&draft=true`, {
      name: 'Vienne (szkic)',
      _status: 'draft',
    })
    const { json: afterDraft } = await allThree()
    expect(afterDraft.find((row) => row.slug === 'vienne')?.name_pl).toBe('Vienne')
    expect(afterDraft.map((row) => row.slug)).not.toContain('draftowo')

    await admin.json('PATCH', `/partnerships/${id}?locale=pl`, { _status: 'published' })
    const start = Date.now()
    const changed = await file('json')
    expect(Date.now() - start).toBeLessThan(2000)
    expect(changed.headers.get('etag')).not.toBe(etag)
    const { json, csv, geojson } = await allThree()
    const record = json.find((row) => row.slug === 'draftowo')
    expect(record).toMatchObject({ name_pl: name, country: 'FR', date: '2019-05-10', latitude: 45.5, longitude: 4.9 })
    // The CSV parser gets the hostile name back exactly; the other files agree.
    expect(csv.find((row) => row.slug === 'draftowo')?.name_pl).toBe(name)
    expect(
      (geojson as any).features.find((feature: any) => feature.properties.slug === 'draftowo').geometry.coordinates,
    ).toEqual([4.9, 45.5])
    expect((await file('json', { 'If-None-Match': etag! })).status).toBe(200)

    await admin.json('PATCH', `/partnerships/${id}?locale=pl`, { _status: 'draft' })
    const { json: unpublished } = await allThree()
    expect(unpublished.map((row) => row.slug)).not.toContain('draftowo')
    await admin.json('DELETE', `/partnerships/${id}`)
  })
})
