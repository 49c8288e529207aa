import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { payloadCli } from './cli'
import { throwawayDatabaseUri, throwawayDir } from './database'

const root = path.resolve(import.meta.dirname, '..', '..')
const lockDir = path.join(root, '.next-build.lock')

function newestSourceChange(): number {
  const sources = ['src', 'payload.config.ts', 'next.config.ts', 'package-lock.json']
  let newest = 0
  const visit = (file: string) => {
    const stat = fs.statSync(file)
    if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry))
    else newest = Math.max(newest, stat.mtimeMs)
  }
  for (const source of sources) visit(path.join(root, source))
  return newest
}

/** Holds the lock folder shared by every test file while `work` runs: one build or copy at a time. */
async function whileBuildLocked<T>(work: () => T): Promise<T> {
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      break
    } catch {
      // A lock left by a killed run is older than any build takes.
      const since = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (since > 20 * 60_000) fs.rmSync(lockDir, { recursive: true, force: true })
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  try {
    return work()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

/** Browser tests run against a production build; it is rebuilt only when a source is newer. */
export async function ensureProductionBuild(): Promise<void> {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  const fresh = () => fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestSourceChange()
  if (fresh()) return
  await whileBuildLocked(() => {
    if (fresh()) return
    const startedAt = new Date()
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 900_000,
    })
    if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
    // A source saved while the build ran is newer than the build: date the build by its start.
    fs.utimesSync(buildId, startedAt, startedAt)
  })
}

/*
 * `next start` keeps its page cache (.next/server/route-cache) and its data cache
 * (.next/cache/fetch-cache) on disk, in the build folder every test server shares, while tag
 * expiry lives in each server's memory. A page rendered by another server (another test file, an
 * earlier run, another database) is then served as if it were this server's: other hosts in links,
 * other content. This starts `next start` from a private folder: symlinks to the project and a
 * hard-linked copy of the build without those caches.
 */
function privateProject(dir: string): string {
  const project = path.join(dir, 'project')
  fs.mkdirSync(project)
  for (const entry of fs.readdirSync(root)) {
    if (['.next', '.git', '.next-build.lock', 'data', 'media', 'test-results'].includes(entry)) continue
    fs.symlinkSync(path.join(root, entry), path.join(project, entry))
  }
  const build = path.join(root, '.next')
  if (!fs.existsSync(path.join(build, 'BUILD_ID'))) throw new Error('no production build to copy')
  fs.mkdirSync(path.join(project, '.next'))
  for (const entry of fs.readdirSync(build)) {
    // Caches and the build's own logs stay behind; everything else is read-only at run time.
    if (['cache', 'dev', 'trace', 'trace-build'].includes(entry)) continue
    const copied = spawnSync('cp', ['-al', path.join(build, entry), path.join(project, '.next', entry)], {
      encoding: 'utf8',
    })
    if (copied.status !== 0) throw new Error(`copying the build failed: ${copied.stderr}`)
  }
  fs.rmSync(path.join(project, '.next', 'server', 'route-cache'), { recursive: true, force: true })
  return project
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

export type RunningServer = {
  url: string
  dir: string
  env: Record<string, string>
  log: () => string
  /** Kills the server process (e.g. SIGKILL, a crash) and waits until it is gone. */
  kill: (signal: NodeJS.Signals) => Promise<void>
  /** Starts it again on the same port, database and build, once it was killed. */
  restart: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * `npm start` on a throwaway database (migrations applied, seeded on its first request), from a
 * private folder so that its page and data caches are its own. With `sharing`, another instance of
 * the same build on that server's database and media (as several app instances behind one site):
 * its own folder, port and caches, nothing else of its own.
 */
export async function startProductionServer(
  env: Record<string, string> = {},
  // By default the server is ready when the API lists the seeded partnerships; a test that must not
  // touch the API before its own requests (the API starts Payload's job queue) asks for a page.
  ready: (url: string) => Promise<boolean> = async (url) => {
    const response = await fetch(`${url}/api/partnerships?limit=1&locale=pl`)
    return response.ok && (await response.json()).totalDocs > 0
  },
  { sharing }: { sharing?: RunningServer } = {},
): Promise<RunningServer> {
  await ensureProductionBuild()
  const dir = throwawayDir()
  const project = await whileBuildLocked(() => privateProject(dir))
  const port = await freePort()
  const serverEnv: Record<string, string> = {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: sharing?.env.DATABASE_URI ?? throwawayDatabaseUri(dir),
    MEDIA_DIR: sharing?.env.MEDIA_DIR ?? path.join(dir, 'media'),
    SEED_ON_START: 'true',
    SERVER_URL: `http://127.0.0.1:${port}`,
    // The seed is found from the working folder by default, which is now the private one.
    SEED_DIR: process.env.SEED_DIR || path.join(root, '..', 'shared', 'seed'),
    ...env,
  }
  // The first instance migrated the shared database already.
  if (!sharing) {
    const migrated = payloadCli(['migrate'], serverEnv)
    if (migrated.status !== 0) throw new Error(`migrate failed:\n${migrated.output}`)
  }
  let output = ''
  const url = `http://127.0.0.1:${port}`

  async function launch(): Promise<ChildProcess> {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/next/dist/bin/next'), 'start', project, '-p', String(port), '-H', '127.0.0.1'],
      { cwd: project, env: { ...process.env, ...serverEnv } as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    const deadline = Date.now() + 120_000
    for (;;) {
      if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`)
      try {
        if (await ready(url)) return child
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.kill('SIGTERM')
        throw new Error(`the server did not become ready:\n${output}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  const exited = (process: ChildProcess) =>
    new Promise((resolve) =>
      process.exitCode !== null || process.signalCode !== null ? resolve(null) : process.once('exit', resolve),
    )

  let child = await launch()
  return {
    url,
    dir,
    env: serverEnv,
    log: () => output,
    kill: async (signal) => {
      child.kill(signal)
      await exited(child)
    },
    restart: async () => {
      child = await launch()
    },
    stop: async () => {
      child.kill('SIGTERM')
      await exited(child)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
