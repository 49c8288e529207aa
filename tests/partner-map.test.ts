import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { PartnerMap, type MapCity, type PartnerMapProps } from '@/site/components/PartnerMap'
import { outlinesHref, outlinesSvg } from '@/site/components/PartnerMap/outlines'
import { countryPathCacheSize, framingFromKey, framingKey, placeLabels } from '@/site/components/PartnerMap/project'

// Spec: the public map is plain server-rendered SVG. Every city (and the home city) is projected
// inside the viewBox with room to spare, each city is a named link, ended ones say so, country shapes
// come as a cached image of the framing and are hidden from assistive technology, names are escaped,
// labels don't collide, and the markup stays under a size budget.

const SIZE_BUDGET = 60_000 // bytes of the <svg> element

const HOME = { name: 'Piotrków Trybunalski', latitude: 51.405, longitude: 19.6933 }
const REAL: [name: string, lat: number, lon: number, extra?: 'ended' | 'friendly'][] = [
  ['Esslingen', 48.7408, 9.3111],
  ['Maładeczno', 54.3136, 26.8517, 'ended'],
  ['Równe', 50.6192, 26.2519],
  ['Mosonmagyaróvár', 47.8737, 17.2687],
  ['Marijampole', 54.5567, 23.3544],
  ['Vienne', 45.5253, 4.8758],
  ['Kostroma', 57.7681, 40.9269, 'ended'],
  ['Žagubica', 44.1906, 21.7894],
  ['Ness Ziona', 31.9293, 34.7987],
  ['Petrinja', 45.4406, 16.2783],
  ['Velenje', 46.3625, 15.1144, 'friendly'],
  ['Udine', 46.0667, 13.2333, 'friendly'],
]
const CITIES: MapCity[] = REAL.map(([name, latitude, longitude, extra], i) => ({
  id: i + 1,
  name,
  href: `/en/cities/${encodeURIComponent(name.toLowerCase())}`,
  latitude,
  longitude,
  kind: extra === 'friendly' ? 'friendly' : 'partnership',
  status: extra === 'ended' ? 'ended' : 'active',
}))
const LABELS = { home: 'Our city', ended: 'partnership ended', friendly: 'friendly city' }
const props = (over: Partial<PartnerMapProps> = {}): PartnerMapProps => ({
  cities: CITIES,
  home: HOME,
  title: 'Map of partner cities',
  description: 'Piotrków Trybunalski and its 12 partner and friendly cities. The same cities are listed below.',
  labels: LABELS,
  ...over,
})
const render = (over: Partial<PartnerMapProps> = {}) => renderToStaticMarkup(createElement(PartnerMap, props(over)))

// --- a minimal parser for React's static markup (well-formed, attribute values escaped) -----------

type El = { tag: string; attrs: Record<string, string>; children: Node[]; parent?: El }
type Node = El | string

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

const VOID = new Set(['br', 'img', 'input', 'meta', 'link', 'hr'])

function parse(html: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [] }
  let cur = root
  const re = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(html))) {
    const [, close, tag, rawAttrs, selfClose, text] = m
    if (text !== undefined) {
      cur.children.push(decode(text))
    } else if (close) {
      expect(cur.tag, `closing </${tag}>`).toBe(tag)
      cur = cur.parent!
    } else {
      const attrs: Record<string, string> = {}
      for (const a of rawAttrs.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[a[1]] = decode(a[2] ?? '')
      const el: El = { tag, attrs, children: [], parent: cur }
      cur.children.push(el)
      if (!selfClose && !VOID.has(tag)) cur = el
    }
  }
  expect(cur, 'all elements closed').toBe(root)
  return root
}

const all = (el: El, pred: (e: El) => boolean): El[] =>
  el.children.flatMap((c) => (typeof c === 'string' ? [] : [...(pred(c) ? [c] : []), ...all(c, pred)]))
const textOf = (el: El): string => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
const ancestors = (el: El): El[] => (el.parent ? [el.parent, ...ancestors(el.parent)] : [])
/** A marker's position: the translate() on the element itself or on its first transformed descendant. */
const translate = (el: El): [number, number] => {
  const t = el.attrs.transform ?? all(el, (e) => e.attrs.transform !== undefined)[0]?.attrs.transform
  const m = /^translate\((-?[\d.]+)[ ,](-?[\d.]+)\)$/.exec(t ?? '')
  expect(m, `transform of <${el.tag}>: ${el.attrs.transform}`).not.toBeNull()
  return [Number(m![1]), Number(m![2])]
}

