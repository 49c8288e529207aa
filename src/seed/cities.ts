import { type CityFacts, countryCodeFromPolish, factsFor } from '@/seed/cityFacts'
import { endedIn2022 } from '@/seed/content/endedIn2022'
import type { ParsedPage } from '@/seed/parsePage'
import { published, type SeedSession } from '@/seed/session'
import { slugify } from '@/fields/slugify'

const noon = (isoDay: string) => `${isoDay}T12:00:00.000Z`

/** "names.de (modern usage)" → { field: 'names.de', note: 'modern usage' } */
const unverifiedRow = (entry: string) => {
  const match = /^(\S+)(?:\s+\((.+)\))?$/.exec(entry)
  return { field: match?.[1] ?? entry, note: match?.[2] ?? null }
}

async function createCity(
  { payload, otherLocales, createOnce }: SeedSession,
  collection: 'partnerships' | 'friendly-cities',
  name: string,
  facts: CityFacts,
  relation: Record<string, unknown>,
  notes: Record<string, string> = {},
) {
  const slug = slugify(name)
  await createOnce(collection, { slug: { equals: slug } }, async (req) => {
    const doc = await payload.create({
      collection,
      locale: 'pl',
      req,
      data: {
        ...relation,
        ...published,
        name,
        slug,
        country: facts.country,
        location: { latitude: facts.lat, longitude: facts.lng },
        website: facts.website,
        wikidataId: facts.wikidataId,
        sources: facts.sources,
        unverified: facts.unverified.map(unverifiedRow),
      } as never,
    })
    for (const locale of otherLocales) {
      const history = 'statusHistory' in doc ? doc.statusHistory : undefined
      await payload.update({
        collection,
        id: doc.id,
        locale,
        req,
        data: {
          ...published,
          name: facts.names[locale] ?? name,
          ...(history?.length && notes[locale]
            ? { statusHistory: history.map((row) => ({ ...row, note: notes[locale] })) }
            : {}),
        } as never,
      })
    }
  })
}

/** The page's partner cities, then its friendly cities, each completed with the researched facts. */
export async function seedCities(session: SeedSession, page: ParsedPage, cities: CityFacts[]) {
  for (const agreement of page.partnerships) {
    const country = countryCodeFromPolish(agreement.country)
    const facts = factsFor(cities, country, agreement.date)
    const ended = endedIn2022.countries.includes(country)
    await createCity(
      session,
      'partnerships',
      agreement.name,
      ended ? { ...facts, sources: [...facts.sources, endedIn2022.furtherSource] } : facts,
      {
        agreementDate: noon(agreement.date),
        status: ended ? 'ended' : 'active',
        statusHistory: ended ? [{ ...endedIn2022.entry, note: endedIn2022.note.pl }] : [],
      },
      ended ? endedIn2022.note : {},
    )
  }

  for (const city of page.friendlyCities) {
    const facts = factsFor(cities, countryCodeFromPolish(city.country), city.date)
    await createCity(session, 'friendly-cities', city.name, facts, {
      relationType: city.letterOfIntent ? 'letter-of-intent' : 'friendship',
      // No date on the page means none is known: it must not be invented.
      documentDate: city.date ? noon(city.date) : null,
      datePrecision: 'day',
    })
  }
}
