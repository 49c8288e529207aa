import type { Payload } from 'payload'

const processStartedAt = new Date(Date.now() - process.uptime() * 1000)

/**
 * Payload claims a job (`processing: true`) in one commit and finishes it in another, and never
 * runs a claimed job again (payloadcms/payload#17645): a server killed in between leaves a
 * scheduled publication that never happens. The instance running the queue (JOBS_AUTORUN) frees
 * the jobs claimed before this process started; its own claims are newer, so a queue already
 * started by a request keeps its jobs.
 */
export async function releaseStrandedJobs(payload: Payload): Promise<void> {
  try {
    const { docs } = await payload.update({
      collection: 'payload-jobs',
      where: {
        and: [
          { processing: { equals: true } },
          { completedAt: { exists: false } },
          { updatedAt: { less_than: processStartedAt.toISOString() } },
        ],
      },
      data: { processing: false },
      overrideAccess: true,
      depth: 0,
    })
    if (docs.length > 0) payload.logger.warn(`Released ${docs.length} job(s) claimed by a server that stopped`)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Releasing jobs claimed by a stopped server failed' })
  }
}
