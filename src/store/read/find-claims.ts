import type { Kysely } from 'kysely'
import type { ClaimTable, Database } from '../schema.js'

export interface ClaimQuery {
  disputed?: boolean
  status?: string
  kind?: string
  /** A place entity id: claims about that place. */
  place?: string
  /** An entity id: claims it speaks to, or (for a place) claims about it. */
  entity?: string
  /** A side (ISO 3166-1 alpha-2): claims someone of that side speaks to. */
  side?: string
  /** Active on or after this date (YYYY-MM-DD). */
  from?: string
  /** Active on or before this date (YYYY-MM-DD). */
  to?: string
  limit: number
  offset: number
}

/**
 * Claim rows matching every filter given, most recently active first; merged claims are left
 * out. Returns one row more than `limit` when there is a next page.
 * @example
 * await findClaims(db, { disputed: true, side: 'UA', limit: 20, offset: 0 })
 */
export async function findClaims(db: Kysely<Database>, f: ClaimQuery): Promise<ClaimTable[]> {
  let q = db.selectFrom('claims').selectAll('claims').where('claims.status', '!=', 'merged')
  if (f.disputed !== undefined) q = q.where('claims.disputed', '=', f.disputed ? 1 : 0)
  if (f.status) q = q.where('claims.status', '=', f.status)
  if (f.kind) q = q.where('claims.kind', '=', f.kind)
  if (f.from) q = q.where('claims.last_seen', '>=', f.from)
  if (f.to) q = q.where('claims.first_seen', '<=', `${f.to}\uffff`)
  if (f.place) {
    const key = await placeKey(db, f.place)
    if (!key) return []
    q = q.where('claims.places', 'like', `%"${key}"%`)
  }
  if (f.entity) {
    const key = await placeKey(db, f.entity)
    const entity = f.entity
    q = q.where((eb) =>
      eb.or([
        eb(
          'claims.id',
          'in',
          eb
            .selectFrom('stances')
            .innerJoin('statements', 'statements.id', 'stances.statement_id')
            .select('stances.claim_id')
            .where('statements.speaker_entity_id', '=', entity),
        ),
        ...(key ? [eb('claims.places', 'like', `%"${key}"%`)] : []),
      ]),
    )
  }
  if (f.side) {
    const side = f.side
    q = q.where('claims.id', 'in', (eb) =>
      eb
        .selectFrom('stances')
        .innerJoin('statements', 'statements.id', 'stances.statement_id')
        .innerJoin('entities', 'entities.id', 'statements.speaker_entity_id')
        .select('stances.claim_id')
        .where('entities.affiliation', '=', side),
    )
  }
  return q
    .orderBy('claims.last_seen', (ob) => ob.desc().nullsLast())
    .orderBy('claims.id', 'desc')
    .limit(f.limit + 1)
    .offset(f.offset)
    .execute()
}

/** The gazetteer key of a place entity, which is what claims store. */
async function placeKey(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('entities')
    .select('key')
    .where('id', '=', id)
    .where('type', '=', 'place')
    .executeTakeFirst()
  return row?.key
}

/** One claim row by id (merged claims included: they say where they went). */
export async function findClaimRow(
  db: Kysely<Database>,
  id: string,
): Promise<ClaimTable | undefined> {
  return db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst()
}
