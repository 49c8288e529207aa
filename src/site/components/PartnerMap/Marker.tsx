import { COLORS } from './project'
import { HOME_R, R, round } from './sizes'
import type { MapCity } from './types'

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

type Shape = 'circle' | 'hollow' | 'diamond' | 'hollow-diamond' | 'star'

export function Marker({ shape }: { shape: Shape }) {
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

export function LegendSymbol({ shape }: { shape: Shape }) {
  return (
    <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
      <Marker shape={shape} />
    </svg>
  )
}

export const shapeOf = (city: MapCity): Shape => {
  const ended = city.status === 'ended'
  if (city.kind === 'friendly') return ended ? 'hollow-diamond' : 'diamond'
  return ended ? 'hollow' : 'circle'
}
