import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')

/** Runs Payload's CLI as `npm run payload` does (see the README on --conditions) with `env` added. */
export function payloadCli(args: string[], env: Record<string, string | undefined>) {
  const bin = path.join(root, 'node_modules/payload/bin.js')
  const condition = env.NODE_ENV === 'production' ? 'production' : 'development'
  const result = spawnSync(process.execPath, [`--conditions=${condition}`, bin, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

/** `payloadCli` without blocking this process, so that the suite's own Payload keeps working meanwhile. */
export function payloadCliAsync(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ status: number | null; output: string }> {
  const bin = path.join(root, 'node_modules/payload/bin.js')
  const condition = env.NODE_ENV === 'production' ? 'production' : 'development'
  const child = spawn(process.execPath, [`--conditions=${condition}`, bin, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })))
}
