import type { Kysely } from 'kysely'
import { refreshClaims } from './claim-state.js'
import type { Database } from './schema.js'

/**
 * Removes articles with everything read from them, and their raw documents. Claims left with
 * no statement go too, unless a merge or split decision names them or analysts wrote notes on
 * them: people's decisions and notes stay, so reading the same articles again groups them as
 * before and the notes are still there.
 */
export async function removeArticles(db: Kysely<Database>, articleIds: string[]): Promise<number> {
  if (articleIds.length === 0) return 0
  return db.transaction().execute(async (trx) => {
    const arts = await trx
      .selectFrom('articles')
      .select(['id', 'document_id'])
      .where('id', 'in', articleIds)
      .execute()
    if (arts.length === 0) return 0
    const ids = arts.map((a) => a.id)
    const statementIds = (
      await trx.selectFrom('statements').select('id').where('article_id', 'in', ids).execute()
    ).map((r) => r.id)
    const touched = statementIds.length
      ? (
          await trx
            .selectFrom('stances')
            .select('claim_id')
            .distinct()
            .where('statement_id', 'in', statementIds)
            .execute()
        ).map((r) => r.claim_id)
      : []
    if (statementIds.length)
      await trx.deleteFrom('stances').where('statement_id', 'in', statementIds).execute()
    for (const t of [
      'statements',
      'article_entities',
      'time_expressions',
      'article_bands',
    ] as const) {
      await trx.deleteFrom(t).where('article_id', 'in', ids).execute()
    }
    // copies that pointed at a removed original now start their own story
    await trx
      .updateTable('articles')
      .set((eb) => ({ syndication_id: eb.ref('id') }))
      .where('syndication_id', 'in', ids)
      .where('id', 'not in', ids)
      .execute()
    await trx.deleteFrom('articles').where('id', 'in', ids).execute()
    await trx
      .deleteFrom('documents')
      .where(
        'id',
        'in',
        arts.map((a) => a.document_id),
      )
      .execute()
    if (touched.length) {
      const empty = (
        await trx
          .selectFrom('claims')
          .select('id')
          .where('id', 'in', touched)
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('stances')
                  .select('stances.claim_id')
                  .whereRef('stances.claim_id', '=', 'claims.id'),
              ),
            ),
          )
          .execute()
      ).map((r) => r.id)
      if (empty.length) {
        await trx.deleteFrom('claim_terms').where('claim_id', 'in', empty).execute()
        // a claim that a decision names stays, empty, so the decision still has its target
        const named = await trx.selectFrom('claim_decisions').select('payload').execute()
        const keep = new Set(
          named.flatMap((d) =>
            Object.values(JSON.parse(d.payload) as Record<string, unknown>).filter(
              (v): v is string => typeof v === 'string',
            ),
          ),
        )
        // and so does a claim analysts wrote notes on: reading its articles again fills it
        const noted = await trx
          .selectFrom('annotations')
          .select('claim_id')
          .distinct()
          .where('claim_id', 'in', empty)
          .execute()
        for (const n of noted) keep.add(n.claim_id)
        const drop = empty.filter((id) => !keep.has(id))
        if (drop.length) await trx.deleteFrom('claims').where('id', 'in', drop).execute()
      }
      await refreshClaims(
        trx,
        touched.filter((id) => !empty.includes(id)),
      )
    }
    return ids.length
  })
}
