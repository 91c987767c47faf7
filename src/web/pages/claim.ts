import {
  ApiFailure,
  type ClaimDetail,
  type ClaimStatement,
  type ClaimSummary,
  get,
  type Health,
  post,
} from '../lib/api.js'
import { claimCard, joinNodes, moreButton, qualifiers, saidLine } from '../lib/components.js'
import { announce, h, replace } from '../lib/dom.js'
import {
  day,
  facts,
  plural,
  sideBadge,
  sideName,
  stanceBadge,
  statusBadge,
  why,
} from '../lib/format.js'
import { navigate, type Route } from '../lib/router.js'
import { token } from '../lib/token.js'
import { notesSection } from './claim-notes.js'

function statementCard(s: ClaimStatement, editable: boolean): HTMLElement {
  return h(
    'li',
    { class: `timeline-item stance-row-${s.stance}`, id: `st-${s.id}` },
    h(
      'p',
      { class: 'when' },
      h('time', { datetime: s.date }, day(s.date)),
      ' ',
      stanceBadge(s.stance),
      ' ',
      h('span', { class: 'muted' }, `status after: ${s.statusAfter}`),
    ),
    saidLine(s),
    qualifiers(s),
    h('blockquote', { class: 'sentence', cite: `/articles/${s.articleId}` }, s.sentenceText),
    h(
      'p',
      { class: 'source' },
      h(
        'a',
        { href: `/articles/${s.articleId}#s-${s.sentence}` },
        'Go to the sentence in the article',
      ),
      ' · ',
      s.article.headline ?? s.article.source,
      s.article.outlet ? ` (${s.article.outlet})` : null,
    ),
    h(
      'p',
      { class: 'whys' },
      why('found', s.why),
      ` (${s.mode}, ${s.polarity}) · `,
      why('stance', s.stanceWhy),
      ' · ',
      h('span', { class: 'why-label' }, 'grouped: '),
      h('span', { class: 'grouped' }, s.groupedBecause),
    ),
    editable
      ? h(
          'p',
          { class: 'select' },
          h(
            'label',
            null,
            h('input', { type: 'checkbox', name: 'split', value: s.id }),
            ' select for split',
          ),
        )
      : null,
  )
}

/** The statements grouped by side, each side a column in time order. */
function lanes(
  statements: ClaimStatement[],
  editable: boolean,
  into: Map<string, HTMLOListElement>,
): HTMLElement {
  const wrap = h('div', { class: 'lanes' })
  for (const s of statements) {
    const key = s.affiliation ?? ''
    let list = into.get(key)
    if (!list) {
      list = h('ol', {
        class: 'timeline',
        'aria-label': `Statements from ${sideName(s.affiliation)}`,
      })
      into.set(key, list)
      wrap.append(
        h(
          'section',
          { class: 'lane' },
          h('h3', null, sideBadge(s.affiliation), ' ', sideName(s.affiliation)),
          list,
        ),
      )
    }
    list.append(statementCard(s, editable))
  }
  return wrap
}

function editTools(d: ClaimDetail, onDone: (message: string, goTo?: string) => void): HTMLElement {
  const out = h('p', { class: 'edit-result', role: 'status' })
  const fail = (e: unknown) => {
    out.textContent =
      e instanceof ApiFailure ? `Failed: ${e.message}` : `Failed: ${(e as Error).message}`
  }
  const mergeInput = h('input', {
    id: 'merge-into',
    name: 'into',
    required: true,
    pattern: 'cl_[0-9a-f]{12}',
    placeholder: 'cl_0123456789ab',
    size: 18,
  })
  const merge = h(
    'form',
    { class: 'merge', method: 'post' },
    h('label', { for: 'merge-into' }, 'Merge this claim into claim'),
    ' ',
    mergeInput,
    ' ',
    h('button', { type: 'submit' }, 'Merge'),
  )
  merge.addEventListener('submit', async (ev) => {
    ev.preventDefault()
    try {
      const r = await post<{ merged: string; into: ClaimSummary }>(`/claims/${d.claim.id}/merge`, {
        into: mergeInput.value.trim(),
      })
      onDone(`Merged into ${r.into.id}.`, `/claims/${r.into.id}`)
    } catch (e) {
      fail(e)
    }
  })
  const split = h('button', { type: 'button' }, 'Split the selected statements into a new claim')
  split.addEventListener('click', async () => {
    const ids = [...document.querySelectorAll<HTMLInputElement>('input[name="split"]:checked')].map(
      (i) => i.value,
    )
    if (ids.length === 0) {
      out.textContent = 'Select at least one statement first.'
      return
    }
    try {
      const r = await post<{ from: ClaimSummary; into: ClaimSummary }>(
        `/claims/${d.claim.id}/split`,
        {
          statementIds: ids,
        },
      )
      onDone(`Split ${plural(ids.length, 'statement')} into ${r.into.id}.`, `/claims/${r.into.id}`)
    } catch (e) {
      fail(e)
    }
  })
  return h(
    'section',
    { class: 'edit', 'aria-labelledby': 'edit-h' },
    h('h2', { id: 'edit-h' }, 'Correct the grouping'),
    h(
      'p',
      { class: 'muted' },
      'Decisions are kept and applied again when the same articles are read again.',
    ),
    merge,
    h('p', null, split),
    out,
  )
}

