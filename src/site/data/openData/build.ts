import { createHash, randomUUID } from 'node:crypto'
import { unstable_cache } from 'next/cache'

import { cacheTag } from '@/cache/tags'
import type { OpenDataFormat } from '@/publicPaths'
import { serializers } from '@/site/data/openData/formats'
import { loadRecords } from '@/site/data/openData/records'

export type OpenDataFileBody = { body: string; etag: string }
type Loaded<R> = { records: R[]; modified: string | null }

/**
 * A dataset published as files: read from the database once per change, each file serialized once
 * and kept in memory until the next change. Next's data cache holds only a token under the tags the
 * publish hooks expire: it refuses entries over 2 MB, which the GeoJSON passes at a few thousand
 * cities, so the files themselves could not live there.
 */
export function openDataset<R, F extends string>({
  name,
  collections,
  load,
  serialize,
}: {
  name: string
  collections: string[]
  load: () => Promise<Loaded<R>>
  serialize: Record<F, (records: R[]) => string>
}) {
  const generation = unstable_cache(async () => randomUUID(), ['open-data-generation', name], {
    tags: collections.map(cacheTag),
  })
  type Build = { generation: string; dataset: Promise<Loaded<R>>; files: Map<F, Promise<OpenDataFileBody>> }
  let current: Build | undefined

  // Read once however many requests ask: after a publish a hundred harvesters would otherwise each
  // read 10,000 cities.
  async function currentBuild(): Promise<Build> {
    const token = await generation()
    if (current?.generation !== token) {
      const build: Build = { generation: token, dataset: load(), files: new Map() }
      current = build
      // A failed read is not kept: the next request tries again.
      build.dataset.catch(() => {
        if (current === build) current = undefined
      })
    }
    return current!
  }

  return {
    /** One file of the dataset, with a strong ETag of its bytes. */
    async file(format: F): Promise<OpenDataFileBody> {
      const build = await currentBuild()
      let file = build.files.get(format)
      if (!file) {
        file = build.dataset.then(({ records }) => {
          const body = serialize[format](records)
          return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` }
        })
        build.files.set(format, file)
      }
      return file
    },
    /** What the open-data page says about the dataset. */
    async summary(): Promise<{ count: number; modified: string | null }> {
      const { records, modified } = await (await currentBuild()).dataset
      return { count: records.length, modified }
    },
  }
}

const twinCities = openDataset<Awaited<ReturnType<typeof loadRecords>>['records'][number], OpenDataFormat>({
  name: 'twin-cities',
  collections: ['partnerships', 'friendly-cities'],
  load: loadRecords,
  serialize: serializers,
})

export const getOpenDataFile = (format: OpenDataFormat) => twinCities.file(format)
export const getOpenDataSummary = () => twinCities.summary()
