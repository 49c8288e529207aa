/**
 * Starts Payload with its job queue when the Node server starts, so scheduled publications happen
 * even if nobody opens the admin or the API after a restart (those would start it too).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
