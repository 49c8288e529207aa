import autocannon from 'autocannon'

/** A reader's browser waits far longer than autocannon's default 10 s; 30 s is counted as failed. */
export const TIMEOUT_SECONDS = 30

export type LoadFigures = {
  requests: number
  rps: number
  p50: number
  p99: number
  errors: number
  timeouts: number
  non2xx: number
  /** Mean response size (headers and body): shows what was really served, e.g. a 5 MB file or not. */
  bytesPerResponse: number
  /** Not measured (see bench/run.ts). */
  skipped?: boolean
}

/** `connections` clients requesting `paths` in turn for `seconds`, as fast as answers come. */
export async function load(url: string, paths: string[], connections: number, seconds: number): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: TIMEOUT_SECONDS,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  })
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon counts timeouts among the errors.
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
  }
}
