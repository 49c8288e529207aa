/** Title and lead of the history article; its Polish body comes from the page itself. */
export const history = {
  slug: 'idea-miast-partnerskich',
  pl: {
    title: 'Idea miast partnerskich',
    excerpt: 'Idea miast partnerskich nie jest nowa. Ma ona swoje korzenie i uwarunkowania historyczne.',
  },
  en: {
    title: 'The idea of twin cities',
    excerpt: 'The idea of twin cities is not new. It has its own historical roots and circumstances.',
    paragraphs: [
      'The idea of **twin cities** is not new. It has its own historical roots and circumstances. Soon after the end of the Second World War, people saw the need to heal bad memories as quickly as possible. It was recognised that local communities, rather than government elites, would play the greatest part. Contacts between towns in Germany and France, enemies during the war, played a key role in developing the idea of partnership. Later the United Kingdom and other countries began to cooperate with Germany. The aim of these contacts was to prevent another war by strengthening the ties between the citizens of these states and by reinforcing the signed peace agreements, not only at parliamentary level.',
      'After the social, economic and political changes of the early 1990s, the countries of Central Europe joined more widely in building partnership ties, and the idea of twin cities flourished anew.',
    ],
  },
}

/** English for the page's five commitments, in the page's order. */
export const commitmentsEn = [
  'undertaking various forms of economic cooperation and exchanging information on economic development',
  'undertaking joint activities so that both nations get to know each other’s cultures',
  'eliminating racial and religious prejudice and all other factors that cause social conflict',
  'exchanging experience in improving local self-government',
  'organising meetings between the residents of both cities and building contacts among all social and professional groups',
]
