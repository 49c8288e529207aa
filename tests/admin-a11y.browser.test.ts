import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Account, httpApi, shot } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * axe-core in Chromium on the admin views an editor and a translator use every day: the login page,
 * the dashboard with our "Translations to do", the partner cities list with our "Translation"
 * column, and a partner city's edit view, at desktop and phone widths (and the two views with our
 * components in dark mode too). Our components (src/components/admin) must have no serious or
 * critical violation; Payload's own are collected, printed and written to test-results/axe-admin.json
 * without failing the test, since they are not ours to fix here. Every view is also screenshotted, to
 * be looked at.
 */

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
/** What src/components/admin renders: the dashboard section and the list view's badges. */
const OURS = '.translation-work, .translation-badges, .translation-badge'
const BLOCKING = ['serious', 'critical']
const report = path.resolve(import.meta.dirname, '..', 'test-results', 'axe-admin.json')

const editor: Account = { email: 'redaktorka@example.org', password: 'redaktorka-haslo-testowe' }
const translator: Account = { email: 'tlumacz@example.org', password: 'tlumacz-haslo-testowe' }

type Person = { who: 'editor' | 'translator'; account: Account; locale: 'pl-PL' | 'en-GB'; content: 'pl' | 'de' }
const PEOPLE: Person[] = [
  // An editor in the Polish interface working on the Polish source…
  { who: 'editor', account: editor, locale: 'pl-PL', content: 'pl' },
  // …and a German translator in the English one, in German content.
  { who: 'translator', account: translator, locale: 'en-GB', content: 'de' },
]
type View = 'login' | 'dashboard' | 'list' | 'edit'
type Row = Person & { view: View; width: number; scheme: 'light' | 'dark' }
const ROWS: Row[] = [
  ...PEOPLE.flatMap((person) =>
    (['login', 'dashboard', 'list', 'edit'] as const).flatMap((view) =>
      [1280, 375].map((width) => ({ ...person, view, width, scheme: 'light' as const })),
    ),
  ),
  // Our colours come from Payload's theme variables, which dark mode swaps.
  ...PEOPLE.flatMap((person) =>
    (['dashboard', 'list'] as const).map((view) => ({ ...person, view, width: 1280, scheme: 'dark' as const })),
  ),
]
const label = (row: Row) => `${row.who}-${row.view}-${row.width}${row.scheme === 'dark' ? '-dark' : ''}`

type Finding = {
  rule: string
  impact: string | null
  help: string
  helpUrl: string
  /** Targets of the nodes inside our components, and of all others (Payload's). */
  ours: string[]
  theirs: string[]
}
type AxeResult = { violations: Finding[]; oursChecked: number }
type Recorded = Omit<Finding, 'ours' | 'theirs'> & { page: string; count: number; sample: string }

let server: RunningServer
let browser: Browser
let vienneId: string
const payloadFindings: Recorded[] = []
const ourFindings: Recorded[] = []

beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchBrowser()
  const admin = httpApi(server)
  await admin.login()
  await admin.post('/users', { ...editor, name: 'Redaktorka', roles: ['editor'] })
  await admin.post('/users', { ...translator, name: 'Tłumacz', roles: ['translator'], translatorLocales: ['de'] })
  vienneId = (await admin.get('/partnerships?locale=pl&where[slug][equals]=vienne&depth=0')).docs[0].id
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (payloadFindings.length + ourFindings.length === 0) return
  // One line a rule: where it fails, how often, and an example, for the report and for upstream.
  const byRule = new Map<
    string,
    {
      rule: string
      impact: string | null
      help: string
      helpUrl: string
      nodes: number
      pages: string[]
      sample: string
    }
  >()
  for (const finding of payloadFindings) {
    const entry = byRule.get(finding.rule) ?? { ...finding, nodes: 0, pages: [] }
    entry.nodes += finding.count
    entry.pages.push(finding.page)
    byRule.set(finding.rule, entry)
  }
  const order = ['critical', 'serious', 'moderate', 'minor']
  const summary = [...byRule.values()].sort(
    (a, b) => order.indexOf(a.impact ?? 'minor') - order.indexOf(b.impact ?? 'minor'),
  )
  fs.mkdirSync(path.dirname(report), { recursive: true })
  fs.writeFileSync(
    report,
    `${JSON.stringify({ tags: AXE_TAGS, ours: ourFindings, payload: { summary, findings: payloadFindings } }, null, 2)}\n`,
  )
  console.log(
    `axe in Payload's own admin components (not failing the tests; full list in ${path.relative(process.cwd(), report)}):\n` +
      summary
        .map((s) => `  ${s.rule} (${s.impact}): ${s.nodes} nodes on ${s.pages.length} pages, e.g. ${s.sample}`)
        .join('\n'),
  )
})