type Box = { x0: number; y0: number; x1: number; y1: number; name: string }
/** A label's estimated box from the SVG alone: 0.6 × font size per character, 1.2 × font size tall. */
function labelBox(text: El, name: string): Box {
  const [tx, ty] = translate(text.parent!)
  const fs = Number(text.attrs['font-size'])
  const x = tx + Number(text.attrs.x ?? 0)
  const y = ty + Number(text.attrs.y ?? 0)
  const w = Array.from(textOf(text)).length * 0.6 * fs
  const anchor = text.attrs['text-anchor'] ?? 'start'
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2
  return { x0, x1: x0 + w, y0: y - 0.95 * fs, y1: y + 0.25 * fs, name }
}
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

function mapParts(html: string) {
  const root = parse(html)
  const [figure] = all(root, (e) => e.tag === 'figure')
  const svg = all(figure, (e) => e.tag === 'svg' && e.attrs.viewBox !== undefined && e.attrs['aria-hidden'] !== 'true')
  expect(svg).toHaveLength(1)
  const [, , W, H] = svg[0].attrs.viewBox.split(' ').map(Number)
  const links = all(svg[0], (e) => e.tag === 'a')
  const [home] = all(svg[0], (e) => e.attrs.class === 'partner-map__home')
  return { root, figure, svg: svg[0], W, H, links, home }
}

// ------------------------------------------------------------------------------------------------

