import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { freePort } from '../tests/helpers/server'

import type { Front } from './nginx'

const types: Record<string, string> = {
  '.html': 'text/html',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
}

/** Where nginx is absent: the same files from memory by Node's http server (a lower limit than nginx's). */
export async function startNodeStatic(root: string): Promise<Front> {
  const files = new Map(
    fs
      .readdirSync(root)
      .map((name) => [`/${name}`, { body: fs.readFileSync(path.join(root, name)), type: types[path.extname(name)] }]),
  )
  const server = http.createServer((request, response) => {
    const file = files.get(request.url ?? '')
    if (!file) return response.writeHead(404).end()
    response
      .writeHead(200, { 'Content-Type': file.type ?? 'application/octet-stream', 'Content-Length': file.body.length })
      .end(file.body)
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}
