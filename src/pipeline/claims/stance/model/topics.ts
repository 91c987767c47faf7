/**
 * Topic folds for FNC-format training data. A topic is a connected component of headlines and
 * bodies joined by related pairs (about one Emergent claim). The FNC-1 test set's headlines are
 * mostly on topics absent from training, so development splits and cross-fitting go by topic,
 * never by row or by body alone.
 * @module
 */
import type { Pair } from './corpora.js'

export interface TopicFolds {
  /** Fold of each pair's claim (headline) and text (body). */
  foldClaim: Int8Array
  foldText: Int8Array
  /** Topic component of each text (body id). */
  topicOfText: Map<string, number>
  /** Fold of each distinct string (headline or body text). */
  foldOfString: Map<string, number>
  topics: number
}

/** Assign topics to k folds with a seeded shuffle. */
export function topicFolds(pairs: readonly Pair[], k: number, seed = 12345): TopicFolds {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let r = x
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p
    // path compression
    let y = x
    while (y !== r) {
      const next = parent.get(y)!
      parent.set(y, r)
      y = next
    }
    return r
  }
  const hKey = (p: Pair) => `h:${p.claim}`
  const bKey = (p: Pair) => `b:${p.group}`
  for (const p of pairs) {
    if (!parent.has(hKey(p))) parent.set(hKey(p), hKey(p))
    if (!parent.has(bKey(p))) parent.set(bKey(p), bKey(p))
  }
  for (const p of pairs) {
    if (p.stance === 'unrelated') continue
    const a = find(hKey(p))
    const b = find(bKey(p))
    if (a !== b) parent.set(a, b)
  }
  const roots = [...new Set([...parent.keys()].map(find))].sort()
  let a = seed >>> 0
  const rnd = () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0
    return a / 4294967296
  }
  for (let i = roots.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    const t = roots[i]!
    roots[i] = roots[j]!
    roots[j] = t
  }
  const rootIndex = new Map(roots.map((r, i) => [r, i]))
  const foldClaim = new Int8Array(pairs.length)
  const foldText = new Int8Array(pairs.length)
  const topicOfText = new Map<string, number>()
  const foldOfString = new Map<string, number>()
  pairs.forEach((p, i) => {
    const th = rootIndex.get(find(hKey(p)))!
    const tb = rootIndex.get(find(bKey(p)))!
    foldClaim[i] = th % k
    foldText[i] = tb % k
    topicOfText.set(p.group, tb)
    foldOfString.set(p.claim, th % k)
    foldOfString.set(p.text, tb % k)
  })
  return { foldClaim, foldText, topicOfText, foldOfString, topics: roots.length }
}
