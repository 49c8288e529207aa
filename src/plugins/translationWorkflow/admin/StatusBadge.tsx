import type { TranslationState } from '@/plugins/translationWorkflow/status'

const symbols: Record<TranslationState, string> = { missing: '✗', outdated: '!', done: '✓' }

/** A translation state as a word (and a symbol, so colour is never the only cue). */
export function StatusBadge({ status, label, locale }: { status: TranslationState; label: string; locale?: string }) {
  return (
    <span className={`translation-badge translation-badge--${status}`} data-status={status} title={label}>
      {locale ? `${locale.toUpperCase()} ` : ''}
      <span aria-hidden="true">{symbols[status]}</span>
      <span className="translation-badge__label">{label}</span>
    </span>
  )
}
