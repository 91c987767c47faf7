import type { Kysely } from 'kysely'
import { findArticle } from '../articles.js'
import { articleEntities } from '../entities.js'
import type { ArticleRecord, EntityRecord } from '../records.js'
import type { Database } from '../schema.js'
import { listStatements, type StatementRecord } from '../statements.js'

export interface ClaimLinkRef {
  statementId: string
  claimId: string
  claimText: string
  stance: string
  status: string
  disputed: boolean
}

export interface ArticleDetail {
  article: ArticleRecord & { bodyStart: number; createdAt: string }
  sentences: { idx: number; start: number; end: number }[]
  statements: StatementRecord[]
  entities: EntityRecord[]
  claims: ClaimLinkRef[]
}

/** Statements one article may hold at most in its detail; a longer article is cut there. */
const MAX_STATEMENTS = 2000

/**
 * One clean article with everything read from it: sentence spans, statements, the entities it
 * mentions (with those mentions), and the claims its statements joined. Undefined when absent.
 * @example
 * const d = await articleDetail(db, 'art_0123456789ab')
 */
export async function articleDetail(
  db: Kysely<Database>,
  id: string,
): Promise<ArticleDetail | undefined> {
  const article = await findArticle(db, id)
  if (!article) return undefined
  const extra = await db
    .selectFrom('articles')
    .select(['body_start', 'created_at', 'sentences'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  const sentences = (JSON.parse(extra.sentences ?? '[]') as [number, number][]).map(
    ([start, end], idx) => ({ idx, start, end }),
  )
  const statements = await listStatements(db, {
    articleId: id,
    limit: MAX_STATEMENTS,
    offset: 0,
  })
  const claims = statements.length
    ? await db
        .selectFrom('stances')
        .innerJoin('claims', 'claims.id', 'stances.claim_id')
        .innerJoin('statements', 'statements.id', 'stances.statement_id')
        .select([
          'stances.statement_id',
          'stances.claim_id',
          'stances.stance',
          'claims.text',
          'claims.status',
          'claims.disputed',
        ])
        .where('statements.article_id', '=', id)
        .orderBy('statements.cue_start')
        .orderBy('stances.claim_id')
        .execute()
    : []
  return {
    article: { ...article, bodyStart: extra.body_start, createdAt: extra.created_at },
    sentences,
    statements,
    entities: await articleEntities(db, id),
    claims: claims.map((c) => ({
      statementId: c.statement_id,
      claimId: c.claim_id,
      claimText: c.text,
      stance: c.stance,
      status: c.status,
      disputed: c.disputed === 1,
    })),
  }
}
