import { get, type SearchHit, type SearchResults } from '../lib/api.js'
import { moreButton } from '../lib/components.js'
import { h, marked, replace } from '../lib/dom.js'
import { statusBadge } from '../lib/format.js'
import type { Route } from '../lib/router.js'

type Kind = 'claims' | 'statements' | 'articles' | 'entities'

const SECTIONS: [Kind, string][] = [
  ['entities', 'People, organisations and places'],
  ['claims', 'Claims'],
  ['statements', 'Statements'],
  ['articles', 'Articles'],
]

function hitLink(kind: Kind, hit: SearchHit): string {
  switch (kind) {
    case 'claims':
      return `/claims/${hit.id}`
    case 'articles':
      return `/articles/${hit.id}`
    case 'statements':
      return `/articles/${hit.articleId}#st-${hit.id}`
    case 'entities':
      return `/entities/${hit.id}`
  }
}

function hitItem(kind: Kind, hit: SearchHit): HTMLElement {
  return h(
    'li',
    { class: `hit hit-${kind}` },
    h(
      'a',
      { href: hitLink(kind, hit) },
      kind === 'entities' ? marked(hit.snippet.text, hit.snippet.marks) : hit.title,
    ),
    kind === 'claims' && hit.detail ? [' ', statusBadge(hit.detail)] : null,
    kind === 'entities' ? h('span', { class: 'muted' }, ` ${hit.detail ?? ''}`) : null,
    kind !== 'entities' && kind !== 'claims'
      ? h('p', { class: 'snippet' }, marked(hit.snippet.text, hit.snippet.marks))
      : null,
  )
}

export const searchRoute: Route = {
  path: '/search',
  async render(ctx) {
    const q = (ctx.query.get('q') ?? '').trim()
    const input = document.getElementById('top-q') as HTMLInputElement | null
    if (input) input.value = q
    const form = h(
      'form',
      { role: 'search', method: 'get', action: '/search', class: 'search-page' },
      h('label', { for: 'q' }, 'Search articles, statements, claims and names'),
      h(
        'div',
        { class: 'row' },
        h('input', {
          id: 'q',
          name: 'q',
          type: 'search',
          value: q,
          maxlength: 500,
          autocomplete: 'off',
        }),
        h('button', { type: 'submit' }, 'Search'),
      ),
    )
    if (!q) {
      ctx.title('Search')
      replace(ctx.main, h('h1', null, 'Search'), form)
      return
    }
    ctx.title(`Search: ${q}`)
    const r = await get<SearchResults>('/search', { q, limit: 10 })
    const sections = SECTIONS.map(([kind, label]) => {
      const list = h(
        'ol',
        { class: 'hits' },
        r[kind].items.map((hit) => hitItem(kind, hit)),
      )
      let next = r[kind].next
      return r[kind].items.length
        ? h(
            'section',
            { 'aria-labelledby': `h-${kind}` },
            h('h2', { id: `h-${kind}` }, label),
            list,
            next !== null
              ? moreButton(`More ${label.toLowerCase()}`, async () => {
                  const p = await get<SearchResults>('/search', {
                    q,
                    kind,
                    limit: 20,
                    offset: next!,
                  })
                  list.append(...p[kind].items.map((hit) => hitItem(kind, hit)))
                  next = p[kind].next
                  return next !== null
                })
              : null,
          )
        : null
    })
    const found = SECTIONS.some(([k]) => r[k].items.length > 0)
    replace(
      ctx.main,
      h('h1', null, 'Search'),
      form,
      h(
        'p',
        { class: 'muted' },
        `Every word must match (“${r.terms.join('”, “')}”); the last one may be the start of a word.`,
      ),
      found ? sections : h('p', { class: 'empty' }, 'Nothing found.'),
    )
  },
}
