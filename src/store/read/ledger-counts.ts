import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

export interface LedgerCounts {
  articles: number
  statements: number
  claims: number
  disputes: number
  entities: number
}

/**
 * How much the ledger holds.
 * @example
 * const { statements } = await ledgerCounts(db)
 */
export async function ledgerCounts(db: Kysely<Database>): Promise<LedgerCounts> {
  const count = async (table: 'articles' | 'statements' | 'entities') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const claims = await db
    .selectFrom('claims')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('disputed').as('disputes'),
    ])
    .where('status', '!=', 'merged')
    .executeTakeFirstOrThrow()
  return {
    articles: await count('articles'),
    statements: await count('statements'),
    claims: Number(claims.n),
    disputes: Number(claims.disputes ?? 0),
    entities: await count('entities'),
  }
}
