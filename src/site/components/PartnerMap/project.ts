/**
 * Pure geometry for the partner-city map: projection framing, country outlines (cached) and a
 * greedy label placer. No React here, so it can be tested and reasoned about on its own.
 *
 * Data: Natural Earth 1:110m countries from world-atlas. The 1:50m file was measured too: drawn
 * with geoPath().digits(1) in this framing its country paths alone are ~164 KB, against ~20 KB for
 * 1:110m, and the whole map has a ~60 KB budget. At this scale (1 px ≈ 5 km) 1:110m reads fine.
 */
import { geoConicConformal, geoPath, type GeoConicProjection, type GeoProjection } from 'd3-geo'
import type { FeatureCollection, Geometry, MultiPoint } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'
import atlasPackage from 'world-atlas/package.json'

export type LonLat = [longitude: number, latitude: number]
export type Box = { x0: number; y0: number; x1: number; y1: number }
export type Padding = { top: number; right: number; bottom: number; left: number }

export const COLORS = {
  sea: '#eef5fc',
  land: '#e5e7eb',
  border: '#ffffff',
  marker: '#1d4ed8',
  home: '#b91c1c',
  text: '#111827',
  halo: '#ffffff',
} as const

/** Average glyph advance used to estimate a label's width: 0.6 × font size per character. */
export const CHAR_WIDTH = 0.6

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
let countriesGeo: FeatureCollection<Geometry, { name: string }> | undefined
const countries = () =>
  (countriesGeo ??= feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>)

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

export type CountryPath = { id: string; d: string }

const CACHE_LIMIT = 16
const pathCache = new Map<string, CountryPath[]>()

/**
 * SVG path data of every country that is at least partly in view, rounded to 0.1 px. Cached per
 * projection (viewport size and framing) in module scope, so repeated renders of the same map reuse
 * the strings instead of re-projecting ~170 countries.
 */
export function countryPaths(projection: GeoProjection, width: number, height: number): CountryPath[] {
  const key = framingKey(projection, width, height)
  const hit = pathCache.get(key)
  if (hit) return hit
  const path = geoPath(projection).digits(1)
  const out: CountryPath[] = []
  for (const [i, f] of countries().features.entries()) {
    const d = path(f)
    if (d) out.push({ id: String(f.id ?? i), d })
  }
  if (pathCache.size >= CACHE_LIMIT) pathCache.delete(pathCache.keys().next().value as string)
  pathCache.set(key, out)
  return out
}

/** For tests: how many framings are cached. */
export const countryPathCacheSize = () => pathCache.size

export const estimateTextWidth = (text: string, fontSize: number, charWidth = CHAR_WIDTH) =>
  Array.from(text).length * charWidth * fontSize

/**
 * A label's estimated box from its baseline position and anchor. Height is 1.2 × font size: 0.95
 * above the baseline, 0.25 below. Tests recompute boxes from the SVG with the same convention.
 */
export function labelBox(
  x: number,
  baseline: number,
  anchor: 'start' | 'middle' | 'end',
  width: number,
  fontSize: number,
): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2
  return { x0, x1: x0 + width, y0: baseline - 0.95 * fontSize, y1: baseline + 0.25 * fontSize }
}

export const boxesOverlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0))

export type Side = 'right' | 'left' | 'above' | 'below' | 'right-up' | 'right-down' | 'left-up' | 'left-down'
export type LabelInput = {
  x: number
  y: number
  /** Marker radius: the label keeps this far plus a gap from the marker's centre. */
  radius: number
  text: string
  fontSize: number
  /** Glyph advance factor, e.g. a little more for bold text. */
  charWidth?: number
}
export type LabelPlacement = {
  side: Side
  /** Label position relative to the marker centre. */
  dx: number
  dy: number
  anchor: 'start' | 'middle' | 'end'
  box: Box
  /** No free place was found: the label overlaps another label, a marker or the edge. */
  crowded?: boolean
}

const GAP = 4

/**
 * Greedy placement: each label in turn tries its preferred side (right, or left for right-to-left
 * readers), then the other side, above, below, and beside but shifted up or down by most of a line;
 * it takes the first whose box stays in the viewport and overlaps neither an already placed label nor
 * any marker. If none is free it takes the least bad one.
 */
export function placeLabels(
  items: LabelInput[],
  width: number,
  height: number,
  dir: 'ltr' | 'rtl' = 'ltr',
): LabelPlacement[] {
  const sides: Side[] =
    dir === 'rtl'
      ? ['left', 'right', 'above', 'below', 'left-up', 'left-down', 'right-up', 'right-down']
      : ['right', 'left', 'above', 'below', 'right-up', 'right-down', 'left-up', 'left-down']
  const markers: Box[] = items.map(({ x, y, radius }) => ({
    x0: x - radius,
    x1: x + radius,
    y0: y - radius,
    y1: y + radius,
  }))
  const placed: Box[] = []
  return items.map((item, index) => {
    const { x, y, radius, text, fontSize } = item
    const w = estimateTextWidth(text, fontSize, item.charWidth)
    const off = radius + GAP
    const candidates = sides.map((side): LabelPlacement => {
      let dx = 0
      let dy = 0
      let anchor: LabelPlacement['anchor'] = 'middle'
      if (side.startsWith('right') || side.startsWith('left')) {
        const right = side.startsWith('right')
        dx = right ? off : -off
        dy = 0.35 * fontSize // baseline that centres the box (0.95 up, 0.25 down) on the marker
        if (side.endsWith('-up')) dy -= 0.8 * fontSize
        if (side.endsWith('-down')) dy += 0.8 * fontSize
        anchor = right ? 'start' : 'end'
      } else if (side === 'above') {
        dy = -off - 0.25 * fontSize
      } else {
        dy = off + 0.95 * fontSize
      }
      return { side, dx, dy, anchor, box: labelBox(x + dx, y + dy, anchor, w, fontSize) }
    })
    const cost = (c: LabelPlacement) => {
      const b = c.box
      const outside =
        Math.max(0, 2 - b.x0) +
        Math.max(0, b.x1 - (width - 2)) +
        Math.max(0, 2 - b.y0) +
        Math.max(0, b.y1 - (height - 2))
      let overlap = outside * fontSize * 10
      for (const p of placed) overlap += overlapArea(b, p)
      markers.forEach((m, i) => {
        if (i !== index) overlap += overlapArea(b, m)
      })
      return overlap
    }
    let best = candidates[0]
    let bestCost = Infinity
    for (const c of candidates) {
      const k = cost(c)
      if (k === 0) {
        best = c
        bestCost = 0
        break
      }
      if (k < bestCost) [best, bestCost] = [c, k]
    }
    placed.push(best.box)
    return bestCost > 0 ? { ...best, crowded: true } : best
  })
}
