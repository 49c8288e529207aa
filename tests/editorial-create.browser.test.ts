import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type Account, firstAdmin, httpApi, shot, signIn } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * Spec: editors create content through the admin's own screens, in Chromium against the production
 * build. "Create new" opens the edit form (Payload makes an empty draft while rendering it, for
 * autosave); what the editor types is autosaved to that draft, "Save draft" saves it, and neither is
 * shown to readers (anonymous REST, the public pages, the open data) until "Publish in Polski".
 * A publish with invalid fields is refused and publishes nothing; a "Create new" left without typing
 * leaves nothing in the admin's lists, on the translation dashboard or anywhere readers look.
 *
 * REST is used to make the editor's account and to check results, never for the step under test.
 */

const editor: Account = { email: 'redaktorka@example.org', password: 'redaktorka-haslo-testowe' }

let server: RunningServer
let browser: Browser
let editorApi: ReturnType<typeof httpApi>
let anonymous: ReturnType<typeof httpApi>

beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchBrowser()
  const adminApi = httpApi(server)
  await adminApi.login(firstAdmin())
  await adminApi.post('/users', { ...editor, name: 'Redaktorka', roles: ['editor'] })
  editorApi = httpApi(server)
  await editorApi.login(editor)
  anonymous = httpApi(server)
}, 900_000)

afterAll(async () => {
  for (const page of signedIn.values()) await page.context().close()
  await browser?.close()
  await server?.stop()
})

// ---------------------------------------------------------------------------------------------
// Helpers

type Collection = 'partnerships' | 'friendly-cities' | 'commitments' | 'history-articles'
type Locale = 'pl-PL' | 'en-GB'
type Doc = Record<string, any>

