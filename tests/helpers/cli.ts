import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')

/** Runs the Payload CLI as `npm run payload` does, in a child process with `env` added. */
export function payloadCli(args: string[], env: Record<string, string | undefined>) {
  const bin = path.join(root, 'node_modules/payload/bin.js')
  const result = spawnSync(process.execPath, ['--import', 'tsx', bin, '--disable-transpile', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}
