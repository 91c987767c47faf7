import { type ArticleDetail, get } from '../lib/api.js'
import { joinNodes, qualifiers, saidLine } from '../lib/components.js'
import { type Child, h, replace } from '../lib/dom.js'
import { day, facts, plural, sideBadge, stanceBadge, statusBadge, why } from '../lib/format.js'
import type { Route } from '../lib/router.js'

type Part = 'speaker' | 'cue' | 'content'
interface Span {
  start: number
  end: number
  part: Part
  statement: string
}

/**
 * One block of the article (the headline or a paragraph) as sentences holding text segments;
 * a segment inside a statement's speaker, cue or content is a <mark> of that kind. Built from
 * offsets with text nodes only.
 */
function block(
  text: string,
  from: number,
  to: number,
  sentences: ArticleDetail['sentences'],
  spans: Span[],
): Child[] {
  const cuts = new Set<number>([from, to])
  const inBlock = sentences.filter((s) => s.end > from && s.start < to)
  for (const s of inBlock) {
    cuts.add(Math.max(from, s.start))
    cuts.add(Math.min(to, s.end))
  }
  const local = spans.filter((s) => s.end > from && s.start < to)
  for (const s of local) {
    cuts.add(Math.max(from, s.start))
    cuts.add(Math.min(to, s.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Child[] = []
  let current: { idx: number; el: HTMLElement } | null = null
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    const sentence = inBlock.find((s) => s.start <= a && a < s.end)
    const parts = local.filter((s) => s.start <= a && b <= s.end)
    const seg: Child = parts.length
      ? h(
          'mark',
          {
            class: [...new Set(parts.map((p) => `m-${p.part}`))].join(' '),
            'data-statement': parts[0]!.statement,
          },
          text.slice(a, b),
        )
      : text.slice(a, b)
    if (sentence) {
      if (!current || current.idx !== sentence.idx) {
        current = {
          idx: sentence.idx,
          el: h('span', { class: 'sentence', id: `s-${sentence.idx}` }),
        }
        out.push(current.el)
      }
      current.el.append(seg)
    } else {
      current = null
      out.push(seg)
    }
  }
  return out
}

function body(d: ArticleDetail): { headline: Child[] | null; paragraphs: HTMLElement[] } {
  const { text, bodyStart } = d.article
  const spans: Span[] = d.statements.flatMap((s) => [
    ...(s.speaker
      ? [{ start: s.speaker.start, end: s.speaker.end, part: 'speaker' as const, statement: s.id }]
      : []),
    { start: s.cue.start, end: s.cue.end, part: 'cue' as const, statement: s.id },
    { start: s.content.start, end: s.content.end, part: 'content' as const, statement: s.id },
  ])
  const headline =
    bodyStart > 0
      ? block(text, 0, text.slice(0, bodyStart).trimEnd().length, d.sentences, spans)
      : null
  const paragraphs: HTMLElement[] = []
  const re = /\n\n+/g
  let at = bodyStart
  for (;;) {
    const m = re.exec(text)
    if (m && m.index < at) continue
    const end = m ? m.index : text.length
    if (end > at) paragraphs.push(h('p', null, block(text, at, end, d.sentences, spans)))
    if (!m) break
    at = m.index + m[0].length
  }
  return { headline, paragraphs }
}

function legend(): HTMLElement {
  return h(
    'p',
    { class: 'legend', 'aria-label': 'What the highlights mean' },
    'Highlights: ',
    h('mark', { class: 'm-speaker' }, 'who speaks'),
    ' ',
    h('mark', { class: 'm-cue' }, 'the cue'),
    ' ',
    h('mark', { class: 'm-content' }, 'what is said'),
  )
}

export const articleRoute: Route = {
  path: '/articles/:id',
  async render(ctx) {
    const d = await get<ArticleDetail>(`/articles/${encodeURIComponent(ctx.params.id!)}`)
    const a = d.article
    ctx.title(a.headline ?? 'Article')
    const { headline, paragraphs } = body(d)
    const claimsOf = new Map<string, ArticleDetail['claims']>()
    for (const c of d.claims)
      claimsOf.set(c.statementId, [...(claimsOf.get(c.statementId) ?? []), c])
    const byType = new Map<string, ArticleDetail['entities']>()
    for (const e of d.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e])
    const whyField = (field: string) => {
      const w = a.why[field]
      return w ? [' ', why('why', w)] : null
    }
    replace(
      ctx.main,
      h('p', { class: 'crumbs' }, h('a', { href: '/articles' }, 'Articles'), ' ›'),
      h(
        'article',
        { class: 'reader' },
        h('h1', { class: 'headline' }, headline ?? a.headline ?? '(no headline)'),
        facts([
          ['Outlet', a.outlet ? [a.outlet, whyField('outlet')] : ''],
          ['Byline', a.byline ? [a.byline, whyField('byline')] : ''],
          [
            'Published',
            a.publishedAt
              ? [day(a.publishedAt), whyField('publishedAt')]
              : 'no date stated on the page',
          ],
          [
            'Source',
            a.url
              ? h(
                  'a',
                  { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' },
                  a.url,
                )
              : a.source,
          ],
          ['Body', whyField('body')],
          ['Language', a.language],
        ]),
        legend(),
        h('div', { class: 'article-body' }, paragraphs),
        a.captions.length
          ? h(
              'section',
              { class: 'captions', 'aria-labelledby': 'cap-h' },
              h('h2', { id: 'cap-h' }, 'Captions and credits'),
              h(
                'ul',
                null,
                a.captions.map((c) =>
                  h(
                    'li',
                    null,
                    h('span', { class: 'caption' }, c.text),
                    c.credit ? h('span', { class: 'credit' }, ` (${c.credit})`) : null,
                  ),
                ),
              ),
            )
          : null,
        a.relatedHeadlines.length
          ? h(
              'section',
              { class: 'related', 'aria-labelledby': 'rel-h' },
              h('h2', { id: 'rel-h' }, 'Other headlines on the page'),
              h('p', { class: 'muted' }, 'Listed on the page but not part of this article.'),
              h(
                'ul',
                null,
                a.relatedHeadlines.map((r) => h('li', null, r)),
              ),
            )
          : null,
      ),
      h(
        'section',
        { class: 'article-statements', 'aria-labelledby': 'st-h' },
        h('h2', { id: 'st-h' }, `Statements (${d.statements.length})`),
        d.statements.length
          ? h(
              'ol',
              { class: 'statements' },
              d.statements.map((s) =>
                h(
                  'li',
                  { class: 'statement', id: `st-${s.id}` },
                  saidLine(s),
                  qualifiers(s),
                  h(
                    'p',
                    { class: 'meta' },
                    h(
                      'a',
                      { href: `#s-${s.sentence}` },
                      `Show sentence ${s.sentence + 1} in the text`,
                    ),
                    ` · ${s.mode}, ${s.polarity} · `,
                    why('why', s.why),
                  ),
                  (claimsOf.get(s.id) ?? []).length
                    ? h(
                        'p',
                        { class: 'claims-of' },
                        'Claim: ',
                        joinNodes(
                          (claimsOf.get(s.id) ?? []).map((c) =>
                            h(
                              'span',
                              null,
                              stanceBadge(c.stance),
                              ' ',
                              h('a', { href: `/claims/${c.claimId}` }, c.claimText),
                              ' ',
                              statusBadge(c.status),
                            ),
                          ),
                          '; ',
                        ),
                      )
                    : null,
                ),
              ),
            )
          : h('p', { class: 'empty' }, 'No attributed statements found in this article.'),
      ),
      h(
        'section',
        { class: 'article-entities', 'aria-labelledby': 'ent-h' },
        h('h2', { id: 'ent-h' }, `Entities (${d.entities.length})`),
        [...byType].map(([type, list]) =>
          h(
            'div',
            null,
            h('h3', null, type),
            h(
              'ul',
              { class: 'entities' },
              list.map((e) =>
                h(
                  'li',
                  null,
                  h(
                    'a',
                    { href: e.type === 'place' ? `/places/${e.id}` : `/entities/${e.id}` },
                    e.name,
                  ),
                  ' ',
                  e.affiliation ? sideBadge(e.affiliation) : null,
                  ' ',
                  h('span', { class: 'muted' }, plural(e.mentions.length, 'mention')),
                  e.geo
                    ? h(
                        'span',
                        { class: 'muted' },
                        ` · ${e.geo.lat.toFixed(3)}, ${e.geo.lon.toFixed(3)}`,
                      )
                    : null,
                  ' ',
                  why('why', e.why),
                  e.why.affiliation
                    ? h('span', { class: 'muted' }, ` · side by ${e.why.affiliation}`)
                    : null,
                ),
              ),
            ),
          ),
        ),
      ),
    )
  },
}
