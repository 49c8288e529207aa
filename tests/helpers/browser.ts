import fs from 'node:fs'
import path from 'node:path'

import { type Browser, chromium } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
/** The flags this network-less machine needs; bench/lighthouse.ts starts Chromium with them too. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
export const screenshotDir = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots')

/** Debian's Chromium, with the flags this network-less machine needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  }
  fs.mkdirSync(screenshotDir, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  })
}
