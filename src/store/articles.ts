import type { Kysely } from 'kysely'
import { type ArticleRecord, toArticleRecord } from './records.js'
import type { Database } from './schema.js'

/** Is a document with this content hash already stored? */
export async function hasDocument(db: Kysely<Database>, contentHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('documents')
    .select('id')
    .where('content_hash', '=', contentHash)
    .executeTakeFirst()
  return row !== undefined
}

function articleQuery(db: Kysely<Database>) {
  return db
    .selectFrom('articles')
    .leftJoin('outlets', 'outlets.id', 'articles.outlet_id')
    .selectAll('articles')
    .select('outlets.name as outlet_name')
}

/** One article by id, or undefined. */
export async function findArticle(
  db: Kysely<Database>,
  id: string,
): Promise<ArticleRecord | undefined> {
  const row = await articleQuery(db).where('articles.id', '=', id).executeTakeFirst()
  return row ? toArticleRecord(row) : undefined
}

export interface ArticleSummary {
  id: string
  headline: string | null
  outlet: string | null
  publishedAt: string | null
  source: string
  createdAt: string
}

/** Articles newest first, a page at a time. */
export async function listArticles(
  db: Kysely<Database>,
  opts: { limit: number; offset: number },
): Promise<ArticleSummary[]> {
  const rows = await db
    .selectFrom('articles')
    .leftJoin('outlets', 'outlets.id', 'articles.outlet_id')
    .select([
      'articles.id',
      'articles.headline',
      'outlets.name as outlet',
      'articles.published_at',
      'articles.source',
      'articles.created_at',
    ])
    .orderBy('articles.created_at', 'desc')
    .orderBy('articles.id')
    .limit(opts.limit)
    .offset(opts.offset)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    headline: r.headline,
    outlet: r.outlet,
    publishedAt: r.published_at,
    source: r.source,
    createdAt: r.created_at,
  }))
}

/** All articles in id order, a page at a time, for export: memory stays flat. */
export async function* iterateArticles(
  db: Kysely<Database>,
  pageSize = 200,
): AsyncGenerator<ArticleRecord> {
  let after = ''
  for (;;) {
    const rows = await articleQuery(db)
      .where('articles.id', '>', after)
      .orderBy('articles.id')
      .limit(pageSize)
      .execute()
    for (const r of rows) yield toArticleRecord(r)
    if (rows.length < pageSize) return
    after = rows.at(-1)!.id
  }
}

export async function countArticles(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(r.n)
}
