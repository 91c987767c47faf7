import { type ArticleListItem, get, type Page } from '../lib/api.js'
import { moreButton } from '../lib/components.js'
import { h, replace } from '../lib/dom.js'
import { day, plural } from '../lib/format.js'
import type { Route } from '../lib/router.js'

function row(a: ArticleListItem): HTMLElement {
  return h(
    'li',
    null,
    h('a', { href: `/articles/${a.id}` }, a.headline ?? a.source),
    h(
      'span',
      { class: 'meta' },
      ` ${a.outlet ?? 'unknown outlet'} · ${a.publishedAt ? day(a.publishedAt) : `stored ${day(a.createdAt)}`} · ${plural(a.statements, 'statement')}`,
    ),
  )
}

export const articlesRoute: Route = {
  path: '/articles',
  async render(ctx) {
    ctx.title('Articles')
    const first = await get<Page<ArticleListItem>>('/articles', { limit: 50 })
    const list = h('ul', { class: 'article-list' }, first.items.map(row))
    let next = first.next
    replace(
      ctx.main,
      h('h1', null, 'Articles'),
      h('p', { class: 'lede' }, 'Every article read into the ledger, most recently stored first.'),
      first.items.length
        ? list
        : h('p', { class: 'empty' }, 'No articles yet: run counterclaim ingest <folder>.'),
      next !== null
        ? moreButton('Show more', async () => {
            const p = await get<Page<ArticleListItem>>('/articles', { limit: 50, offset: next! })
            list.append(...p.items.map(row))
            next = p.next
            return next !== null
          })
        : null,
    )
  },
}
