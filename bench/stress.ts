/**
 * `npm run stress`: an office's day at once against the production server on a throwaway SQLite
 * database (tests/helpers/officeLoad.ts): a minute of concurrent REST writes, a single-language
 * publish, a password reset, scheduled publications on the job queue and backups, then 20 SIGKILLs
 * under the same load, each followed by a restart. Prints each figure beside its target; exits 1 if
 * one is missed. STRESS_SECONDS (default 60) and STRESS_KILLS (default 20) change the run.
 * This process loads the Payload config (it queues the scheduled publications), hence
 * `--conditions=development` in the npm script, as for `npm run payload` (see the README).
 */
import { stressOffice } from '../tests/helpers/officeStress'

import { startSeededServer } from './seededServer'

const SECONDS = Number(process.env.STRESS_SECONDS || 60)
const KILLS = Number(process.env.STRESS_KILLS || 20)

async function main() {
  const { server } = await startSeededServer({ JOBS_CRON: '* * * * * *' })
  const started = performance.now()
  try {
    const report = await stressOffice(server, { loadMs: SECONDS * 1000, kills: KILLS, log: console.log })
    const { mixed, kills } = report
    const restarts = kills.restartSeconds
    const rows: [string, string | number, string, boolean][] = [
      [`mixed load: requests in ${mixed.seconds} s (backups)`, `${mixed.requests} (${mixed.backups})`, '', true],
      ['mixed load: errors', mixed.errors.length, '0', mixed.errors.length === 0],
      ['SIGKILLs, each with a restart', kills.count, String(KILLS), kills.count === KILLS],
      ['requests during the killed rounds', kills.requests, '', true],
      ['errors before each kill', kills.errors.length, '0', kills.errors.length === 0],
      ['"database is locked"', mixed.locked + kills.locked, '0', mixed.locked + kills.locked === 0],
      ['torn documents (live, backups, after kills)', report.torn.length, '0', report.torn.length === 0],
      ['acknowledged writes', report.acknowledged, '', true],
      ['lost acknowledged writes', report.lost.length, '0', report.lost.length === 0],
      ['jobs left claimed by a killed server, then freed', report.jobsFreed, '', true],
      [
        'restart after SIGKILL, median / worst (s)',
        `${median(restarts).toFixed(1)} / ${Math.max(...restarts, 0).toFixed(1)}`,
        '',
        true,
      ],
      ['whole run (s)', ((performance.now() - started) / 1000).toFixed(0), '', true],
    ]
    const width = Math.max(...rows.map(([name]) => name.length))
    console.log('')
    for (const [name, value, target, met] of rows)
      console.log(
        `${name.padEnd(width)}  ${String(value).padStart(12)}  ${target ? `target ${target} ${met ? '✓' : '✗'}` : ''}`,
      )
    for (const detail of [...mixed.errors, ...kills.errors, ...report.lost].slice(0, 20)) console.log(`  ${detail}`)
    for (const torn of report.torn.slice(0, 20)) console.log(`  torn: ${torn.table} ${torn.id}: ${torn.what}`)
    process.exitCode = rows.every(([, , , met]) => met) ? 0 : 1
  } finally {
    await server.stop()
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

await main()
