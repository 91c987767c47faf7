import { type ClaimSummary, get, type Page } from '../lib/api.js'
import { claimCard, moreButton } from '../lib/components.js'
import { h, replace } from '../lib/dom.js'
import type { Route, RouteContext } from '../lib/router.js'

const FILTERS = ['side', 'from', 'to', 'status', 'place', 'entity', 'kind', 'disputed'] as const

function filterForm(ctx: RouteContext, disputesOnly: boolean): HTMLElement {
  const q = ctx.query
  const field = (name: string, label: string, input: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), input)
  return h(
    'form',
    {
      class: 'filters',
      method: 'get',
      action: disputesOnly ? '/disputes' : '/claims',
      'aria-label': 'Filter',
    },
    field(
      'side',
      'Side (country code)',
      h('input', {
        id: 'f-side',
        name: 'side',
        value: q.get('side') ?? '',
        size: 3,
        maxlength: 2,
        pattern: '[A-Za-z]{2}',
        placeholder: 'e.g. FR',
      }),
    ),
    field(
      'from',
      'Active from',
      h('input', { id: 'f-from', name: 'from', type: 'date', value: q.get('from') ?? '' }),
    ),
    field(
      'to',
      'Active until',
      h('input', { id: 'f-to', name: 'to', type: 'date', value: q.get('to') ?? '' }),
    ),
    disputesOnly
      ? null
      : [
          field(
            'status',
            'Status',
            h(
              'select',
              { id: 'f-status', name: 'status' },
              ['', 'asserted', 'contested', 'conceded', 'corroborated', 'refuted'].map((s) =>
                h('option', { value: s, selected: q.get('status') === s }, s || 'any'),
              ),
            ),
          ),
          field(
            'disputed',
            'Disputed',
            h(
              'select',
              { id: 'f-disputed', name: 'disputed' },
              [
                ['', 'any'],
                ['true', 'disputed only'],
                ['false', 'not disputed'],
              ].map(([v, l]) =>
                h('option', { value: v!, selected: (q.get('disputed') ?? '') === v }, l!),
              ),
            ),
          ),
        ],
    q.get('place') ? h('input', { type: 'hidden', name: 'place', value: q.get('place')! }) : null,
    q.get('entity')
      ? h('input', { type: 'hidden', name: 'entity', value: q.get('entity')! })
      : null,
    h('div', { class: 'field' }, h('button', { type: 'submit' }, 'Apply')),
  )
}

async function renderList(ctx: RouteContext, disputesOnly: boolean): Promise<void> {
  const params: Record<string, string> = {}
  for (const f of FILTERS) {
    const v = ctx.query.get(f)
    if (v) params[f] = v
  }
  const path = disputesOnly ? '/disputes' : '/claims'
  const first = await get<Page<ClaimSummary>>(path, { ...params, limit: 20 })
  const title = disputesOnly ? 'Disputes' : 'Claims'
  ctx.title(title)
  const list = h('div', { class: 'claim-list' })
  const add = (items: ClaimSummary[]) => {
    for (const c of items) list.append(claimCard(c))
  }
  add(first.items)
  let next = first.next
  replace(
    ctx.main,
    h('h1', null, title),
    h(
      'p',
      { class: 'lede' },
      disputesOnly
        ? 'Claims one side supports and another refutes, most recently active first. Each side shows its speakers and how many independent sources back it (copies of one wire story count once).'
        : 'Every claim in the ledger, most recently active first.',
    ),
    filterForm(ctx, disputesOnly),
    first.items.length
      ? list
      : h('p', { class: 'empty' }, disputesOnly ? 'No disputes match.' : 'No claims match.'),
    next !== null
      ? moreButton('Show more', async () => {
          const page = await get<Page<ClaimSummary>>(path, { ...params, limit: 20, offset: next! })
          add(page.items)
          next = page.next
          return next !== null
        })
      : null,
  )
}

export const disputesRoute: Route = { path: '/disputes', render: (ctx) => renderList(ctx, true) }
export const homeRoute: Route = { path: '/', render: (ctx) => renderList(ctx, true) }
export const claimsRoute: Route = { path: '/claims', render: (ctx) => renderList(ctx, false) }
