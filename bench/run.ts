/**
 * `npm run bench`: builds if needed, starts the production server (`npm start`: migrations, seed)
 * on a throwaway SQLite database, measures, prints a table and writes bench/results.json.
 * Figures, not pass/fail: each target is printed beside its figure. BENCH_SECONDS (default 10) sets
 * the length of each load run; BENCH_SCALES (default 1000,10000) the synthetic city counts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { payloadCliAsync } from '../tests/helpers/cli'
import { revalidateToken } from '../src/cache/revalidateToken'

import {
  ACTIVITIES_AT_BASE,
  ACTIVITIES_TARGET,
  activitiesAtScale,
  FILTERED_TARGETS,
  issue16Summary,
} from './activities'
import { type PageBytes, pageBytes } from './bytes'
import { lighthouseScores } from './lighthouse'
import { load, type LoadFigures, TIMEOUT_SECONDS } from './load'
import { type Front, nginxAvailable, startNginx, startStaticNginx } from './nginx'
import { login, publishToVisible } from './publish'
import { startSeededServer } from './seededServer'
import { startNodeStatic } from './staticServer'
import { describeFreshness, twoInstanceFreshness, type TwoInstanceFreshness } from './twoInstances'

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const SCALES = (process.env.BENCH_SCALES ?? '1000,10000').split(',').filter(Boolean).map(Number)
const CONNECTIONS = 100

// Payload's website template on this kind of machine (issue 6): its ratio to nginx, JS and score.
const TEMPLATE = { ratio: 0.04, firstLoadJsKb: 340, lighthousePerformance: 85 }
// Issue 14 (readers' pages cached whole, no JavaScript, fresh on every instance): `next start` alone
// against the limit for home and city page, script bytes a reader gets, Lighthouse, two instances.
const ISSUE_14 = { nextRatio: 0.15, nextP99Ms: 100, readerJsBytes: 0, lighthousePerformance: 98, twoInstanceMs: 1000 }

/** The four requests of the issue, and the file each one's bytes are saved to for the static limit. */
const TARGETS = [
  { label: 'home', path: '/pl', file: 'home.html' },
  { label: 'city page', path: '/pl/partnerships/vienne', file: 'city.html' },
  { label: 'API list', path: '/api/partnerships?locale=pl', file: 'api.json' },
  { label: 'GeoJSON', path: '/open-data/twin-cities.geojson', file: 'cities.geojson' },
  ACTIVITIES_TARGET,
  ...FILTERED_TARGETS,
]
const PAGE_TYPES = [
  { label: 'home', path: '/pl' },
  { label: 'city page', path: '/pl/partnerships/vienne' },
  { label: 'friendly city', path: '/pl/friendly-cities/udine' },
  { label: 'history', path: '/pl/history/idea-miast-partnerskich' },
  { label: 'list page', path: '/pl/partnerships' },
  { label: 'open data', path: '/pl/open-data' },
  { label: 'accessibility', path: '/pl/accessibility' },
]

type Row = { name: string; value: string; target?: string; met?: boolean }
const rows: Row[] = []
const row = (name: string, value: string | number, target?: string, met?: boolean) =>
  rows.push({ name, value: String(value), ...(target ? { target, met } : {}) })
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

type ScaleResult = {
  cities: number
  activities: number
  /** The first request after the caches were expired: what a reader waits for after a publish without the front. */
  targets: {
    label: string
    path: string
    coldMs: number
    next: LoadFigures
    proxy: LoadFigures | null
    limit: LoadFigures
  }[]
  bytes: PageBytes[]
  publish: {
    direct: Awaited<ReturnType<typeof publishToVisible>>
    proxy: Awaited<ReturnType<typeof publishToVisible>> | null
  }
  homeHtmlBytes: number
  mapLinks: number
  sitemap: { files: number; urls: number }
}

async function expireCaches(url: string) {
  const response = await fetch(`${url}/next/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${revalidateToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags: ['payload:partnerships', 'payload:friendly-cities', 'payload:activities'] }),
  })
  if (response.status !== 204) throw new Error(`revalidate: ${response.status}`)
}

/** Waits until the server answers promptly again: requests left over from a load run must not count against the next. */
async function settle(url: string) {
  const until = Date.now() + 300_000
  while (Date.now() < until) {
    const start = Date.now()
    const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(60_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (ok && Date.now() - start < 200) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} is still busy after 5 minutes`)
}

