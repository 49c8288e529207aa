import type { Payload } from 'payload'

import { say } from './sqliteFiles'

const KINDS = ['official-visit', 'exchange', 'cultural-event', 'project', 'agreement', 'other'] as const
/** Creates a transaction holds: one commit (one sync to disk) per batch instead of per activity. */
const BATCH = 500

/**
 * Adds published activities named `Syntetyczne działanie N` until there are `wanted`, spread over
 * every partnership (round robin, so each city page lists some) and the commitments, dated in the
 * past. Without the publish hooks' cache expiry, like the cities: the caller expires the tags once.
 */
export async function addSyntheticActivities(payload: Payload, wanted: number, next: () => number): Promise<void> {
  const [{ totalDocs: existing }, cities, areas] = await Promise.all([
    payload.count({ collection: 'activities', where: { slug: { like: 'syntetyczne-dzialanie-' } } }),
    payload.find({ collection: 'partnerships', select: {}, depth: 0, pagination: false, sort: 'id' }),
    payload.find({ collection: 'commitments', select: {}, depth: 0, pagination: false, sort: 'id' }),
  ])
  if (!cities.docs.length) throw new Error('Synthetic activities need partner cities')
  const cityIds = cities.docs.map((doc) => doc.id)
  const areaIds = areas.docs.map((doc) => doc.id)
  const now = Date.now()
  const started = Date.now()
  const create = (index: number, transactionID: number | string | undefined) => {
    const number = String(index).padStart(6, '0')
    const city = cityIds[index % cityIds.length]
    const other = cityIds[Math.floor(next() * cityIds.length)]
    // Within the last 30 years, at noon UTC as the admin's day-only dates are stored.
    const day = new Date(now - (1 + Math.floor(next() * 365 * 30)) * 86_400_000)
    day.setUTCHours(12, 0, 0, 0)
    const at = new Date().toISOString()
    // Straight to the database adapter: Payload's create validates every relationship with a query
    // and writes a version beside each document (50,000 took a quarter of an hour). Readers read
    // only the documents, so the benchmark measures what they do; the admin shows no history.
    return payload.db.create({
      collection: 'activities',
      req: { transactionID },
      data: {
        title: { pl: `Syntetyczne działanie ${number}` },
        slug: `syntetyczne-dzialanie-${number}`,
        summary: { pl: `Działanie syntetyczne nr ${index} do pomiarów wydajności.` },
        date: day.toISOString(),
        datePrecision: 'day',
        kind: KINDS[index % KINDS.length],
        cities: [...new Set([city, ...(next() < 0.2 ? [other] : [])])].map((value) => ({
          relationTo: 'partnerships',
          value,
        })),
        areas: areaIds.length ? [areaIds[index % areaIds.length]] : [],
        _status: 'published',
        createdAt: at,
        updatedAt: at,
      },
    })
  }
  for (let first = existing + 1; first <= wanted; first += BATCH) {
    const last = Math.min(wanted, first + BATCH - 1)
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    for (let index = first; index <= last; index++) await create(index, transactionID)
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    if (Math.floor(last / 5000) > Math.floor((first - 1) / 5000)) {
      await say(`${last} activities (${Math.round((Date.now() - started) / 1000)} s)`)
    }
  }
  await say(`${wanted} synthetic activities`)
}
