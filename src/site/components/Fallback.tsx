import type { ReactNode } from 'react'

import { defaultLocale } from '@/i18n/locales'

/**
 * Text shown in Polish because it has no translation yet: a visible notice in the reader's
 * language, and `lang="pl"` so screen readers switch voice (WCAG 3.1.2).
 */
export function Fallback({ active, notice, children }: { active: boolean; notice: string; children: ReactNode }) {
  if (!active) return <>{children}</>
  return (
    <div className="fallback">
      <p className="fallback__notice">{notice}</p>
      <div lang={defaultLocale} dir="ltr">
        {children}
      </div>
    </div>
  )
}
