import { createTranslator } from 'next-intl'

import de from '@/i18n/messages/de.json'
import en from '@/i18n/messages/en.json'
import fr from '@/i18n/messages/fr.json'
import he from '@/i18n/messages/he.json'
import pl from '@/i18n/messages/pl.json'
import uk from '@/i18n/messages/uk.json'

/** Every language's messages, for code that runs outside an App Router request (the readers' pages). */
export const messages: Record<string, typeof pl> = { pl, en, de, fr, uk, he }

export const translator = (locale: string) => createTranslator({ locale, messages: messages[locale] })

export type Translator = ReturnType<typeof translator>
