import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Account, httpApi, shot, signIn } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { type RunningServer, startProductionServer } from './helpers/server'

/**
 * A French translator's workspace in Chromium against the production build: the Polish source
 * above each French field (rich text rendered, not JSON), absent in Polish; "start from Polish"
 * filling a rich text field with its heading and link, saved only by Save; the word diff of what an
 * editor changed in Polish since the translation; XLIFF export and import on the dashboard.
 */

const translator: Account = { email: 'traductrice@example.org', password: 'traductrice-mot-de-passe' }
const editor: Account = { email: 'redaktor@example.org', password: 'redaktor-haslo-testowe' }

const heading = 'Wizyta w Vienne'
const linkText = 'strona miasta Vienne'
const linkUrl = 'https://www.vienne.fr/'
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
/** Lexical JSON as the admin stores it: a heading, a paragraph with bold text and a link. */
const richText = (words: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      { type: 'heading', tag: 'h2', version: 1, direction: 'ltr', format: '', indent: 0, children: [text(heading)] },
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          text(words, 1),
          text(' Więcej na '),
          {
            type: 'link',
            version: 3,
            direction: 'ltr',
            format: '',
            indent: 0,
            fields: { linkType: 'custom', url: linkUrl, newTab: false },
            children: [text(linkText)],
          },
          text('.'),
        ],
      },
    ],
  },
})
const polishTitle = 'Delegacja z Vienne w Piotrkowie'
const excerptBefore = 'Delegacja z Vienne odwiedziła Piotrków w maju.'
const address = 'Pasaż Karola Rudowskiego 10\n97-300 Piotrków Trybunalski'
const excerptAfter = 'Delegacja z Vienne odwiedziła Piotrków Trybunalski w czerwcu.'

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const OURS = '.translation-source, .translation-diff, .translation-start, .translation-work__xliff'

let server: RunningServer
let browser: Browser
let admin: ReturnType<typeof httpApi>
let articleId: string

beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchBrowser()
  admin = httpApi(server)
  await admin.login()
  await admin.post('/users', { ...editor, name: 'Redaktor', roles: ['editor'] })
  await admin.post('/users', { ...translator, name: 'Traductrice', roles: ['translator'], translatorLocales: ['fr'] })
  const asEditor = httpApi(server)
  await asEditor.login(editor)
  // An editor publishes a Polish article with rich text; nobody has translated it into French yet.
  const article = await asEditor.post('/history-articles?locale=pl', {
    title: polishTitle,
    excerpt: excerptBefore,
    content: richText('Delegacja przyjechała na zaproszenie prezydenta miasta.'),
    _status: 'published',
  })
  articleId = article.doc.id
  // The translator saves a French excerpt (a draft, as translators' saves are)…
  const asTranslator = httpApi(server)
  await asTranslator.login(translator)
  await asTranslator.patch(`/history-articles/${articleId}?locale=fr`, {
    excerpt: 'Une délégation de Vienne a visité Piotrków en mai.',
  })
  // …and the editor then changes the Polish excerpt: the French one is now outdated.
  await asEditor.patch(`/history-articles/${articleId}?locale=pl`, { excerpt: excerptAfter, _status: 'published' })
  await asEditor.post('/globals/site-settings?locale=pl', { address })
  // The accessibility statement gets Polish rich text with a heading and a link.
  await asEditor.post('/globals/accessibility-statement?locale=pl', {
    content: richText('Deklaracja dotyczy serwisu miast partnerskich.'),
  })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Opens an edit screen once its form is editable (it is read-only until its state has loaded). */
async function openEdit(page: Page, path: string, firstField: string) {
  await page.goto(`${server.url}/admin/${path}`)
  await page.locator('.template-default--nav-hydrated').waitFor()
  await expect.poll(() => page.locator(firstField).isEditable(), { timeout: 20_000 }).toBe(true)
}

async function axeOnOurs(page: Page) {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async (ours) => {
    const axe = (window as unknown as { axe: any }).axe
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      elementRef: true,
    })
    return results.violations
      .filter((rule: any) => ['serious', 'critical'].includes(rule.impact))
      .flatMap((rule: any) =>
        rule.nodes
          .filter((node: any) => (node.element as Element | undefined)?.closest?.(ours))
          .map((node: any) => `${rule.id}: ${node.target.join(' ')}`),
      )
  }, OURS)
}

