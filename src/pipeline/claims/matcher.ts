import { loadGazetteer } from '../language/geo/index.js'
import { monthNumber } from '../language/times.js'
import type { Matcher } from './link.js'
import { type ClaimKey, claimKey, keyTerms, loadParams, similarity } from './similarity/index.js'

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

/**
 * A statement joins a claim it refutes only when it is this close to the claim's wording. On
 * the war ledger the refutations of real disputes joined at 0.87–1 (or by a frame or a named
 * denial); a refutation at 0.67 joined a claim about strikes because both named the same bank
 * of the same river, and made the one false dispute.
 */
export const LEDGER_REFUTE_THRESHOLD = 0.75

/**
 * Terms two keys share, not counting country names and demonyms: in war reporting nearly every
 * statement names Russia and Ukraine, so sharing them says nothing about the claim.
 */
function shared(a: LedgerKey, b: LedgerKey): number {
  const set = new Set(a.terms)
  let n = 0
  for (const t of b.terms)
    if (set.has(t) && !a.countries.includes(t) && !b.countries.includes(t)) n++
  return n
}

/** Terms of the country names and demonyms a text holds ("Russia's", "Ukrainian"). */
function countryTerms(text: string): string[] {
  const out = new Set<string>()
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
    const w = m[0].replace(/['’]s$/, '')
    if (loadGazetteer().country(w)) for (const t of keyTerms(w).terms) out.add(t)
  }
  return [...out]
}

/**
 * A ledger key also holds the country of the actor the text opens with ("Russian forces …"),
 * and the calendar days it names ("on March 15").
 */
export interface LedgerKey extends ClaimKey {
  actor: string | null
  days: string[]
  countries: string[]
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+${MONTH}\\b`, 'gi')

/** Days named in a text, as "month-day" ("March 15", "15 March" are both "3-15"). */
function daysOf(text: string): string[] {
  const out = new Set<string>()
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthNumber(m[1] ?? m[4]!)
    const day = Number(m[2] ?? m[3])
    if (month > 0 && day >= 1 && day <= 31) out.add(`${month}-${day}`)
  }
  return [...out]
}

/** Both texts name days, and none in common: reports of two different days. */
function otherDays(a: LedgerKey, b: LedgerKey): boolean {
  return a.days.length > 0 && b.days.length > 0 && !a.days.some((d) => b.days.includes(d))
}

/** Country of a demonym or country name that opens the text, or null. */
function actorOf(text: string): string | null {
  const first = /^\s*(\p{Lu}[\p{L}'’-]*)/u.exec(text)?.[1]
  if (!first) return null
  return loadGazetteer().country(first.replace(/['’]s$/, ''))?.code ?? null
}

export const ledgerMatcher: Matcher<LedgerKey> = {
  // claimMatcher caches the terms; the actor is one gazetteer lookup
  key: (t) => ({
    ...claimMatcher.key(t),
    actor: actorOf(t),
    days: daysOf(t),
    countries: countryTerms(t),
  }),
  terms: (k) => claimMatcher.terms(k),
  // one rare word in common ("choice") is a coincidence, not a claim; "Russian forces took X"
  // is not "Ukrainian forces took X", and what happened on March 15 is not what happened on
  // March 18, however many words they share
  similarity: (a, b) =>
    shared(a, b) >= 2 && !(a.actor && b.actor && a.actor !== b.actor) && !otherDays(a, b)
      ? similarity(a, b)
      : 0,
  threshold: LEDGER_THRESHOLD,
  refuteThreshold: LEDGER_REFUTE_THRESHOLD,
  opposed: (a, b) => a.negated !== b.negated,
  // no centroid: a statement must be close to the claim's own wording, or a claim drifts into a topic
}
