import { createHash, randomUUID } from 'node:crypto'
import { unstable_cache } from 'next/cache'

import { cacheTag } from '@/cache/tags'
import type { OpenDataFormat } from '@/publicPaths'
import { serializers } from '@/site/data/openData/formats'
import { loadRecords } from '@/site/data/openData/records'

type OpenDataFileBody = { body: string; etag: string }

const tags = [cacheTag('partnerships'), cacheTag('friendly-cities')]

/**
 * A token that changes whenever the revalidation hooks expire these tags (a publish, an edit, a
 * deletion). Next's data cache holds only this token: it refuses entries over 2 MB, which the
 * GeoJSON passes at a few thousand cities, so the files themselves could not live there.
 */
const generation = unstable_cache(async () => randomUUID(), ['open-data-generation'], { tags })

type Build = {
  generation: string
  dataset: ReturnType<typeof loadRecords>
  files: Map<OpenDataFormat, Promise<OpenDataFileBody>>
}
let current: Build | undefined

/**
 * The dataset of the current generation, read from the database once however many requests ask
 * (after a publish a hundred harvesters would otherwise each read 10,000 cities).
 */
async function currentBuild(): Promise<Build> {
  const token = await generation()
  if (current?.generation !== token) {
    const dataset = loadRecords()
    const build: Build = { generation: token, dataset, files: new Map() }
    current = build
    // A failed read is not kept: the next request tries again.
    dataset.catch(() => {
      if (current === build) current = undefined
    })
  }
  return current!
}

/** One file of the dataset, built once per change and kept in memory until the next one. */
export async function getOpenDataFile(format: OpenDataFormat): Promise<OpenDataFileBody> {
  const build = await currentBuild()
  let file = build.files.get(format)
  if (!file) {
    file = build.dataset.then(({ records }) => {
      const body = serializers[format](records)
      return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` }
    })
    build.files.set(format, file)
  }
  return file
}

/** What the open-data page says about the dataset. */
export async function getOpenDataSummary(): Promise<{ count: number; modified: string | null }> {
  const { records, modified } = await (await currentBuild()).dataset
  return { count: records.length, modified }
}
