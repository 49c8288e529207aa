/**
 * The page does not say it: in 2022 the city council ended the partnerships with Kostroma and
 * Maładeczno after Russia's invasion of Ukraine. The year is certain; the day (most likely the
 * session of 30 March 2022) and the resolution number are not, hence the year precision.
 */
export const endedIn2022 = {
  countries: ['RU', 'BY'],
  entry: {
    status: 'ended' as const,
    decidedOn: '2022-03-30T12:00:00.000Z',
    datePrecision: 'year' as const,
    decidedBy: 'Rada Miasta Piotrkowa Trybunalskiego',
    sourceUrl: 'https://epiotrkow.pl/galeria/piotrkow-zrywa-wspolprace-z-kostroma-i-molodecznem,47169',
  },
  note: {
    pl: 'Rada Miasta zakończyła współpracę po agresji Rosji na Ukrainę; głosowanie nie było jednomyślne. Dzień sesji nie jest potwierdzony (najpewniej 30 marca 2022 r.), numeru uchwały nie odnaleziono. Źródło: epiotrkow.pl, „Piotrków zrywa współpracę z Kostromą i Mołodecznem”.',
    en: 'The city council ended the partnership after Russia’s invasion of Ukraine; the vote was not unanimous. The day of the session is not confirmed (most likely 30 March 2022) and the resolution number was not found. Source: epiotrkow.pl, “Piotrków zrywa współpracę z Kostromą i Mołodecznem”.',
  },
  furtherSource: {
    field: 'status (2022)',
    url: 'https://trybunalski.pl/wiadomosci/czy-piotrkow-zerwie-partnerstwo-z-izraelska-ness-ziona/GQQaOgE06Umyym2s2oAU',
  },
}
