import type { LabelPlacement } from './labels'
import { Marker, shapeOf } from './Marker'
import { COLORS } from './project'
import { FONT_SIZE, HIT_R, HOME_FONT_SIZE, round } from './sizes'
import type { MapCity, PartnerMapProps } from './types'

const labelAttrs = {
  fill: COLORS.text,
  stroke: COLORS.halo,
  strokeWidth: 3.5,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const

type XY = readonly [number, number]

export function HomePlace({
  home,
  label,
  xy,
  placement,
}: {
  home: PartnerMapProps['home']
  label: string
  xy: XY
  placement: LabelPlacement
}) {
  return (
    <g
      className="partner-map__home"
      role="img"
      aria-label={`${home.name} (${label})`}
      transform={`translate(${xy[0]},${xy[1]})`}
    >
      <Marker shape="star" />
      <text
        x={placement.dx}
        y={round(placement.dy)}
        textAnchor={placement.anchor}
        fontSize={HOME_FONT_SIZE}
        fontWeight={700}
        {...labelAttrs}
      >
        {home.name}
      </text>
    </g>
  )
}

/**
 * A link's name is the city's name with what kind of tie it is. A name in another language than the
 * page's (a Polish fallback) is named alone, in its language, and the words in the page's language
 * describe it: one accessible name cannot switch language halfway.
 */
function linkName(city: MapCity, words: string[], locale?: string) {
  if (!city.lang) return { 'aria-label': words.length ? `${city.name} (${words.join(', ')})` : city.name }
  return { lang: city.lang, 'aria-label': city.name, description: words.length ? words.join(', ') : null, locale }
}

export function CityPlace({
  city,
  labels,
  xy,
  placement: p,
  dropCrowdedLabel,
  locale,
}: {
  city: MapCity
  labels: PartnerMapProps['labels']
  xy: XY
  placement: LabelPlacement
  dropCrowdedLabel: boolean
  locale?: string
}) {
  const ended = city.status === 'ended'
  const words = [city.kind === 'friendly' ? labels.friendly : null, ended ? labels.ended : null].filter(
    (word): word is string => Boolean(word),
  )
  const { description, locale: wordsLang, ...name } = linkName(city, words, locale)
  return (
    <a href={city.href} className="partner-map__link" {...name}>
      {description && <desc lang={wordsLang}>{description}</desc>}
      <g transform={`translate(${xy[0]},${xy[1]})`}>
        <circle className="partner-map__hit" r={HIT_R} fill="transparent" stroke="none" />
        <Marker shape={shapeOf(city)} />
        {dropCrowdedLabel && p.crowded ? (
          <title>{city.name}</title>
        ) : (
          <text
            className="partner-map__label"
            x={p.dx}
            y={round(p.dy)}
            textAnchor={p.anchor}
            fontSize={FONT_SIZE}
            fontStyle={ended ? 'italic' : undefined}
            lang={city.lang}
            {...labelAttrs}
          >
            {city.name}
          </text>
        )}
      </g>
    </a>
  )
}
