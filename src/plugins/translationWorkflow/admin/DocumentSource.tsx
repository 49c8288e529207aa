'use client'
import { useDocumentInfo, useDocumentTitle, useForm, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { defaultLocale } from '@/i18n/locales'

import { useCopyIntoForm, useMayWrite } from './SourceBeside'
import { dataPath, isBlank, translatablePaths } from './sourcePaths'
import { useSourceDocument } from './useSourceDocument'
import './source.css'

/**
 * Beside the document's Save and Publish buttons, in every language but Polish: one action that
 * fills each empty translatable field from Polish (a translation already begun is left alone), and
 * a header title that falls back to the Polish one instead of the document's id.
 */
export function DocumentSource() {
  const { code: locale } = useLocale()
  const { t } = useTranslation()
  const { docConfig } = useDocumentInfo()
  const { getFields } = useForm()
  const source = useSourceDocument()
  const mayWrite = useMayWrite()
  const copy = useCopyIntoForm()
  const [filled, setFilled] = useState<number>()
  usePolishTitle(source?.polish)
  if (locale === defaultLocale || !source || !docConfig || !mayWrite) return null
  const say = (key: string, vars?: Record<string, unknown>) => t(`custom:${key}` as never, vars as never)

  const fillEmpty = () => {
    const form = getFields()
    let count = 0
    for (const path of translatablePaths(docConfig.fields, form)) {
      if (!isBlank(form[path]?.value)) continue
      const at = dataPath(path, (rowPath) => form[`${rowPath}.id`]?.value)
      const polish = at && source.polish(at)
      if (!at || isBlank(polish)) continue
      copy(path, polish)
      count++
    }
    setFilled(count)
  }

  return (
    <div className="translation-start">
      <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={fillEmpty}>
        {say('fillFromPolish')}
        {/* Named in full for screen readers; the short label keeps Publish in view on a phone. */}
        <span className="translation-sr"> {say('fillFromPolishHint')}</span>
      </button>
      <span className="translation-start__result" role="status">
        {filled === undefined ? '' : say('filledFromPolish', { count: filled })}
      </span>
    </div>
  )
}

/**
 * Payload titles a document by its `useAsTitle` field in the language being edited, and by its id
 * when that is empty, as it is in every language not yet translated. Payload's own SetDocumentTitle
 * sets the title a frame after the field changes; ours runs a frame later, so it has the last word.
 */
function usePolishTitle(polish: ((path: string) => unknown) | undefined) {
  const { docConfig } = useDocumentInfo()
  const { setDocumentTitle } = useDocumentTitle()
  const useAsTitle =
    docConfig && 'admin' in docConfig ? (docConfig.admin as { useAsTitle?: string }).useAsTitle : undefined
  const current = useFormFields(([fields]) => (useAsTitle ? fields[useAsTitle]?.value : undefined))
  const fallback = useAsTitle && polish ? polish(useAsTitle) : undefined
  useEffect(() => {
    if (typeof fallback !== 'string' || isBlank(fallback) || !isBlank(current)) return
    let inner = 0
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => setDocumentTitle(fallback))
    })
    return () => {
      cancelAnimationFrame(outer)
      cancelAnimationFrame(inner)
    }
  }, [current, fallback, setDocumentTitle])
}
