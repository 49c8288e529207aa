import { HistoryView } from '@/site/views/history/HistoryView'
import { loadHistory } from '@/site/views/history/load'
import { previewPage } from '@/site/views/previewPage'

const { generateMetadata, Page } = previewPage(loadHistory, HistoryView)

export { generateMetadata }
export default Page
