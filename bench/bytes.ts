/**
 * Bytes a reader's browser downloads for a page before it can run: the HTML and its first-load
 * JavaScript, each gzipped on its own (as `next start` sends them), JavaScript split into ours and
 * the framework's.
 */
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const buildDir = path.resolve(import.meta.dirname, '..', '.next')

type ClientModule = { id: string | number; chunks: string[] }
type Manifest = { clientModules: Record<string, ClientModule> }

/**
 * The client modules of ours (paths outside node_modules) with the chunks Next lists for them.
 *
 * Turbopack's production chunks carry neither module paths nor browser source maps, so the build's
 * client reference manifests (.next/server/app/**\/*_client-reference-manifest.js) are what ties a
 * client module's path ("[project]/src/site/components/LivePreviewListener.tsx") to its id and chunks. Our
 * code reaches the browser only through such a 'use client' module (or what it imports, which
 * Turbopack bundles into the same chunk), so every module of ours in the browser starts there.
 */
function ourClientModules(): Map<string, { id: string; chunks: Set<string> }> {
  const manifests: Record<string, Manifest> = {}
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(file)
      else if (entry.name.endsWith('_client-reference-manifest.js')) {
        // Each is a script that assigns globalThis.__RSC_MANIFEST[route]; run it against a private object.
        const source = fs.readFileSync(file, 'utf8')
        const holder: { __RSC_MANIFEST?: Record<string, Manifest> } = { __RSC_MANIFEST: manifests }
        new Function('globalThis', 'self', source)(holder, holder)
      }
    }
  }
  const appDir = path.join(buildDir, 'server', 'app')
  if (!fs.existsSync(appDir)) throw new Error(`No production build at ${buildDir}: run next build first`)
  visit(appDir)
  const ours = new Map<string, { id: string; chunks: Set<string> }>()
  for (const manifest of Object.values(manifests)) {
    for (const [modulePath, module] of Object.entries(manifest.clientModules)) {
      if (modulePath.includes('/node_modules/') || modulePath.includes('[externals]')) continue
      const known = ours.get(modulePath) ?? { id: String(module.id), chunks: new Set<string>() }
      for (const chunk of module.chunks) known.chunks.add(chunk)
      ours.set(modulePath, known)
    }
  }
  return ours
}

/**
 * Whether a chunk holds the factory of module `id`. A client module's chunk list also names the
 * chunks its dependencies were split into (React, next-intl…); only the chunk that defines the
 * module, `…,187354,e=>{…` in Turbopack's push([script, id, factory, id, factory…]), has our code.
 */
function definesModule(chunk: string, id: string): boolean {
  return new RegExp(
    `[,\\[]\\s*${id.replace(/[^\w]/g, '\\$&')}\\s*,\\s*(?:\\(|function\\b|async\\b|[\\w$]+\\s*=>)`,
  ).test(chunk)
}

function attribute(tag: string, name: string): string | undefined {
  const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
  const value = match?.[1] ?? match?.[2] ?? match?.[3]
  return value?.replace(/&amp;/g, '&')
}

/**
 * First-load scripts: every <script src> and <link rel="preload" as="script">, once each. A nomodule
 * script (Next's polyfills) is left out: browsers that run modules neither download nor run it.
 */
function firstLoadScripts(html: string, pageUrl: string): string[] {
  const urls = new Set<string>()
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src')
    if (src && !/\snomodule\b/i.test(tag)) urls.add(new URL(src, pageUrl).href)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href')
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? []
    if (
      href &&
      attribute(tag, 'as')?.toLowerCase() === 'script' &&
      (rel.includes('preload') || rel.includes('modulepreload'))
    ) {
      urls.add(new URL(href, pageUrl).href)
    }
  }
  return [...urls]
}

/**
 * Every script a reader's browser gets (issue 14: 0 bytes): each `<script src>` (nomodule too) and
 * script preload, and the text of each inline script. JSON-LD is data, not script, and is left out.
 */
function everyScript(html: string, pageUrl: string): { urls: string[]; inline: string[] } {
  const urls = new Set(firstLoadScripts(html, pageUrl))
  const inline: string[] = []
  for (const [, tag, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    if (attribute(tag, 'type')?.toLowerCase() === 'application/ld+json') continue
    const src = attribute(tag, 'src')
    if (src) urls.add(new URL(src, pageUrl).href)
    else if (body.trim()) inline.push(body)
  }
  return { urls: [...urls], inline }
}

async function download(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'follow' })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  return response.text()
}

const gzipped = (text: string) => gzipSync(Buffer.from(text)).length

export type PageBytes = {
  label: string
  path: string
  htmlGzip: number
  jsGzip: number
  ourJsGzip: number
  frameworkJsGzip: number
  ourChunks: string[]
  /** Every script element's bytes, each gzipped: inline ones and nomodule included (everyScript). */
  everyScriptGzip: number
}

export async function pageBytes(baseUrl: string, pages: { label: string; path: string }[]): Promise<PageBytes[]> {
  const ours = ourClientModules()
  const chunkSizes = new Map<string, { gzip: number; ours: boolean }>()
  const results: PageBytes[] = []
  for (const page of pages) {
    const pageUrl = new URL(page.path, baseUrl).href
    const html = await download(pageUrl)
    let jsGzip = 0
    let ourJsGzip = 0
    const ourChunks: string[] = []
    for (const url of firstLoadScripts(html, pageUrl)) {
      const chunkPath = new URL(url).pathname
      let chunk = chunkSizes.get(chunkPath)
      if (!chunk) {
        // Chunk names are content hashes: one missing from .next means the server runs another build.
        const onDisk =
          chunkPath.startsWith('/_next/static/') &&
          path.join(buildDir, 'static', chunkPath.slice('/_next/static/'.length))
        if (onDisk && !fs.existsSync(onDisk))
          throw new Error(`${chunkPath} is not in ${buildDir}: the server runs another build`)
        const text = await download(url)
        const isOurs = [...ours.values()].some(
          (module) => module.chunks.has(chunkPath) && definesModule(text, module.id),
        )
        chunk = { gzip: gzipped(text), ours: isOurs }
        chunkSizes.set(chunkPath, chunk)
      }
      jsGzip += chunk.gzip
      if (chunk.ours) {
        ourJsGzip += chunk.gzip
        ourChunks.push(chunkPath)
      }
    }
    const every = everyScript(html, pageUrl)
    let everyScriptGzip = every.inline.reduce((sum, body) => sum + gzipped(body), 0)
    for (const url of every.urls) {
      const chunkPath = new URL(url).pathname
      everyScriptGzip += chunkSizes.get(chunkPath)?.gzip ?? gzipped(await download(url))
    }
    results.push({
      ...page,
      everyScriptGzip,
      htmlGzip: gzipped(html),
      jsGzip,
      ourJsGzip,
      frameworkJsGzip: jsGzip - ourJsGzip,
      ourChunks,
    })
  }
  return results
}
