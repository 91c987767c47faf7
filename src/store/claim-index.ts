import type { Kysely } from 'kysely'
import type { ClaimCandidate, ClaimIndex } from '../pipeline/claims/types.js'
import type { Database } from './schema.js'

const MEMBERS = 10

/**
 * The ledger's claim index over one connection or transaction: general claims by their key
 * terms, and the merges and splits people have made.
 */
export function claimIndex(db: Kysely<Database>): ClaimIndex {
  // people's decisions are few: read them once per batch, in the order they were made
  let loaded: Promise<{ merges: Map<string, string>; splits: Map<string, string> }> | undefined
  const decisions = () => {
    loaded ??= db
      .selectFrom('claim_decisions')
      .select(['action', 'payload'])
      .orderBy('created_at')
      .orderBy('id')
      .execute()
      .then((rows) => {
        const merges = new Map<string, string>()
        const splits = new Map<string, string>()
        for (const r of rows) {
          const p = JSON.parse(r.payload) as { from?: string; into: string; statements?: string[] }
          if (r.action === 'merge' && p.from) merges.set(p.from, p.into)
          if (r.action === 'split') for (const s of p.statements ?? []) splits.set(s, p.into)
        }
        return { merges, splits }
      })
    return loaded
  }
  return {
    async candidates(
      terms: string[],
      limit: number,
      opts: { members?: boolean } = {},
    ): Promise<ClaimCandidate[]> {
      if (terms.length === 0) return []
      const hits = await db
        .selectFrom('claim_terms')
        .select(['claim_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('term', 'in', terms)
        .groupBy('claim_id')
        .orderBy('n', 'desc')
        .orderBy('claim_id')
        .limit(limit)
        .execute()
      if (hits.length === 0) return []
      const ids = hits.map((h) => h.claim_id)
      const rows = await db
        .selectFrom('claims')
        .select(['id', 'text', 'key'])
        .where('id', 'in', ids)
        .execute()
      const text = new Map(rows.map((r) => [r.id, r.text]))
      const denied = await deniedClaims(db, rows)
      if (opts.members === false)
        return ids.flatMap((id) =>
          text.has(id) ? [{ id, text: text.get(id)!, terms: [], denied: denied.has(id) }] : [],
        )
      // the claim's statements, for comparing against the claim as a whole
      const members = await db
        .selectFrom('stances')
        .innerJoin('statements', 'statements.id', 'stances.statement_id')
        .select(['stances.claim_id', 'statements.content_text'])
        .where('stances.claim_id', 'in', ids)
        // bounded, so a claim with thousands of statements costs what a small one does
        .limit(ids.length * MEMBERS)
        .execute()
      const by = new Map<string, string[]>()
      for (const m of members) {
        const list = by.get(m.claim_id) ?? []
        if (list.length < MEMBERS && m.content_text !== text.get(m.claim_id))
          list.push(m.content_text)
        by.set(m.claim_id, list)
      }
      return ids.flatMap((id) =>
        text.has(id)
          ? [
              {
                id,
                text: text.get(id)!,
                terms: [],
                members: by.get(id) ?? [],
                denied: denied.has(id),
              },
            ]
          : [],
      )
    },
    async mergedInto(claimId: string): Promise<string | null> {
      return (await decisions()).merges.get(claimId) ?? null
    },
    async splitTo(statementId: string): Promise<string | null> {
      return (await decisions()).splits.get(statementId) ?? null
    },
  }
}

/** General claims whose first statement (named in the key) refutes them: their text is denied. */
async function deniedClaims(
  db: Kysely<Database>,
  rows: { id: string; key: string | null }[],
): Promise<Set<string>> {
  const founders = new Map<string, string>()
  for (const r of rows)
    if (r.key?.startsWith('general:')) founders.set(r.key.slice('general:'.length), r.id)
  if (founders.size === 0) return new Set()
  const stances = await db
    .selectFrom('stances')
    .select(['claim_id', 'statement_id'])
    .where('statement_id', 'in', [...founders.keys()])
    .where('stance', '=', 'refutes')
    .execute()
  return new Set(
    stances.filter((s) => founders.get(s.statement_id) === s.claim_id).map((s) => s.claim_id),
  )
}
