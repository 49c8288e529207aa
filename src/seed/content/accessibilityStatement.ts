/**
 * A first accessibility statement following the structure the 2019 act on digital accessibility
 * (ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej…) prescribes. It is a self-assessment
 * that the office must review every year.
 */
export const accessibilityStatement = {
  preparedOn: '2026-11-24T12:00:00.000Z',
  pl: `Urząd Miasta Piotrkowa Trybunalskiego zobowiązuje się zapewnić dostępność serwisu „Miasta partnerskie” zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.

## Status pod względem zgodności z ustawą

Serwis jest projektowany i testowany pod kątem zgodności ze standardem WCAG 2.1 na poziomie AA. Do czasu zewnętrznego audytu uznajemy go za częściowo zgodny.

## Przygotowanie deklaracji dostępności

Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny, wspartej automatycznymi testami dostępności.

## Informacje zwrotne i dane kontaktowe

Jeśli zauważysz problem z dostępnością serwisu, napisz do nas. Dane kontaktowe znajdują się w stopce strony. Masz prawo zażądać udostępnienia informacji w innej, dostępnej dla Ciebie formie.

## Procedura wnioskowo-skargowa

Na żądanie odpowiadamy niezwłocznie, nie później niż w ciągu 7 dni. Jeśli odmówimy lub nie odpowiemy, możesz złożyć skargę, a po jej wyczerpaniu zwrócić się do Rzecznika Praw Obywatelskich.`,
  en: `Piotrków Trybunalski City Hall is committed to making the “Twin cities” website accessible in accordance with the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies.

## Compliance status

The website is designed and tested against WCAG 2.1 at level AA. Until an external audit, we consider it partially compliant.

## Preparation of this statement

This statement was prepared on the basis of a self-assessment by the public body, supported by automated accessibility tests.

## Feedback and contact information

If you notice an accessibility problem on this website, please write to us. Contact details are in the page footer. You have the right to ask for information in another form that is accessible to you.

## Enforcement procedure

We reply to requests promptly, within 7 days at the latest. If we refuse or do not reply, you may file a complaint and, once that is exhausted, turn to the Polish Commissioner for Human Rights (Rzecznik Praw Obywatelskich).`,
}
