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
import { layoutMap } from './layout'
import { Legend } from './Legend'
import { CityPlace, HomePlace } from './Places'
import { COLORS } from './project'
import { outlinesHref } from './outlines'
import type { PartnerMapProps } from './types'

export type { MapCity, PartnerMapProps } from './types'

const STYLE = [
  '.partner-map__link{cursor:pointer}',
  // Outline draws around the link's bounding box (marker + label); the underline is a second cue
  // for browsers that do not outline SVG elements.
  '.partner-map__link:focus-visible{outline:2px solid #111827;outline-offset:1px}',
  '.partner-map__link:hover .partner-map__label,.partner-map__link:focus-visible .partner-map__label{text-decoration:underline}',
].join('')

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
  locale,
}: PartnerMapProps) {
  const { shown, homeValid, key, homeXY, cityXY, homePlacement, cityPlacements } = layoutMap({
    cities,
    home,
    width,
    height,
    dir,
  })
  const titleId = `${id}-title`

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
        {homeXY && homePlacement && <HomePlace home={home} label={labels.home} xy={homeXY} placement={homePlacement} />}
        {shown.map((city, i) => (
          <CityPlace
            key={city.id}
            city={city}
            labels={labels}
            xy={cityXY[i]}
            placement={cityPlacements[i]}
            dropCrowdedLabel={dropCrowdedLabels}
            locale={locale}
          />
        ))}
      </svg>
      <Legend shown={shown} homeValid={homeValid} labels={labels} />
      <figcaption className="partner-map__caption" style={{ marginTop: '0.5em' }}>
        {description}
      </figcaption>
    </figure>
  )
}
