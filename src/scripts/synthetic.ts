import { getPayload, type SanitizedConfig } from 'payload'

import { argumentAfter, say } from './sqliteFiles'
import { addSyntheticActivities } from './syntheticActivities'

/** Countries with a point inside each, so that synthetic cities land on land, near real places. */
const COUNTRIES: [code: string, latitude: number, longitude: number][] = [
  ['DE', 51, 10],
  ['FR', 46.5, 2.5],
  ['IT', 42.8, 12.5],
  ['ES', 40, -3.7],
  ['UA', 49, 31],
  ['LT', 55.3, 23.9],
  ['HU', 47.1, 19.5],
  ['RS', 44, 20.9],
  ['IL', 31.5, 34.9],
  ['HR', 45.1, 15.2],
  ['SI', 46.1, 14.9],
  ['CZ', 49.8, 15.5],
  ['SK', 48.7, 19.7],
  ['AT', 47.5, 14.5],
  ['NL', 52.1, 5.3],
  ['BE', 50.5, 4.5],
  ['PT', 39.6, -8],
  ['SE', 62, 15],
  ['NO', 61, 9],
  ['FI', 63, 26],
  ['DK', 56, 9.5],
  ['GB', 53, -1.5],
  ['IE', 53.2, -8],
  ['US', 39, -98],
  ['CA', 56, -106],
  ['BR', -10, -52],
  ['AR', -35, -64],
  ['JP', 36, 138],
  ['CN', 35, 104],
  ['KR', 36.5, 127.8],
  ['IN', 22, 79],
  ['AU', -25, 134],
  ['ZA', -29, 24],
  ['EG', 26.8, 30.8],
  ['MA', 31.8, -7],
  ['TR', 39, 35],
  ['GR', 39, 22],
  ['RO', 45.9, 25],
  ['BG', 42.7, 25.5],
  ['GE', 42.3, 43.4],
]

/** A fixed-seed generator: the same run always makes the same cities. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const USAGE = 'Usage: npm run payload -- synthetic N [--activities M]'

/**
 * `npm run payload -- synthetic N [--activities M]`: adds published partner cities named
 * `Syntetyczne N` until there are N of them, and with `--activities` synthetic activities until
 * there are M, for the benchmark's scale runs (never on a real database). Seeds pass
 * `disableRevalidate`; the caller expires the caches afterwards.
 */
export const script = async (config: SanitizedConfig): Promise<void> => {
  try {
    const wanted = Number(argumentAfter('synthetic'))
    const activities = process.argv.includes('--activities') ? Number(argumentAfter('--activities')) : 0
    // No cities at all only when adding activities (to the seeded cities).
    const citiesOk = Number.isInteger(wanted) && (wanted >= 1 || (wanted === 0 && activities > 0))
    if (!citiesOk || !Number.isInteger(activities) || activities < 0) {
      throw new Error(USAGE)
    }
    const payload = await getPayload({ config, disableOnInit: true })
    const { totalDocs: existing } = await payload.count({
      collection: 'partnerships',
      where: { slug: { like: 'syntetyczne-' } },
    })
    const next = random(20261125 + existing)
    const started = Date.now()
    for (let index = existing + 1; index <= wanted; index++) {
      const [country, latitude, longitude] = COUNTRIES[index % COUNTRIES.length]
      const number = String(index).padStart(5, '0')
      await payload.create({
        collection: 'partnerships',
        locale: 'pl',
        context: { disableRevalidate: true },
        data: {
          name: `Syntetyczne ${number}`,
          slug: `syntetyczne-${number}`,
          country: country as never,
          agreementDate: new Date(
            Date.UTC(1990 + Math.floor(next() * 35), Math.floor(next() * 12), 1 + Math.floor(next() * 28), 12),
          ).toISOString(),
          status: next() < 0.9 ? 'active' : 'ended',
          summary: `Miasto syntetyczne nr ${index} do pomiarów wydajności.`,
          location: { latitude: latitude + (next() - 0.5) * 3, longitude: longitude + (next() - 0.5) * 3 },
          _status: 'published',
        },
      })
      if (index % 1000 === 0) await say(`${index} cities (${Math.round((Date.now() - started) / 1000)} s)`)
    }
    await say(`${wanted} synthetic partner cities`)
    if (activities) await addSyntheticActivities(payload, activities, next)
    await payload.destroy()
  } catch (error) {
    await say(`Synthetic cities failed: ${error instanceof Error ? error.stack : String(error)}`, process.stderr)
    process.exit(1)
  }
}
