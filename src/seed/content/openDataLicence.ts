/**
 * Creative Commons Attribution 4.0: the licence Polish public bodies commonly give their open data
 * on dane.gov.pl; editors can change it in the site settings.
 */
export const openDataLicence = {
  pl: {
    name: 'Creative Commons Uznanie autorstwa 4.0 Międzynarodowe (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.pl',
  },
  en: {
    name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
}
