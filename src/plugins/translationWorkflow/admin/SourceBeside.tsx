'use client'
import type { ClientField } from 'payload'
import { useAuth, useForm, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'

import { canTranslate, isTranslatorOnly } from '@/access/roles'
import { defaultLocale } from '@/i18n/locales'

import { SourceDiff } from './SourceDiff'
import { SourceText } from './SourceText'
import { dataPath, isBlank, isRichText, rowIdPaths } from './sourcePaths'
import { useSourceDocument } from './useSourceDocument'
import './source.css'

type Props = { path: string; field: ClientField; readOnly?: boolean }

/** Whether the signed-in user may write the language being edited (translators: their own only). */
export function useMayWrite(): boolean {
  const { user } = useAuth()
  const { code } = useLocale()
  return !isTranslatorOnly(user as never) || canTranslate(user as never, code)
}

/** Copies a Polish value into the form, as typing would: nothing is saved until the user saves. */
export function useCopyIntoForm() {
  const { dispatchFields, setModified } = useForm()
  return (path: string, value: unknown) => {
    const copy = structuredClone(value)
    // Lexical reads its value when it mounts; a new initial value makes it mount again with the copy.
    dispatchFields({ type: 'UPDATE', path, value: copy, ...(isRichText(copy) ? { initialValue: copy } : {}) })
    setModified(true)
  }
}

/**
 * Above a localized field (`admin.components.beforeInput`), in every language but Polish: the
 * current Polish text, read-only and foldable, with what changed in it since this translation was
 * made, and a button that starts the translation from it.
 */
export function SourceBeside({ path, field, readOnly }: Props) {
  const { code: locale } = useLocale()
  const { t, i18n } = useTranslation()
  const source = useSourceDocument()
  const mayWrite = useMayWrite()
  const copy = useCopyIntoForm()
  // The ids of the rows this field sits in, as one string so that other fields' typing re-renders nothing here.
  const ids = useFormFields(([fields]) =>
    rowIdPaths(path)
      .map((idPath) => String(fields[idPath]?.value ?? ''))
      .join('\n'),
  ).split('\n')
  const idOf = new Map(rowIdPaths(path).map((idPath, index) => [idPath.slice(0, -'.id'.length), ids[index]]))
  const at = dataPath(path, (rowPath) => idOf.get(rowPath))
  if (locale === defaultLocale || !source || !at) return null
  const polish = source.polish(at)
  if (isBlank(polish)) return null
  const translatedFrom = source.translatedFrom(at)
  const say = (key: string) => t(`custom:${key}` as never)
  const label = 'label' in field ? getTranslation(field.label || ('name' in field ? field.name : ''), i18n) : ''

  return (
    <details className="translation-source" open>
      <summary>
        {say('sourceInPolish')}
        <span className="translation-sr">: {label}</span>
      </summary>
      <div className="translation-source__text" lang="pl">
        <SourceText value={polish} />
      </div>
      {translatedFrom !== undefined && <SourceDiff from={translatedFrom} to={polish} />}
      {mayWrite && !readOnly && (
        <button type="button" className="translation-source__copy" onClick={() => copy(path, polish)}>
          {say('startFromPolish')}
          <span className="translation-sr">: {label}</span>
        </button>
      )}
    </details>
  )
}
