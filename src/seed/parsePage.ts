/**
 * Reads the city's old page (Markdown, in Polish) into structured records. It is strict: a line
 * that does not parse stops the seed, so nothing on the page is silently dropped.
 */
export type PageAgreement = { name: string; country: string; date: string }
export type PageFriendlyCity = { name: string; country: string; letterOfIntent: boolean; date: string | null }
export type ParsedPage = {
  historyParagraphs: string[]
  partnerships: PageAgreement[]
  friendlyCities: PageFriendlyCity[]
  commitments: string[]
}

const DATE = /(\d{2})\.(\d{2})\.(\d{4}) r\./
const isoDate = (match: RegExpExecArray | null): string | null => (match ? `${match[3]}-${match[2]}-${match[1]}` : null)

function fail(line: string, what: string): never {
  throw new Error(`Cannot read ${what} from the page line: "${line}"`)
}

export function parsePage(markdown: string): ParsedPage {
  const blocks = markdown
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
  const lines = (block: string) =>
    block
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
  const indexOf = (start: string) => {
    const index = blocks.findIndex((block) => block.startsWith(start))
    if (index < 0) throw new Error(`The page has no block starting with "${start}"`)
    return index
  }

  const agreementsIntro = indexOf('Przez szereg lat')
  const friendlyIntro = indexOf('Miasta zaprzyjaźnione')
  const commitmentsIntro = indexOf('Zawierając umowy')

  const historyParagraphs = blocks
    .slice(0, agreementsIntro)
    .filter((block) => !block.startsWith('#'))
    // The old CMS put a decorative glyph before the first paragraph.
    .map((block) => block.replace(/^[^\p{L}\p{N}*_]+/u, '').replace(/\s*\n\s*/g, ' '))

  const partnerships = blocks
    .slice(agreementsIntro + 1, friendlyIntro)
    .flatMap(lines)
    .map((line) => {
      const match = /^\d+\.\s+(.+?)\s+-\s+(.+?)\s+\((.+)\)$/.exec(line) ?? fail(line, 'a partnership')
      const date = isoDate(DATE.exec(match[3])) ?? fail(line, 'an agreement date')
      return { name: match[1], country: match[2], date }
    })

  const friendlyCities = blocks
    .slice(friendlyIntro + 1, commitmentsIntro)
    .flatMap(lines)
    .map((line) => {
      const match = /^(.+?)\s+-\s+(.+?)(?:\s+\((.+)\))?$/.exec(line) ?? fail(line, 'a friendly city')
      const note = match[3] ?? ''
      return {
        name: match[1],
        country: match[2],
        letterOfIntent: /list intencyjny/i.test(note),
        date: isoDate(DATE.exec(note)),
      }
    })

  const commitments = blocks
    .slice(commitmentsIntro + 1)
    .flatMap(lines)
    .map((line) => {
      const match = /^[-*]\s+(.+?)[;.]?$/.exec(line) ?? fail(line, 'a commitment')
      return match[1]
    })

  return { historyParagraphs, partnerships, friendlyCities, commitments }
}
