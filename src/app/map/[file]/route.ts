import { outlinesSvg } from '@/site/components/PartnerMap/outlines'
import { notFoundResponse } from '@/site/notFoundResponse'

/**
 * `/map/<framing>.svg`: the country outlines behind a partner map. The name says everything the
 * image depends on (atlas version, viewport, projection), so it never changes and may be kept
 * for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const svg = file.endsWith('.svg') ? outlinesSvg(file.slice(0, -'.svg'.length)) : null
  if (!svg) return notFoundResponse()
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
      // Opened on its own it is a document: nothing in it may load or run.
      'Content-Security-Policy': "default-src 'none'",
    },
  })
}
