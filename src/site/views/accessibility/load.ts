import { translator } from '@/i18n/messages'
import type { AccessibilityStatement } from '@/payload-types'
import { accessibilityPath } from '@/publicPaths'
import { getAccessibilityStatement } from '@/site/data/globals'
import type { Localized } from '@/site/data/localized'
import { pageHead } from '@/site/head'
import type { Load } from '@/site/views/page'

export type AccessibilityData = { statement: Localized<AccessibilityStatement> }

/** `/{locale}/accessibility`. */
export const loadAccessibility: Load<AccessibilityData> = async (locale) => {
  const statement = await getAccessibilityStatement(locale)
  const t = translator(locale)
  return { locale, statement, head: pageHead(t, { locale, path: accessibilityPath, title: t('accessibility.title') }) }
}
