import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localeCodes } from '@/i18n/locales'

export const routing = defineRouting({
  locales: localeCodes(),
  defaultLocale,
  localePrefix: 'always',
  // No locale cookie: pages stay identical for everyone, so caches can share them.
  localeCookie: false,
  // Each page names its other languages in its <head> (pageMetadata). The Link header repeated them
  // on every response, six URLs as long as the path: a 3,000-character path made a header larger
  // than clients and proxies read (undici, nginx's 4 KB buffer), so no answer at all.
  alternateLinks: false,
})
