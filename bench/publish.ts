/**
 * Publish-to-visible: from sending a publish through REST until `readUrl` + `path` shows it, polled
 * every 20 ms as a reader pressing reload would, `times` times; median and worst in ms.
 */
export async function publishToVisible({
  apiUrl,
  readUrl,
  token,
  id,
  path,
  times = 10,
}: {
  apiUrl: string
  readUrl: string
  token: string
  id: string | number
  path: string
  times?: number
}): Promise<{ median: number; worst: number; samples: number[] }> {
  const samples: number[] = []
  for (let round = 0; round < times; round++) {
    const marker = `Pomiar publikacji ${Date.now()}-${round}`
    const start = performance.now()
    const response = await fetch(`${apiUrl}/api/partnerships/${id}?locale=pl`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ summary: marker, _status: 'published' }),
    })
    if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`)
    for (;;) {
      if ((await (await fetch(`${readUrl}${path}`)).text()).includes(marker)) break
      if (performance.now() - start > 30_000) throw new Error(`${marker} not visible at ${readUrl}${path} after 30 s`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    samples.push(Math.round(performance.now() - start))
    // Readers come back a little later, not in the same millisecond.
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = sorted.length / 2
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : Math.round((sorted[middle - 1] + sorted[middle]) / 2)
  return { median, worst: sorted.at(-1)!, samples }
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
