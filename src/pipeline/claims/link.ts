import { createHash } from 'node:crypto'
import type { ClaimIndex, ClaimLink, Grouping, Proposition } from './types.js'

/** How general claims are compared: a compact key, its index terms, and a similarity. */
/** Propositions that take the words of the claim they deny. */
const DENIALS_BY_REFERENCE = new Set(['denial-of-earlier-claim', 'denial-of-nested-claim'])

export interface Matcher<K> {
  key(text: string): K
  terms(key: K): string[]
  similarity(a: K, b: K): number
  threshold: number
  /** Do two matching texts say opposite things ("X happened" and "X did not happen")? */
  opposed?(a: K, b: K): boolean
  /** Group opposed texts into one claim (with opposite stances) rather than keep them apart. */
  joinOpposed?: boolean
  /**
   * The closeness a statement needs to join a claim it would refute, when that is stricter
   * than `threshold`: a refutation that only shares the topic makes a dispute that is not there.
   */
  refuteThreshold?: number
  /** One key standing for a whole claim's statements (their centroid). */
  combine?(keys: K[]): K
}

/** A second opinion on a statement's stance toward a claim it was grouped into. */
export type StanceCheck = (
  claim: string,
  text: string,
) => {
  stance: 'supports' | 'refutes' | 'reports' | 'unrelated'
  confidence: number
  why: { rule: string }
}

/** The stance model overrides the polarity rule only when this sure. */
const STANCE_OVERRIDE = 0.8

const CANDIDATES = 10
const MAX_POOL = 60

/** Similarity at which a statement repeats a claim's own words, beyond the stance model's say. */
const SAME_WORDS = 0.95

/**
 * Joins each proposition to a claim. A typed frame names its claim by its key; a general
 * proposition joins the most similar existing claim above the matcher's threshold, or starts
 * a new one. A person's merge or split, recorded earlier, wins over both.
 */
export async function linkClaims<K>(
  props: Proposition[],
  statementIds: string[],
  index: ClaimIndex,
  matcher: Matcher<K>,
  check?: StanceCheck,
): Promise<ClaimLink[]> {
  const out: ClaimLink[] = []
  // one look-up for the whole document: its general statements share most candidates
  const general = props.filter((p) => !p.key).map((p) => matcher.key(p.text))
  const union = [...new Set(general.flatMap((k) => matcher.terms(k)))]
  const pool: { id: string; text: string; key: K; denied: boolean }[] = []
  if (union.length) {
    for (const c of await index.candidates(
      union,
      Math.min(MAX_POOL, CANDIDATES * general.length),
      // statements of a claim are only read where the matcher compares against their centroid
      { members: !!matcher.combine },
    )) {
      // a claim is compared as a whole: the centroid of its statements where the matcher has one
      const keys = [c.text, ...(matcher.combine ? (c.members ?? []) : [])].map((t) =>
        matcher.key(t),
      )
      pool.push({
        id: c.id,
        text: c.text,
        key: matcher.combine && keys.length > 1 ? matcher.combine(keys) : keys[0]!,
        denied: c.denied ?? false,
      })
    }
  }
  for (const p of props) {
    const statementId = statementIds[p.statement]!
    let claimId: string
    let grouping: Grouping
    let create: ClaimLink['create'] = null
    let stance = p.stance
    let rule = p.why.rule
    let confidence = p.why.confidence
    let indexTerms: string[] = []
    if (p.key) {
      claimId = claimIdFor(p.key)
      grouping = {
        method: p.why.rule === 'denial-of-earlier-claim' ? 'denial-of-earlier-claim' : 'frame',
        key: p.key,
      }
      create = { key: p.key, text: p.text, frame: p.frame, places: p.places, terms: [] }
    } else {
      const k = matcher.key(p.text)
      const terms = matcher.terms(k)
      indexTerms = terms
      let best: { id: string; text: string; score: number; opposed: boolean } | null = null
      for (const c of pool) {
        const score = matcher.similarity(k, c.key)
        const opposed = matcher.opposed?.(k, c.key) ?? false
        // a negation alone does not make two statements one claim: "no country could choose" and "there is no choice"
        if (opposed && !matcher.joinOpposed) continue
        const refutes = (p.stance === 'refutes') !== opposed
        // a claim begun by a denial holds the denied words: asserting them disagrees with it
        // as a refutation disagrees with an assertion, and only sharing the topic is no dispute
        const need =
          (refutes || c.denied) && matcher.refuteThreshold !== undefined
            ? Math.max(matcher.threshold, matcher.refuteThreshold)
            : matcher.threshold
        if (score >= need && (!best || score > best.score))
          best = { id: c.id, text: c.text, score, opposed }
      }
      if (best) {
        claimId = best.id
        grouping = { method: 'similarity', key: null, score: round(best.score), matched: best.id }
        if (best.opposed)
          stance = stance === 'supports' ? 'refutes' : stance === 'refutes' ? 'supports' : stance
        // the learned stance model may overrule the polarity rule when it is sure
        // a denial of "these claims" or of "X's claims that …" repeats the claim's words: the
        // model would read agreement
        // nor the same words again: a repeat asserts what it repeats (boilerplate reports)
        const second =
          DENIALS_BY_REFERENCE.has(p.why.rule) || best.score >= SAME_WORDS
            ? null
            : check?.(best.text, p.text)
        if (
          second &&
          second.confidence >= STANCE_OVERRIDE &&
          second.stance !== 'unrelated' &&
          second.stance !== stance
        ) {
          stance = second.stance
          rule = second.why.rule
          confidence = second.confidence
        }
      } else {
        const key = `general:${statementId}`
        claimId = claimIdFor(key)
        grouping = { method: 'new-claim', key }
        create = { key, text: p.text, frame: p.frame, places: p.places, terms }
        // a later statement of this document may join the claim it just started
        pool.push({ id: claimId, text: p.text, key: k, denied: p.stance === 'refutes' })
      }
    }
    const split = await index.splitTo(statementId)
    if (split) {
      claimId = split
      grouping = { method: 'user-split', key: null, matched: split }
      create = null
    }
    const merged = await followMerges(index, claimId)
    if (merged !== claimId) {
      grouping = { ...grouping, method: 'user-merge', matched: merged }
      claimId = merged
    }
    out.push({ statementId, claimId, create, stance, rule, confidence, grouping, indexTerms })
  }
  return out
}

/** Claims named by a key have the same id everywhere, so workers agree without asking. */
export function claimIdFor(key: string): string {
  return `cl_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`
}

async function followMerges(index: ClaimIndex, id: string): Promise<string> {
  let cur = id
  for (let i = 0; i < 10; i++) {
    const next = await index.mergedInto(cur)
    if (!next || next === cur) return cur
    cur = next
  }
  return cur
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
