import fc from 'fast-check'
import { expect } from 'vitest'

import type { RestResponse } from './rest'

/**
 * What every fuzz suite shares: the seed, a seeded choice, the tally printed at the end, and the
 * one rule every answer follows: below 500, and a refusal says what was wrong.
 */

// A fixed seed keeps CI reproducible; FUZZ_SEED=random (or a number) explores further.
const fuzzSeed = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261125)
fc.configureGlobal({ seed: fuzzSeed })

/** A seeded stream of numbers in [0, 1) (mulberry32), so a run's choices repeat with its seed. */
export function seeded(seed = fuzzSeed): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]

/** Samples of an arbitrary, the same for a given seed. */
export const samples = <T>(arbitrary: fc.Arbitrary<T>, count: number, salt = 0): T[] =>
  fc.sample(arbitrary, { seed: fuzzSeed + salt, numRuns: count })

const tally = { sent: 0, started: Date.now(), byClass: new Map<string, number>() }

/** Prints how many requests a suite sent, per class of case, and how long they took. */
export function fuzzReport(suite: string): string {
  const classes = [...tally.byClass].map(([name, count]) => `${name} ${count}`).join(', ')
  const seconds = ((Date.now() - tally.started) / 1000).toFixed(1)
  return `fuzz ${suite}: ${tally.sent} requests in ${seconds} s, seed ${fuzzSeed} (${classes})`
}

/** Every string an error answer uses to say what it is about: messages, fields, paths. */
export function namedInAnswer(body: any): string[] {
  const errors: any[] = Array.isArray(body?.errors) ? body.errors : body ? [body] : []
  return errors.flatMap((error) => {
    const inner: any[] = [
      ...(error?.data?.errors ?? []),
      ...(error?.extensions?.data?.errors ?? []),
      ...(error?.extensions?.errors ?? []),
    ]
    return [error?.message, error?.field, error?.path, ...inner.flatMap((e) => [e?.path, e?.field, e?.message])]
      .flat()
      .filter((value): value is string => typeof value === 'string' && value.length > 0)
  })
}

/** Whether the answer names `path` or something inside it (an error on `roles.0` names `roles`). */
export const names = (body: any, path: string): boolean =>
  namedInAnswer(body).some(
    (named) =>
      named === path || named.startsWith(`${path}.`) || named.includes(`${path}:`) || named.includes(`"${path}"`),
  )

/**
 * The rule for every answer: below 500; a refusal carries a message; a 400 (or 413) names what was
 * wrong: one of `wrong` (field paths, parameters), or what `mentions` matches. 401, 403 and 404 name the asker's
 * standing or the document instead. With `refuse`, a 2xx is wrong too. Returns what broke the rule.
 */
export function problemWith(
  response: RestResponse,
  what: string,
  kind: string,
  { wrong, mentions, refuse = false }: { wrong?: string[]; mentions?: RegExp; refuse?: boolean } = {},
): string | undefined {
  tally.sent++
  tally.byClass.set(kind, (tally.byClass.get(kind) ?? 0) + 1)
  const shown = `${what} → ${response.status} ${JSON.stringify(response.body)?.slice(0, 400)}`
  if (response.status >= 500) return shown
  if (response.status < 400) return refuse ? `accepted: ${shown}` : undefined
  if (namedInAnswer(response.body).length === 0) return `no message: ${shown}`
  if (
    wrong &&
    (response.status === 400 || response.status === 413) &&
    !wrong.some((path) => names(response.body, path))
  )
    return `names none of ${wrong.join(', ')}: ${shown}`
  if (mentions && response.status === 400 && !namedInAnswer(response.body).some((text) => mentions.test(text)))
    return `mentions no ${mentions}: ${shown}`
  return undefined
}

/** Problems gathered over a run, to see them all at once rather than the first alone. */
export class Problems {
  private list: string[] = []
  add(problem: string | undefined): void {
    if (problem) this.list.push(problem)
  }
  expectNone(): void {
    if (this.list.length) console.error(`${this.list.length} problems:\n${this.list.join('\n')}`)
    expect(this.list.length, this.list.slice(0, 20).join('\n')).toBe(0)
  }
}
