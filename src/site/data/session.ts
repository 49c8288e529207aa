import { payloadInstance } from '@/site/data/payload'

/** Whether the request carries the session of someone signed in to the admin. */
export async function isSignedIn(headers: Headers): Promise<boolean> {
  const { user } = await (await payloadInstance()).auth({ headers })
  return !!user
}
