import { openDataResponse } from '@/site/data/openDataResponse'

// Built from the tagged data cache on request, so that `next build` needs no database.
export const dynamic = 'force-dynamic'

export const GET = (request: Request) => openDataResponse(request, 'geojson')
