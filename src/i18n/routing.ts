import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localeCodes } from '@/i18n/locales'

export const routing = defineRouting({
  locales: localeCodes(),
  defaultLocale,
  localePrefix: 'always',
  // No locale cookie: pages stay identical for everyone, so caches can share them.
  localeCookie: false,
})
