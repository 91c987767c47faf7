import type { ClaimSummary, StatementListItem } from './api.js'
import { type Child, h } from './dom.js'
import {
  dateRange,
  day,
  plural,
  sideBadge,
  sideName,
  stanceBadge,
  statusBadge,
  why,
} from './format.js'

/** One claim in a list: text, status, places, and each side with its speakers and sources. */
export function claimCard(c: ClaimSummary, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const sides = c.sides.filter((s) => s.supports + s.refutes > 0)
  return h(
    'article',
    { class: `claim-card${c.disputed ? ' disputed' : ''}`, 'data-claim': c.id },
    h(
      'header',
      null,
      h(headingLevel, { class: 'claim-text' }, h('a', { href: `/claims/${c.id}` }, c.text)),
      h(
        'p',
        { class: 'meta' },
        statusBadge(c.status),
        ' ',
        h('span', null, dateRange(c.firstSeen, c.lastSeen)),
        ' · ',
        plural(c.statements, 'statement'),
        c.places.length
          ? [' · ', joinNodes(c.places.map((p) => h('a', { href: `/places/${p.id}` }, p.name)))]
          : null,
      ),
    ),
    sides.length
      ? h(
          'ul',
          { class: 'sides', 'aria-label': 'Sides' },
          sides.map((s) =>
            h(
              'li',
              { class: `side-row stance-row-${s.stance}` },
              sideBadge(s.affiliation),
              ' ',
              h('span', { class: 'side-name' }, sideName(s.affiliation)),
              ' ',
              stanceBadge(s.stance),
              ' ',
              h(
                'span',
                {
                  class: 'sources',
                  title: 'independent sources: distinct voices, a syndicated copy counted once',
                },
                plural(s.sources, 'independent source'),
              ),
              s.speakers.length
                ? h(
                    'span',
                    { class: 'speakers' },
                    ': ',
                    joinNodes(
                      s.speakers.map((p) =>
                        p.entityId
                          ? h('a', { href: `/entities/${p.entityId}` }, p.name)
                          : h('span', null, p.name),
                      ),
                    ),
                  )
                : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No side known yet.'),
  )
}

/** Nodes separated by commas. */
export function joinNodes(nodes: Child[], sep = ', '): Child[] {
  return nodes.flatMap((n, i) => (i === 0 ? [n] : [sep, n]))
}

/** The speaker of a statement, linked to their entity page when known. */
export function speakerOf(s: { speaker: StatementListItem['speaker'] }): Child {
  if (!s.speaker) return h('span', { class: 'muted' }, '(no source named)')
  const name = s.speaker.entityName ?? s.speaker.text
  const label =
    s.speaker.entityName && s.speaker.entityName !== s.speaker.text ? ` (“${s.speaker.text}”)` : ''
  return [
    s.speaker.entityId
      ? h('a', { href: `/entities/${s.speaker.entityId}` }, name)
      : h('span', null, name),
    label ? h('span', { class: 'muted' }, label) : null,
  ]
}

/** Who said what: speaker, cue and content, each in its own mark. */
export function saidLine(
  s: Pick<StatementListItem, 'speaker'> & { cue: { text: string }; content: { text: string } },
): Child {
  return h(
    'p',
    { class: 'said' },
    h('span', { class: 'speaker' }, speakerOf(s)),
    ' ',
    h('span', { class: 'cue' }, s.cue.text),
    ' ',
    h('q', { class: 'content' }, s.content.text),
  )
}

/** Hedges and evidence of a statement as labelled lists. */
export function qualifiers(s: Pick<StatementListItem, 'hedges' | 'evidence' | 'time'>): Child {
  return [
    s.hedges.length
      ? h(
          'p',
          { class: 'hedges' },
          h('span', { class: 'label' }, 'Hedges: '),
          s.hedges.map((x) => h('span', { class: 'chip hedge' }, x)),
        )
      : null,
    s.evidence.length
      ? h(
          'p',
          { class: 'evidence' },
          h('span', { class: 'label' }, 'Evidence: '),
          s.evidence.map((e) =>
            h(
              'span',
              { class: 'chip evidence-chip', title: e.text ?? '' },
              [...e.qualifiers, e.kind].join(' '),
            ),
          ),
        )
      : null,
    s.time
      ? h(
          'p',
          { class: 'time' },
          h('span', { class: 'label' }, 'When said: '),
          s.time.value ?? s.time.relative ?? s.time.text,
        )
      : null,
  ]
}

/** One statement in a list: who, the cue, what, with why it was found and a link to its sentence. */
export function statementItem(s: StatementListItem): HTMLElement {
  return h(
    'li',
    { class: 'statement' },
    h(
      'p',
      { class: 'said' },
      h('span', { class: 'speaker' }, speakerOf(s)),
      ' ',
      s.affiliation ? [sideBadge(s.affiliation), ' '] : null,
      h('span', { class: 'cue' }, s.cue.text),
      ' ',
      h('q', { class: 'content' }, s.content.text),
    ),
    qualifiers(s),
    h(
      'p',
      { class: 'meta' },
      h('a', { href: `/articles/${s.articleId}#s-${s.sentence}` }, 'Read in the article'),
      ' · ',
      s.article.headline ?? s.article.source,
      s.article.outlet ? ` (${s.article.outlet})` : null,
      ` · ${day(s.article.publishedAt)} · ${s.mode}, ${s.polarity} · `,
      why('why', s.why),
    ),
  )
}

/** A "Show more" button that loads the next page into a list. */
export function moreButton(label: string, load: () => Promise<boolean>): HTMLElement {
  const btn = h('button', { type: 'button', class: 'more' }, label)
  btn.addEventListener('click', async () => {
    btn.setAttribute('disabled', '')
    btn.textContent = 'Loading…'
    try {
      const more = await load()
      if (more) {
        btn.removeAttribute('disabled')
        btn.textContent = label
      } else btn.remove()
    } catch (e) {
      btn.removeAttribute('disabled')
      btn.textContent = `${label} (failed: ${(e as Error).message})`
    }
  })
  return btn
}

export function errorBox(message: string): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, message)
}
