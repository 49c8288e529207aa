import { describe, expect, it } from 'vitest'

import { cached, readPage } from '@/site/data/cached'

// A readers' page's load (src/site/data/cached.ts): the page is cached under the tags of what it
// read, and a read its parts ask for twice (the activities list's commitments) is done once.
describe('a page’s reads', () => {
  it('are done once per key within a page, each one’s tags recorded, and again for the next page', async () => {
    const loads: boolean[] = []
    const load = async (draft: boolean) => {
      loads.push(draft)
      return { read: loads.length }
    }
    const { data, tags } = await readPage(false, async () => {
      const [first, again] = await Promise.all([
        cached(['commitments'], ['pl', '{}'], load),
        cached(['commitments'], ['pl', '{}'], load),
      ])
      const other = await cached(['activities'], ['pl', '{}'], load)
      return { first, again, other }
    })
    expect(loads).toEqual([false, false])
    expect(data.again).toBe(data.first)
    expect(data.other).not.toBe(data.first)
    expect(tags).toEqual(['payload:activities', 'payload:commitments'])

    const preview = await readPage(true, () => cached(['commitments'], ['pl', '{}'], load))
    expect(loads).toEqual([false, false, true])
    expect(preview.data).toEqual({ read: 3 })
  })
})
