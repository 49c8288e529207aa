import type { RunningServer } from './server'

export type Page = { status: number; html: string }
/** A page of one instance and what it must show once a change has reached it. */
export type Expectation = { server: RunningServer; name: string; path: string; shows: (page: Page) => boolean }
/** When the page first showed it, in ms after `since`; null when it never did before giving up. */
export type Arrival = { name: string; path: string; ms: number | null; stays: boolean }

export const read = async (server: RunningServer, path: string): Promise<Page> => {
  const response = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}

/** Each page read twice, so that every instance has it cached (rendered and stored) before a change. */
export async function warm(expectations: Expectation[]): Promise<void> {
  for (const { server, path } of expectations) {
    await read(server, path)
    await read(server, path)
  }
}

/**
 * Polls every page every `intervalMs` (as readers pressing reload would) until it shows what it
 * must, and records when, counted from `since` (performance.now() at the write's response). Past
 * `giveUpMs` it stops: longer than the target, to tell a late change from one that never comes.
 * Once all have arrived each page is read once more: a change must not come and go again (an
 * instance serving a stale copy after a fresh one).
 */
export async function arrivals(
  expectations: Expectation[],
  since: number,
  { giveUpMs = 5000, intervalMs = 50 } = {},
): Promise<Arrival[]> {
  const times = await Promise.all(
    expectations.map(async ({ server, path, shows }) => {
      for (;;) {
        const page = await read(server, path)
        const ms = Math.round(performance.now() - since)
        if (shows(page)) return ms
        if (ms > giveUpMs) return null
        await new Promise((resolve) => setTimeout(resolve, intervalMs))
      }
    }),
  )
  return Promise.all(
    expectations.map(async ({ server, name, path, shows }, index) => ({
      name,
      path,
      ms: times[index],
      stays: times[index] === null || shows(await read(server, path)),
    })),
  )
}
