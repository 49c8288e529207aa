/**
 * Publish-to-visible: from sending a publish through REST until `readUrl` + `path` shows it, polled
 * every 20 ms as a reader pressing reload would, `times` times; median and worst in ms.
 * `warmFirst` reads the page before each publish, so that `readUrl` has it cached (another instance
 * would otherwise render its first copy fresh and look up to date). With `giveUpMs` a publish not
 * visible by then counts as missed (its sample is `giveUpMs`) instead of failing the run.
 */
export async function publishToVisible({
  apiUrl,
  readUrl,
  token,
  id,
  path,
  times = 10,
  warmFirst = false,
  giveUpMs,
}: {
  apiUrl: string
  readUrl: string
  token: string
  id: string | number
  path: string
  times?: number
  warmFirst?: boolean
  giveUpMs?: number
}): Promise<{ median: number; worst: number; samples: number[]; missed: number }> {
  const samples: number[] = []
  let missed = 0
  for (let round = 0; round < times; round++) {
    const marker = `Pomiar publikacji ${Date.now()}-${round}`
    if (warmFirst) await (await fetch(`${readUrl}${path}`)).text()
    const start = performance.now()
    const response = await fetch(`${apiUrl}/api/partnerships/${id}?locale=pl`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ summary: marker, _status: 'published' }),
    })
    if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`)
    let visible = false
    for (;;) {
      if ((await (await fetch(`${readUrl}${path}`)).text()).includes(marker)) {
        visible = true
        break
      }
      if (giveUpMs !== undefined && performance.now() - start > giveUpMs) break
      if (performance.now() - start > 30_000) throw new Error(`${marker} not visible at ${readUrl}${path} after 30 s`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    if (!visible) missed++
    samples.push(visible ? Math.round(performance.now() - start) : giveUpMs!)
    // Readers come back a little later, not in the same millisecond.
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = sorted.length / 2
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : Math.round((sorted[middle - 1] + sorted[middle]) / 2)
  return { median, worst: sorted.at(-1)!, samples, missed }
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login failed: ${response.status}`)
  return (await response.json()).token
}
