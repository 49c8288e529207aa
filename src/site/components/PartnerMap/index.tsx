/**
 * Map of the partner and friendly cities: a React server component that renders plain HTML + SVG
 * (no client JavaScript). Each city is a link to its page; the same cities must also be listed as
 * text next to the map (the caption says so), the map is a visual extra.
 *
 * Accessibility:
 * - <figure> named by its <figcaption>; the <svg> is a group named by its <title> (not role="img",
 *   which would hide the links inside);
 * - every city is an <a> with an aria-label (name, plus the status words for ended / friendly);
 * - the home city is not a link: a role="img" group named "<name> (<labels.home>)";
 * - kinds differ by shape, not colour alone: filled circle = partner city, hollow = partnership
 *   ended, diamond = friendly city, star = home;
 * - labels are near-black with a white halo (≥ 4.5:1 on land, sea and halo), hit targets are
 *   ≥ 28×28 viewBox units, and a self-contained <style> outlines and underlines the focused link.
 *   The style block is global to the page once inlined, so every selector is prefixed partner-map__.
 */
import {
  COLORS,
  frameProjection,
  framingFromKey,
  framingKey,
  isValidLonLat,
  placeLabels,
  estimateTextWidth,
  type LabelInput,
  type LonLat,
} from './project'
import { outlinesHref } from './outlines'

export type MapCity = {
  id: string | number
  name: string
  href: string
  latitude: number
  longitude: number
  kind: 'partnership' | 'friendly'
  status?: 'active' | 'suspended' | 'ended'
  /** Language of `name` when it differs from the page's (e.g. a fallback-language name). */
  lang?: string
}

export type PartnerMapProps = {
  cities: MapCity[]
  home: { name: string; latitude: number; longitude: number }
  /** Accessible name of the map, e.g. "Map of partner cities". */
  title: string
  /** One sentence shown as the figure caption. */
  description: string
  /**
   * Short legend words in the reader's language. `partnership` (optional) adds a legend entry for
   * the plain filled circle (a current partner city).
   */
  labels: {
    home: string
    ended: string
    friendly: string
    partnership?: string
  }
  /** viewBox size; default 800 × 560. */
  width?: number
  height?: number
  /** Reading direction: for 'rtl' labels go to the left of markers by default. */
  dir?: 'ltr' | 'rtl'
  /** Base for element ids (the title's id); give distinct ones if a page shows two maps. */
  id?: string
  /**
   * Leave out the labels that found no free place (their markers keep their names for screen
   * readers and on hover): for maps with more points than room, where text over text is unreadable.
   */
  dropCrowdedLabels?: boolean
}

const FONT_SIZE = 14
const HOME_FONT_SIZE = 15
const R = 6 // city marker radius
const HOME_R = 10 // home star outer radius
const HIT_R = 14 // invisible hit target: 28 × 28

const round = (n: number) => Math.round(n * 10) / 10

const STAR = (() => {
  const pts: string[] = []
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? HOME_R : HOME_R * 0.45
    const a = (Math.PI / 5) * i - Math.PI / 2
    pts.push(`${round(r * Math.cos(a))},${round(r * Math.sin(a))}`)
  }
  return `M${pts.join('L')}Z`
})()
const DIAMOND = `M0,${-R - 1.5}L${R + 1.5},0L0,${R + 1.5}L${-R - 1.5},0Z`

const STYLE = [
  '.partner-map__link{cursor:pointer}',
  // Outline draws around the link's bounding box (marker + label); the underline is a second cue
  // for browsers that do not outline SVG elements.
  '.partner-map__link:focus-visible{outline:2px solid #111827;outline-offset:1px}',
  '.partner-map__link:hover .partner-map__label,.partner-map__link:focus-visible .partner-map__label{text-decoration:underline}',
].join('')

