import { openDataResponse } from '@/site/data/openData'

// Built from the tagged data cache on request, so that `next build` needs no database.
export const dynamic = 'force-dynamic'

export const GET = (request: Request) => openDataResponse(request, 'geojson')
