import { type GeoProjection, geoGraticule10, geoMercator, geoPath } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlasUrl from 'world-atlas/countries-50m.json?url'
import { h, svg } from './dom.js'

/** A place on the map. */
export interface MapPoint {
  id: string
  name: string
  lat: number
  lon: number
  /** How many claims: the dot's size. */
  claims: number
  disputed: number
  href: string
}

let countries: Promise<FeatureCollection<Geometry>> | null = null

/** Natural Earth country shapes (1:50m, from the world-atlas package), bundled with the dashboard. */
function loadCountries(): Promise<FeatureCollection<Geometry>> {
  countries ??= fetch(atlasUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`basemap: HTTP ${r.status}`)
      return r.json() as Promise<Topology<{ countries: GeometryCollection }>>
    })
    .then((topo) => feature(topo, topo.objects.countries) as FeatureCollection<Geometry>)
  return countries
}

const W = 960
const H = 540

/** The smallest area the map shows, in degrees, so one place is not drawn at street level. */
const MIN_SPAN = 24

function fitted(points: MapPoint[]): GeoProjection {
  const p = geoMercator()
  if (points.length === 0) {
    return p.fitExtent(
      [
        [0, 0],
        [W, H],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [-170, -55],
          [170, 72],
        ],
      },
    )
  }
  let [x0, y0, x1, y1] = [180, 90, -180, -90]
  for (const q of points) {
    x0 = Math.min(x0, q.lon)
    x1 = Math.max(x1, q.lon)
    y0 = Math.min(y0, q.lat)
    y1 = Math.max(y1, q.lat)
  }
  const cx = (x0 + x1) / 2
  const cy = (y0 + y1) / 2
  const sx = Math.max(MIN_SPAN, (x1 - x0) * 1.3) / 2
  const sy = Math.max(MIN_SPAN / 2, (y1 - y0) * 1.3) / 2
  return p.fitExtent(
    [
      [20, 20],
      [W - 20, H - 20],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [Math.max(-180, cx - sx), Math.max(-80, cy - sy)],
        [Math.min(180, cx + sx), Math.min(84, cy + sy)],
      ],
    },
  )
}

/**
 * A map of places on an offline basemap, with zoom and pan by buttons, arrow keys or dragging.
 * Each place is a link; the caller lists the same places as text for those who cannot see it.
 * @example
 * container.append(await worldMap(points, 'Contested places'))
 */
export async function worldMap(points: MapPoint[], label: string): Promise<HTMLElement> {
  const shapes = await loadCountries()
  const base = fitted(points)
  const baseScale = base.scale()
  const baseTranslate = base.translate()
  let k = 1
  let dx = 0
  let dy = 0
  const max = Math.max(1, ...points.map((p) => p.claims))
  const drawing = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'group',
    'aria-label': label,
    class: 'world-map',
    preserveAspectRatio: 'xMidYMid meet',
  })

  const draw = () => {
    const proj = geoMercator()
      .scale(baseScale * k)
      .translate([
        (baseTranslate[0] - W / 2) * k + W / 2 + dx,
        (baseTranslate[1] - H / 2) * k + H / 2 + dy,
      ])
      .clipExtent([
        [0, 0],
        [W, H],
      ])
    const path = geoPath(proj)
    const land = svg(
      'g',
      { class: 'land', 'aria-hidden': 'true' },
      svg('path', { class: 'graticule', d: path(geoGraticule10()) ?? '' }),
      shapes.features.map((f: Feature<Geometry>) =>
        svg('path', { class: 'country', d: path(f) ?? '' }),
      ),
    )
    // country names where a country is big enough on screen to hold one, for orientation
    const names = svg(
      'g',
      { class: 'country-names', 'aria-hidden': 'true' },
      shapes.features.map((f: Feature<Geometry>) => {
        const name = (f.properties as { name?: string } | null)?.name
        if (!name || path.area(f) < 4000) return null
        const [x, y] = path.centroid(f)
        if (!Number.isFinite(x) || x < 0 || x > W || y < 0 || y > H) return null
        return svg('text', { x: x.toFixed(1), y: y.toFixed(1), 'text-anchor': 'middle' }, name)
      }),
    )
    const labelled =
      points.length <= 40 ? points : [...points].sort((a, b) => b.claims - a.claims).slice(0, 40)
    const dots = svg(
      'g',
      { class: 'dots' },
      points.map((p) => {
        const xy = proj([p.lon, p.lat])
        if (!xy || xy[0] < 0 || xy[0] > W || xy[1] < 0 || xy[1] > H) return null
        const r = 4 + 10 * Math.sqrt(p.claims / max)
        return svg(
          'a',
          {
            href: p.href,
            class: `dot${p.disputed > 0 ? ' disputed' : ''}`,
            'aria-label': `${p.name}: ${p.claims} claims, ${p.disputed} disputed`,
          },
          svg('title', null, `${p.name}: ${p.claims} claims, ${p.disputed} disputed`),
          svg('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1) }),
          labelled.includes(p)
            ? svg('text', { x: (xy[0] + r + 3).toFixed(1), y: (xy[1] + 4).toFixed(1) }, p.name)
            : null,
        )
      }),
    )
    drawing.replaceChildren(land, names, dots)
  }
  draw()

  const zoom = (f: number) => {
    k = Math.min(64, Math.max(0.5, k * f))
    dx *= f
    dy *= f
    draw()
  }
  const pan = (x: number, y: number) => {
    dx += x
    dy += y
    draw()
  }
  const button = (text: string, title: string, fn: () => void) =>
    h('button', { type: 'button', 'aria-label': title, title, onclick: fn }, text)
  const frame = h(
    'div',
    {
      class: 'map-frame',
      tabindex: 0,
      'aria-label': `${label}. Arrow keys pan, plus and minus zoom, 0 resets.`,
    },
    drawing,
  )
  frame.addEventListener('keydown', (ev) => {
    const step = 60
    const keys: Record<string, () => void> = {
      ArrowLeft: () => pan(step, 0),
      ArrowRight: () => pan(-step, 0),
      ArrowUp: () => pan(0, step),
      ArrowDown: () => pan(0, -step),
      '+': () => zoom(1.5),
      '=': () => zoom(1.5),
      '-': () => zoom(1 / 1.5),
      '0': () => {
        k = 1
        dx = 0
        dy = 0
        draw()
      },
    }
    const fn = ev.target === frame ? keys[ev.key] : undefined
    if (fn) {
      ev.preventDefault()
      fn()
    }
  })
  let drag: { x: number; y: number } | null = null
  drawing.addEventListener('pointerdown', (ev) => {
    if ((ev.target as Element).closest('a')) return
    drag = { x: ev.clientX, y: ev.clientY }
    drawing.setPointerCapture(ev.pointerId)
  })
  drawing.addEventListener('pointerup', (ev) => {
    if (!drag) return
    const scale = W / drawing.getBoundingClientRect().width
    pan((ev.clientX - drag.x) * scale, (ev.clientY - drag.y) * scale)
    drag = null
  })
  return h(
    'figure',
    { class: 'map' },
    h(
      'div',
      { class: 'map-tools' },
      button('+', 'Zoom in', () => zoom(1.5)),
      button('−', 'Zoom out', () => zoom(1 / 1.5)),
      button('Reset', 'Show all places', () => {
        k = 1
        dx = 0
        dy = 0
        draw()
      }),
    ),
    frame,
    h(
      'figcaption',
      { class: 'muted' },
      'Basemap: Natural Earth (public domain), via world-atlas. Red dots: places with a disputed claim.',
    ),
  )
}