const labelAttrs = {
  fill: COLORS.text,
  stroke: COLORS.halo,
  strokeWidth: 3.5,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const

type Shape = 'circle' | 'hollow' | 'diamond' | 'hollow-diamond' | 'star'

function Marker({ shape }: { shape: Shape }) {
  switch (shape) {
    case 'star':
      return <path d={STAR} fill={COLORS.home} stroke="#fff" strokeWidth={1.5} strokeLinejoin="round" />
    case 'diamond':
      return <path d={DIAMOND} fill={COLORS.marker} stroke="#fff" strokeWidth={1.5} />
    case 'hollow-diamond':
      return <path d={DIAMOND} fill="#fff" stroke={COLORS.marker} strokeWidth={2.5} />
    case 'hollow':
      return <circle r={R} fill="#fff" stroke={COLORS.marker} strokeWidth={2.5} />
    default:
      return <circle r={R} fill={COLORS.marker} stroke="#fff" strokeWidth={1.5} />
  }
}

function LegendSymbol({ shape }: { shape: Shape }) {
  return (
    <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
      <Marker shape={shape} />
    </svg>
  )
}

const shapeOf = (city: MapCity): Shape => {
  const ended = city.status === 'ended'
  if (city.kind === 'friendly') return ended ? 'hollow-diamond' : 'diamond'
  return ended ? 'hollow' : 'circle'
}

export function PartnerMap({
  cities,
  home,
  title,
  description,
  labels,
  width = 800,
  height = 560,
  dir = 'ltr',
  id = 'partner-map',
  dropCrowdedLabels = false,
}: PartnerMapProps) {
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

  const titleId = `${id}-title`
  const hasEnded = shown.some((c) => c.status === 'ended')
  const hasFriendly = shown.some((c) => c.kind === 'friendly')
  const legendItem = {
    display: 'flex',
    alignItems: 'center',
    gap: '0.4em',
  } as const

  return (
    <figure className="partner-map" style={{ margin: 0 }}>
      <svg
        className="partner-map__svg"
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby={titleId}
        direction="ltr"
        style={{ display: 'block', width: '100%', height: 'auto' }}
      >
        <title id={titleId}>{title}</title>
        <style>{STYLE}</style>
        <g className="partner-map__countries" aria-hidden="true">
          <rect width={width} height={height} fill={COLORS.sea} />
          <image href={outlinesHref(key)} width={width} height={height} />
        </g>
        {homeXY && homePlacement && (
          <g
            className="partner-map__home"
            role="img"
            aria-label={`${home.name} (${labels.home})`}
            transform={`translate(${homeXY[0]},${homeXY[1]})`}
          >
            <Marker shape="star" />
            <text
              x={homePlacement.dx}
              y={round(homePlacement.dy)}
              textAnchor={homePlacement.anchor}
              fontSize={HOME_FONT_SIZE}
              fontWeight={700}
              {...labelAttrs}
            >
              {home.name}
            </text>
          </g>
        )}
        {shown.map((city, i) => {
          const p = cityPlacements[i]
          const ended = city.status === 'ended'
          const words = [city.kind === 'friendly' ? labels.friendly : null, ended ? labels.ended : null].filter(Boolean)
          return (
            <a
              key={city.id}
              href={city.href}
              className="partner-map__link"
              aria-label={words.length ? `${city.name} (${words.join(', ')})` : city.name}
            >
              <g transform={`translate(${cityXY[i][0]},${cityXY[i][1]})`}>
                <circle className="partner-map__hit" r={HIT_R} fill="transparent" stroke="none" />
                <Marker shape={shapeOf(city)} />
                {dropCrowdedLabels && p.crowded ? (
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
        })}
      </svg>
      <ul
        className="partner-map__legend"
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '0.25em 1.5em',
          listStyle: 'none',
          margin: '0.5em 0 0',
          padding: 0,
          fontSize: '0.875em',
        }}
      >
        {homeValid && (
          <li style={legendItem}>
            <LegendSymbol shape="star" />
            {labels.home}
          </li>
        )}
        {labels.partnership && shown.some((c) => c.kind === 'partnership' && c.status !== 'ended') && (
          <li style={legendItem}>
            <LegendSymbol shape="circle" />
            {labels.partnership}
          </li>
        )}
        {hasEnded && (
          <li style={legendItem}>
            <LegendSymbol shape="hollow" />
            {labels.ended}
          </li>
        )}
        {hasFriendly && (
          <li style={legendItem}>
            <LegendSymbol shape="diamond" />
            {labels.friendly}
          </li>
        )}
      </ul>
      <figcaption className="partner-map__caption" style={{ marginTop: '0.5em' }}>
        {description}
      </figcaption>
    </figure>
  )
}
