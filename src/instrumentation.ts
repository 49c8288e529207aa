/**
 * Starts Payload with its job queue when the Node server starts, so scheduled publications happen
 * even if nobody opens the admin or the API after a restart (those would start it too). Jobs a
 * killed server had claimed are freed first (src/database/strandedJobs.ts). From then on this
 * instance follows the cache expiries the others write (src/cache/followExpiries.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { releaseStrandedJobs }, { followExpiries }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/database/strandedJobs'),
    import('@/cache/followExpiries'),
  ])
  if (process.env.JOBS_AUTORUN !== 'false') await releaseStrandedJobs(await getPayload({ config }))
  followExpiries(await getPayload({ config, cron: true }))
}
