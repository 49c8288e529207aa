/**
 * Lighthouse mobile (the default config: a mid-range phone, simulated slow 4G and CPU throttling) on
 * Debian's Chromium, one browser for every page.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import lighthouse, { type Result } from 'lighthouse'

import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from '../tests/helpers/browser'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Page = { label: string; url: string }
export type LighthouseScores = Page & { performance: number; accessibility: number; bestPractices: number; seo: number }
export type LighthouseReport = Page & { lhr: Result }

type Chromium = { port: number; close: () => Promise<void> }

/**
 * Port 0 lets Chromium pick a free port itself, so nothing can take it between choosing and binding;
 * it writes the port it got to DevToolsActivePort in its profile folder.
 */
async function launchChromium(): Promise<Chromium> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-chromium-'))
  let output = ''
  // Its own process group: closing kills the renderers and GPU/utility helpers with it, and only them.
  const child: ChildProcess = spawn(
    CHROMIUM,
    [
      ...FLAGS,
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      const killed = await Promise.race([
        exited.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
      ])
      if (!killed) {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {
          // already gone
        }
        await exited
      }
    }
    fs.rmSync(profile, { recursive: true, force: true })
  }
  const portFile = path.join(profile, 'DevToolsActivePort')
  const deadline = Date.now() + 30_000
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Chromium exited with ${child.exitCode}:\n${output}`)
      // "port\n/devtools/browser/<id>": the second line shows the first is written in full.
      const [port, browserPath] = fs.existsSync(portFile) ? fs.readFileSync(portFile, 'utf8').split('\n') : []
      if (Number(port) > 0 && browserPath) return { port: Number(port), close }
      if (Date.now() > deadline) throw new Error(`Chromium opened no debugging port within 30 s:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } catch (error) {
    await close()
    throw error
  }
}

/** Full Lighthouse results, one run per page, in order. */
export async function lighthouseReports(pages: Page[]): Promise<LighthouseReport[]> {
  const browser = await launchChromium()
  try {
    const reports: LighthouseReport[] = []
    // One at a time: parallel runs on the same browser would share (and skew) the CPU being measured.
    for (const page of pages) {
      const result = await lighthouse(page.url, {
        port: browser.port,
        hostname: '127.0.0.1',
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.label} (${page.url})`)
      const { lhr } = result
      if (lhr.runtimeError) {
        throw new Error(
          `Lighthouse failed on ${page.label} (${page.url}): ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`,
        )
      }
      reports.push({ ...page, lhr })
    }
    return reports
  } finally {
    await browser.close()
  }
}

/** Score of one category as an integer 0–100; a category Lighthouse could not score fails the run. */
function score(report: LighthouseReport, id: (typeof CATEGORIES)[number]): number {
  const value = report.lhr.categories[id]?.score
  if (typeof value !== 'number') {
    const errors = Object.values(report.lhr.audits)
      .filter((audit) => audit.errorMessage)
      .map((audit) => `${audit.id}: ${audit.errorMessage}`)
    throw new Error(
      `Lighthouse gave no ${id} score for ${report.label} (${report.url})${errors.length ? `:\n${errors.join('\n')}` : ''}`,
    )
  }
  return Math.round(value * 100)
}

/**
 * Audits that cost points, per category: those with a weight in it and a score below 1. Lighthouse
 * scores binary audits 0/1 and metrics on a curve, so a metric at 0.97 is listed too.
 */
export function failingAudits(lhr: Result): Record<string, { id: string; score: number; displayValue?: string }[]> {
  const failing: Record<string, { id: string; score: number; displayValue?: string }[]> = {}
  for (const [categoryId, category] of Object.entries(lhr.categories)) {
    failing[categoryId] = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1)
      .map((audit) => ({ id: audit.id, score: audit.score as number, displayValue: audit.displayValue }))
  }
  return failing
}

/**
 * URLs are measured as given. http://127.0.0.1 passes is-on-https like localhost (both count as secure
 * contexts), and rewriting to localhost would cost SEO: the canonical and hreflang links carry
 * SERVER_URL's host, so `canonical` fails when the page is loaded from another one.
 */
export async function lighthouseScores(pages: { label: string; url: string }[]): Promise<LighthouseScores[]> {
  const reports = await lighthouseReports(pages)
  return reports.map((report) => ({
    label: report.label,
    url: report.url,
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    bestPractices: score(report, 'best-practices'),
    seo: score(report, 'seo'),
  }))
}
