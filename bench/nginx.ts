import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate))

export const nginxAvailable = (): boolean => Boolean(NGINX)

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

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