/** A browser context in `row`'s language, width and colour scheme, on `row`'s view, ready for axe. */
async function open(row: Row): Promise<Page> {
  const context = await browser.newContext({
    locale: row.locale,
    colorScheme: row.scheme,
    viewport: { width: row.width, height: 900 },
  })
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/login`)
  await page.locator('input[name="password"]').waitFor()
  if (row.view === 'login') return page
  await page.fill('input[name="email"]', row.account.email)
  await page.fill('input[name="password"]', row.account.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')
  // Until the admin has hydrated, its nav, checkboxes and date cells are placeholders.
  const hydrated = () => page.locator('.template-default--nav-hydrated').waitFor()

  if (row.view === 'dashboard') {
    await hydrated()
    const work = page.locator('section.translation-work')
    await work.waitFor()
    // An editor's languages are folded: unfold them all, so that axe sees every item and badge.
    for (const details of await work.locator('details').all()) {
      if ((await details.getAttribute('open')) === null) await details.locator('summary').click()
    }
    await expect.poll(() => work.locator('details:not([open])').count()).toBe(0)
    expect(await work.locator('li .translation-badge').count()).toBeGreaterThan(0)
  } else if (row.view === 'list') {
    await page.goto(`${server.url}/admin/collections/partnerships?locale=${row.content}&limit=50`)
    await page.locator('tbody tr').first().waitFor()
    await hydrated()
    await expect
      .poll(() =>
        page
          .locator('tbody')
          .getByText(/^(Loading|Ładowanie)\.\.\.$/)
          .count(),
      )
      .toBe(0)
    const rows = await page.locator('tbody tr').count()
    await expect.poll(() => page.locator('td .translation-badges').count()).toBe(rows)
  } else {
    await page.goto(`${server.url}/admin/collections/partnerships/${vienneId}?locale=${row.content}`)
    await hydrated()
    // The form is read-only until its state has loaded.
    await expect.poll(() => page.locator('#field-name').isEditable(), { timeout: 20_000 }).toBe(true)
  }
  return page
}

async function axe(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(
    async ({ tags, ours }) => {
      const axe = (window as unknown as { axe: any }).axe
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, elementRef: true })
      const isOurs = (node: any) => Boolean((node.element as Element | undefined)?.closest?.(ours))
      const target = (node: any) => node.target.join(' ')
      // How many of our nodes axe looked at for contrast, so that a pass is not a pass by absence.
      const oursChecked = ['violations', 'passes', 'incomplete']
        .flatMap((kind) => results[kind].filter((rule: any) => rule.id === 'color-contrast'))
        .flatMap((rule: any) => rule.nodes)
        .filter(isOurs).length
      return {
        oursChecked,
        violations: results.violations.map((rule: any) => ({
          rule: rule.id,
          impact: rule.impact,
          help: rule.help,
          helpUrl: rule.helpUrl,
          ours: rule.nodes.filter(isOurs).map(target),
          theirs: rule.nodes.filter((node: any) => !isOurs(node)).map(target),
        })),
      }
    },
    { tags: AXE_TAGS, ours: OURS },
  )
}

const describeFindings = (findings: Finding[]) =>
  findings.map((f) => `${f.rule} (${f.impact}): ${f.help}\n    ${f.ours.join('\n    ')}`).join('\n')

describe('axe in the admin (WCAG 2.2 A/AA and best practices)', () => {
  it.each(ROWS.map((row) => ({ ...row, name: label(row) })))('$name', async (row) => {
    const page = await open(row)
    await shot(page, `admin-a11y-${row.name}`)
    if (row.view === 'list' && row.width < 500) {
      // On a phone the table scrolls sideways, and the Translation column is its last.
      await page.locator('.table').evaluate((table) => table.scrollTo({ left: table.scrollWidth }))
      await shot(page, `admin-a11y-${row.name}-scrolled`)
    }
    const { violations, oursChecked } = await axe(page)
    await page.context().close()

    for (const finding of violations) {
      const record = {
        page: row.name,
        rule: finding.rule,
        impact: finding.impact,
        help: finding.help,
        helpUrl: finding.helpUrl,
      }
      if (finding.theirs.length)
        payloadFindings.push({ ...record, count: finding.theirs.length, sample: finding.theirs[0]! })
      if (finding.ours.length) ourFindings.push({ ...record, count: finding.ours.length, sample: finding.ours[0]! })
    }
    if (row.view === 'dashboard' || row.view === 'list') expect(oursChecked).toBeGreaterThan(0)
    const ours = violations.filter((f) => f.ours.length > 0 && BLOCKING.includes(f.impact ?? ''))
    expect(ours, describeFindings(ours)).toEqual([])
  })
})
