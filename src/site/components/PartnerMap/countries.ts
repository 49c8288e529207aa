/**
 * Data: Natural Earth 1:110m countries from world-atlas. The 1:50m file was measured too: drawn
 * with geoPath().digits(1) in this framing its country paths alone are ~164 KB, against ~20 KB for
 * 1:110m, and the whole map has a ~60 KB budget. At this scale (1 px ≈ 5 km) 1:110m reads fine.
 */
import { geoPath, type GeoProjection } from 'd3-geo'
import type { FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'

import { framingKey } from './framing'

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
let countriesGeo: FeatureCollection<Geometry, { name: string }> | undefined
const countries = () =>
  (countriesGeo ??= feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>)

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