describe('PartnerMap with the 12 real cities and Piotrków', () => {
  const html = render()
  const { figure, svg, W, H, links, home } = mapParts(html)

  it('stays under the size budget', () => {
    const svgBytes = Buffer.byteLength(html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6))
    console.log(`PartnerMap: <svg> ${svgBytes} bytes, whole <figure> ${Buffer.byteLength(html)} bytes`)
    expect(svgBytes).toBeLessThan(SIZE_BUDGET)
  })

  it('draws the countries from the outline image of its framing, the same size as the map', () => {
    const [image] = all(svg, (e) => e.tag === 'image')
    const key = /^\/map\/(.+)\.svg$/.exec(image.attrs.href)?.[1] ?? ''
    expect(outlinesHref(key)).toBe(image.attrs.href)
    expect([Number(image.attrs.width), Number(image.attrs.height)]).toEqual([W, H])
    const outlines = outlinesSvg(key) ?? ''
    expect(outlines).toContain(`viewBox="0 0 ${W} ${H}"`)
    expect(outlines.match(/<path d="M/g)?.length).toBeGreaterThan(30)
    expect(outlines).not.toContain('<script')
  })

  it('uses the default 800 × 560 viewBox', () => {
    expect([W, H]).toEqual([800, 560])
  })

  it('puts every city and the home city well inside the viewBox', () => {
    const MARGIN = 20
    expect(home).toBeDefined()
    for (const el of [home, ...links]) {
      const [x, y] = translate(el)
      const who = el.attrs['aria-label']
      expect(x, `${who} x`).toBeGreaterThanOrEqual(MARGIN)
      expect(x, `${who} x`).toBeLessThanOrEqual(W - MARGIN)
      expect(y, `${who} y`).toBeGreaterThanOrEqual(MARGIN)
      expect(y, `${who} y`).toBeLessThanOrEqual(H - MARGIN)
    }
  })

  it('projects geography sensibly (west is left, north is up)', () => {
    const pos = Object.fromEntries(links.map((a) => [textOf(a), translate(a)]))
    expect(pos.Vienne[0]).toBeLessThan(pos.Esslingen[0])
    expect(pos.Esslingen[0]).toBeLessThan(pos['Równe'][0])
    expect(pos.Kostroma[0]).toBeGreaterThan(pos['Maładeczno'][0])
    expect(pos.Kostroma[1]).toBeLessThan(pos['Marijampole'][1])
    expect(pos['Ness Ziona'][1]).toBeGreaterThan(pos['Žagubica'][1])
    // The whole frame is used: the extremes are near the padded edges, not bunched in the middle.
    const ys = links.map((a) => translate(a)[1])
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(H * 0.7)
  })

  it('has one link per city with its href and an accessible name containing the name', () => {
    expect(links).toHaveLength(CITIES.length)
    for (const city of CITIES) {
      const matching = links.filter((a) => a.attrs.href === city.href)
      expect(matching, city.name).toHaveLength(1)
      expect(matching[0].attrs['aria-label']).toContain(city.name)
      expect(textOf(matching[0])).toBe(city.name)
      expect(matching[0].attrs.class).toContain('partner-map__link')
    }
  })

  it('says "partnership ended" only for ended cities and "friendly city" only for friendly ones', () => {
    for (const city of CITIES) {
      const [a] = links.filter((l) => l.attrs.href === city.href)
      const label = a.attrs['aria-label']
      if (city.status === 'ended') expect(label).toBe(`${city.name} (${LABELS.ended})`)
      else expect(label).not.toContain(LABELS.ended)
      if (city.kind === 'friendly') expect(label).toContain(LABELS.friendly)
      else expect(label).not.toContain(LABELS.friendly)
    }
    expect(links.find((l) => textOf(l) === 'Kostroma')!.attrs['aria-label']).toBe('Kostroma (partnership ended)')
  })

  it('marks kinds by shape, not colour alone', () => {
    const shapeOf = (name: string) => {
      const a = links.find((l) => textOf(l) === name)!
      const marker = all(a, (e) => (e.tag === 'circle' || e.tag === 'path') && e.attrs.class !== 'partner-map__hit')
      expect(marker).toHaveLength(1)
      return `${marker[0].tag} fill=${marker[0].attrs.fill} d=${marker[0].attrs.d ?? ''}`
    }
    const active = shapeOf('Esslingen')
    const ended = shapeOf('Kostroma')
    const friendly = shapeOf('Velenje')
    expect(new Set([active, ended, friendly]).size).toBe(3)
    expect(ended).toMatch(/fill=#fff\b/) // hollow
    expect(friendly.startsWith('path')).toBe(true) // diamond, not a circle
    // Home: not a link, a star, named with the "home" word.
    expect(ancestors(home).some((e) => e.tag === 'a')).toBe(false)
    expect(all(home, (e) => e.tag === 'a')).toHaveLength(0)
    expect(home.attrs['aria-label']).toBe(`${HOME.name} (${LABELS.home})`)
    expect(all(home, (e) => e.tag === 'path')).toHaveLength(1)
    expect(textOf(home)).toBe(HOME.name)
  })

  it('gives every link a hit target of at least 24 × 24', () => {
    for (const a of links) {
      const radii = all(a, (e) => e.tag === 'circle').map((c) => Number(c.attrs.r))
      expect(Math.max(...radii) * 2).toBeGreaterThanOrEqual(24)
    }
  })

  it('hides country shapes from assistive technology', () => {
    const countries = all(svg, (e) => e.attrs.class === 'partner-map__countries')
    expect(countries).toHaveLength(1)
    expect(countries[0].attrs['aria-hidden']).toBe('true')
    expect(all(countries[0], (e) => e.tag === 'image')).toHaveLength(1)
    // Every path in the map is either inside an aria-hidden subtree or part of a named marker.
    for (const p of all(svg, (e) => e.tag === 'path')) {
      const chain = ancestors(p)
      const hidden = chain.some((e) => e.attrs['aria-hidden'] === 'true')
      const marker = chain.some((e) => e.tag === 'a' || e.attrs.role === 'img')
      expect(hidden || marker).toBe(true)
    }
  })

  it('names the svg by a <title> through aria-labelledby, and is not role="img"', () => {
    expect(svg.attrs.role).not.toBe('img')
    const id = svg.attrs['aria-labelledby']
    expect(id).toBeTruthy()
    const titles = all(svg, (e) => e.tag === 'title' && e.attrs.id === id)
    expect(titles).toHaveLength(1)
    expect(textOf(titles[0])).toBe('Map of partner cities')
  })

  it('captions the figure with the description and has a legend with the three words', () => {
    const [caption] = all(figure, (e) => e.tag === 'figcaption')
    expect(textOf(caption)).toBe(props().description)
    const [legend] = all(figure, (e) => e.tag === 'ul')
    const items = all(legend, (e) => e.tag === 'li').map(textOf)
    expect(items).toEqual([LABELS.home, LABELS.ended, LABELS.friendly])
    // legend symbols are decorative
    for (const s of all(legend, (e) => e.tag === 'svg')) expect(s.attrs['aria-hidden']).toBe('true')
  })

  it('ships a focus style for the links inside the svg', () => {
    const [style] = all(svg, (e) => e.tag === 'style')
    expect(textOf(style)).toMatch(/\.partner-map__link:focus-visible\{[^}]*outline:[^}]*solid/)
  })

  it('labels right of the markers by default, with a white halo', () => {
    const texts = all(svg, (e) => e.tag === 'text')
    expect(texts).toHaveLength(13)
    const right = texts.filter((t) => t.attrs['text-anchor'] === 'start' && Number(t.attrs.x) > 0)
    expect(right.length).toBeGreaterThanOrEqual(9)
    for (const t of texts) {
      expect(t.attrs['paint-order']).toBe('stroke')
      expect(t.attrs.stroke?.toLowerCase()).toMatch(/^#f{3}(f{3})?$/)
      expect(Number(t.attrs['font-size'])).toBeGreaterThanOrEqual(12)
    }
  })

  it("keeps labels' estimated boxes apart, off other markers and inside the viewBox", () => {
    const boxes = all(svg, (e) => e.tag === 'text').map((t) => labelBox(t, textOf(t)))
    for (const [i, a] of boxes.entries()) {
      expect(a.x0, `${a.name} left`).toBeGreaterThanOrEqual(0)
      expect(a.x1, `${a.name} right`).toBeLessThanOrEqual(W)
      expect(a.y0, `${a.name} top`).toBeGreaterThanOrEqual(0)
      expect(a.y1, `${a.name} bottom`).toBeLessThanOrEqual(H)
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.name} × ${b.name}`).toBe(false)
    }
    const markers = [home, ...links].map((el) => {
      const [x, y] = translate(el)
      return { x0: x - 6, x1: x + 6, y0: y - 6, y1: y + 6, name: textOf(el) }
    })
    for (const a of boxes)
      for (const m of markers)
        if (m.name !== a.name) expect(overlap(a, m), `${a.name} over ${m.name}'s marker`).toBe(false)
  })
})

describe('PartnerMap details', () => {
  it('escapes names and other text: no markup injection', () => {
    const evil = '<script>alert("x")</script>'
    const html = render({
      title: `Map ${evil}`,
      description: `About ${evil}`,
      home: { ...HOME, name: `Home ${evil}` },
      cities: [{ ...CITIES[0], name: `Bad ${evil}`, href: '/en/cities/bad?a=1&b="2"' }, ...CITIES.slice(1)],
      labels: { ...LABELS, ended: `ended ${evil}` },
    })
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;')
    const { links, svg } = mapParts(html)
    expect(links[0].attrs['aria-label']).toBe(`Bad ${evil}`)
    expect(links[0].attrs.href).toBe('/en/cities/bad?a=1&b="2"')
    expect(textOf(all(svg, (e) => e.tag === 'title')[0])).toBe(`Map ${evil}`)
  })

  it('puts a fallback-language name in lang', () => {
    const cities = CITIES.map((c) => (c.name === 'Ness Ziona' ? { ...c, name: 'נס ציונה', lang: 'he' } : c))
    const { links } = mapParts(render({ cities }))
    const text = (name: string) =>
      all(
        links.find((a) => textOf(a) === name)!,
        (e) => e.tag === 'text',
      )[0]
    expect(text('נס ציונה').attrs.lang).toBe('he')
    expect(text('Esslingen').attrs.lang).toBeUndefined()
  })

  it("names a fallback-language link in that language, and describes it with the page's words in the page's", () => {
    const cities = CITIES.map((c) => (c.name === 'Kostroma' ? { ...c, name: 'Кострома', lang: 'ru' } : c))
    const { links } = mapParts(render({ cities, locale: 'en' }))
    const link = links.find((a) => a.attrs['aria-label'] === 'Кострома')!
    expect(link.attrs.lang).toBe('ru')
    const [description] = all(link, (e) => e.tag === 'desc')
    expect(textOf(description)).toBe(LABELS.ended)
    expect(description.attrs.lang).toBe('en')
    const esslingen = links.find((a) => a.attrs['aria-label']?.startsWith('Esslingen'))!
    expect(esslingen.attrs.lang).toBeUndefined()
  })

  it('puts labels on the left, anchored at the end, for right-to-left readers', () => {
    const { svg, W, H, links, home } = mapParts(render({ dir: 'rtl' }))
    const texts = all(svg, (e) => e.tag === 'text')
    const left = texts.filter((t) => t.attrs['text-anchor'] === 'end' && Number(t.attrs.x) < 0)
    expect(left.length).toBeGreaterThanOrEqual(9)
    // Anchors are physical whatever the page direction: the svg pins direction to ltr.
    expect(svg.attrs.direction).toBe('ltr')
    const boxes = texts.map((t) => labelBox(t, textOf(t)))
    for (const [i, a] of boxes.entries()) {
      expect(a.x0).toBeGreaterThanOrEqual(0)
      expect(a.x1).toBeLessThanOrEqual(W)
      expect(a.y0).toBeGreaterThanOrEqual(0)
      expect(a.y1).toBeLessThanOrEqual(H)
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.name} × ${b.name}`).toBe(false)
    }
    expect(links).toHaveLength(12)
    expect(home).toBeDefined()
  })

  it('honours width and height and still fits every place', () => {
    const { W, H, links, home } = mapParts(render({ width: 600, height: 600 }))
    expect([W, H]).toEqual([600, 600])
    for (const el of [home, ...links]) {
      const [x, y] = translate(el)
      expect(x).toBeGreaterThan(10)
      expect(x).toBeLessThan(W - 10)
      expect(y).toBeGreaterThan(10)
      expect(y).toBeLessThan(H - 10)
    }
  })

  it('caches country paths per framing', () => {
    const keyOf = (html: string) => /href="\/map\/([^"]+)\.svg"/.exec(html)![1]
    const key = keyOf(render())
    const a = outlinesSvg(key)
    const before = countryPathCacheSize()
    expect(outlinesSvg(key)).toBe(a)
    expect(countryPathCacheSize()).toBe(before)
    outlinesSvg(keyOf(render({ width: 640, height: 480 })))
    expect(countryPathCacheSize()).toBe(before + 1)
  })

  it('reads back the framing a key names, and nothing else', () => {
    const key = /href="\/map\/([^"]+)\.svg"/.exec(render())![1]
    const framing = framingFromKey(key)!
    expect(framingKey(framing.projection, framing.width, framing.height)).toBe(key)
    const [atlas] = key.split('_')
    for (const bad of [
      '',
      'x',
      key.replace(atlas, '0.0.1'),
      `${key}_1`,
      `${key}/../x`,
      key.replace('800x560', '99999x560'),
      key.replace(/_[^_]+$/, '_NaN'),
      `${key}<svg>`,
    ]) {
      expect(framingFromKey(bad), bad).toBeNull()
      expect(outlinesSvg(bad), bad).toBeNull()
    }
  })

  it('survives an empty list, a lone city and unusable coordinates', () => {
    const empty = mapParts(render({ cities: [] }))
    expect(empty.links).toHaveLength(0)
    const [hx, hy] = translate(empty.home)
    expect(hx).toBeCloseTo(400, 0)
    expect(hy).toBeGreaterThan(20)
    expect(hy).toBeLessThan(540)

    const broken = { ...CITIES[0], id: 'x', name: 'Nowhere', href: '/x', latitude: NaN, longitude: 500 }
    const lone = mapParts(render({ cities: [CITIES[1], broken] }))
    expect(lone.links.map((a) => textOf(a))).toEqual(['Maładeczno'])
    for (const el of [lone.home, ...lone.links]) {
      const [x, y] = translate(el)
      expect(x > 20 && x < 780 && y > 20 && y < 540).toBe(true)
    }
    // an ended city but no friendly one: no friendly entry in the legend
    expect(all(lone.figure, (e) => e.tag === 'li').map(textOf)).toEqual([LABELS.home, LABELS.ended])
  })
})

describe('placeLabels', () => {
  it('moves a label off a neighbour and prefers the reading side', () => {
    const items = [
      { x: 100, y: 100, radius: 6, text: 'Alpha', fontSize: 14 },
      { x: 130, y: 102, radius: 6, text: 'Beta', fontSize: 14 },
    ]
    const [a, b] = placeLabels(items, 400, 300)
    expect(a.side).toBe('left') // on the right it would cover Beta's marker
    expect(b.side).toBe('right') // Beta's right side is free
    const [alone] = placeLabels([items[0]], 400, 300)
    expect(alone.side).toBe('right')
    const [r] = placeLabels([items[0]], 400, 300, 'rtl')
    expect(r).toMatchObject({ side: 'left', anchor: 'end' })
    expect(r.dx).toBeLessThan(0)
  })

  it('keeps labels inside the viewport at the edges', () => {
    const [p] = placeLabels([{ x: 390, y: 150, radius: 6, text: 'Kostroma', fontSize: 14 }], 400, 300)
    expect(p.side).toBe('left')
    expect(p.box.x0).toBeGreaterThanOrEqual(0)
  })
})
