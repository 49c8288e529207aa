'use client'
import { type JSXConvertersFunction, LinkJSXConverter, RichText } from '@payloadcms/richtext-lexical/react'
import { useConfig } from '@payloadcms/ui'

import { isRichText } from './sourcePaths'

type ToHref = NonNullable<Parameters<typeof LinkJSXConverter>[0]['internalDocToHref']>

/** A Polish value as a reader would see it: rich text with its headings, lists and links, not JSON. */
export function SourceText({ value }: { value: unknown }) {
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (!isRichText(value)) return <p className="translation-source__plain">{String(value ?? '')}</p>
  // An internal link leads to the linked document's edit screen: the admin is where a translator is.
  const internalDocToHref: ToHref = ({ linkNode }) => {
    const doc = linkNode.fields.doc
    const id = doc && typeof doc.value === 'object' ? (doc.value as { id?: unknown }).id : doc?.value
    return doc ? `${admin}/collections/${doc.relationTo}/${String(id)}` : '#'
  }
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref }),
  })
  return <RichText className="translation-source__rich" data={value as never} converters={converters} />
}
