import { type ClaimSummary, type EntityDetail, get, type StatementListItem } from '../lib/api.js'
import { claimCard, moreButton, statementItem } from '../lib/components.js'
import { h, replace } from '../lib/dom.js'
import { facts, sideBadge, sideName, why } from '../lib/format.js'
import type { Route } from '../lib/router.js'

export const entityRoute: Route = {
  path: '/entities/:id',
  async render(ctx) {
    const id = encodeURIComponent(ctx.params.id!)
    const d = await get<EntityDetail>(`/entities/${id}`, { limit: 20 })
    const e = d.entity
    ctx.title(e.name)
    const statements = h(
      'ol',
      { class: 'statements' },
      d.statements.map((s) => statementItem(s)),
    )
    const claims = h(
      'div',
      { class: 'claim-list' },
      d.claims.map((c) => claimCard(c, 'h3')),
    )
    let sNext = d.statementsNext
    let cNext = d.claimsNext
    replace(
      ctx.main,
      h('h1', null, e.name),
      facts([
        ['Type', e.type],
        [
          'Side',
          e.affiliation
            ? [
                sideBadge(e.affiliation),
                ' ',
                sideName(e.affiliation),
                e.why.affiliation
                  ? h('span', { class: 'muted' }, ` (by ${e.why.affiliation})`)
                  : null,
              ]
            : 'unknown',
        ],
        ['Also named', e.aliases.join('; ')],
        ['Where', e.geo ? `${e.geo.lat.toFixed(4)}, ${e.geo.lon.toFixed(4)}` : ''],
        ['Found by', why('why', e.why)],
        [
          'In the ledger',
          `${e.mentions} mentions in ${e.articles} articles; ${e.statements} statements`,
        ],
      ]),
      e.type === 'place'
        ? h('p', null, h('a', { href: `/places/${e.id}` }, 'Claims about this place, on the map'))
        : null,
      h(
        'section',
        { 'aria-labelledby': 'cl-h' },
        h('h2', { id: 'cl-h' }, 'Claims they take part in'),
        d.claims.length ? claims : h('p', { class: 'empty' }, 'None.'),
        cNext !== null
          ? moreButton('Show more claims', async () => {
              const p = await get<EntityDetail>(`/entities/${id}`, {
                limit: 20,
                claimsOffset: cNext!,
              })
              for (const c of p.claims as ClaimSummary[]) claims.append(claimCard(c, 'h3'))
              cNext = p.claimsNext
              return cNext !== null
            })
          : null,
      ),
      h(
        'section',
        { 'aria-labelledby': 'st-h' },
        h('h2', { id: 'st-h' }, 'What they said'),
        d.statements.length ? statements : h('p', { class: 'empty' }, 'No statements.'),
        sNext !== null
          ? moreButton('Show more statements', async () => {
              const p = await get<EntityDetail>(`/entities/${id}`, {
                limit: 20,
                statementsOffset: sNext!,
              })
              for (const s of p.statements as StatementListItem[])
                statements.append(statementItem(s))
              sNext = p.statementsNext
              return sNext !== null
            })
          : null,
      ),
    )
  },
}
