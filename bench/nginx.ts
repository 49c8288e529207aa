import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../tests/helpers/server'

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate))

export const nginxAvailable = (): boolean => Boolean(NGINX)

export type Front = { url: string; stop: () => Promise<void> }

/** Runs deploy/nginx.conf (the documented production front) in front of `upstream`. */
export async function startNginx(upstream: string): Promise<Front> {
  const template = fs.readFileSync(path.join(import.meta.dirname, '..', 'deploy', 'nginx.conf'), 'utf8')
  return runNginx((port, dir) =>
    template
      .replaceAll('${LISTEN}', `127.0.0.1:${port}`)
      .replaceAll('${UPSTREAM}', upstream)
      .replaceAll('${RUN_DIR}', dir),
  )
}

/**
 * The limit of this machine: nginx serving files from `root` as fast as it can (the same worker
 * settings as the production front, keep-alive, no logging).
 */
export async function startStaticNginx(root: string): Promise<Front> {
  return runNginx(
    (port, dir) => `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  types { text/html html; application/json json; application/geo+json geojson; }
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  open_file_cache max=100;
  server { listen 127.0.0.1:${port}; root ${root}; }
}
`,
  )
}

async function runNginx(config: (port: number, dir: string) => string): Promise<Front> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install -y nginx)')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'miasta-nginx-'))
  // nginx's workers run as an unprivileged user (www-data) and write the cache and temp files here.
  fs.chmodSync(dir, 0o777)
  const port = await freePort()
  fs.writeFileSync(path.join(dir, 'nginx.conf'), config(port, dir))
  const child: ChildProcess = spawn(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], {
    stdio: 'inherit',
  })
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
