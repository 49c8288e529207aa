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
  /** Language of the page and of `labels`, for the words a fallback-language name is given. */
  locale?: string
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
