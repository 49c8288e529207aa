import { LegendSymbol } from './Marker'
import type { MapCity, PartnerMapProps } from './types'

const legendItem = {
  display: 'flex',
  alignItems: 'center',
  gap: '0.4em',
} as const

/** One entry per kind of marker the map shows. */
export function Legend({
  shown,
  homeValid,
  labels,
}: {
  shown: MapCity[]
  homeValid: boolean
  labels: PartnerMapProps['labels']
}) {
  const hasEnded = shown.some((c) => c.status === 'ended')
  const hasFriendly = shown.some((c) => c.kind === 'friendly')
  return (
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
  )
}
