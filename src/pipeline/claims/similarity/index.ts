/**
 * Whether two texts state the same claim, and an incremental grouping of texts into claims.
 * A claim key holds the text's content stems weighted by IDF (fitted on training headlines,
 * see data/README.md), its numbers, its capitalised name-like terms and a negation flag.
 * Negation does not split claims: "X is dead" and "X is not dead" are one contested claim.
 * @module
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stem } from '../stance/porter.js'
import { STOPWORDS, words } from '../stance/text.js'

/** Compact representation of a text for claim matching. */
export interface ClaimKey {
  /** Content stems, sorted, each with its L2-normalised TF-IDF weight in `weights`. */
  terms: string[]
  weights: number[]
  /** Numbers in the text ("19M" and "19 million" both give "19"). */
  numbers: string[]
  /** Stems of capitalised words that are not sentence-initial (names, places, organisations). */
  names: string[]
  /** Whether the text is negated (not, no, never, denies...). */
  negated: boolean
}

/** Learned parameters: document frequencies of stems and the grouping threshold (see data/README.md). */
export interface SimilarityParams {
  /** Training texts and their document frequency per term (terms seen once are left out). */
  docs: number
  df: Map<string, number>
  threshold: number
  /** Weight of shared names and the penalty for conflicting numbers. */
  nameBoost: number
  numberPenalty: number
  /** Power of IDF in term weights (above 1 favours rare terms). */
  idfPower: number
}

const here = dirname(fileURLToPath(import.meta.url))
const PARAMS_FILE = 'similarity-params.json'

/** Where the learned parameters live; from dist/ the file is found beside the compiled module too. */
export function paramsPath(): string {
  return join(here, 'data', PARAMS_FILE)
}

let params: SimilarityParams | null = null

/** The shipped parameters (read on first use). */
export function loadParams(): SimilarityParams {
  if (!params) {
    const raw = JSON.parse(readFileSync(paramsPath(), 'utf8')) as {
      docs: number
      threshold: number
      nameBoost: number
      numberPenalty: number
      idfPower: number
      df: Record<string, number>
    }
    params = {
      docs: raw.docs,
      df: new Map(Object.entries(raw.df)),
      threshold: raw.threshold,
      nameBoost: raw.nameBoost,
      numberPenalty: raw.numberPenalty,
      idfPower: raw.idfPower,
    }
  }
  return params
}

/** Replace the parameters (used by the fitting script to try values). */
export function setParams(p: SimilarityParams): void {
  params = p
}

const NEG = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor'].map(stem))
const DENY = new Set(
  ['deny', 'denies', 'denied', 'hoax', 'fake', 'false', 'untrue', 'debunk', 'debunked'].map(stem),
)
const NUMBER_WORDS: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  dozen: '12',
  hundred: '100',
  thousand: '1000',
  million: '1000000',
  billion: '1000000000',
}
const SCALE = /^(\d+(?:[.,]\d+)?)(k|m|bn|b|mn|million|billion|st|nd|rd|th|s)?$/

function normNumber(w: string): string | null {
  const m = SCALE.exec(w)
  if (!m) return null
  return m[1]!.replace(/,/g, '')
}

