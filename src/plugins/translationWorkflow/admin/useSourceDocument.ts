'use client'
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { defaultLocale } from '@/i18n/locales'

import { valueIn } from './sourcePaths'

/**
 * The document being edited, read once with every language (`locale=all`, latest draft): its
 * Polish text and, from the workflow's `translationSource`, the Polish text each language was
 * translated from. Every field's source box shares one request per document and save (it is
 * keyed by the saved version, so a save that changes `translationSource` is seen at once).
 */
const requests = new Map<string, Promise<Record<string, unknown> | null>>()

function load(url: string) {
  let request = requests.get(url)
  if (!request) {
    // A session opens a few documents; the newest few are plenty to keep.
    if (requests.size > 20) requests.delete(requests.keys().next().value!)
    request = fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
    requests.set(url, request)
  }
  return request
}

export type SourceDocument = {
  /** The Polish value at a data path (rows by id). */
  polish: (path: string) => unknown
  /** The Polish value this language's translation was made from; undefined while never saved in it. */
  translatedFrom: (path: string) => unknown
}

/** Null in Polish, in a create view, and until the document has loaded. */
export function useSourceDocument(): SourceDocument | null {
  const { id, collectionSlug, globalSlug, savedDocumentData } = useDocumentInfo()
  const { code: locale } = useLocale()
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  const base = collectionSlug ? (id == null ? null : `${collectionSlug}/${id}`) : globalSlug && `globals/${globalSlug}`
  const url =
    base && locale !== defaultLocale
      ? `${serverURL ?? ''}${api}/${base}?locale=all&draft=true&depth=0&v=${encodeURIComponent(String(savedDocumentData?.updatedAt ?? ''))}`
      : null
  const [loaded, setLoaded] = useState<{ url: string; doc: Record<string, unknown> | null }>()
  useEffect(() => {
    if (!url) return
    let current = true
    void load(url).then((doc) => current && setLoaded({ url, doc }))
    return () => {
      current = false
    }
  }, [url])
  // While a newer version loads, the previous one stays on screen rather than flickering away.
  if (!url || !loaded?.doc || !loaded.url.startsWith(url.split('&v=')[0]!)) return null
  const doc = loaded.doc
  return {
    polish: (path) => valueIn(doc, path, defaultLocale),
    translatedFrom: (path) => {
      const source = (doc.translationSource as Record<string, Record<string, unknown> | null> | undefined)?.[locale]
      // A saved translation whose Polish field was empty then: all of the Polish text is new since.
      return source ? (source[path] ?? '') : undefined
    },
  }
}
