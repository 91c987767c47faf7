import { type ClaimSummary, get, type PlaceDetail } from '../lib/api.js'
import { claimCard, moreButton } from '../lib/components.js'
import { h, replace } from '../lib/dom.js'
import { dateRange, facts, plural, statusBadge } from '../lib/format.js'
import type { Route } from '../lib/router.js'

/** Claims as a timeline: oldest first, each with its span of dates and its status. */
function timeline(claims: ClaimSummary[]): HTMLElement {
  const sorted = [...claims].sort(
    (a, b) => (a.firstSeen ?? '').localeCompare(b.firstSeen ?? '') || a.id.localeCompare(b.id),
  )
  return h(
    'ol',
    { class: 'place-timeline' },
    sorted.map((c) =>
      h(
        'li',
        { class: c.disputed ? 'disputed' : '' },
        h('time', { datetime: c.firstSeen ?? '' }, dateRange(c.firstSeen, c.lastSeen)),
        ' ',
        statusBadge(c.status),
        ' ',
        h('a', { href: `/claims/${c.id}` }, c.text),
        h('span', { class: 'muted' }, ` · ${plural(c.statements, 'statement')}`),
      ),
    ),
  )
}

export const placeRoute: Route = {
  path: '/places/:id',
  async render(ctx) {
    const id = encodeURIComponent(ctx.params.id!)
    const d = await get<PlaceDetail>(`/places/${id}`, { limit: 50 })
    const p = d.place
    ctx.title(p.name)
    const claims = [...d.claims]
    const tl = h('div', null, timeline(claims))
    const cards = h(
      'div',
      { class: 'claim-list' },
      claims.map((c) => claimCard(c, 'h3')),
    )
    let next = d.next
    const { worldMap } = await import('../lib/world-map.js')
    const map = p.geo
      ? await worldMap(
          [
            {
              id: p.id,
              name: p.name,
              lat: p.geo.lat,
              lon: p.geo.lon,
              claims: claims.length,
              disputed: claims.filter((c) => c.disputed).length,
              href: `/places/${p.id}`,
            },
          ],
          `Where ${p.name} is`,
        )
      : null
    replace(
      ctx.main,
      h('p', { class: 'crumbs' }, h('a', { href: '/map' }, 'Map'), ' ›'),
      h('h1', null, p.name),
      facts([
        ['Kind', p.placeKind ?? p.type],
        ['Country', p.country ?? ''],
        ['Coordinates', p.geo ? `${p.geo.lat.toFixed(4)}, ${p.geo.lon.toFixed(4)}` : 'unknown'],
        ['Also named', p.aliases.join('; ')],
        ['In the ledger', `${p.mentions} mentions in ${p.articles} articles`],
      ]),
      map,
      h('h2', null, 'Timeline of its claims'),
      claims.length ? tl : h('p', { class: 'empty' }, 'No claims about this place.'),
      h('h2', null, 'Claims, most recently active first'),
      cards,
      next !== null
        ? moreButton('Show more claims', async () => {
            const page = await get<PlaceDetail>(`/places/${id}`, { limit: 50, offset: next! })
            claims.push(...page.claims)
            cards.append(...page.claims.map((c) => claimCard(c, 'h3')))
            tl.replaceChildren(timeline(claims))
            next = page.next
            return next !== null
          })
        : null,
    )
  },
}
