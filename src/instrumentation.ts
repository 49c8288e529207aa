/**
 * Starts Payload with its job queue when the Node server starts, so scheduled publications happen
 * even if nobody opens the admin or the API after a restart (those would start it too). Jobs a
 * killed server had claimed are freed first (src/database/strandedJobs.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { releaseStrandedJobs }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/database/strandedJobs'),
  ])
  if (process.env.JOBS_AUTORUN !== 'false') await releaseStrandedJobs(await getPayload({ config }))
  await getPayload({ config, cron: true })
}
