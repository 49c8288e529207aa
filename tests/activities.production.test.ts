import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpApi } from './helpers/admin'
import { executableScripts, policyDirectives } from './helpers/html'
import { paragraphDocument } from './helpers/richText'
import { type RunningServer, startProductionServer } from './helpers/server'

/*
 * Issue 16, readers: a page per activity (schema.org Event), the list with its filters, the city
 * and home pages showing them, drafts never, and a publish or unpublish showing at once.
 */
let server: RunningServer
let admin: ReturnType<typeof httpApi>
type Ref = { id: number; slug: string }
let esslingen: Ref
let udine: Ref
let areas: Ref[]
const slugs: string[] = []

/** Activities named a…e, oldest first: the list shows them e…a. */
const activities = [
  { title: 'Wizyta w Esslingen 1995', date: '1995-06-10T12:00:00.000Z', kind: 'official-visit', city: 'e', area: 0 },
  { title: 'Wymiana uczniów 2005', date: '2005-01-15T12:00:00.000Z', kind: 'exchange', city: 'e', area: 1 },
  { title: 'Koncert w Udine 2010', date: '2010-05-01T12:00:00.000Z', kind: 'cultural-event', city: 'u', area: 1 },
  { title: 'Projekt wspólny 2015', date: '2015-03-01T12:00:00.000Z', kind: 'project', city: 'e', area: 2 },
  { title: 'Festiwal 2020', date: '2020-09-12T12:00:00.000Z', kind: 'cultural-event', city: 'e', area: 0 },
]

async function create(activity: (typeof activities)[number], status: 'published' | 'draft') {
  const city = activity.city === 'e' ? esslingen : udine
  const doc = await admin.post('/activities?locale=pl', {
    title: activity.title,
    summary: `Streszczenie: ${activity.title}`,
    content: paragraphDocument(`Opis działania ${activity.title}`),
    date: activity.date,
    datePrecision: 'day',
    endDate: activity.date.replace('T12', 'T13'),
    kind: activity.kind,
    place: 'Ratusz',
    cities: [{ relationTo: activity.city === 'e' ? 'partnerships' : 'friendly-cities', value: city.id }],
    areas: [areas[activity.area].id],
    sources: [{ url: 'https://example.org/zrodlo', title: 'Kronika' }],
    _status: status,
  })
  return doc.doc as Ref
}

beforeAll(async () => {
  server = await startProductionServer()
  admin = httpApi(server)
  await admin.login()
  esslingen = (await admin.get('/partnerships?where[slug][equals]=esslingen-nad-neckarem&depth=0')).docs[0]
  udine = (await admin.get('/friendly-cities?where[slug][equals]=udine&depth=0')).docs[0]
  areas = (await admin.get('/commitments?sort=order&depth=0&locale=pl')).docs
  for (const activity of activities) slugs.push((await create(activity, 'published')).slug)
}, 300_000)
afterAll(() => server?.stop())

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: response.status, html: await response.text(), csp: response.headers.get('content-security-policy') }
}
const page = async (path: string) => {
  const result = await get(path)
  expect(result.status, path).toBe(200)
  return result.html
}
/** The titles the list shows, in order. */
const listed = (html: string) =>
  [...html.matchAll(/<li class="activity-list__item"[\s\S]*?<a [^>]*>([^<]*)<\/a>/g)].map(([, title]) => title)
const titles = (...indexes: number[]) => indexes.map((index) => activities[index].title)

describe('an activity’s page', () => {
  it('shows its content, its cities and areas, and an Event in JSON-LD', async () => {
    const html = await page(`/pl/activities/${slugs[0]}`)
    expect(html).toContain('<h1>Wizyta w Esslingen 1995</h1>')
    expect(html).toContain('Opis działania Wizyta w Esslingen 1995')
    expect(html).toContain('Ratusz')
    expect(html).toContain('href="https://example.org/zrodlo"')
    expect(html).toContain('href="/pl/partnerships/esslingen-nad-neckarem"')
    expect(html).toContain(`href="/pl/activities?area=${areas[0].id}"`)
    const [, json] = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)!
    const event = JSON.parse(json)
    expect(event['@type']).toBe('Event')
    expect(event.name).toBe('Wizyta w Esslingen 1995')
    expect(event.startDate).toBe('1995-06-10')
    expect(event.endDate).toBe('1995-06-10')
    expect(event.location.name).toBe('Ratusz')
  })

  it('in another language, shows the Polish title with lang="pl" and the notice', async () => {
    const html = await page(`/en/activities/${slugs[0]}`)
    expect(html).toContain('<h1 lang="pl">Wizyta w Esslingen 1995</h1>')
    expect(html).toContain('fallback__notice')
  })

  it('the activity page and the list link the Atom feed of their language', async () => {
    for (const path of [`/de/activities/${slugs[0]}`, '/de/activities']) {
      expect(await page(path), path).toMatch(
        /<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*\/de\/activities\/feed\.xml"/,
      )
    }
  })

  it('an unknown activity is a 404', async () => {
    expect((await get('/pl/activities/nie-ma-takiego')).status).toBe(404)
  })
})