async function sitemapSize(url: string) {
  const index = await (await fetch(`${url}/sitemap.xml`)).text()
  const files = [...index.matchAll(/<sitemap><loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
  const bodies = files.length
    ? await Promise.all(files.map(async (file) => (await fetch(`${url}${file}`)).text()))
    : [index]
  return { files: bodies.length, urls: bodies.reduce((sum, body) => sum + (body.match(/<url>/g)?.length ?? 0), 0) }
}

async function measureScale(
  cities: number,
  activities: number,
  server: { url: string },
  proxy: Front | null,
  token: string,
  vienneId: string | number,
): Promise<ScaleResult> {
  console.log(`\n— ${cities} cities, ${activities} activities —`)
  await expireCaches(server.url)
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'miasta-static-'))
  fs.chmodSync(staticDir, 0o755)
  const coldMs: Record<string, number> = {}
  for (const target of TARGETS) {
    const started = performance.now()
    const response = await fetch(`${server.url}${target.path}`)
    if (response.status !== 200) throw new Error(`${target.path} answers ${response.status}`)
    fs.writeFileSync(path.join(staticDir, target.file), Buffer.from(await response.arrayBuffer()))
    coldMs[target.label] = Math.round(performance.now() - started)
    fs.chmodSync(path.join(staticDir, target.file), 0o644)
  }
  const limitServer = nginxAvailable() ? await startStaticNginx(staticDir) : await startNodeStatic(staticDir)
  const results: ScaleResult['targets'] = []
  try {
    for (const target of TARGETS) {
      // Megabytes per response (the GeoJSON at 10,000 cities) would keep `next start` alone busy for
      // minutes after the run; that figure is skipped, the front and the limit are still measured.
      const huge = fs.statSync(path.join(staticDir, target.file)).size > 1_000_000
      let next: LoadFigures = {
        requests: 0,
        rps: 0,
        p50: 0,
        p99: 0,
        errors: 0,
        timeouts: 0,
        non2xx: 0,
        bytesPerResponse: 0,
        skipped: true,
      }
      if (!huge) {
        await load(server.url, [target.path], 10, 2) // warm-up
        next = await load(server.url, [target.path], CONNECTIONS, SECONDS)
        await settle(server.url)
      }
      let proxied: LoadFigures | null = null
      if (proxy) {
        await load(proxy.url, [target.path], 10, 2)
        proxied = await load(proxy.url, [target.path], CONNECTIONS, SECONDS)
        await settle(server.url)
      }
      const limit = await load(limitServer.url, [`/${target.file}`], CONNECTIONS, SECONDS)
      results.push({
        label: target.label,
        path: target.path,
        coldMs: coldMs[target.label],
        next,
        proxy: proxied,
        limit,
      })
      console.log(`${target.label}: next ${next.rps} req/s, proxy ${proxied?.rps ?? '–'}, limit ${limit.rps}`)
    }
  } finally {
    await limitServer.stop()
    fs.rmSync(staticDir, { recursive: true, force: true })
  }
  const bytes = await pageBytes(
    server.url,
    cities > 12 ? PAGE_TYPES.filter((page) => ['home', 'city page', 'list page'].includes(page.label)) : PAGE_TYPES,
  )
  const home = await (await fetch(`${server.url}/pl`)).text()
  const mapLinks = (home.match(/class="partner-map__link"/g) ?? []).length
  const publish = {
    direct: await publishToVisible({
      apiUrl: server.url,
      readUrl: server.url,
      token,
      id: vienneId,
      path: '/pl/partnerships/vienne',
    }),
    proxy: proxy
      ? await publishToVisible({
          apiUrl: server.url,
          readUrl: proxy.url,
          token,
          id: vienneId,
          path: '/pl/partnerships/vienne',
        })
      : null,
  }
  return {
    cities,
    activities,
    targets: results,
    bytes,
    publish,
    homeHtmlBytes: Buffer.byteLength(home),
    mapLinks,
    sitemap: await sitemapSize(server.url),
  }
}

