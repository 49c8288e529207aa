'use client'
import { useTranslation } from '@payloadcms/ui'
import { diffWords } from 'diff'

import { plainText } from './sourcePaths'

type Props = { from: unknown; to: unknown }

/**
 * What changed in Polish since the translation was made, word by word. Additions are underlined
 * and removals struck through, each also named in words for screen readers (colour is never the
 * only cue, and `<ins>`/`<del>` alone are not announced by most of them).
 */
export function SourceDiff({ from, to }: Props) {
  const { t } = useTranslation()
  const before = plainText(from)
  const after = plainText(to)
  if (before === after) return null
  const say = (key: string) => t(`custom:${key}` as never)
  return (
    <div className="translation-diff">
      <p className="translation-diff__title">
        <strong>{say('sourceChanged')}</strong>{' '}
        <span className="translation-diff__legend">{say('sourceChangedLegend')}</span>
      </p>
      <p className="translation-diff__text" lang="pl">
        {diffWords(before, after).map((part, index) =>
          part.added ? (
            <ins key={index}>
              <span className="translation-sr">{say('diffAdded')} </span>
              {part.value}
            </ins>
          ) : part.removed ? (
            <del key={index}>
              <span className="translation-sr">{say('diffRemoved')} </span>
              {part.value}
            </del>
          ) : (
            <span key={index}>{part.value}</span>
          ),
        )}
      </p>
    </div>
  )
}
