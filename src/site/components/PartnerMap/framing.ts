/**
 * Which part of the globe a map shows: a projection fitted to its points, and that framing written
 * as a key (it names the outline image) and read back, so markers and outlines share one projection.
 */
import { geoConicConformal, type GeoConicProjection, type GeoProjection } from 'd3-geo'
import type { MultiPoint } from 'geojson'
import atlasPackage from 'world-atlas/package.json'

export type LonLat = [longitude: number, latitude: number]
export type Padding = { top: number; right: number; bottom: number; left: number }

export const isValidLonLat = (longitude: number, latitude: number): boolean =>
  Number.isFinite(longitude) && Number.isFinite(latitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180

/**
 * Lambert conformal conic suited to the points: central meridian in the middle of their longitudes,
 * standard parallels at 1/6 and 5/6 of their latitude span (the usual rule of thumb), then scaled and
 * centred with fitExtent on a MultiPoint of all points inside the padded viewport, and clipped to
 * the viewport so off-screen land produces no path data.
 */
export function frameProjection(points: LonLat[], width: number, height: number, padding: Padding): GeoProjection {
  const valid = points.filter(([lon, lat]) => isValidLonLat(lon, lat))
  if (valid.length === 0) valid.push([19.5, 51.5]) // nothing to show: central Europe
  const lons = valid.map((p) => p[0])
  const lats = valid.map((p) => p[1])
  let [lonMin, lonMax] = [Math.min(...lons), Math.max(...lons)]
  let [latMin, latMax] = [Math.min(...lats), Math.max(...lats)]
  // A single city (or a tight cluster) would be scaled to a street map: keep a regional minimum.
  const lonPad = Math.max(0, 12 - (lonMax - lonMin)) / 2
  const latPad = Math.max(0, 8 - (latMax - latMin)) / 2
  lonMin -= lonPad
  lonMax += lonPad
  latMin = Math.max(-85, latMin - latPad)
  latMax = Math.min(85, latMax + latPad)
  const lon0 = (lonMin + lonMax) / 2
  const span = latMax - latMin
  let [phi1, phi2] = [latMin + span / 6, latMax - span / 6]
  // Parallels symmetric about the equator make the cone degenerate; nudge them.
  if (Math.abs(phi1 + phi2) < 1) [phi1, phi2] = [phi1 + 1, phi2 + 1]

  const frame: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [...valid, [lonMin, latMin], [lonMax, latMax], [lonMin, latMax], [lonMax, latMin]],
  }
  // Only the real points frame the map; the corners above only matter when the points are too close.
  if (lonPad === 0 && latPad === 0) frame.coordinates = valid
  return geoConicConformal()
    .rotate([-lon0, 0])
    .parallels([phi1, phi2])
    .fitExtent(
      [
        [padding.left, padding.top],
        [width - padding.right, height - padding.bottom],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ])
}

// A new atlas version changes every key, so browsers and caches never keep outlines of the old one.
const ATLAS = atlasPackage.version

/**
 * A framing as text: the viewport and the projection's parameters rounded to 3 decimals, led by the
 * atlas version. It names the outline image (`/map/<key>.svg`), and the map places its markers with
 * the projection read back from it, so markers and outlines use the very same numbers.
 */
export function framingKey(projection: GeoProjection, width: number, height: number): string {
  const r = (n: number) => String(Math.round(n * 1000) / 1000)
  const [lambda] = projection.rotate()
  const [phi1, phi2] = (projection as GeoConicProjection).parallels()
  const [tx, ty] = projection.translate()
  return [`${ATLAS}`, `${width}x${height}`, r(lambda), r(phi1), r(phi2), r(projection.scale()), r(tx), r(ty)].join('_')
}

const NUMBER = '(-?\\d{1,7}(?:\\.\\d{1,3})?)'
const KEY = new RegExp(`^${ATLAS.replaceAll('.', '\\.')}_(\\d{2,4})x(\\d{2,4})_${Array(6).fill(NUMBER).join('_')}$`)

/** The framing a key names, or null for anything `framingKey` cannot have written. */
export function framingFromKey(key: string): { projection: GeoProjection; width: number; height: number } | null {
  const match = KEY.exec(key)
  if (!match) return null
  const [width, height, lambda, phi1, phi2, scale, tx, ty] = match.slice(1).map(Number)
  const sane =
    width <= 4000 &&
    height <= 4000 &&
    Math.abs(lambda) <= 180 &&
    Math.abs(phi1) <= 90 &&
    Math.abs(phi2) <= 90 &&
    scale > 0
  if (!sane) return null
  const projection = geoConicConformal()
    .rotate([lambda, 0])
    .parallels([phi1, phi2])
    .scale(scale)
    .translate([tx, ty])
    .clipExtent([
      [0, 0],
      [width, height],
    ])
  return { projection, width, height }
}
