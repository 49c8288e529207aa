import { ActivityView } from '@/site/views/activity/ActivityView'
import { loadActivity } from '@/site/views/activity/load'
import { previewPage } from '@/site/views/previewPage'

const { generateMetadata, Page } = previewPage(loadActivity, ActivityView)

export { generateMetadata }
export default Page
