import { loadGazetteer } from '../language/geo/index.js'
import type { Matcher } from './link.js'
import { type ClaimKey, claimKey, loadParams, similarity } from './similarity/index.js'

const INDEX_TERMS = 8
const KEY_CACHE = 50_000
const keys = new Map<string, ClaimKey>()

/**
 * The ledger's matcher for general claims: TF-IDF term vectors with shared names and numbers,
 * fitted on training data only (similarity/data/README.md). A text and its negation match, with
 * opposite stances.
 */
export const claimMatcher: Matcher<ClaimKey> = {
  key(text) {
    // claims are compared with the same statements again and again: key each text once
    let k = keys.get(text)
    if (!k) {
      if (keys.size >= KEY_CACHE) keys.clear()
      k = claimKey(text)
      keys.set(text, k)
    }
    return k
  },
  terms(k) {
    // the rarest terms carry the claim; they are what the index is read by
    return k.terms
      .map((t, i) => [t, k.weights[i]!] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, INDEX_TERMS)
      .map(([t]) => t)
  },
  similarity,
  get threshold() {
    return loadParams().threshold
  },
  opposed: (a, b) => a.negated !== b.negated,
  joinOpposed: true,
  combine(keys) {
    const sum = new Map<string, number>()
    for (const k of keys)
      for (let i = 0; i < k.terms.length; i++)
        sum.set(k.terms[i]!, (sum.get(k.terms[i]!) ?? 0) + k.weights[i]!)
    const terms = [...sum.keys()].sort()
    const norm = Math.sqrt(terms.reduce((a, t) => a + sum.get(t)! ** 2, 0)) || 1
    return {
      terms,
      weights: terms.map((t) => sum.get(t)! / norm),
      names: [...new Set(keys.flatMap((k) => k.names))].sort(),
      numbers: [...new Set(keys.flatMap((k) => k.numbers))].sort(),
      negated: keys[0]!.negated,
    }
  },
}

/**
 * Statements in the ledger are longer than headlines and share a war's vocabulary, so a
 * centroid at the headline threshold gathers a topic, not a claim. The ledger asks for much
 * closer wording, to the claim's first statement rather than to its centroid: a missed grouping
 * costs less than a dispute that is not there.
 */
export const LEDGER_THRESHOLD = 0.55

/** Terms two keys share. */
function shared(a: ClaimKey, b: ClaimKey): number {
  const set = new Set(a.terms)
  let n = 0
  for (const t of b.terms) if (set.has(t)) n++
  return n
}

/** A ledger key also holds the country of the actor the text opens with ("Russian forces …"). */
export interface LedgerKey extends ClaimKey {
  actor: string | null
}

/** Country of a demonym or country name that opens the text, or null. */
function actorOf(text: string): string | null {
  const first = /^\s*(\p{Lu}[\p{L}'’-]*)/u.exec(text)?.[1]
  if (!first) return null
  return loadGazetteer().country(first.replace(/['’]s$/, ''))?.code ?? null
}

export const ledgerMatcher: Matcher<LedgerKey> = {
  // claimMatcher caches the terms; the actor is one gazetteer lookup
  key: (t) => ({ ...claimMatcher.key(t), actor: actorOf(t) }),
  terms: (k) => claimMatcher.terms(k),
  // one rare word in common ("choice") is a coincidence, not a claim; and "Russian forces took X"
  // is not "Ukrainian forces took X", however many words they share
  similarity: (a, b) =>
    shared(a, b) >= 2 && !(a.actor && b.actor && a.actor !== b.actor) ? similarity(a, b) : 0,
  threshold: LEDGER_THRESHOLD,
  opposed: (a, b) => a.negated !== b.negated,
  // no centroid: a statement must be close to the claim's own wording, or a claim drifts into a topic
}
