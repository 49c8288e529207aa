import { COLORS, countryPaths, framingFromKey } from './project'

/** Where the map finds the country outlines of a framing. */
export const outlinesHref = (key: string) => `/map/${key}.svg`

/**
 * The sea and the country outlines of one framing as a standalone SVG image, or null for a key
 * `framingKey` cannot have written. They are the bulk of a map (a world map's are ~120 KB) and the
 * same for every reader, so they travel as a cached image instead of inside each page's HTML (and
 * again in its React payload).
 */
export function outlinesSvg(key: string): string | null {
  const framing = framingFromKey(key)
  if (!framing) return null
  const { projection, width, height } = framing
  const paths = countryPaths(projection, width, height)
    .map(({ d }) => `<path d="${d}"/>`)
    .join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<rect width="${width}" height="${height}" fill="${COLORS.sea}"/>` +
    `<g fill="${COLORS.land}" stroke="${COLORS.border}" stroke-width="0.8" stroke-linejoin="round">${paths}</g>` +
    `</svg>\n`
  )
}