/** Issue 14's targets together, each beside its figure from the table above (at 12 cities). */
function issue14Summary(
  base: ScaleResult | undefined,
  lighthouse: Awaited<ReturnType<typeof lighthouseScores>>,
  twoInstances: TwoInstanceFreshness | null,
) {
  row('Issue 14: targets (12 cities)', '')
  for (const target of base?.targets.filter((t) => ['home', 'city page'].includes(t.label)) ?? []) {
    const ratio = target.next.rps / target.limit.rps
    row(
      `  ${target.label}: next start ratio to the limit (the template's ${TEMPLATE.ratio}), p99`,
      `${ratio.toFixed(3)} (×${(ratio / TEMPLATE.ratio).toFixed(1)}), ${target.next.p99} ms`,
      `≥ ${ISSUE_14.nextRatio}, p99 ≤ ${ISSUE_14.nextP99Ms} ms`,
      ratio >= ISSUE_14.nextRatio && target.next.p99 <= ISSUE_14.nextP99Ms,
    )
  }
  if (base) {
    const most = Math.max(...base.bytes.map((page) => Math.max(page.jsGzip, page.everyScriptGzip)))
    row(
      '  JavaScript a reader downloads, most of any page type (gzip)',
      kb(most),
      `${ISSUE_14.readerJsBytes} bytes`,
      most === ISSUE_14.readerJsBytes,
    )
  }
  for (const page of lighthouse) {
    row(
      `  Lighthouse mobile performance, ${page.label}`,
      page.performance,
      `≥ ${ISSUE_14.lighthousePerformance}`,
      page.performance >= ISSUE_14.lighthousePerformance,
    )
  }
  if (twoInstances) {
    const { value, met } = describeFreshness(twoInstances)
    row('  two instances: median / worst ms', value, `worst ≤ ${ISSUE_14.twoInstanceMs}`, met)
  }
}

