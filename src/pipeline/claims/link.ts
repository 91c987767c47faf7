import { createHash } from 'node:crypto'
import type { ClaimIndex, ClaimLink, Grouping, Proposition } from './types.js'

/** How general claims are compared: a compact key, its index terms, and a similarity. */
export interface Matcher<K> {
  key(text: string): K
  terms(key: K): string[]
  similarity(a: K, b: K): number
  threshold: number
}

const CANDIDATES = 20

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
): Promise<ClaimLink[]> {
  const out: ClaimLink[] = []
  for (const p of props) {
    const statementId = statementIds[p.statement]!
    let claimId: string
    let grouping: Grouping
    let create: ClaimLink['create'] = null
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
      let best: { id: string; score: number } | null = null
      for (const c of await index.candidates(terms, CANDIDATES)) {
        const score = matcher.similarity(k, matcher.key(c.text))
        if (score >= matcher.threshold && (!best || score > best.score)) best = { id: c.id, score }
      }
      if (best) {
        claimId = best.id
        grouping = { method: 'similarity', key: null, score: round(best.score), matched: best.id }
      } else {
        const key = `general:${statementId}`
        claimId = claimIdFor(key)
        grouping = { method: 'new-claim', key }
        create = { key, text: p.text, frame: p.frame, places: p.places, terms }
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
    out.push({
      statementId,
      claimId,
      create,
      stance: p.stance,
      rule: p.why.rule,
      confidence: p.why.confidence,
      grouping,
    })
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
