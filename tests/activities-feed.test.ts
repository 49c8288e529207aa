import { parseFeed } from '@rowanmanning/feed-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpApi } from './helpers/admin'
import { type RunningServer, startProductionServer } from './helpers/server'

// Spec (issue 16): /{locale}/activities/feed.xml is an Atom 1.0 feed of the published activities,
// newest first, the last 50, in the reader's language with the Polish text where there is no
// translation; drafts never appear; a publish shows at once; an unknown language is a 404.

const email = 'activities-feed@example.org'
const password = 'correct-horse-battery-staple'

let server: RunningServer
let admin: ReturnType<typeof httpApi>
let cityId: number | string
beforeAll(async () => {
  server = await startProductionServer({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password })
  admin = httpApi(server)
  await admin.login({ email, password })
  const found = await admin.get('/partnerships?where[slug][equals]=vienne&depth=0&locale=pl')
  cityId = found.docs[0].id
}, 900_000)
afterAll(async () => {
  await server?.stop()
})

const feed = (locale: string) => fetch(`${server.url}/${locale}/activities/feed.xml`)

async function parsed(locale: string) {
  const response = await feed(locale)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml; charset=utf-8/)
  const xml = await response.text()
  return { xml, feed: parseFeed(xml) }
}

/** An activity as the admin would create it: Polish first, English added as a translation. */
async function activity(
  index: number,
  { en, status = 'published' }: { en?: string; status?: 'published' | 'draft' } = {},
) {
  const day = new Date(Date.UTC(2020, 0, 1 + index, 12)).toISOString()
  const created = await admin.json('POST', `/activities?locale=pl${status === 'draft' ? '&draft=true' : ''}`, {
    title: `Działanie ${index} & <spółka>`,
    slug: `dzialanie-${index}`,
    summary: `Streszczenie ${index}`,
    date: day,
    datePrecision: 'day',
    kind: 'exchange',
    cities: [{ relationTo: 'partnerships', value: cityId }],
    _status: status,
  })
  if (en)
    await admin.json('PATCH', `/activities/${created.doc.id}?locale=en`, { title: en, summary: `Summary ${index}` })
  return created.doc
}

describe('the Atom feed of activities', () => {
  it('is valid Atom, published activities only, newest first, translated where it can be', async () => {
    await activity(1, { en: 'Activity one' })
    await activity(2)
    await activity(3, { status: 'draft' })

    const { feed: pl, xml } = await parsed('pl')
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>/i)
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    expect(pl.meta.type).toBe('atom')
    expect(pl.url).toBe(`${server.url}/pl/activities`)
    expect(pl.self).toBe(`${server.url}/pl/activities/feed.xml`)
    expect(pl.items.map((item) => item.title)).toEqual(['Działanie 2 & <spółka>', 'Działanie 1 & <spółka>'])
    for (const item of pl.items) {
      expect(item.id).toMatch(/^\S+$/)
      expect(item.updated).toBeInstanceOf(Date)
      expect(item.url).toMatch(new RegExp(`^${server.url}/pl/activities/dzialanie-\\d$`))
    }
    expect(pl.items[0].description).toBe('Streszczenie 2')

    // English: the translated title; the untranslated one in Polish, marked as such.
    const { feed: en, xml: enXml } = await parsed('en')
    expect(en.language).toBe('en')
    expect(en.items.map((item) => item.title)).toEqual(['Działanie 2 & <spółka>', 'Activity one'])
    expect(en.items[1].description).toBe('Summary 1')
    expect(en.items[0].url).toBe(`${server.url}/en/activities/dzialanie-2`)
    expect(enXml).toContain('<title xml:lang="pl">Działanie 2 &amp; &lt;spółka&gt;</title>')
    expect(enXml).toContain('<summary xml:lang="pl">Streszczenie 2</summary>')
    expect(enXml).toContain('<title>Activity one</title>')
  })

  it('shows a publish at once and keeps the last 50', async () => {
    for (let index = 10; index < 60; index++) await activity(index)
    const { feed: pl } = await parsed('pl')
    expect(pl.items).toHaveLength(50)
    expect(pl.items[0].title).toBe('Działanie 59 & <spółka>')
    expect(pl.items.at(-1)!.title).toBe('Działanie 10 & <spółka>')
    expect(pl.items.map((item) => item.title)).not.toContain('Działanie 3 & <spółka>')
  })

  it('answers 404 for a language the site does not have', async () => {
    expect((await feed('xx')).status).toBe(404)
    expect((await feed('PL')).status).toBe(404)
  })
})

describe('the link to the feed', () => {
  it('is in the head of the open-data page, in its language, with a title', async () => {
    const html = await (await fetch(`${server.url}/de/open-data`)).text()
    const link = html.match(/<link[^>]*type="application\/atom\+xml"[^>]*>/)?.[0]
    expect(link).toBeDefined()
    expect(link).toContain('rel="alternate"')
    expect(link).toContain('hrefLang="de"')
    expect(link).toContain(`href="${server.url}/de/activities/feed.xml"`)
    expect(link).toMatch(/title="Zusammenarbeit · Piotrków Trybunalski"/)
  })
})
