/**
 * Scoring attribution output against gold, per role (exact and token-overlap span match, each
 * role independently, as in CofeNet and PARC) and per relation.
 * @module
 */

/** A token span [s, e], inclusive. */
export type TokSpan = [number, number]

/** One attribution in token spans. */
export interface TokAttribution {
  source: TokSpan[]
  cue: TokSpan[]
  content: TokSpan[]
}

export type Role = 'source' | 'cue' | 'content'
export const ROLES: Role[] = ['source', 'cue', 'content']

/** Counts for one role. */
export interface RoleCounts {
  gold: number
  pred: number
  exact: number
  /** Predicted spans overlapping some gold span, and gold spans overlapped by some prediction. */
  predHit: number
  goldHit: number
}

/** Counts for the relation-level score. */
export interface RelationCounts {
  gold: number
  pred: number
  matched: number
}

export interface Scores {
  roles: Record<Role, RoleCounts>
  relation: RelationCounts
}

/** Empty counters. */
export function emptyScores(): Scores {
  const r = (): RoleCounts => ({ gold: 0, pred: 0, exact: 0, predHit: 0, goldHit: 0 })
  return {
    roles: { source: r(), cue: r(), content: r() },
    relation: { gold: 0, pred: 0, matched: 0 },
  }
}

/** Map a character range to the inclusive token span it touches, or null. */
export function charToTokens(
  starts: Int32Array,
  ends: Int32Array,
  start: number,
  end: number,
): TokSpan | null {
  // first token ending after start, last token starting before end
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const m = (lo + hi) >> 1
    if (ends[m]! <= start) lo = m + 1
    else hi = m
  }
  const s = lo
  lo = 0
  hi = starts.length
  while (lo < hi) {
    const m = (lo + hi) >> 1
    if (starts[m]! < end) lo = m + 1
    else hi = m
  }
  const e = lo - 1
  if (s > e || s >= starts.length) return null
  return [s, e]
}

function uniq(spans: TokSpan[]): TokSpan[] {
  const seen = new Set<string>()
  const out: TokSpan[] = []
  for (const s of spans) {
    const k = `${s[0]}:${s[1]}`
    if (!seen.has(k)) {
      seen.add(k)
      out.push(s)
    }
  }
  return out
}

const overlaps = (a: TokSpan, b: TokSpan) => a[0] <= b[1] && b[0] <= a[1]

/** Add one document's per-role counts. Identical predicted spans count once. */
export function scoreRoles(gold: TokAttribution[], pred: TokAttribution[], into: Scores): void {
  for (const role of ROLES) {
    const g = uniq(gold.flatMap((a) => a[role]))
    const p = uniq(pred.flatMap((a) => a[role]))
    const c = into.roles[role]
    c.gold += g.length
    c.pred += p.length
    const gk = new Set(g.map((s) => `${s[0]}:${s[1]}`))
    for (const s of p) {
      if (gk.has(`${s[0]}:${s[1]}`)) c.exact++
      if (g.some((t) => overlaps(s, t))) c.predHit++
    }
    for (const s of g) if (p.some((t) => overlaps(s, t))) c.goldHit++
  }
}

function covered(gold: TokSpan[], pred: TokSpan[]): number {
  let tot = 0
  let hit = 0
  for (const g of gold) {
    for (let i = g[0]; i <= g[1]; i++) {
      tot++
      if (pred.some((p) => p[0] <= i && i <= p[1])) hit++
    }
  }
  return tot === 0 ? 1 : hit / tot
}

/**
 * Relation-level match: cues overlap, sources both absent or overlapping, and the predicted
 * content covers more than half of the gold content tokens. Greedy one-to-one matching.
 */
export function relationMatches(g: TokAttribution, p: TokAttribution): boolean {
  if (!g.cue.some((a) => p.cue.some((b) => overlaps(a, b)))) return false
  const gs = g.source.length > 0
  const ps = p.source.length > 0
  if (gs !== ps) return false
  if (gs && !g.source.some((a) => p.source.some((b) => overlaps(a, b)))) return false
  return covered(g.content, p.content) > 0.5
}

/** Add one document's relation-level counts. */
export function scoreRelations(gold: TokAttribution[], pred: TokAttribution[], into: Scores): void {
  into.relation.gold += gold.length
  into.relation.pred += pred.length
  const used = new Set<number>()
  for (const g of gold) {
    for (let k = 0; k < pred.length; k++) {
      if (used.has(k)) continue
      if (relationMatches(g, pred[k]!)) {
        used.add(k)
        into.relation.matched++
        break
      }
    }
  }
}

/** Precision, recall and F1 as percentages. */
export function prf(
  tpP: number,
  pred: number,
  tpR: number,
  gold: number,
): [number, number, number] {
  const p = pred === 0 ? 0 : (100 * tpP) / pred
  const r = gold === 0 ? 0 : (100 * tpR) / gold
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return [p, r, f]
}

/** A printable table of the scores. */
export function formatScores(s: Scores): string {
  const lines = ['role      exact P/R/F1          overlap P/R/F1        gold  pred']
  const f = (x: number) => x.toFixed(1).padStart(5)
  for (const role of ROLES) {
    const c = s.roles[role]
    const ex = prf(c.exact, c.pred, c.exact, c.gold)
    const ov = prf(c.predHit, c.pred, c.goldHit, c.gold)
    lines.push(
      `${role.padEnd(8)}  ${ex.map(f).join(' ')}     ${ov.map(f).join(' ')}     ${String(c.gold).padStart(5)} ${String(c.pred).padStart(5)}`,
    )
  }
  const r = s.relation
  const rel = prf(r.matched, r.pred, r.matched, r.gold)
  lines.push(
    `relation  ${rel.map(f).join(' ')}   (cue overlaps, source both-absent-or-overlapping, content >50% of gold tokens)  ${r.gold} ${r.pred}`,
  )
  return lines.join('\n')
}
