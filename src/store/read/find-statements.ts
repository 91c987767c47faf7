import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'
import { type StatementRecord, toStatementRecord } from '../statements.js'
import type { ArticleRef } from './article-refs.js'

export interface StatementQuery {
  articleId?: string
  /** The speaker's entity id. */
  entity?: string
  /** Part of the speaker's name or words (case-insensitive). */
  speaker?: string
  /** The speaker's side (ISO 3166-1 alpha-2). */
  side?: string
  polarity?: string
  /** The article's date on or after (YYYY-MM-DD). */
  from?: string
  /** The article's date on or before (YYYY-MM-DD). */
  to?: string
  limit: number
  offset: number
}

export type StatementListItem = StatementRecord & {
  affiliation: string | null
  article: ArticleRef
}

/**
 * Statements matching every filter, newest articles first, in reading order within one.
 * Returns one row more than `limit` when there is a next page.
 * @example
 * await findStatements(db, { entity: 'ent_0123456789ab', limit: 50, offset: 0 })
 */
export async function findStatements(
  db: Kysely<Database>,
  f: StatementQuery,
): Promise<StatementListItem[]> {
  let q = db
    .selectFrom('statements')
    .innerJoin('articles', 'articles.id', 'statements.article_id')
    .leftJoin('outlets', 'outlets.id', 'articles.outlet_id')
    .leftJoin('entities', 'entities.id', 'statements.speaker_entity_id')
    .selectAll('statements')
    .select([
      'entities.name as entity_name',
      'entities.affiliation as affiliation',
      'articles.headline as a_headline',
      'articles.published_at as a_published_at',
      'articles.url as a_url',
      'articles.source as a_source',
      'outlets.name as a_outlet',
    ])
  if (f.articleId) q = q.where('statements.article_id', '=', f.articleId)
  if (f.entity) q = q.where('statements.speaker_entity_id', '=', f.entity)
  if (f.side) q = q.where('entities.affiliation', '=', f.side)
  if (f.polarity) q = q.where('statements.polarity', '=', f.polarity)
  if (f.speaker) {
    const like = `%${f.speaker.toLowerCase().replace(/[%_\\]/g, '')}%`
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['entities.name']), 'like', like),
        eb(eb.fn('lower', ['statements.speaker_text']), 'like', like),
      ]),
    )
  }
  const date = sql<string>`coalesce(${sql.ref('articles.published_at')}, ${sql.ref('articles.created_at')})`
  if (f.from) q = q.where(date, '>=', f.from)
  if (f.to) q = q.where(date, '<=', `${f.to}\uffff`)
  const rows = await q
    .orderBy('articles.created_at', 'desc')
    .orderBy('statements.article_id')
    .orderBy('statements.cue_start')
    .orderBy('statements.id')
    .limit(f.limit + 1)
    .offset(f.offset)
    .execute()
  return rows.map((r) => ({
    ...toStatementRecord(r),
    affiliation: r.affiliation,
    article: {
      id: r.article_id,
      headline: r.a_headline,
      outlet: r.a_outlet,
      publishedAt: r.a_published_at,
      url: r.a_url,
      source: r.a_source,
    },
  }))
}
