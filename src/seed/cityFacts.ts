import { countryCodes } from '@/fields/country'

export type CityFacts = {
  key: string
  wikidataId: string | null
  lat: number
  lng: number
  country: string
  names: Record<string, string>
  website: string | null
  partnership: { type: string; date: string | null; dateSource: string | null }
  sources: { field: string; url: string }[]
  unverified: string[]
}

// The page uses official long names for two states; Intl knows them by their short ones.
const countryAliases: Record<string, string> = { 'Federacja Rosyjska': 'RU', 'Republika Serbii': 'RS' }
const polishNames = new Intl.DisplayNames(['pl'], { type: 'region' })

export function countryCodeFromPolish(name: string): string {
  const code = countryAliases[name] ?? countryCodes.find((candidate) => polishNames.of(candidate) === name)
  if (!code) throw new Error(`Unknown country on the page: "${name}"`)
  return code
}

/**
 * Finds the researched facts for a city on the page. Names differ between the page and the
 * research (Maładeczno vs Mołodeczno), so the match is on country, which is unique among partners,
 * and the date is checked against the page to catch a wrong pairing.
 */
export function factsFor(cities: CityFacts[], countryCode: string, date: string | null): CityFacts {
  const matches = cities.filter((city) => city.country === countryCode && city.partnership.type !== 'home')
  if (matches.length !== 1) throw new Error(`Expected one researched city in ${countryCode}, found ${matches.length}`)
  const [facts] = matches
  if (date && facts.partnership.date && facts.partnership.date !== date) {
    throw new Error(`${facts.key}: the page says ${date}, the research says ${facts.partnership.date}`)
  }
  return facts
}
