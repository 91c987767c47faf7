import type { Kysely } from 'kysely'
import { type ClaimState, claimState, type StanceRow } from '../pipeline/claims/status.js'
import type { StanceLabel } from '../pipeline/claims/types.js'
import type { Database } from './schema.js'

/** The stance rows of some claims, with what their status needs: sides, voices, dates. */
export async function stanceRows(
  db: Kysely<Database>,
  claimIds: string[],
): Promise<Map<string, StanceRow[]>> {
  const out = new Map<string, StanceRow[]>()
  if (claimIds.length === 0) return out
  const rows = await db
    .selectFrom('stances')
    .innerJoin('statements', 'statements.id', 'stances.statement_id')
    .innerJoin('articles', 'articles.id', 'statements.article_id')
    .leftJoin('entities', 'entities.id', 'statements.speaker_entity_id')
    .select([
      'stances.claim_id',
      'stances.statement_id',
      'stances.stance',
      'statements.speaker_entity_id',
      'statements.speaker_text',
      'statements.time',
      'entities.affiliation',
      'articles.id as article_id',
      'articles.syndication_id',
      'articles.published_at',
      'articles.created_at',
    ])
    .where('stances.claim_id', 'in', claimIds)
    .execute()
  for (const r of rows) {
    const t = r.time ? (JSON.parse(r.time) as { value: string | null }).value : null
    const date =
      t && /^\d{4}-\d{2}-\d{2}/.test(t)
        ? t.slice(0, 10)
        : (r.published_at ?? r.created_at).slice(0, 10)
    const list = out.get(r.claim_id) ?? []
    list.push({
      statementId: r.statement_id,
      stance: r.stance as StanceLabel,
      affiliation: r.affiliation,
      voice: r.speaker_entity_id ?? (r.speaker_text ?? '').toLowerCase(),
      syndicationId: r.syndication_id ?? r.article_id,
      date,
    })
    out.set(r.claim_id, list)
  }
  return out
}

/** Recomputes and stores the status of claims whose statements changed. */
export async function refreshClaims(
  db: Kysely<Database>,
  claimIds: string[],
): Promise<Map<string, ClaimState>> {
  const ids = [...new Set(claimIds)]
  const rows = await stanceRows(db, ids)
  const states = new Map<string, ClaimState>()
  const now = new Date().toISOString()
  for (const id of ids) {
    const state = claimState(rows.get(id) ?? [])
    states.set(id, state)
    await db
      .updateTable('claims')
      .set({
        status: state.status,
        disputed: state.disputed ? 1 : 0,
        first_seen: state.firstSeen,
        last_seen: state.lastSeen,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute()
  }
  return states
}
