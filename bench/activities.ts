// Issue 16: the cooperation record at scale. The seed holds no activities, so the benchmark adds a
// few synthetic ones at 12 cities (a list page and some on every city page to compare against) and
// 50,000 at 10,000 cities; the activities list and a city page stay within 2× of their 12-city figures.

export const ACTIVITIES_AT_BASE = 60
export const activitiesAtScale = (cities: number) => (cities >= 10_000 ? 50_000 : ACTIVITIES_AT_BASE)

export const ACTIVITIES_TARGET = { label: 'activities list', path: '/pl/activities', file: 'activities.html' }

type Figures = { label: string; coldMs: number; next: { rps: number; p99: number; skipped?: boolean } }
type Scale = { cities: number; activities: number; targets: Figures[] }
type Row = (name: string, value: string | number, target?: string, met?: boolean) => void

/** Each page at the largest scale beside its figures at 12 cities: the first render and under load. */
export function issue16Summary(scales: Scale[], row: Row) {
  const [base] = scales
  const largest = scales.at(-1)
  if (!base || !largest || largest === base) return
  row(`Issue 16: ${largest.cities} cities and ${largest.activities} activities vs 12 cities and ${base.activities}`, '')
  for (const label of [ACTIVITIES_TARGET.label, 'city page']) {
    const before = base.targets.find((target) => target.label === label)
    const after = largest.targets.find((target) => target.label === label)
    if (!before || !after) continue
    // Under 50 ms a render is noise-bound: twice a few milliseconds says nothing about scale.
    const coldLimit = 2 * Math.max(before.coldMs, 50)
    row(
      `  ${label}: first request after a change ms (12 cities)`,
      `${after.coldMs} (${before.coldMs})`,
      `≤ ${coldLimit}`,
      after.coldMs <= coldLimit,
    )
    if (after.next.skipped) continue
    row(
      `  ${label}: next start req/s, p99 ms (12 cities)`,
      `${after.next.rps}, ${after.next.p99} (${before.next.rps}, ${before.next.p99})`,
      'within 2×',
      after.next.rps * 2 >= before.next.rps && after.next.p99 <= 2 * Math.max(before.next.p99, 1),
    )
  }
}
