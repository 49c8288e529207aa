import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { isSafeHref } from '@/site/safeHref'

/**
 * Links keep only http, https and mailto targets (and site-relative paths); any other (a
 * `javascript:` URL written through the API) is shown as its text, not a link.
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => {
  const guard = (kind: 'link' | 'autolink') =>
    function SafeLink(args: any): any {
      const converter = defaultConverters[kind] as (args: any) => any
      if (args.node.fields?.linkType === 'internal' || isSafeHref(args.node.fields?.url)) return converter(args)
      return <>{args.nodesToJSX({ nodes: args.node.children })}</>
    }
  return { ...defaultConverters, link: guard('link'), autolink: guard('autolink') }
}

/** Lexical content through Payload's JSX converters: never raw HTML. */
export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data) return null
  return (
    <LexicalRichText data={data as SerializedEditorState} converters={converters} className={className ?? 'prose'} />
  )
}