const CAP = /[A-Z][A-Za-z'’.-]*[A-Za-z]|[A-Z]/g

/** Stems of capitalised words that do not start a sentence, unless the text is in title case. */
function nameStems(text: string): string[] {
  const caps = [...text.matchAll(CAP)]
  const all = text.match(/[A-Za-z][A-Za-z'’.-]*/g) ?? []
  // in a title-case headline nearly every word is capitalised and says nothing about names
  if (all.length >= 4 && caps.length / all.length > 0.6) return []
  const out = new Set<string>()
  for (const m of caps) {
    const i = m.index ?? 0
    const before = text.slice(Math.max(0, i - 3), i)
    if (i === 0 || /[.!?:]["'”’]?\s*$/.test(before)) continue
    for (const w of words(m[0])) if (!STOPWORDS.has(w)) out.add(stem(w))
  }
  return [...out].sort()
}

/** Normalised content terms (with repeats), numbers and the negation flag of a text. */
export function keyTerms(text: string): { terms: string[]; numbers: string[]; negated: boolean } {
  const terms: string[] = []
  const numbers = new Set<string>()
  let negated = false
  for (const w of words(text)) {
    const s = stem(w)
    if (NEG.has(s) || DENY.has(s)) negated = true
    const num = /^\d/.test(w) ? normNumber(w) : (NUMBER_WORDS[w] ?? null)
    if (num) numbers.add(num)
    if (STOPWORDS.has(w) || (w.length < 2 && !/\d/.test(w))) continue
    terms.push(num ?? s)
  }
  return { terms, numbers: [...numbers].sort(), negated }
}

/** IDF of a term given extra documents seen (the grouping's own stream). */
function idfOf(p: SimilarityParams, term: string, extraDocs = 0, extraDf = 0): number {
  return Math.log((p.docs + extraDocs + 1) / ((p.df.get(term) ?? 1) + extraDf + 1)) + 1
}

function keyWith(text: string, weight: (term: string) => number): ClaimKey {
  const kt = keyTerms(text)
  const tf = new Map<string, number>()
  for (const t of kt.terms) tf.set(t, (tf.get(t) ?? 0) + 1)
  const terms = [...tf.keys()].sort()
  const weights = terms.map((t) => (1 + Math.log(tf.get(t)!)) * weight(t))
  const norm = Math.sqrt(weights.reduce((a, w) => a + w * w, 0)) || 1
  return {
    terms,
    weights: weights.map((w) => w / norm),
    numbers: kt.numbers,
    names: nameStems(text),
    negated: kt.negated,
  }
}

/** The claim key of a text, with term weights from the training IDF. */
export function claimKey(text: string): ClaimKey {
  const p = loadParams()
  return keyWith(text, (t) => idfOf(p, t) ** p.idfPower)
}

function overlapCount(a: readonly string[], b: readonly string[]): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++
      i++
      j++
    } else if (a[i]! < b[j]!) i++
    else j++
  }
  return n
}

/** Cosine of two keys' sorted weighted terms. */
function termCosine(a: ClaimKey, b: ClaimKey): number {
  let i = 0
  let j = 0
  let d = 0
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!
    const y = b.terms[j]!
    if (x === y) {
      d += a.weights[i]! * b.weights[j]!
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return d
}

/** Adjust a term cosine for shared names and conflicting numbers; result in 0..1. */
function adjust(
  cos: number,
  a: Pick<ClaimKey, 'names' | 'numbers'>,
  b: Pick<ClaimKey, 'names' | 'numbers'>,
  p: SimilarityParams,
): number {
  let s = cos
  if (a.names.length && b.names.length) {
    const shared = overlapCount(a.names, b.names)
    s += (p.nameBoost * shared) / Math.min(a.names.length, b.names.length)
  }
  // both give numbers and share none: likely different figures ("19 million" vs "24 million")
  if (a.numbers.length && b.numbers.length && overlapCount(a.numbers, b.numbers) === 0) {
    s -= p.numberPenalty
  }
  return Math.max(0, Math.min(1, s))
}

/** How likely two keys state the same claim, 0..1. */
export function similarity(a: ClaimKey, b: ClaimKey): number {
  return adjust(termCosine(a, b), a, b, loadParams())
}

/** Incremental grouping of texts into claims. */
export interface Grouping {
  /**
   * Add a text: it joins the group of its most similar earlier text when the similarity reaches
   * the threshold, else starts a group. Returns the group, the score and the matched text's id.
   */
  add(id: string, text: string): { groupId: string; score: number; matchedId: string | null }
}

interface Group {
  id: string
  /** Sum of member term weights, its norm, and the union of members' names and numbers. */
  sum: Map<string, number>
  norm2: number
  names: string[]
  numbers: string[]
  members: number[]
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  return a.length === 0 ? [...b] : [...new Set([...a, ...b])].sort()
}

/**
 * A grouping that scores a new text against each candidate group's centroid (the sum of its
 * members' term vectors). Term weights use IDF over the training texts plus the texts added so
 * far, so a word every statement in the stream shares stops counting as evidence. Candidates
 * come from an inverted index from terms to groups, read for the text's highest-weighted terms
 * and only for the latest groups of a long list, so an addition costs a bounded number of
 * candidate checks however many groups exist.
 */
export function createGrouping(opts?: { threshold?: number }): Grouping {
  const p = loadParams()
  const threshold = opts?.threshold ?? p.threshold
  const keys: ClaimKey[] = []
  const ids: string[] = []
  const groups: Group[] = []
  const postings = new Map<string, number[]>()
  const streamDf = new Map<string, number>()
  return {
    add(id, text) {
      const n = keys.length
      const k = keyWith(text, (t) => idfOf(p, t, n, streamDf.get(t) ?? 0) ** p.idfPower)
      const order = k.terms.map((_, i) => i).sort((x, y) => k.weights[y]! - k.weights[x]!)
      // partial dot products over the best terms' postings, then exact scores for the leaders
      const partial = new Map<number, number>()
      for (const t of order.slice(0, MAX_QUERY_TERMS)) {
        const term = k.terms[t]!
        const list = postings.get(term)
        if (!list) continue
        const w = k.weights[t]!
        for (let i = Math.max(0, list.length - MAX_SCAN); i < list.length; i++) {
          const g = list[i]!
          const grp = groups[g]!
          partial.set(
            g,
            (partial.get(g) ?? 0) + (w * grp.sum.get(term)!) / (Math.sqrt(grp.norm2) || 1),
          )
        }
      }
      const leaders = [...partial].sort((x, y) => y[1] - x[1]).slice(0, MAX_EXACT)
      let best = -1
      let bestScore = 0
      for (const [g] of leaders) {
        const grp = groups[g]!
        let dot = 0
        for (let t = 0; t < k.terms.length; t++)
          dot += k.weights[t]! * (grp.sum.get(k.terms[t]!) ?? 0)
        const s = adjust(dot / (Math.sqrt(grp.norm2) || 1), k, grp, p)
        if (s > bestScore || (s === bestScore && g < best)) {
          best = g
          bestScore = s
        }
      }
      const index = keys.length
      keys.push(k)
      ids.push(id)
      for (const t of k.terms) streamDf.set(t, (streamDf.get(t) ?? 0) + 1)
      const joined = best >= 0 && bestScore >= threshold
      let matchedId: string | null = null
      let g = best
      if (joined) {
        // the member most like the new text, among the group's latest members
        const grp = groups[best]!
        let ms = -1
        for (const m of grp.members.slice(-MATCH_MEMBERS)) {
          const s = similarity(k, keys[m]!)
          if (s > ms) {
            ms = s
            matchedId = ids[m]!
          }
        }
      } else {
        g = groups.length
        groups.push({ id, sum: new Map(), norm2: 0, names: [], numbers: [], members: [] })
      }
      const grp = groups[g]!
      for (let t = 0; t < k.terms.length; t++) {
        const term = k.terms[t]!
        const old = grp.sum.get(term)
        if (old === undefined) {
          const list = postings.get(term)
          if (list) list.push(g)
          else postings.set(term, [g])
        }
        const v = (old ?? 0) + k.weights[t]!
        grp.sum.set(term, v)
        grp.norm2 += v * v - (old ?? 0) ** 2
      }
      grp.names = mergeSorted(grp.names, k.names)
      grp.numbers = mergeSorted(grp.numbers, k.numbers)
      grp.members.push(index)
      return { groupId: grp.id, score: bestScore, matchedId }
    },
  }
}

const MAX_QUERY_TERMS = 8
// groups read per query term: the latest ones, since a claim's statements tend to come together
const MAX_SCAN = 400
// candidates scored exactly after the partial pass
const MAX_EXACT = 20
const MATCH_MEMBERS = 50
