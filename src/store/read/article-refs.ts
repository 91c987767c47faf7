import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** Enough of an article to name and link it. */
export interface ArticleRef {
  id: string
  headline: string | null
  outlet: string | null
  publishedAt: string | null
  url: string | null
  source: string
}

/**
 * Short references to articles, by id.
 * @example
 * const refs = await articleRefs(db, ['art_0123456789ab'])
 */
export async function articleRefs(
  db: Kysely<Database>,
  ids: string[],
): Promise<Map<string, ArticleRef>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('articles')
    .leftJoin('outlets', 'outlets.id', 'articles.outlet_id')
    .select([
      'articles.id',
      'articles.headline',
      'outlets.name as outlet',
      'articles.published_at',
      'articles.url',
      'articles.source',
    ])
    .where('articles.id', 'in', ids)
    .execute()
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        headline: r.headline,
        outlet: r.outlet,
        publishedAt: r.published_at,
        url: r.url,
        source: r.source,
      },
    ]),
  )
}
