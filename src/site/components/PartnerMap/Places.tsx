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

export function CityPlace({
  city,
  labels,
  xy,
  placement: p,
  dropCrowdedLabel,
}: {
  city: MapCity
  labels: PartnerMapProps['labels']
  xy: XY
  placement: LabelPlacement
  dropCrowdedLabel: boolean
}) {
  const ended = city.status === 'ended'
  const words = [city.kind === 'friendly' ? labels.friendly : null, ended ? labels.ended : null].filter(Boolean)
  return (
    <a
      href={city.href}
      className="partner-map__link"
      aria-label={words.length ? `${city.name} (${words.join(', ')})` : city.name}
    >
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
