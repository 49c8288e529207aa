import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { errorResponse, malformedResponse } from '@/errors'
import { previewPagePath } from '@/publicPaths'
import { isSignedIn } from '@/site/data/session'

/**
 * Turns on Next's draft mode for a signed-in editor and opens `path`; public pages then read the
 * latest drafts, uncached, for this browser only. Anyone else gets a 403.
 */
export async function GET(request: Request): Promise<Response> {
  if (!(await isSignedIn(request.headers))) return errorResponse(403, 'Sign in to the admin to preview drafts.')
  const path = new URL(request.url).searchParams.get('path') ?? ''
  // Only a path on this site: never an open redirect.
  if (!path.startsWith('/') || path.startsWith('//'))
    return malformedResponse(400, 'path', 'must be a path on this site')
  ;(await draftMode()).enable()
  // Content pages open under the preview layout, which alone loads the live-preview listener.
  redirect(previewPagePath(path) ?? path)
}
