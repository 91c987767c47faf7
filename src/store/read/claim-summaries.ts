import type { Kysely } from 'kysely'
import { claimState } from '../../pipeline/claims/status.js'
import { stanceRows } from '../claim-state.js'
import type { ClaimTable, Database } from '../schema.js'

export interface PlaceRef {
  id: string
  name: string
  lat: number | null
  lon: number | null
}

export interface SpeakerRef {
  entityId: string | null
  name: string
}

/** One side of a claim: its stance, its independent sources, and who speaks for it. */
export interface SideSummary {
  affiliation: string | null
  stance: string
  supports: number
  refutes: number
  reports: number
  sources: number
  speakers: SpeakerRef[]
}

/** A claim as lists show it: text, status, places, sides with speakers and source counts. */
export interface ClaimSummary {
  id: string
  text: string
  kind: string
  status: string
  disputed: boolean
  firstSeen: string | null
  lastSeen: string | null
  statements: number
  places: PlaceRef[]
  sides: SideSummary[]
}

const SPEAKERS_PER_SIDE = 12
const CACHE_MAX = 20_000

// a claim's summary only changes when its stances do, and every such change moves updated_at
const cache = new Map<string, { updatedAt: string; summary: ClaimSummary }>()

/**
 * Summaries of claim rows, in the order given. Computed from the stored stances with the
 * pipeline's own status rules, and remembered per claim until its `updated_at` moves, so a
 * claim with thousands of statements costs its full computation once per change.
 * @example
 * const [s] = await claimSummaries(db, [row]) // s.sides[0].speakers
 */
export async function claimSummaries(
  db: Kysely<Database>,
  rows: ClaimTable[],
): Promise<ClaimSummary[]> {
  const missing = rows.filter((r) => cache.get(cacheKey(db, r.id))?.updatedAt !== r.updated_at)
  if (missing.length > 0) {
    const computed = await compute(db, missing)
    for (const r of missing) {
      const k = cacheKey(db, r.id)
      cache.delete(k)
      cache.set(k, { updatedAt: r.updated_at, summary: computed.get(r.id)! })
      if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!)
    }
  }
  return rows.map((r) => cache.get(cacheKey(db, r.id))!.summary)
}

// several ledgers may be open in one process (tests): keys carry the connection
const dbIds = new WeakMap<object, number>()
let nextDbId = 0
function cacheKey(db: Kysely<Database>, id: string): string {
  let n = dbIds.get(db)
  if (n === undefined) {
    n = nextDbId++
    dbIds.set(db, n)
  }
  return `${n}|${id}`
}

async function compute(
  db: Kysely<Database>,
  rows: ClaimTable[],
): Promise<Map<string, ClaimSummary>> {
  const ids = rows.map((r) => r.id)
  const stances = await stanceRows(db, ids)
  const speakerRows = await db
    .selectFrom('stances')
    .innerJoin('statements', 'statements.id', 'stances.statement_id')
    .leftJoin('entities', 'entities.id', 'statements.speaker_entity_id')
    .select([
      'stances.claim_id',
      'entities.affiliation',
      'statements.speaker_entity_id',
      'entities.name',
      'statements.speaker_text',
    ])
    .where('stances.claim_id', 'in', ids)
    .where('stances.stance', '!=', 'reports')
    .execute()
  const speakers = new Map<string, Map<string, SpeakerRef>>()
  for (const s of speakerRows) {
    const name = s.name ?? s.speaker_text
    if (!name) continue
    const k = `${s.claim_id}|${s.affiliation ?? ''}`
    const m = speakers.get(k) ?? new Map<string, SpeakerRef>()
    const who = s.speaker_entity_id ?? name.toLowerCase()
    if (!m.has(who) && m.size < SPEAKERS_PER_SIDE)
      m.set(who, { entityId: s.speaker_entity_id, name })
    speakers.set(k, m)
  }
  const places = await placesOf(db, rows)
  const out = new Map<string, ClaimSummary>()
  for (const r of rows) {
    const list = stances.get(r.id) ?? []
    const state = claimState(list)
    out.set(r.id, {
      id: r.id,
      text: r.text,
      kind: r.kind,
      status: r.status === 'merged' ? 'merged' : state.status,
      disputed: r.status === 'merged' ? false : state.disputed,
      firstSeen: state.firstSeen,
      lastSeen: state.lastSeen,
      statements: list.length,
      places: (JSON.parse(r.places) as string[]).flatMap((k) => places.get(k) ?? []),
      sides: state.sides.map((s) => ({
        affiliation: s.affiliation,
        stance: s.stance,
        supports: s.supports,
        refutes: s.refutes,
        reports: s.reports,
        sources: s.sources,
        speakers: [...(speakers.get(`${r.id}|${s.affiliation ?? ''}`)?.values() ?? [])],
      })),
    })
  }
  return out
}

/** The place entities named by claims' place keys. */
export async function placesOf(
  db: Kysely<Database>,
  rows: Pick<ClaimTable, 'places'>[],
): Promise<Map<string, PlaceRef>> {
  const keys = [...new Set(rows.flatMap((r) => JSON.parse(r.places) as string[]))]
  if (keys.length === 0) return new Map()
  const found = await db
    .selectFrom('entities')
    .select(['id', 'key', 'name', 'lat', 'lon'])
    .where('key', 'in', keys)
    .execute()
  return new Map(found.map((p) => [p.key, { id: p.id, name: p.name, lat: p.lat, lon: p.lon }]))
}