describe('the list', () => {
  it('shows every published activity, newest first', async () => {
    expect(listed(await page('/pl/activities'))).toEqual(titles(4, 3, 2, 1, 0))
  })

  it('filters by city, area, kind and year, alone and together', async () => {
    expect(listed(await page('/pl/activities?city=udine'))).toEqual(titles(2))
    expect(listed(await page('/pl/activities?city=esslingen-nad-neckarem'))).toEqual(titles(4, 3, 1, 0))
    expect(listed(await page(`/pl/activities?area=${areas[1].id}`))).toEqual(titles(2, 1))
    expect(listed(await page('/pl/activities?kind=cultural-event'))).toEqual(titles(4, 2))
    expect(listed(await page('/pl/activities?year=2005'))).toEqual(titles(1))
    expect(listed(await page('/pl/activities?kind=cultural-event&city=esslingen-nad-neckarem'))).toEqual(titles(4))
    expect(listed(await page(`/pl/activities?area=${areas[0].id}&year=1995&kind=official-visit`))).toEqual(titles(0))
    // The form sends its empty selects: they filter nothing.
    expect(listed(await page('/pl/activities?city=&area=&kind=project&year='))).toEqual(titles(3))
  })

  it('paginates', async () => {
    const html = await page('/pl/activities?page=1')
    expect(listed(html)).toHaveLength(5)
    expect((await get('/pl/activities?page=2')).status).toBe(404)
  })

  it('answers 404 to values that are no filter', async () => {
    for (const query of ['city=nowhere', 'area=nothing', 'kind=party', 'year=19x5', 'year=2999', 'page=0', 'page=x'])
      expect((await get(`/pl/activities?${query}`)).status, query).toBe(404)
  })
})

describe('other pages show them', () => {
  it('the city page lists its activities, newest first, with their areas', async () => {
    const html = await page('/pl/partnerships/esslingen-nad-neckarem')
    expect(listed(html)).toEqual(titles(4, 3, 1, 0))
    expect(html).toContain(`?area=${areas[0].id}`)
  })

  it('the city page counts the activities that served each area, each count a link to them', async () => {
    const html = await page('/pl/partnerships/esslingen-nad-neckarem')
    const link = (area: Ref) => `href="/pl/activities?city=esslingen-nad-neckarem&amp;area=${area.id}"`
    expect(html).toContain(`${link(areas[0])}>2</a>`)
    expect(html).toContain(`${link(areas[1])}>1</a>`)
    expect(html).toContain(`${link(areas[2])}>1</a>`)
    expect(listed(await page(`/pl/activities?city=esslingen-nad-neckarem&area=${areas[0].id}`))).toEqual(titles(4, 0))
  })

  it('a city without activities shows no such section', async () => {
    expect(await page('/pl/friendly-cities/velenje')).not.toContain('activities-heading')
  })

  it('the home page counts the activities that served each commitment, each count a link to them', async () => {
    const link = (language: string, area: Ref) => `href="/${language}/activities?area=${area.id}">`
    const polish = await page('/pl')
    expect(polish).toContain(`${link('pl', areas[0])}(2 działania)</a>`)
    expect(polish).toContain(`${link('pl', areas[1])}(2 działania)</a>`)
    expect(polish).toContain(`${link('pl', areas[2])}(1 działanie)</a>`)
    // A commitment no activity served shows no count.
    expect(polish).not.toContain(link('pl', areas[3]))
    expect(await page('/en')).toContain(`${link('en', areas[2])}(1 activity)</a>`)
  })

  it('the home page shows the latest three', async () => {
    expect(listed(await page('/pl'))).toEqual(titles(4, 3, 2))
  })
})

