import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { pl } from '@payloadcms/translations/languages/pl'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { CacheExpiries } from '@/cache/CacheExpiries'
import { Activities } from '@/collections/Activities'
import { Commitments } from '@/collections/Commitments'
import { FriendlyCities } from '@/collections/FriendlyCities'
import { HistoryArticles } from '@/collections/HistoryArticles'
import { Media } from '@/collections/Media'
import { Partnerships } from '@/collections/Partnerships'
import { Users } from '@/collections/Users'
import { health } from '@/endpoints/health'
import { AccessibilityStatement } from '@/globals/AccessibilityStatement'
import { SiteSettings } from '@/globals/SiteSettings'
import { adminTranslations } from '@/i18n/adminTranslations'
import { defaultLocale, locales } from '@/i18n/locales'
import { migrations } from '@/migrations'
import { mongodbMigrations } from '@/migrations/mongodb'
import { hardening } from '@/plugins/hardening'
import { publicationState } from '@/plugins/publicationState'
import { translationWorkflow } from '@/plugins/translationWorkflow'
import { untouchedDrafts } from '@/plugins/untouchedDrafts'
import { seedOnFirstStart } from '@/seed/onInit'
import { allowedOrigins } from '@/config/allowedOrigins'
import { databaseAdapter, resolveDatabase } from '@/config/databaseAdapter'
import { payloadSecret } from '@/config/payloadSecret'
import { previewCollections, previewURL } from '@/publicPaths'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL || undefined,
  // Signed-in browsers are believed only from these origins, and only they may read the API cross-site.
  csrf: allowedOrigins(),
  cors: allowedOrigins(),
  db: databaseAdapter(resolveDatabase(process.env.DATABASE_URI), {
    migrationDir: path.resolve(dirname, 'src/migrations'),
    migrations,
    mongodb: mongodbMigrations,
  }),
  editor: lexicalEditor(),
  collections: [Partnerships, FriendlyCities, Commitments, HistoryArticles, Activities, Media, Users, CacheExpiries],
  globals: [SiteSettings, AccessibilityStatement],
  localization: {
    locales: locales.map(({ code, label, rtl }) => ({ code, label, rtl })),
    defaultLocale,
    fallback: true,
    // "Publish in <language>" is the main button: an editor publishing Polish does not publish a
    // translator's unfinished draft, and a translator publishes only their language.
    defaultLocalePublishOption: 'active',
  },
  i18n: {
    supportedLanguages: { pl, en },
    fallbackLanguage: 'pl',
    translations: adminTranslations,
  },
  admin: {
    user: Users.slug,
    // Gravatar would call out to a third party from an office intranet; the built-in avatar does not.
    avatar: 'default',
    // "2 grudnia 2026, 14:05" rather than Payload's English-ordered "grudnia 2nd 2026, 2:05 PM".
    dateFormat: 'd MMMM yyyy, HH:mm',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Miasta partnerskie' },
    livePreview: {
      collections: previewCollections,
      url: ({ collectionConfig, data, locale }) =>
        (collectionConfig && previewURL(collectionConfig.slug, data?.slug, locale.code)) || '',
      breakpoints: [
        { label: 'Mobile', name: 'mobile', width: 375, height: 812 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  },
  sharp,
  // Uploads over 10 MB are refused before they are read (photos for the web are far smaller).
  upload: { limits: { fileSize: 10 * 1024 * 1024 } },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  bin: [
    { key: 'seed', scriptPath: path.resolve(dirname, 'src/seed/bin.ts') },
    { key: 'backup', scriptPath: path.resolve(dirname, 'src/scripts/backup.ts') },
    { key: 'restore', scriptPath: path.resolve(dirname, 'src/scripts/restore.ts') },
    { key: 'export', scriptPath: path.resolve(dirname, 'src/scripts/export.ts') },
    { key: 'synthetic', scriptPath: path.resolve(dirname, 'src/scripts/synthetic.ts') },
  ],
  // Scheduled publishing. The queue runs in the server process (`src/instrumentation.ts` starts it
  // with `next start`); JOBS_AUTORUN=false turns it off, e.g. on all but one of several instances.
  jobs: {
    autoRun: [{ cron: process.env.JOBS_CRON || '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  },
  endpoints: [health],
  // untouchedDrafts after translationWorkflow: its mark is no shared field for translators to keep.
  // publicationState last: it decides what a write that names no status does, once the rest have.
  plugins: [hardening, translationWorkflow, untouchedDrafts, publicationState],
  // Refusals with a reason (`refused` in src/errors.ts) and failed logins are the system working.
  loggingLevels: { Refused: 'info', AuthenticationError: 'info', LockedAuth: 'info' } as Config['loggingLevels'],
  onInit: seedOnFirstStart,
})