/** One signed-in admin page per account and interface language, shared by the tests. */
const signedIn = new Map<string, Page>()
/** Script errors in the admin pages: uncaught ones and those the admin logs (not failed loads). */
let scriptErrors: string[] = []
async function adminPage(account: Account, locale: Locale = 'pl-PL'): Promise<Page> {
  const key = `${account.email} ${locale}`
  if (!signedIn.has(key)) {
    const page = await signIn(browser, server, account, { locale })
    page.on('pageerror', (error) => scriptErrors.push(`${key}: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        scriptErrors.push(`${key}: ${message.text()}`)
    })
    signedIn.set(key, page)
  }
  return signedIn.get(key)!
}
beforeEach(() => {
  scriptErrors = []
})
afterEach(() => {
  // E.g. "Error in queued function" when the admin believed nobody was signed in (see the last test).
  expect(scriptErrors).toEqual([])
})

const UI = {
  // "Create new" is the header link's text; its accessible name adds the collection ("Create new Partner city").
  'pl-PL': {
    createNew: 'Stwórz nowy',
    saveDraft: 'Zapisz szkic',
    publish: 'Opublikuj w Polski',
    relation: 'Relacja',
    cityFacts: 'Dane miasta',
  },
  'en-GB': {
    createNew: 'Create New',
    saveDraft: 'Save Draft',
    publish: 'Publish in Polski',
    relation: 'Relationship',
    cityFacts: 'City facts',
  },
} as const

/** A tab of the form; after a refused publish its name also counts its errors ("Relacja 1"). */
const tab = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}(\\s*\\d+)?$`) })

/** List view → "Create new" → the edit form of the new draft; returns the draft's id. */
async function createNew(
  page: Page,
  collection: Collection,
  locale: Locale,
  firstField: string,
  { onList = false } = {},
): Promise<string> {
  if (!onList) await page.goto(`${server.url}/admin/collections/${collection}?locale=pl`)
  await page.locator('table, .no-results').first().waitFor()
  await page
    .getByRole('link', { name: new RegExp(`^${UI[locale].createNew}\\b`, 'i') })
    .first()
    .click()
  // Payload saves the empty draft while it renders the create view, then opens its edit form.
  await page.waitForURL(new RegExp(`/admin/collections/${collection}/(?!create)[^/?]+`), { timeout: 30_000 })
  const id = new RegExp(`/admin/collections/${collection}/([^/?]+)`).exec(new URL(page.url()).pathname)![1]!
  // The form is read-only until it has loaded: no blank page, fields to type in.
  await expect.poll(() => page.locator(firstField).isEditable(), { timeout: 30_000 }).toBe(true)
  expect(await page.getByRole('button', { name: UI[locale].publish }).isVisible()).toBe(true)
  return id
}

/** Picks an option of a react-select field (Payload's select) by typing part of its label. */
async function choose(page: Page, fieldId: string, text: string) {
  await page.locator(`#${fieldId} input`).fill(text)
  await page.locator(`#${fieldId} .rs__option`, { hasText: text }).first().click()
}

/** Types a date into Payload's date picker the way it is displayed, then leaves the field. */
async function typeDate(page: Page, fieldId: string, text: string) {
  const input = page.locator(`#${fieldId} input`)
  await input.fill(text)
  await input.blur()
}

/**
 * "Save draft" after a change. The button is enabled only while the form holds unsaved changes,
 * and autosave saves them ~2 s after the last keystroke; should autosave win the race, the change
 * is made again (with the next value) and the button clicked again.
 */
async function saveDraft(page: Page, locale: Locale, change: (attempt: number) => Promise<void>): Promise<number> {
  const button = page.getByRole('button', { name: UI[locale].saveDraft, exact: true })
  for (let attempt = 0; ; attempt++) {
    await change(attempt)
    try {
      await button.click({ timeout: 1_500 })
      return attempt
    } catch (error) {
      if (attempt >= 3) throw error
    }
  }
}

const draftOf = async (collection: Collection, id: string): Promise<Doc> =>
  editorApi.get(`/${collection}/${id}?draft=true&locale=pl&depth=0`)

/** The versions an editor's own "Save draft" wrote (autosaves are marked as such), newest first. */
const savedDrafts = async (collection: Collection, id: string): Promise<Doc[]> =>
  (
    await editorApi.get(
      `/${collection}/versions?where[parent][equals]=${id}&sort=-createdAt&locale=pl&depth=0&limit=50`,
    )
  ).docs.filter((version: Doc) => version.autosave === false && version.version._status === 'draft')

const anonymousRead = async (collection: Collection, id: string, draft = false) =>
  anonymous.call('GET', `/${collection}/${id}?locale=pl&depth=0${draft ? '&draft=true' : ''}`, undefined, {
    allowError: true,
  })

const anonymousCount = async (collection: Collection, where = '') =>
  (await anonymous.get(`/${collection}?locale=pl&depth=0&limit=1${where}`)).totalDocs as number

const publicPage = async (path: string) => {
  const response = await fetch(`${server.url}${path}`)
  return { status: response.status, html: await response.text() }
}

type OpenDataRecord = {
  type: string
  slug: string
  name_pl: string
  country: string
  latitude: number
  longitude: number
}
const openData = async (): Promise<OpenDataRecord[]> => (await fetch(`${server.url}/open-data/twin-cities.json`)).json()

/** Screenshots of the edit view at desktop and phone widths, to be looked at. */
async function shotBothWidths(page: Page, name: string) {
  await shot(page, `${name}-1280`)
  await page.setViewportSize({ width: 375, height: 900 })
  await shot(page, `${name}-375`)
  await page.setViewportSize({ width: 1280, height: 900 })
}

// ---------------------------------------------------------------------------------------------
// 1. Create, autosave, save draft, publish: every content collection

type Journey = {
  collection: Collection
  account: () => Account
  role: string
  /** The title field, which shows the form is there and editable. */
  firstField: string
  title: string
  fill: (page: Page) => Promise<void>
  /** What the draft holds once autosaved. */
  filled: Doc
  /** A change made just before "Save draft", and where it lands in the document. */
  change: (page: Page, attempt: number) => Promise<void>
  changed: (attempt: number) => unknown
  changedIn: (doc: Doc) => unknown
  /** Where readers see it, given its slug; commitments (no slug) are listed on the home page. */
  publicPath: (slug: string) => string
  hasSlug: boolean
  /** Partner and friendly cities are in the open data, with this type. */
  openDataType?: 'partnership' | 'friendly-city'
}

async function cityFacts(page: Page, country: { search: string }, latitude: string, longitude: string) {
  await tab(page, UI['pl-PL'].cityFacts).click()
  await choose(page, 'field-country', country.search)
  await page.locator('#field-location__latitude').fill(latitude)
  await page.locator('#field-location__longitude').fill(longitude)
}

const partnership = (title: string, account: () => Account, role: string): Journey => ({
  collection: 'partnerships',
  account,
  role,
  firstField: '#field-name',
  title,
  fill: async (page) => {
    await tab(page, UI['pl-PL'].relation).click()
    await page.locator('#field-name').fill(title)
    await typeDate(page, 'field-agreementDate', '15 marca 2021')
    await cityFacts(page, { search: 'Czechy' }, '49.75', '18.5')
  },
  filled: {
    name: title,
    agreementDate: expect.stringMatching(/^2021-03-15/),
    status: 'active',
    country: 'CZ',
    location: { latitude: 49.75, longitude: 18.5 },
  },
  change: (page, attempt) => page.locator('#field-location__longitude').fill(String(18.25 - attempt / 10)),
  changed: (attempt) => 18.25 - attempt / 10,
  changedIn: (doc) => doc.location?.longitude,
  publicPath: (slug) => `/pl/partnerships/${slug}`,
  hasSlug: true,
  openDataType: 'partnership',
})

const JOURNEYS: Journey[] = [
  partnership('Testowice Wielkie', () => editor, 'editor'),
  partnership('Próbowo nad Zalewem', firstAdmin, 'admin'),
  {
    collection: 'friendly-cities',
    account: () => editor,
    role: 'editor',
    firstField: '#field-name',
    title: 'Zaprzyjaźnione Brzegi',
    fill: async (page) => {
      await page.locator('#field-name').fill('Zaprzyjaźnione Brzegi')
      await cityFacts(page, { search: 'Włochy' }, '45.5', '12.25')
    },
    filled: {
      name: 'Zaprzyjaźnione Brzegi',
      relationType: 'letter-of-intent',
      country: 'IT',
      location: { latitude: 45.5, longitude: 12.25 },
    },
    change: (page, attempt) => page.locator('#field-location__longitude').fill(String(12.75 + attempt / 10)),
    changed: (attempt) => 12.75 + attempt / 10,
    changedIn: (doc) => doc.location?.longitude,
    publicPath: (slug) => `/pl/friendly-cities/${slug}`,
    hasSlug: true,
    openDataType: 'friendly-city',
  },
  {
    collection: 'commitments',
    account: () => editor,
    role: 'editor',
    firstField: '#field-title',
    title: 'Wspieramy wymianę młodzieży ze wszystkimi miastami partnerskimi.',
    fill: async (page) => {
      await page.locator('#field-title').fill('Wspieramy wymianę młodzieży ze wszystkimi miastami partnerskimi.')
      await page.locator('#field-order').fill('6')
    },
    filled: { title: 'Wspieramy wymianę młodzieży ze wszystkimi miastami partnerskimi.', order: 6 },
    change: (page, attempt) =>
      page.locator('#field-description').fill(`Co roku co najmniej jeden wyjazd (wersja ${attempt + 1}).`),
    changed: (attempt) => `Co roku co najmniej jeden wyjazd (wersja ${attempt + 1}).`,
    changedIn: (doc) => doc.description,
    publicPath: () => '/pl',
    hasSlug: false,
  },
  {
    collection: 'history-articles',
    account: () => editor,
    role: 'editor',
    firstField: '#field-title',
    title: 'Pierwsze spotkanie burmistrzów',
    fill: async (page) => {
      await page.locator('#field-title').fill('Pierwsze spotkanie burmistrzów')
    },
    filled: { title: 'Pierwsze spotkanie burmistrzów' },
    change: (page, attempt) =>
      page.locator('#field-excerpt').fill(`Jak zaczęła się współpraca (wersja ${attempt + 1}).`),
    changed: (attempt) => `Jak zaczęła się współpraca (wersja ${attempt + 1}).`,
    changedIn: (doc) => doc.excerpt,
    publicPath: (slug) => `/pl/history/${slug}`,
    hasSlug: true,
  },
]

/** Nothing of the document reaches readers: anonymous REST (even asking for drafts), its page, the open data. */
async function hiddenFromReaders(journey: Journey, id: string, slug: string) {
  const { collection, title } = journey
  expect((await anonymousRead(collection, id)).status).toBe(404)
  expect((await anonymousRead(collection, id, true)).status).toBe(404)
  expect(await anonymousCount(collection, `&where[id][equals]=${id}`)).toBe(0)
  if (journey.hasSlug) expect((await publicPage(journey.publicPath(slug))).status).toBe(404)
  expect((await publicPage('/pl')).html).not.toContain(title)
  if (journey.openDataType) expect((await openData()).map((record) => record.slug)).not.toContain(slug)
}

describe('"Create new", autosave, "Save draft" and "Publish in Polski" in the admin', () => {
  const who = (journey: Journey) => (journey.role === 'admin' ? 'an admin' : 'an editor')

  for (const journey of JOURNEYS) {
    it(`${who(journey)} creates ${journey.collection}: the draft stays hidden from readers until published`, async () => {
      const { collection } = journey
      const page = await adminPage(journey.account())

      // The edit form appears, and the draft Payload made for it is there, with nothing in it yet.
      const id = await createNew(page, collection, 'pl-PL', journey.firstField)
      expect(await draftOf(collection, id)).toMatchObject({ _status: 'draft', untouched: true })
      if (journey.role === 'editor' && collection === 'partnerships')
        await shotBothWidths(page, 'editorial-create-partnerships-new')

      // Typing is autosaved to the draft.
      await journey.fill(page)
      await expect.poll(() => draftOf(collection, id), { timeout: 30_000 }).toMatchObject(journey.filled)
      const draft = await draftOf(collection, id)
      expect(draft).toMatchObject({ _status: 'draft', untouched: false })
      // The slug is made from the Polish title.
      if (journey.hasSlug) expect(draft.slug ?? 'no slug').toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      const slug: string = draft.slug ?? ''
      await shotBothWidths(page, `editorial-create-${collection}-${journey.role}-filled`)
      await hiddenFromReaders(journey, id, slug)

      // "Save draft" saves a version of its own (not an autosave), still hidden from readers.
      const attempt = await saveDraft(page, 'pl-PL', (n) => journey.change(page, n))
      const savedValues = async () =>
        (await savedDrafts(collection, id)).map((version) => journey.changedIn(version.version))
      await expect.poll(savedValues, { timeout: 30_000 }).toContain(journey.changed(attempt))
      expect(journey.changedIn(await draftOf(collection, id))).toBe(journey.changed(attempt))
      await hiddenFromReaders(journey, id, slug)

      // "Publish in Polski": anonymous REST, the page and the open data show it.
      await page.getByRole('button', { name: UI['pl-PL'].publish }).click()
      await expect.poll(async () => (await anonymousRead(collection, id)).status, { timeout: 30_000 }).toBe(200)
      const published = (await anonymousRead(collection, id)).body
      expect(published._status).toBe('published')
      expect(published.name ?? published.title).toBe(journey.title)
      expect(journey.changedIn(published)).toBe(journey.changed(attempt))
      await expect.poll(async () => (await publicPage(journey.publicPath(slug))).status, { timeout: 15_000 }).toBe(200)
      expect((await publicPage(journey.publicPath(slug))).html).toContain(journey.title)
      if (journey.openDataType) {
        await expect
          .poll(async () => (await openData()).find((record) => record.slug === slug), { timeout: 15_000 })
          .toMatchObject({ type: journey.openDataType, name_pl: journey.title, longitude: journey.changed(attempt) })
      }
      if (collection !== 'history-articles') {
        await expect.poll(async () => (await publicPage('/pl')).html, { timeout: 15_000 }).toContain(journey.title)
      }
    }, 180_000)
  }
})

// ---------------------------------------------------------------------------------------------
// 2. Invalid fields on publish, in the Polish and the English interface

const INVALID = {
  'pl-PL': {
    name: 'Miasto Jutra',
    date: (year: number) => `15 marca ${year}`,
    labels: ['Data podpisania umowy', 'Kraj', 'Szerokość'],
    messages: {
      agreementDate: /^Data nie może być z przyszłości\.$/,
      country: /^To pole jest wymagane\.$/,
      latitude: /^123 jest większe niż .*90\.$/,
    },
  },
  'en-GB': {
    name: 'Miasto Pojutrze',
    date: (year: number) => `15 March ${year}`,
    labels: ['Agreement signed on', 'Country', 'Latitude'],
    messages: {
      agreementDate: /^The date cannot be in the future\.$/,
      country: /^This field is required\.$/,
      latitude: /^123 is greater than the max allowed .*90\.$/,
    },
  },
} as const

/** The error shown at a field: inside the field's own box, the one holding its label. */
const errorAt = async (page: Page, inputId: string) =>
  (await page.locator(`label[for="${inputId}"]`).locator('xpath=..').locator('.field-error').allTextContents())
    .join(' ')
    .trim()

describe.each(['pl-PL', 'en-GB'] as const)('publishing invalid fields, %s interface', (locale) => {
  const t = INVALID[locale]
  let page: Page
  let id: string

  it('a partnership without a country, signed in the future, at latitude 123 is refused, and nothing is published', async () => {
    page = await adminPage(editor, locale)
    id = await createNew(page, 'partnerships', locale, '#field-name')
    await tab(page, UI[locale].relation).click()
    await page.locator('#field-name').fill(t.name)
    await typeDate(page, 'field-agreementDate', t.date(new Date().getFullYear() + 2))
    await tab(page, UI[locale].cityFacts).click()
    await page.locator('#field-location__latitude').fill('123')
    await page.locator('#field-location__longitude').fill('10')
    // Autosave keeps the editor's work, invalid as it is (drafts are not validated).
    await expect.poll(async () => (await draftOf('partnerships', id)).location?.latitude, { timeout: 30_000 }).toBe(123)
    const draft = await draftOf('partnerships', id)
    expect(draft.name).toBe(t.name)
    expect(new Date(draft.agreementDate).getTime()).toBeGreaterThan(Date.now())

    await page.getByRole('button', { name: UI[locale].publish }).click()
    // The editor is told which fields are wrong, in the interface's language.
    const toasts = page.locator('.payload-toast-item.toast-error')
    await expect
      .poll(async () => (await toasts.allTextContents()).join(' '), { timeout: 15_000 })
      .toMatch(new RegExp(t.labels.join('.*')))
    await shot(page, `editorial-create-invalid-${locale}`)

    // Nothing was published: no published version, nothing for readers.
    const versions = (await editorApi.get(`/partnerships/versions?where[parent][equals]=${id}&depth=0&limit=100`))
      .docs as Doc[]
    expect(versions.filter((version) => version.version._status === 'published')).toEqual([])
    expect((await editorApi.get(`/partnerships/${id}?locale=pl&depth=0`))._status).toBe('draft')
    expect((await anonymousRead('partnerships', id)).status).toBe(404)
    expect(await anonymousCount('partnerships', `&where[id][equals]=${id}`)).toBe(0)
    expect((await publicPage(`/pl/partnerships/${draft.slug}`)).status).toBe(404)
    expect((await openData()).map((record) => record.slug)).not.toContain(draft.slug)
  }, 120_000)

  // The REST answer to a refused publish carries each field's error. It once did not: Payload started
  // from the instrumentation hook's bundle had its own copy of the error classes, and the routes'
  // `formatErrors` (`instanceof ValidationError`) dropped `data.errors` (next.config.ts now keeps one copy).
  it('shows each error next to its field, in the interface language', async () => {
    const at = [
      { tab: UI[locale].relation, input: 'field-agreementDate', message: t.messages.agreementDate },
      { tab: UI[locale].cityFacts, input: 'field-country', message: t.messages.country },
      { tab: UI[locale].cityFacts, input: 'field-location__latitude', message: t.messages.latitude },
    ]
    for (const field of at) {
      await tab(page, field.tab).click()
      await expect
        .poll(() => errorAt(page, field.input), { timeout: 5_000, message: field.input })
        .toMatch(field.message)
    }
    await shot(page, `editorial-create-invalid-fields-${locale}`)
  }, 60_000)
})

// ---------------------------------------------------------------------------------------------
// 3. "Create new" opened and left without typing

describe('"Create new" left without typing', () => {
  const COLLECTIONS = [
    { collection: 'partnerships', firstField: '#field-name', listLabel: 'Miasta partnerskie' },
    { collection: 'friendly-cities', firstField: '#field-name', listLabel: 'Miasta zaprzyjaźnione' },
    { collection: 'commitments', firstField: '#field-title', listLabel: 'Zobowiązania' },
    { collection: 'history-articles', firstField: '#field-title', listLabel: 'Historia' },
  ] as const

  const listTotal = async (page: Page): Promise<number> => {
    await page.locator('table, .no-results').first().waitFor()
    if ((await page.locator('table').count()) === 0) return 0
    const info = page.locator('.page-controls__page-info')
    await info.waitFor()
    return Number(/(\d+)\s*$/.exec((await info.textContent()) ?? '')?.[1])
  }

  it('leaves nothing in the list views, on the translation dashboard or for readers', async () => {
    const page = await adminPage(editor)
    const left: { collection: Collection; id: string }[] = []
    for (const { collection, firstField, listLabel } of COLLECTIONS) {
      await page.goto(`${server.url}/admin/collections/${collection}?locale=pl&limit=100`)
      const before = await listTotal(page)
      const readersBefore = await anonymousCount(collection)

      const id = await createNew(page, collection, 'pl-PL', firstField, { onList: true })
      left.push({ collection, id })
      // The draft exists, marked as nobody's work yet.
      expect((await draftOf(collection, id)).untouched).toBe(true)
      // The editor leaves through the navigation, typing nothing.
      await page.locator('.step-nav').getByRole('link', { name: listLabel, exact: true }).click()
      await page.waitForURL((url) => url.pathname === `/admin/collections/${collection}`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(listLabel)
      expect(await listTotal(page)).toBe(before)
      await page.goto(`${server.url}/admin/collections/${collection}?locale=pl&limit=100`)
      expect(await listTotal(page)).toBe(before)
      expect(await page.locator(`table a[href="/admin/collections/${collection}/${id}"]`).count()).toBe(0)

      expect((await anonymousRead(collection, id)).status).toBe(404)
      expect((await anonymousRead(collection, id, true)).status).toBe(404)
      expect(await anonymousCount(collection)).toBe(readersBefore)
    }

    // The translation dashboard lists no item for any of them.
    await page.goto(`${server.url}/admin`)
    const work = page.locator('section.translation-work')
    await work.waitFor()
    expect(await work.getByRole('heading', { level: 2 }).textContent()).toBe('Do przetłumaczenia')
    expect(await work.locator('a').count()).toBeGreaterThan(0)
    for (const { collection, id } of left) {
      expect(
        await work.locator(`a[href^="/admin/collections/${collection}/${id}?"]`).count(),
        `${collection} ${id}`,
      ).toBe(0)
    }
    await shot(page, 'editorial-create-left-dashboard')
  }, 180_000)
})

// ---------------------------------------------------------------------------------------------
// Signing in, then "Create new" at once

// The login screen asks GET /api/users/me while nobody is signed in. When that answer could be kept
// by the browser (it was public with `stale-while-revalidate=30`), Chromium served "nobody" again
// for 30 s after signing in: the admin believed nobody was signed in, and every change in the edit
// view threw "Error in queued function: TypeError: Cannot read properties of null (reading 'id')"
// (Payload's document-lock handler reads `user.id`); the afterEach check above catches that too.
it('right after signing in, the admin is told who is signed in', async () => {
  const page = await signIn(browser, server, editor, { locale: 'pl-PL' })
  try {
    const me = await page.evaluate(async () => (await (await fetch('/api/users/me')).json()).user?.email ?? null)
    expect(me).toBe(editor.email)
  } finally {
    await page.context().close()
  }
})

// Last: whatever the editors above did, the server logged no error. The create views once logged
// `revalidateTag(...) can't be called during render` and the list column a TypeError on every edit view.
it('the server logged no error while editors worked', () => {
  const errors = server
    .log()
    .split('\n')
    .filter((line) => /⨯|TypeError|can't be called during render|\bERROR\b/.test(line))
  expect(errors).toEqual([])
})
