import fs from 'node:fs'

import { getPayload, type SanitizedConfig } from 'payload'

import { exportAll } from '@/scripts/exportAll'

import { argumentAfter, say } from './sqliteFiles'

/** `npm run payload -- export FILE`: every document, locale and version as JSON (for checks). */
export const script = async (config: SanitizedConfig): Promise<void> => {
  try {
    const file = argumentAfter('export')
    if (!file) throw new Error('Usage: npm run payload -- export FILE')
    const payload = await getPayload({ config, disableOnInit: true })
    fs.writeFileSync(file, JSON.stringify(await exportAll(payload)))
    await payload.destroy()
    await say(`Exported to ${file}`)
  } catch (error) {
    await say(`Export failed: ${error instanceof Error ? error.stack : String(error)}`, process.stderr)
    process.exit(1)
  }
}
