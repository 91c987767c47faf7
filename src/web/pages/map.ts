import { get, type Page, type PlaceSummary } from '../lib/api.js'
import { h, replace } from '../lib/dom.js'
import { day } from '../lib/format.js'
import type { Route } from '../lib/router.js'

export const mapRoute: Route = {
  path: '/map',
  async render(ctx) {
    const all = ctx.query.get('all') === 'true'
    ctx.title(all ? 'Map of places' : 'Map of contested places')
    const places = await get<Page<PlaceSummary>>('/places', { all, limit: 1000 })
    const located = places.items.filter((p) => p.lat !== null && p.lon !== null)
    const { worldMap } = await import('../lib/world-map.js')
    const map = await worldMap(
      located.map((p) => ({
        id: p.id,
        name: p.name,
        lat: p.lat!,
        lon: p.lon!,
        claims: p.claims,
        disputed: p.disputed,
        href: `/places/${p.id}`,
      })),
      all ? 'Places claims are about' : 'Contested places',
    )
    replace(
      ctx.main,
      h('h1', null, all ? 'Places' : 'Contested places'),
      h(
        'p',
        { class: 'lede' },
        all
          ? 'Every place a claim is about. '
          : 'Places with a disputed claim: one side says it, another denies it. ',
        h(
          'a',
          { href: all ? '/map' : '/map?all=true' },
          all ? 'Show contested places only' : 'Show every place with a claim',
        ),
      ),
      map,
      h(
        'table',
        { class: 'places' },
        h('caption', null, 'The same places as a table'),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['Place', 'Country', 'Claims', 'Disputed', 'Last active', 'Coordinates'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          places.items.map((p) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, h('a', { href: `/places/${p.id}` }, p.name)),
              h('td', null, p.country ?? ''),
              h('td', { class: 'num' }, String(p.claims)),
              h('td', { class: 'num' }, String(p.disputed)),
              h('td', null, day(p.lastSeen)),
              h(
                'td',
                null,
                p.lat !== null && p.lon !== null
                  ? `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`
                  : 'unknown',
              ),
            ),
          ),
        ),
      ),
      places.items.length === 0 ? h('p', { class: 'empty' }, 'No places yet.') : null,
    )
  },
}
