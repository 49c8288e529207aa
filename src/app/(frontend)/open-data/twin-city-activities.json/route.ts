import { activitiesDataResponse } from '@/site/data/openData/activities'

// Built from the tagged data cache on request, so that `next build` needs no database.
export const dynamic = 'force-dynamic'

export const GET = (request: Request) => activitiesDataResponse(request, 'json')
