import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { type ClaimState, claimState } from '../pipeline/claims/status.js'
import { annotationsOf } from './annotations.js'
import { refreshClaims, stanceRows } from './claim-state.js'
import { idFor } from './ids.js'
import type { ClaimTable, Database } from './schema.js'

/** A claim as the export, the API and the CLI show it (docs/schema.md). */
export interface ClaimRecord {
  id: string
  text: string
  frame: { type: string; roles: Record<string, string | null>; count?: number | null }
  places: { id: string; name: string; lat: number | null; lon: number | null }[]
  stances: {
    statementId: string
    stance: string
    rule: string
    confidence: number
    grouping: unknown
  }[]
  disputed: boolean
  status: string
  sides: {
    affiliation: string | null
    stance: string
    sources: number
    supports: number
    refutes: number
    reports: number
  }[]
  timeline: ClaimState['timeline']
  firstSeen: string | null
  lastSeen: string | null
  /** Analysts' notes, oldest first. */
  annotations: {
    id: string
    statementId: string | null
    text: string
    author: string | null
    createdAt: string
  }[]
}

export interface ClaimFilter {
  disputed?: boolean
  status?: string
  /** An entity id, or a place name (case-insensitive). */
  place?: string
  limit: number
  offset: number
}

/** Claims, most recently active first. */
export async function listClaims(db: Kysely<Database>, f: ClaimFilter): Promise<ClaimRecord[]> {
  let q = db.selectFrom('claims').selectAll().where('status', '!=', 'merged')
  if (f.disputed !== undefined) q = q.where('disputed', '=', f.disputed ? 1 : 0)
  if (f.status) q = q.where('status', '=', f.status)
  if (f.place) {
    const ids = await placeIds(db, f.place)
    if (ids.length === 0) return []
    q = q.where((eb) => eb.or(ids.map((id) => eb('places', 'like', `%"${id}"%`))))
  }
  const rows = await q
    .orderBy('last_seen', 'desc')
    .orderBy('id')
    .limit(f.limit)
    .offset(f.offset)
    .execute()
  return toRecords(db, rows)
}

/** One claim with its stances, sides and timeline, or undefined. */
export async function findClaim(
  db: Kysely<Database>,
  id: string,
): Promise<ClaimRecord | undefined> {
  const row = await db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? (await toRecords(db, [row]))[0] : undefined
}

/** Every claim, a page at a time, for export. */
export async function* iterateClaims(
  db: Kysely<Database>,
  pageSize = 200,
): AsyncGenerator<ClaimRecord> {
  let after = ''
  for (;;) {
    const rows = await db
      .selectFrom('claims')
      .selectAll()
      .where('id', '>', after)
      .where('status', '!=', 'merged')
      .orderBy('id')
      .limit(pageSize)
      .execute()
    for (const r of await toRecords(db, rows)) yield r
    if (rows.length < pageSize) return
    after = rows.at(-1)!.id
  }
}

async function placeIds(db: Kysely<Database>, place: string): Promise<string[]> {
  if (/^ent_[0-9a-f]{12}$/.test(place)) return [place]
  const rows = await db
    .selectFrom('entities')
    .select('key')
    .where('type', '=', 'place')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', place.toLowerCase()))
    .execute()
  return rows.map((r) => r.key)
}

async function toRecords(db: Kysely<Database>, rows: ClaimTable[]): Promise<ClaimRecord[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const stanceMap = await stanceRows(db, ids)
  const stanceDetails = await db
    .selectFrom('stances')
    .selectAll()
    .where('claim_id', 'in', ids)
    .execute()
  const placeKeys = [...new Set(rows.flatMap((r) => JSON.parse(r.places) as string[]))]
  const places = placeKeys.length
    ? await db
        .selectFrom('entities')
        .select(['id', 'key', 'name', 'lat', 'lon'])
        .where('key', 'in', placeKeys)
        .execute()
    : []
  const placeBy = new Map(places.map((p) => [p.key, p]))
  const notes = await annotationsOf(db, ids)
  return rows.map((r) => {
    const state = claimState(stanceMap.get(r.id) ?? [])
    return {
      id: r.id,
      text: r.text,
      frame: JSON.parse(r.frame),
      places: (JSON.parse(r.places) as string[]).flatMap((k) => {
        const p = placeBy.get(k)
        return p ? [{ id: p.id, name: p.name, lat: p.lat, lon: p.lon }] : []
      }),
      stances: stanceDetails
        .filter((s) => s.claim_id === r.id)
        .map((s) => ({
          statementId: s.statement_id,
          stance: s.stance,
          rule: s.rule,
          confidence: s.confidence,
          grouping: JSON.parse(s.grouping),
        })),
      disputed: state.disputed,
      status: state.status,
      sides: state.sides.map(({ voices: _v, ...s }) => s),
      timeline: state.timeline,
      firstSeen: state.firstSeen,
      lastSeen: state.lastSeen,
      annotations: (notes.get(r.id) ?? []).map((n) => ({
        id: n.id,
        statementId: n.statementId,
        text: n.text,
        author: n.author,
        createdAt: n.createdAt,
      })),
    }
  })
}

