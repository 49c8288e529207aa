export { getOpenDataSummary } from '@/site/data/openData/build'
export { openDataFields } from '@/site/data/openData/fields'
export { openDataMediaTypes } from '@/site/data/openData/formats'
export { openDataResponse } from '@/site/data/openData/response'
