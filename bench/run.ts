/**
 * `npm run bench`: builds if needed, starts the production server (`npm start`: migrations, seed)
 * on a throwaway SQLite database, measures, prints a table and writes bench/results.json.
 * Figures, not pass/fail: targets are printed beside them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { startProductionServer } from '../tests/helpers/server'

import { nginxAvailable, startNginx } from './nginx'

type Row = { name: string; value: string; target?: string; met?: boolean }

/** A reader's browser waits far longer than autocannon's default 10 s; 30 s is counted as failed. */
const TIMEOUT_SECONDS = 30

async function load(url: string, paths: string[], connections: number, seconds: number) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: TIMEOUT_SECONDS,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  })
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon counts timeouts among the errors.
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }
}

async function main() {
  process.env.ADMIN_EMAIL ||= 'bench@example.com'
  process.env.ADMIN_PASSWORD ||= 'bench-password-0123456789'
  process.env.PAYLOAD_SECRET ||= 'bench-secret-that-is-long-enough-0123456789'
  console.log('Building (if needed) and starting the production server on a seeded throwaway database…')
  const server = await startProductionServer({ JOBS_AUTORUN: 'false' })
  const rows: Row[] = []
  try {
    const readers = [
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
    for (const p of readers) {
      const status = (await fetch(`${server.url}${p}`)).status
      if (status !== 200) throw new Error(`${p} answers ${status} before the load`)
    }
    const readerRows = (label: string, figures: Awaited<ReturnType<typeof load>>, target: boolean) => {
      const clean = figures.errors === 0 && figures.non2xx === 0
      rows.push(
        { name: `200 readers, 30 s, ${label}: requests`, value: String(figures.requests) },
        { name: '  req/s', value: String(figures.rps) },
        { name: '  latency p50 / p99 (ms)', value: `${figures.p50} / ${figures.p99}` },
        {
          name: `  errors (of them timeouts at ${TIMEOUT_SECONDS} s), non-2xx`,
          value: `${figures.errors} (${figures.timeouts}), ${figures.non2xx}`,
          ...(target ? { target: '0', met: clean } : {}),
        },
      )
    }
    await load(server.url, readers, 20, 5) // warm-up
    const direct = await load(server.url, readers, 200, 30)
    readerRows('next start alone', direct, false)
    let proxied: Awaited<ReturnType<typeof load>> | null = null
    if (nginxAvailable()) {
      const proxy = await startNginx(new URL(server.url).host)
      try {
        await load(proxy.url, readers, 20, 5)
        proxied = await load(proxy.url, readers, 200, 30)
        readerRows('through the nginx micro-cache (deploy/nginx.conf)', proxied, true)
      } finally {
        await proxy.stop()
      }
    } else {
      rows.push({ name: 'nginx micro-cache', value: 'skipped', target: 'apt-get install -y nginx', met: false })
    }
    const results = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      readers: { connections: 200, seconds: 30, timeoutSeconds: TIMEOUT_SECONDS, paths: readers, nextStart: direct, nginx: proxied },
    }
    fs.writeFileSync(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  } finally {
    await server.stop()
  }
  const width = Math.max(...rows.map((r) => r.name.length))
  for (const row of rows) {
    const target = row.target ? `  target ${row.target} ${row.met ? '✓' : '✗'}` : ''
    console.log(`${row.name.padEnd(width)}  ${row.value.padStart(10)}${target}`)
  }
  console.log('Written to bench/results.json')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
