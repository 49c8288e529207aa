/** Where each label goes beside its marker, from estimated text widths (no font metrics on the server). */
export type Box = { x0: number; y0: number; x1: number; y1: number }

/** Average glyph advance used to estimate a label's width: 0.6 × font size per character. */
export const CHAR_WIDTH = 0.6

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
