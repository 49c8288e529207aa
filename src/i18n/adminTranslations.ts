/** Our own admin and API messages, beside Payload's, in the admin's languages. */
export const adminTranslations = {
  en: {
    custom: {
      dateInFuture: 'The date cannot be in the future.',
      invalidUrl: 'Enter a full address that starts with http:// or https://.',
      invalidWikidataId: 'A Wikidata ID is the letter Q followed by digits, for example Q3786.',
      invalidSlug: 'Use lowercase letters a–z, digits and single hyphens, for example "zagubica".',
    },
  },
  pl: {
    custom: {
      dateInFuture: 'Data nie może być z przyszłości.',
      invalidUrl: 'Podaj pełny adres zaczynający się od http:// lub https://.',
      invalidWikidataId: 'Identyfikator Wikidanych to litera Q i cyfry, na przykład Q3786.',
      invalidSlug: 'Użyj małych liter a–z, cyfr i pojedynczych łączników, na przykład „zagubica”.',
    },
  },
}

export type CustomMessage = keyof (typeof adminTranslations)['en']['custom']
