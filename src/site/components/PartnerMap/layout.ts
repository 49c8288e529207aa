import { frameProjection, framingFromKey, framingKey, isValidLonLat, type LonLat } from './framing'
import { estimateTextWidth, type LabelInput, placeLabels } from './labels'
import { FONT_SIZE, HOME_FONT_SIZE, HOME_R, R, round } from './sizes'
import type { PartnerMapProps } from './types'

type Where = Pick<PartnerMapProps, 'cities' | 'home'> & { width: number; height: number; dir: 'ltr' | 'rtl' }

/** Where everything on the map goes: the framing's key, each marker's position and each label's side. */
export function layoutMap({ cities, home, width, height, dir }: Where) {
  const shown = cities.filter((c) => isValidLonLat(c.longitude, c.latitude))
  const homeValid = isValidLonLat(home.longitude, home.latitude)
  const points: LonLat[] = shown.map((c) => [c.longitude, c.latitude])
  if (homeValid) points.push([home.longitude, home.latitude])

  // Room for labels beside the outermost markers. Half the longest label on each side is enough:
  // the placer flips a label that would not fit to the other side (or above / below).
  const longest = Math.max(
    0,
    ...shown.map((c) => estimateTextWidth(c.name, FONT_SIZE)),
    homeValid ? estimateTextWidth(home.name, HOME_FONT_SIZE, 0.65) : 0,
  )
  const side = Math.min(Math.max(40, longest / 2 + 20), width * 0.2)
  // Markers use the projection read back from the key, the very numbers the outline image uses.
  const key = framingKey(
    frameProjection(points, width, height, {
      top: 32,
      bottom: 28,
      left: side,
      right: side,
    }),
    width,
    height,
  )
  const { projection } = framingFromKey(key)!

  const at = (lon: number, lat: number) => {
    const [x, y] = projection([lon, lat]) ?? [NaN, NaN]
    return [round(x), round(y)] as const
  }
  const homeXY = homeValid ? at(home.longitude, home.latitude) : null
  const cityXY = shown.map((c) => at(c.longitude, c.latitude))

  const inputs: LabelInput[] = []
  if (homeXY)
    inputs.push({
      x: homeXY[0],
      y: homeXY[1],
      radius: HOME_R,
      text: home.name,
      fontSize: HOME_FONT_SIZE,
      charWidth: 0.65,
    })
  shown.forEach((c, i) =>
    inputs.push({
      x: cityXY[i][0],
      y: cityXY[i][1],
      radius: R + 1.5,
      text: c.name,
      fontSize: FONT_SIZE,
    }),
  )
  const placements = placeLabels(inputs, width, height, dir)
  const homePlacement = homeXY ? placements[0] : undefined
  const cityPlacements = homeXY ? placements.slice(1) : placements
  return { shown, homeValid, key, homeXY, cityXY, homePlacement, cityPlacements }
}
