import countries from 'i18n-iso-countries'
import type { SelectField } from 'payload'

const inPolish = new Intl.DisplayNames(['pl'], { type: 'region' })
const inEnglish = new Intl.DisplayNames(['en'], { type: 'region' })

/** ISO 3166-1 alpha-2 codes; names come from Intl so they follow the reader's language. */
export const countryCodes = Object.keys(countries.getAlpha2Codes()).sort()

export const countryField: SelectField = {
  name: 'country',
  type: 'select',
  label: { pl: 'Kraj', en: 'Country' },
  required: true,
  index: true,
  options: countryCodes.map((code) => ({
    value: code,
    label: { pl: `${inPolish.of(code)} (${code})`, en: `${inEnglish.of(code)} (${code})` },
  })),
  admin: {
    description: {
      pl: 'Kod kraju ISO 3166-1 alfa-2; nazwa wyświetla się w języku czytelnika.',
      en: 'ISO 3166-1 alpha-2 country code; the name is shown in the reader’s language.',
    },
  },
}
