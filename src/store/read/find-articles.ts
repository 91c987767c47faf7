import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'
import type { ArticleRef } from './article-refs.js'

export interface ArticleQuery {
  /** The outlet's name, exactly (case-insensitive). */
  outlet?: string
  /** Published (or, without a stated date, stored) on or after (YYYY-MM-DD). */
  from?: string
  to?: string
  limit: number
  offset: number
}

export interface ArticleListItem extends ArticleRef {
  language: string
  createdAt: string
  statements: number
}

/**
 * Articles newest first (by when they were stored), with how many statements each holds.
 * Returns one row more than `limit` when there is a next page.
 * @example
 * await findArticles(db, { from: '2023-05-01', limit: 20, offset: 0 })
 */
export async function findArticles(
  db: Kysely<Database>,
  f: ArticleQuery,
): Promise<ArticleListItem[]> {
  let q = db
    .selectFrom('articles')
    .leftJoin('outlets', 'outlets.id', 'articles.outlet_id')
    .select((eb) => [
      'articles.id',
      'articles.headline',
      'outlets.name as outlet',
      'articles.published_at',
      'articles.url',
      'articles.source',
      'articles.language',
      'articles.created_at',
      eb
        .selectFrom('statements')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('statements.article_id', '=', 'articles.id')
        .as('statements'),
    ])
  if (f.outlet) {
    const outlet = f.outlet.toLowerCase()
    q = q.where((eb) => eb(eb.fn('lower', ['outlets.name']), '=', outlet))
  }
  const date = sql<string>`coalesce(${sql.ref('articles.published_at')}, ${sql.ref('articles.created_at')})`
  if (f.from) q = q.where(date, '>=', f.from)
  if (f.to) q = q.where(date, '<=', `${f.to}\uffff`)
  const rows = await q
    .orderBy('articles.created_at', 'desc')
    .orderBy('articles.id')
    .limit(f.limit + 1)
    .offset(f.offset)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    headline: r.headline,
    outlet: r.outlet,
    publishedAt: r.published_at,
    url: r.url,
    source: r.source,
    language: r.language,
    createdAt: r.created_at,
    statements: Number(r.statements ?? 0),
  }))
}
