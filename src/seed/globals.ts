import type { TypedLocale } from 'payload'

import { localeCodes } from '@/i18n/locales'
import type { CityFacts } from '@/seed/cityFacts'
import { accessibilityStatement } from '@/seed/content/accessibilityStatement'
import { openDataLicence } from '@/seed/content/openDataLicence'
import { context, type SeedSession } from '@/seed/session'

/** Site settings and the accessibility statement, each part only while it is still empty. */
export async function seedGlobals({ payload, richText }: SeedSession, cities: CityFacts[]) {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'pl', fallbackLocale: false })
  if (!settings.officeName) {
    const home = cities.find((city) => city.partnership.type === 'home')
    const homeCity = home && { latitude: home.lat, longitude: home.lng, wikidataId: home.wikidataId }
    for (const locale of localeCodes() as TypedLocale[]) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        context,
        data: {
          officeName:
            locale === 'pl'
              ? 'Urząd Miasta Piotrkowa Trybunalskiego'
              : locale === 'en'
                ? 'Piotrków Trybunalski City Hall'
                : undefined,
          homeCity: homeCity && { ...homeCity, name: home.names[locale] },
        } as never,
      })
    }
  }
  if (!settings.openDataLicence?.url) {
    for (const locale of ['pl', 'en'] as const) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        context,
        data: { openDataLicence: openDataLicence[locale] },
      })
    }
  }
  const statement = await payload.findGlobal({ slug: 'accessibility-statement', locale: 'pl', fallbackLocale: false })
  if (!statement.preparedOn) {
    for (const locale of ['pl', 'en'] as const) {
      await payload.updateGlobal({
        slug: 'accessibility-statement',
        locale,
        context,
        data: {
          content: richText(accessibilityStatement[locale]),
          preparedOn: accessibilityStatement.preparedOn,
          reviewedOn: accessibilityStatement.preparedOn,
        } as never,
      })
    }
  }
}