async function main() {
  const { server, admin } = await startSeededServer({ JOBS_AUTORUN: 'false' })
  const limitKind = nginxAvailable()
    ? 'nginx (Debian) serving the same bytes as static files'
    : 'Node http serving the same bytes (nginx absent)'
  let proxy: Front | null = null
  const scales: ScaleResult[] = []
  let readers: { next: LoadFigures; proxy: LoadFigures | null } | null = null
  let lighthouse: Awaited<ReturnType<typeof lighthouseScores>> = []
  let twoInstances: TwoInstanceFreshness | null = null
  try {
    if (nginxAvailable()) proxy = await startNginx(new URL(server.url).host)
    const token = await login(server.url, admin.email, admin.password)
    const vienne = await (
      await fetch(`${server.url}/api/partnerships?where[slug][equals]=vienne&locale=pl&depth=0`)
    ).json()
    const vienneId = vienne.docs[0].id

    // Issue 5: 200 readers on pages and REST for 30 s, with zero errors.
    const mixed = [
      '/pl',
      '/en',
      '/de',
      '/pl/partnerships/vienne',
      '/en/partnerships/esslingen-nad-neckarem',
      '/pl/history/idea-miast-partnerskich',
      '/en/accessibility',
      '/api/partnerships?locale=pl&depth=0',
      '/api/commitments?locale=en',
      '/api/friendly-cities?locale=de',
    ]
    await load(server.url, mixed, 20, 5)
    readers = {
      next: await load(server.url, mixed, 200, 30),
      proxy: proxy ? await load(proxy.url, mixed, 200, 30) : null,
    }

    // Lighthouse first, on a quiet server; three runs each, the median reported.
    const runs = [] as Awaited<ReturnType<typeof lighthouseScores>>[]
    for (let run = 0; run < 3; run++) {
      runs.push(
        await lighthouseScores([
          { label: 'home', url: `${server.url}/pl` },
          { label: 'city page', url: `${server.url}/pl/partnerships/vienne` },
        ]),
      )
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    lighthouse = runs[0].map((page, index) => ({
      ...page,
      performance: median(runs.map((run) => run[index].performance)),
      accessibility: median(runs.map((run) => run[index].accessibility)),
      bestPractices: median(runs.map((run) => run[index].bestPractices)),
      seo: median(runs.map((run) => run[index].seo)),
    }))

    const partial = () =>
      fs.writeFileSync(
        path.join(import.meta.dirname, 'results.partial.json'),
        `${JSON.stringify({ readers, lighthouse, scales, twoInstances }, null, 2)}\n`,
      )
    partial()
    // The seed records no activities: a few synthetic ones on the seeded cities, before any other.
    const base = await payloadCliAsync(['synthetic', '0', '--activities', String(ACTIVITIES_AT_BASE)], server.env)
    if (base.status !== 0) throw new Error(`synthetic activities: ${base.output}`)
    scales.push(await measureScale(12, ACTIVITIES_AT_BASE, server, proxy, token, vienneId))
    partial()
    // At the seed's 12 cities, before the synthetic ones: a second instance on the same database.
    twoInstances = await twoInstanceFreshness(server, token, vienneId)
    partial()
    for (const cities of SCALES) {
      const started = Date.now()
      const activities = activitiesAtScale(cities)
      const added = await payloadCliAsync(
        ['synthetic', String(cities - 12), '--activities', String(activities)],
        server.env,
      )
      if (added.status !== 0) throw new Error(`synthetic cities: ${added.output}`)
      console.log(
        `${cities - 12} synthetic cities, ${activities} activities in ${Math.round((Date.now() - started) / 1000)} s`,
      )
      scales.push(await measureScale(cities, activities, server, proxy, token, vienneId))
      partial()
    }
  } finally {
    await proxy?.stop()
    await server.stop()
  }

  // The table.
  const [base] = scales
  const byLabel = (scale: ScaleResult, label: string) => scale.targets.find((target) => target.label === label)!
  row('Limit (same bytes, same run)', limitKind)
  for (const scale of scales) {
    row(`${scale.cities} cities, ${scale.activities} activities, ${CONNECTIONS} connections, ${SECONDS} s each`, '')
    for (const target of scale.targets) {
      if (target.next.skipped) row(`  ${target.label}: next start alone`, 'skipped (megabytes per response)')
      const ratio = target.next.rps / target.limit.rps
      const page = ['home', 'city page'].includes(target.label)
      row(`  ${target.label}: first request after a change (cold cache) ms`, target.coldMs)
      row(`  ${target.label}: limit req/s`, target.limit.rps)
      row(
        `    next start: req/s (ratio to limit)`,
        `${target.next.rps} (${ratio.toFixed(3)})`,
        page ? `≥ ${ISSUE_14.nextRatio} ratio` : undefined,
        ratio >= ISSUE_14.nextRatio,
      )
      row(
        `    next start: p50 / p99 ms`,
        `${target.next.p50} / ${target.next.p99}`,
        page ? `p99 ≤ ${ISSUE_14.nextP99Ms}` : undefined,
        target.next.p99 <= ISSUE_14.nextP99Ms,
      )
      if (target.proxy) {
        const proxyRatio = target.proxy.rps / target.limit.rps
        row(
          `    nginx front: req/s (ratio)`,
          `${target.proxy.rps} (${proxyRatio.toFixed(2)})`,
          '≥ 0.5 ratio',
          proxyRatio >= 0.5,
        )
        row(
          `    nginx front: p50 / p99 ms`,
          `${target.proxy.p50} / ${target.proxy.p99}`,
          'p99 ≤ 20',
          target.proxy.p99 <= 20,
        )
        row(`    nginx front: errors, non-2xx`, `${target.proxy.errors}, ${target.proxy.non2xx}`)
        // The same bytes as the limit (give or take the headers), or the front served something else.
        const sameBytes =
          Math.abs(target.proxy.bytesPerResponse - target.limit.bytesPerResponse) <=
          Math.max(2048, 0.05 * target.limit.bytesPerResponse)
        row(
          `    nginx front: bytes per response (limit's)`,
          `${kb(target.proxy.bytesPerResponse)} (${kb(target.limit.bytesPerResponse)})`,
          'same bytes',
          sameBytes,
        )
      }
      row(`    next start: errors, non-2xx`, `${target.next.errors}, ${target.next.non2xx}`)
      if (scale !== base && !target.next.skipped) {
        const before = byLabel(base, target.label)
        const fine = target.next.rps * 2 >= before.next.rps && target.next.p99 <= 2 * Math.max(before.next.p99, 1)
        row(
          `    vs 12 cities: req/s, p99 (next start)`,
          `×${(target.next.rps / before.next.rps).toFixed(2)}, ×${(target.next.p99 / Math.max(before.next.p99, 1)).toFixed(2)}`,
          'within 2×',
          fine,
        )
      }
    }
    row(
      `  publish-to-visible, next start: median / worst ms`,
      `${scale.publish.direct.median} / ${scale.publish.direct.worst}`,
    )
    if (scale.publish.proxy) {
      row(
        `  publish-to-visible, nginx front: median / worst ms`,
        `${scale.publish.proxy.median} / ${scale.publish.proxy.worst}`,
        'worst ≤ 1000',
        scale.publish.proxy.worst <= 1000,
      )
    }
    for (const page of scale.bytes) {
      const baseBytes = base.bytes.find((other) => other.label === page.label)
      const within = scale === base || !baseBytes || page.htmlGzip <= 2 * baseBytes.htmlGzip
      row(`  ${page.label}: HTML gzip`, kb(page.htmlGzip), scale === base ? undefined : 'within 2× of 12', within)
      row(
        `  ${page.label}: first-load JS gzip (framework + ours)`,
        `${kb(page.jsGzip)} (${kb(page.frameworkJsGzip)} + ${kb(page.ourJsGzip)})`,
        `${ISSUE_14.readerJsBytes} bytes`,
        page.jsGzip === ISSUE_14.readerJsBytes,
      )
      row(
        `  ${page.label}: every script element gzip (inline, nomodule)`,
        kb(page.everyScriptGzip),
        `${ISSUE_14.readerJsBytes} bytes`,
        page.everyScriptGzip === ISSUE_14.readerJsBytes,
      )
    }
    row(`  home HTML (uncompressed), map links`, `${kb(scale.homeHtmlBytes)}, ${scale.mapLinks}`)
    row(
      `  sitemap: URLs in files`,
      `${scale.sitemap.urls} in ${scale.sitemap.files}`,
      scale.sitemap.urls > 50_000 ? '> 1 file past 50,000' : undefined,
      scale.sitemap.files > 1,
    )
  }
  if (readers) {
    const clean = (figures: LoadFigures) => figures.errors === 0 && figures.non2xx === 0
    row(
      '200 readers, 30 s, mixed pages + REST: next start req/s, p99, errors',
      `${readers.next.rps}, ${readers.next.p99} ms, ${readers.next.errors}`,
    )
    if (readers.proxy)
      row(
        '  through the nginx front',
        `${readers.proxy.rps}, ${readers.proxy.p99} ms, ${readers.proxy.errors}`,
        '0 errors',
        clean(readers.proxy),
      )
  }
  if (twoInstances) {
    const { value, met } = describeFreshness(twoInstances)
    row(
      'two instances (12 cities): publish through A until B shows it, median / worst ms',
      value,
      `worst ≤ ${ISSUE_14.twoInstanceMs}`,
      met,
    )
  }
  for (const page of lighthouse) {
    row(
      `Lighthouse mobile ${page.label}: performance`,
      page.performance,
      `≥ ${ISSUE_14.lighthousePerformance}`,
      page.performance >= ISSUE_14.lighthousePerformance,
    )
    row(`  accessibility`, page.accessibility, '100', page.accessibility === 100)
    row(`  best practices`, page.bestPractices, '≥ 95', page.bestPractices >= 95)
    row(`  SEO`, page.seo, '100', page.seo === 100)
  }
  issue14Summary(base, lighthouse, twoInstances)
  issue16Summary(scales, row)

  const results = {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    settings: { connections: CONNECTIONS, seconds: SECONDS, timeoutSeconds: TIMEOUT_SECONDS, limit: limitKind },
    scales,
    readers,
    lighthouse,
    twoInstances,
  }
  fs.writeFileSync(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  fs.rmSync(path.join(import.meta.dirname, 'results.partial.json'), { force: true })
  const width = Math.max(...rows.map((r) => r.name.length))
  const valueWidth = Math.max(...rows.map((r) => r.value.length))
  for (const r of rows) {
    const target = r.target ? `  target ${r.target} ${r.met ? '✓' : '✗'}` : ''
    console.log(`${r.name.padEnd(width)}  ${r.value.padStart(valueWidth)}${target}`)
  }
  console.log('Written to bench/results.json')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
