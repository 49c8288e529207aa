import type { PageConfig } from 'next'

import { AccessibilityView } from '@/site/views/accessibility/AccessibilityView'
import { loadAccessibility } from '@/site/views/accessibility/load'
import { readerPage } from '@/site/views/readerPage'
import { onDemand, readerProps } from '@/site/views/readerProps'

export const config: PageConfig = { unstable_runtimeJS: false }
export const getStaticPaths = onDemand
export const getStaticProps = readerProps(loadAccessibility)
export default readerPage(AccessibilityView)
