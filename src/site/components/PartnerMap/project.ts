/**
 * Pure geometry for the partner-city map: projection framing, country outlines (cached) and a
 * greedy label placer. No React here, so it can be tested and reasoned about on its own.
 */
export { type CountryPath, countryPathCacheSize, countryPaths } from './countries'
export { frameProjection, framingFromKey, framingKey, isValidLonLat, type LonLat, type Padding } from './framing'
export {
  type Box,
  boxesOverlap,
  CHAR_WIDTH,
  estimateTextWidth,
  type LabelInput,
  type LabelPlacement,
  labelBox,
  placeLabels,
  type Side,
} from './labels'

export const COLORS = {
  sea: '#eef5fc',
  land: '#e5e7eb',
  border: '#ffffff',
  marker: '#1d4ed8',
  home: '#b91c1c',
  text: '#111827',
  halo: '#ffffff',
} as const