describe('the open-data page', () => {
  it('describes the cities’ and the activities’ files as two schema.org Datasets whose files answer', async () => {
    const html = await page('/pl/open-data')
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    const datasets = blocks.map(([, json]) => JSON.parse(json)).filter((data) => data['@type'] === 'Dataset')
    expect(datasets.map((dataset) => dataset.name)).toEqual([
      'Miasta partnerskie Piotrkowa Trybunalskiego',
      'Działania we współpracy',
    ])
    const activitiesSet = datasets[1]
    expect(activitiesSet.variableMeasured).toContain('end_date')
    expect(activitiesSet.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const files = activitiesSet.distribution.map((file: { contentUrl: string; encodingFormat: string }) => ({
      path: new URL(file.contentUrl).pathname,
      type: file.encodingFormat,
    }))
    expect(files).toEqual([
      { path: '/open-data/twin-city-activities.csv', type: 'text/csv' },
      { path: '/open-data/twin-city-activities.json', type: 'application/json' },
    ])
    for (const file of files) {
      const response = await fetch(`${server.url}${file.path}`)
      expect(response.status, file.path).toBe(200)
      expect(response.headers.get('content-type'), file.path).toContain(file.type)
    }
  })
})

describe('contact offices', () => {
  const ours = {
    institution: 'Urząd Miasta Piotrkowa Trybunalskiego',
    department: 'Biuro Współpracy z Zagranicą',
    email: 'wspolpraca@example.org',
    website: 'https://www.example.org/wspolpraca',
  }
  const section = (html: string) =>
    /<section aria-labelledby="contact-offices-heading"[\s\S]*?<\/section>/.exec(html)?.[0]

  it('the city page names both sides’ offices, institutions only, linked', async () => {
    expect(section(await page('/pl/partnerships/esslingen-nad-neckarem'))).toBeUndefined()
    await admin.patch(`/partnerships/${esslingen.id}?locale=pl`, {
      contactOffice: { ours, theirs: { institution: 'Stadt Esslingen am Neckar', email: 'partner@example.de' } },
      _status: 'published',
    })
    const html = section(await page('/pl/partnerships/esslingen-nad-neckarem'))!
    expect(html).toContain('<h2 id="contact-offices-heading">Kontakt w sprawie współpracy</h2>')
    expect(html).toContain('<h3>Piotrków Trybunalski</h3>')
    expect(html).toContain('<p>Biuro Współpracy z Zagranicą</p>')
    expect(html).toContain('<a href="mailto:wspolpraca@example.org">wspolpraca@example.org</a>')
    expect(html).toContain('<a href="https://www.example.org/wspolpraca" rel="noopener">www.example.org</a>')
    expect(html).toContain('<h3>Esslingen nad Neckarem</h3>')
    expect(html).toContain('<p>Stadt Esslingen am Neckar</p>')
    // A side with nothing recorded is left out: the partner's side has no website, ours no second office.
    expect(html.match(/<address>/g)).toHaveLength(2)
  })

  it('in another language, an untranslated office name is the Polish one, marked lang="pl"', async () => {
    await admin.patch(`/partnerships/${esslingen.id}?locale=de`, {
      contactOffice: { theirs: { institution: 'Stadt Esslingen am Neckar, Kulturamt' } },
      _status: 'published',
    })
    const german = section(await page('/de/partnerships/esslingen-nad-neckarem'))!
    expect(german).toContain('<p>Stadt Esslingen am Neckar, Kulturamt</p>')
    expect(german).toContain('<p lang="pl">Urząd Miasta Piotrkowa Trybunalskiego</p>')
    expect(german).toContain('<p lang="pl">Biuro Współpracy z Zagranicą</p>')
    // Shared fields are the same in every language.
    expect(german).toContain('mailto:wspolpraca@example.org')
  })

  it('a city with no contact office shows no such section', async () => {
    expect(section(await page('/pl/friendly-cities/udine'))).toBeUndefined()
  })
})

describe('drafts and publishing', () => {
  it('a draft appears nowhere; publishing shows it, unpublishing takes it away', async () => {
    const draft = await create(
      { title: 'Szkic 2024', date: '2024-02-02T12:00:00.000Z', kind: 'other', city: 'e', area: 0 },
      'draft',
    )
    const everywhere = ['/pl', '/pl/activities', '/pl/activities?kind=other', '/pl/partnerships/esslingen-nad-neckarem']
    for (const path of everywhere) expect(await page(path), path).not.toContain('Szkic 2024')
    expect((await get(`/pl/activities/${draft.slug}`)).status).toBe(404)

    await admin.patch(`/activities/${draft.id}?locale=pl`, { _status: 'published' })
    for (const path of everywhere) expect(await page(path), path).toContain('Szkic 2024')
    expect((await get(`/pl/activities/${draft.slug}`)).status).toBe(200)

    await admin.patch(`/activities/${draft.id}?locale=pl`, { _status: 'draft' })
    for (const path of everywhere) expect(await page(path), path).not.toContain('Szkic 2024')
    expect((await get(`/pl/activities/${draft.slug}`)).status).toBe(404)
  })

  it('the sitemap lists the activity pages', async () => {
    const xml = await (await fetch(`${server.url}/sitemap.xml`)).text()
    expect(xml).toContain(`/pl/activities/${slugs[0]}</loc>`)
    expect(xml).toContain('/he/activities</loc>')
  })
})

describe('no JavaScript', () => {
  it('the new pages run no script and forbid it', async () => {
    for (const path of [`/he/activities/${slugs[0]}`, '/he/activities', '/pl/activities?kind=project']) {
      const { html, csp, status } = await get(path)
      expect(status, path).toBe(200)
      expect(executableScripts(html), path).toEqual([])
      expect(policyDirectives(csp)['script-src'], path).toEqual(["'none'"])
    }
  })
})