/**
 * Merges one claim into another: its statements and its analysts' notes join the other claim,
 * and the decision is kept so that re-ingesting the same articles groups them the same way.
 */
export async function mergeClaims(db: Kysely<Database>, from: string, into: string): Promise<void> {
  if (from === into) throw new Error('cannot merge a claim into itself')
  await db.transaction().execute(async (trx) => {
    for (const id of [from, into]) {
      const row = await trx
        .selectFrom('claims')
        .select(['id', 'status'])
        .where('id', '=', id)
        .executeTakeFirst()
      if (!row) throw new Error(`no claim ${id}`)
      if (row.status === 'merged') throw new Error(`claim ${id} was already merged into another`)
    }
    await trx
      .insertInto('claim_decisions')
      .values({
        id: randomUUID(),
        action: 'merge',
        payload: JSON.stringify({ from, into }),
        created_at: new Date().toISOString(),
      })
      .execute()
    const moving = await trx
      .selectFrom('stances')
      .selectAll()
      .where('claim_id', '=', from)
      .execute()
    for (const s of moving) {
      await trx
        .deleteFrom('stances')
        .where('claim_id', '=', from)
        .where('statement_id', '=', s.statement_id)
        .execute()
      await trx
        .insertInto('stances')
        .values({
          ...s,
          claim_id: into,
          grouping: JSON.stringify({ method: 'user-merge', key: null, matched: into, was: from }),
        })
        .onConflict((oc) => oc.columns(['claim_id', 'statement_id']).doNothing())
        .execute()
    }
    const terms = await trx
      .selectFrom('claim_terms')
      .select('term')
      .where('claim_id', '=', from)
      .execute()
    for (const t of terms) {
      await trx
        .insertInto('claim_terms')
        .values({ term: t.term, claim_id: into })
        .onConflict((oc) => oc.columns(['term', 'claim_id']).doNothing())
        .execute()
    }
    await trx
      .updateTable('claims')
      .set({ status: 'merged', disputed: 0, updated_at: new Date().toISOString() })
      .where('id', '=', from)
      .execute()
    // after the claim's row is written (and, on PostgreSQL, locked): a note being added to it
    // at the same time is either in by now and moves, or waits and finds the claim merged
    await trx
      .updateTable('annotations')
      .set({ claim_id: into })
      .where('claim_id', '=', from)
      .execute()
    await refreshClaims(trx, [into])
  })
}

/**
 * Splits statements out of a claim into a new claim of their own; the decision survives
 * re-ingestion. Notes about those statements go with them. Returns the new claim's id.
 */
export async function splitClaim(
  db: Kysely<Database>,
  claimId: string,
  statementIds: string[],
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const claim = await trx
      .selectFrom('claims')
      .selectAll()
      .where('id', '=', claimId)
      .executeTakeFirst()
    if (!claim) throw new Error(`no claim ${claimId}`)
    const stances = await trx
      .selectFrom('stances')
      .selectAll()
      .where('claim_id', '=', claimId)
      .where('statement_id', 'in', statementIds)
      .execute()
    if (stances.length !== new Set(statementIds).size)
      throw new Error(`not every statement given belongs to claim ${claimId}`)
    const first = await trx
      .selectFrom('statements')
      .select('content_text')
      .where('id', '=', statementIds[0]!)
      .executeTakeFirstOrThrow()
    const key = `split:${randomUUID()}`
    const into = idFor('claim', key)
    const now = new Date().toISOString()
    await trx
      .insertInto('claims')
      .values({
        id: into,
        key,
        text: first.content_text,
        frame: JSON.stringify({ type: 'general', roles: {} }),
        kind: 'general',
        places: claim.places,
        status: 'asserted',
        disputed: 0,
        first_seen: null,
        last_seen: null,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await trx
      .insertInto('claim_decisions')
      .values({
        id: randomUUID(),
        action: 'split',
        payload: JSON.stringify({ from: claimId, into, statements: statementIds }),
        created_at: now,
      })
      .execute()
    for (const s of stances) {
      await trx
        .deleteFrom('stances')
        .where('claim_id', '=', claimId)
        .where('statement_id', '=', s.statement_id)
        .execute()
      await trx
        .insertInto('stances')
        .values({
          ...s,
          claim_id: into,
          grouping: JSON.stringify({
            method: 'user-split',
            key: null,
            matched: into,
            was: claimId,
          }),
        })
        .execute()
    }
    await refreshClaims(trx, [claimId, into])
    await trx
      .updateTable('annotations')
      .set({ claim_id: into })
      .where('claim_id', '=', claimId)
      .where('statement_id', 'in', statementIds)
      .execute()
    return into
  })
}