export const claimRoute: Route = {
  path: '/claims/:id',
  async render(ctx) {
    const id = ctx.params.id!
    const [d, health] = await Promise.all([
      get<ClaimDetail>(`/claims/${encodeURIComponent(id)}`, { limit: 200 }),
      get<Health>('/health'),
    ])
    const c = d.claim
    ctx.title(c.text)
    const editable = health.writes === 'enabled' && Boolean(token.get()) && c.status !== 'merged'
    const laneLists = new Map<string, HTMLOListElement>()
    const timeline = lanes(d.statements, editable, laneLists)
    const notes = notesSection(d, editable)
    let next = d.next
    const frameRoles = Object.entries(c.frame.roles).filter(([, v]) => v)
    replace(
      ctx.main,
      h(
        'p',
        { class: 'crumbs' },
        h('a', { href: c.disputed ? '/disputes' : '/claims' }, c.disputed ? 'Disputes' : 'Claims'),
        ' ›',
      ),
      h('h1', { class: 'claim-title' }, c.text),
      c.mergedInto
        ? h(
            'p',
            { class: 'notice' },
            'This claim was merged into ',
            h('a', { href: `/claims/${c.mergedInto}` }, c.mergedInto),
            '.',
          )
        : null,
      facts([
        [
          'Status',
          [
            statusBadge(c.status),
            c.disputed ? ' (disputed: one side supports it, another refutes it)' : '',
          ],
        ],
        [
          'Kind',
          c.frame.type +
            (c.frame.count !== undefined && c.frame.count !== null
              ? ` (count ${c.frame.count})`
              : ''),
        ],
        ['Frame', frameRoles.length ? frameRoles.map(([k, v]) => `${k}: ${v}`).join('; ') : ''],
        [
          'Places',
          c.places.length
            ? joinNodes(c.places.map((p) => h('a', { href: `/places/${p.id}` }, p.name)))
            : '',
        ],
        ['Seen', `${day(c.firstSeen)} – ${day(c.lastSeen)}`],
        ['Statements', String(c.statements)],
        ['Id', h('code', null, c.id)],
      ]),
      h('h2', null, 'Sides'),
      claimCard(c, 'h3'),
      h('h2', null, 'Status over time'),
      h(
        'ol',
        { class: 'status-steps' },
        d.timeline
          .filter((t, i, all) => i === 0 || all[i - 1]!.status !== t.status)
          .map((t) =>
            h(
              'li',
              null,
              h('time', { datetime: t.date }, day(t.date)),
              ' ',
              statusBadge(t.status),
              ' after ',
              sideBadge(t.affiliation),
              ' ',
              t.stance,
              ' (',
              h('a', { href: `#st-${t.statementId}` }, 'statement'),
              ')',
            ),
          ),
      ),
      notes.el,
      h('h2', null, 'Timeline by side'),
      h(
        'p',
        { class: 'muted' },
        'Oldest first. Each statement shows who said it, the words that mark it, what it says, its hedges and evidence, and why it was found and grouped here.',
      ),
      timeline,
      next !== null
        ? moreButton('Show more statements', async () => {
            const page = await get<ClaimDetail>(`/claims/${encodeURIComponent(id)}`, {
              limit: 200,
              offset: next!,
            })
            const more = lanes(page.statements, editable, laneLists)
            notes.addStatements(page.statements)
            if (more.childElementCount) timeline.append(...more.children)
            next = page.next
            return next !== null
          })
        : null,
      editable
        ? editTools(d, (message, goTo) => {
            announce(message)
            if (goTo) navigate(goTo)
          })
        : health.writes === 'enabled'
          ? h(
              'p',
              { class: 'muted' },
              'Enter the API token (top right) to add notes to this claim, merge it or split it.',
            )
          : null,
    )
  },
}
