/** Our own admin and API messages, beside Payload's, in the admin's languages. */
export const adminTranslations = {
  en: {
    custom: {
      dateInFuture: 'The date cannot be in the future.',
      invalidUrl: 'Enter a full address that starts with http:// or https://.',
      invalidWikidataId: 'A Wikidata ID is the letter Q followed by digits, for example Q3786.',
      invalidSlug: 'Use lowercase letters a–z, digits and single hyphens, for example "zagubica".',
      sharedFieldLocked: 'Translators change translations only; this field is shared by all languages.',
      notYourLanguage: 'You translate into {{locales}} only.',
      translatorsCannotUpload: 'Translators cannot upload or replace files.',
      publishYourLanguageOnly: 'Publish your language only: use “Publish in {{locale}}”.',
      translatorsCannotUnpublish:
        'Translators cannot unpublish; an editor can. Your changes are kept when you save a draft.',
      publishedByEditorFirst: 'An editor publishes a document first; then you can publish its translation.',
      sharedChangesPending:
        'An editor’s change to fields shared by all languages awaits publication; ask an editor to publish it first.',
      translationWork: 'Translations to do',
      translationAllDone: 'Nothing left to translate.',
      translationStatus: 'Translation',
      translationMissing: 'missing',
      translationOutdated: 'outdated',
      translationDone: 'done',
    },
  },
  pl: {
    // Payload's own Polish here is ungrammatical ("maksymalnie dozwolony Wartość wynoszący 90").
    validation: {
      greaterThanMax: '{{value}} jest większe niż największa dozwolona wartość: {{max}}.',
      lessThanMin: '{{value}} jest mniejsze niż najmniejsza dozwolona wartość: {{min}}.',
    },
    custom: {
      dateInFuture: 'Data nie może być z przyszłości.',
      invalidUrl: 'Podaj pełny adres zaczynający się od http:// lub https://.',
      invalidWikidataId: 'Identyfikator Wikidanych to litera Q i cyfry, na przykład Q3786.',
      invalidSlug: 'Użyj małych liter a–z, cyfr i pojedynczych łączników, na przykład „zagubica”.',
      sharedFieldLocked: 'Tłumacz zmienia tylko tłumaczenia; to pole jest wspólne dla wszystkich języków.',
      notYourLanguage: 'Tłumaczysz tylko na: {{locales}}.',
      translatorsCannotUpload: 'Tłumacz nie może przesyłać ani podmieniać plików.',
      publishYourLanguageOnly: 'Publikujesz tylko swój język: użyj „Opublikuj w {{locale}}”.',
      translatorsCannotUnpublish:
        'Tłumacz nie może wycofać publikacji; może to zrobić redaktor. Zmiany zachowasz, zapisując szkic.',
      publishedByEditorFirst: 'Najpierw redaktor publikuje dokument; potem możesz opublikować jego tłumaczenie.',
      sharedChangesPending:
        'Zmiana redaktora w polach wspólnych dla wszystkich języków czeka na publikację; poproś redaktora o jej opublikowanie.',
      translationWork: 'Do przetłumaczenia',
      translationAllDone: 'Wszystko przetłumaczone.',
      translationStatus: 'Tłumaczenie',
      translationMissing: 'brak',
      translationOutdated: 'nieaktualne',
      translationDone: 'gotowe',
    },
  },
}

export type CustomMessage = keyof (typeof adminTranslations)['en']['custom']