describe('the Polish source beside the French fields', () => {
  it.each([1280, 375])('shows the Polish text above each French field, rich text rendered (%i px)', async (width) => {
    const page = await signIn(browser, server, translator, { width })
    await openEdit(page, `collections/history-articles/${articleId}?locale=fr`, '#field-title')
    // The header names the article by its Polish title while it has no French one, never by its id.
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(polishTitle)

    const titleSource = page.locator('.field-type.text .translation-source').first()
    expect(await titleSource.locator('[lang="pl"]').textContent()).toBe(polishTitle)
    const contentSource = page.locator('.rich-text-lexical .translation-source [lang="pl"]')
    await expect.poll(() => contentSource.getByRole('heading', { level: 2, name: heading }).count()).toBe(1)
    const link = contentSource.getByRole('link', { name: linkText })
    expect(await link.getAttribute('href')).toBe(linkUrl)
    expect(await contentSource.locator('strong').count()).toBe(1)
    expect(await contentSource.textContent()).not.toContain('"root"')
    // Foldable: a <details> open by default.
    expect(await page.locator('details.translation-source[open]').count()).toBeGreaterThanOrEqual(3)

    await shot(page, `translator-workspace-fr-${width}`)
    expect(await axeOnOurs(page)).toEqual([])
    await page.context().close()
  })

  it('shows what changed in Polish since the translation, word by word', async () => {
    for (const width of [1280, 375]) {
      const page = await signIn(browser, server, translator, { width })
      await openEdit(page, `collections/history-articles/${articleId}?locale=fr`, '#field-title')
      const diff = page.locator('.field-type.textarea .translation-diff')
      await diff.waitFor({ timeout: 10_000 })
      expect(await diff.locator('ins').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Trybunalski'), expect.stringContaining('czerwcu')]),
      )
      expect(await diff.locator('del').allTextContents()).toEqual([expect.stringContaining('maju')])
      // In words too, not by colour alone.
      expect(await diff.textContent()).toContain('underlined')
      await diff.scrollIntoViewIfNeeded()
      await shot(page, `translator-workspace-diff-fr-${width}`)
      expect(await axeOnOurs(page)).toEqual([])
      await page.context().close()
    }
  })

  it('shows the Polish note above the French note of a status history row', async () => {
    const kostroma = (await admin.get('/partnerships?locale=pl&where[slug][equals]=kostroma&depth=0')).docs[0]
    const page = await signIn(browser, server, translator)
    await openEdit(page, `collections/partnerships/${kostroma.id}?locale=fr`, '#field-name')
    const note = page.locator('#field-statusHistory__0__note')
    await note.waitFor()
    const source = page.locator(
      '.field-type.textarea:has(#field-statusHistory__0__note) .translation-source [lang="pl"]',
    )
    expect(await source.textContent()).toBe(kostroma.statusHistory[0].note)
    await page.context().close()
  })

  it('is absent for an editor working in Polish', async () => {
    const page = await signIn(browser, server, editor)
    await openEdit(page, `collections/history-articles/${articleId}?locale=pl`, '#field-title')
    await page.locator('.rich-text-lexical').first().waitFor()
    expect(await page.locator('.translation-source').count()).toBe(0)
    expect(await page.locator('.translation-start').count()).toBe(0)
    // …and there for the same editor in French.
    await openEdit(page, `collections/history-articles/${articleId}?locale=fr`, '#field-title')
    await expect.poll(() => page.locator('.translation-source').count()).toBeGreaterThan(0)
    await page.context().close()
  })
})

describe('start from Polish', () => {
  const frenchContent = async () =>
    (await admin.get('/globals/accessibility-statement?locale=fr&fallback-locale=none&depth=0')).content

  it('fills a rich text field with its heading and link; nothing is saved until Save', async () => {
    expect(await frenchContent()).toBeFalsy()
    const page = await signIn(browser, server, translator)
    await openEdit(page, 'globals/accessibility-statement?locale=fr', '.rich-text-lexical [contenteditable="true"]')
    const field = page.locator('.rich-text-lexical').first()
    await field.getByRole('button', { name: /^Start from the Polish text/ }).click()
    const editorArea = field.locator('[contenteditable="true"]')
    await expect.poll(() => editorArea.locator('h2').textContent()).toBe(heading)
    expect(await editorArea.locator('a').textContent()).toBe(linkText)
    await shot(page, 'translator-workspace-start-from-polish')
    // Only in the form so far.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(await frenchContent()).toBeFalsy()

    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(async () => JSON.stringify(await frenchContent()), { timeout: 15_000 }).toContain(linkUrl)
    const saved = JSON.stringify(await frenchContent())
    expect(saved).toContain('"tag":"h2"')
    expect(saved).toContain(heading)
    await page.context().close()
  })

  it('fills every empty field of a document from Polish, in the form only', async () => {
    const page = await signIn(browser, server, translator)
    await openEdit(page, 'globals/site-settings?locale=fr', '#field-address')
    expect(await page.locator('#field-address').inputValue()).toBe('')
    await page.getByRole('button', { name: 'Fill from Polish (empty fields only)' }).click()
    await expect
      .poll(() => page.locator('#field-officeName').inputValue())
      .toBe('Urząd Miasta Piotrkowa Trybunalskiego')
    expect(await page.locator('.translation-start [role="status"]').textContent()).toMatch(
      /Fields filled from Polish: \d+/,
    )
    const stored = await admin.get('/globals/site-settings?locale=fr&fallback-locale=none')
    expect(stored.address).toBeFalsy()
    await page.context().close()
  })
})

describe('XLIFF on the translator dashboard', () => {
  it('exports French and imports a file back, showing what happened to each unit', async () => {
    const page = await signIn(browser, server, translator)
    const tools = page.locator('.translation-work__xliff')
    await tools.waitFor()
    expect(await tools.count()).toBe(1)
    const exportLink = tools.getByRole('link', { name: 'Export XLIFF (Français)', exact: true })
    expect(await exportLink.getAttribute('href')).toBe('/api/translations/export?locale=fr')
    expect(await tools.getByRole('link', { name: /missing and outdated/ }).getAttribute('href')).toBe(
      '/api/translations/export?locale=fr&status=missing,outdated',
    )
    // The file as exported (downloaded as a person would) comes back: nothing refused.
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()])
    const file = await download.path()
    expect(fs.readFileSync(file, 'utf8')).toContain('target-language="fr"')
    await tools.getByLabel(/XLIFF file/).setInputFiles(file)
    const result = tools.locator('[role="status"]')
    const importFile = async () => {
      await Promise.all([
        page.waitForResponse((response) => response.url().includes('/api/translations/import')),
        tools.getByRole('button', { name: 'Import XLIFF' }).click(),
      ])
      await expect.poll(() => result.textContent(), { timeout: 15_000 }).toMatch(/Applied: \d+/)
      return (await result.textContent())!
    }
    expect(await importFile()).toContain('Refused: 0')
    // The same file again changes nothing.
    expect(await importFile()).toContain('Applied: 0')
    await shot(page, 'translator-workspace-xliff')
    expect(await axeOnOurs(page)).toEqual([])
    await page.context().close()
  })
})
