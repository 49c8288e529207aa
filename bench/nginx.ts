import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../tests/helpers/server'

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate))

export const nginxAvailable = (): boolean => Boolean(NGINX)

/** Runs deploy/nginx.conf (the documented production front) in front of `upstream`. */
export async function startNginx(upstream: string): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install -y nginx)')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'miasta-nginx-'))
  // nginx's workers run as an unprivileged user (www-data) and write the cache and temp files here.
  fs.chmodSync(dir, 0o777)
  const port = await freePort()
  const template = fs.readFileSync(path.join(import.meta.dirname, '..', 'deploy', 'nginx.conf'), 'utf8')
  const config = template.replaceAll('${LISTEN}', `127.0.0.1:${port}`).replaceAll('${UPSTREAM}', upstream).replaceAll('${RUN_DIR}', dir)
  fs.writeFileSync(path.join(dir, 'nginx.conf'), config)
  const child: ChildProcess = spawn(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], { stdio: 'inherit' })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url)
      break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGQUIT')
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
