import { type Ensemble, probability } from '../../../lib/gbdt.js'
import { FEATURE_NAMES } from './features.js'
import modelJson from './model/model.json' with { type: 'json' }

/** The body-line model: boosted trees over each line's features, then a keep/drop smoother. */
export interface LineModel extends Ensemble {
  name: string
  features: string[]
  /**
   * Log transition probabilities [from][to]. Two states: 0 = drop, 1 = body. Four states:
   * 0 = before the article, 1 = body, 2 = dropped inside the article, 3 = after it.
   */
  transitions: number[][]
  /** Probability at which a line with no context to sway it is kept. */
  threshold: number
  /** Weight of the transition term against the per-line evidence. */
  smoothing: number
}

/** Log probability standing for a transition that cannot happen (finite, so JSON keeps it). */
export const NEVER = -1e6

/** Body probability per line. */
export function lineProbabilities(model: Ensemble, rows: Float64Array[]): number[] {
  return rows.map((r) => probability(model, r))
}

/**
 * Most likely keep/drop sequence (Viterbi): the per-line evidence from the trees, and the
 * transitions so that a lone short line inside the body is kept and a lone one outside dropped.
 * With four states a dropped run inside the article is told from the page's tail, so a short
 * gap between body lines costs less than leaving the article for good.
 */
export function decode(model: LineModel, probs: number[]): boolean[] {
  const n = probs.length
  if (n === 0) return []
  const eps = 1e-6
  const lp = Math.log(model.threshold)
  const lq = Math.log(1 - model.threshold)
  const tr = model.transitions
  const S = tr.length
  const a = model.smoothing
  const back = new Uint8Array(n * S)
  let v = new Float64Array(S)
  let next = new Float64Array(S)
  const emitAll = (p: number, out: Float64Array, add: Float64Array | null) => {
    const body = Math.log(Math.max(p, eps)) - lp
    const drop = Math.log(Math.max(1 - p, eps)) - lq
    for (let s = 0; s < S; s++) out[s] = (add ? add[s]! : 0) + (s === 1 ? body : drop)
  }
  // the page opens before the article or in its body, never inside or after it
  const start = new Float64Array(S).map((_, s) => (s <= 1 ? 0 : a * NEVER))
  emitAll(probs[0]!, v, start)
  const best = new Float64Array(S)
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < S; t++) {
      let m = Number.NEGATIVE_INFINITY
      let arg = 0
      for (let s = 0; s < S; s++) {
        const x = v[s]! + a * tr[s]![t]!
        if (x > m) {
          m = x
          arg = s
        }
      }
      best[t] = m
      back[i * S + t] = arg
    }
    emitAll(probs[i]!, next, best)
    ;[v, next] = [next, v]
  }
  const out = new Array<boolean>(n)
  let s = 0
  for (let k = 1; k < S; k++) if (v[k]! > v[s]!) s = k
  for (let i = n - 1; i >= 0; i--) {
    out[i] = s === 1
    if (i > 0) s = back[i * S + s]!
  }
  return out
}

/** The shipped model, checked against the feature list it was trained with. */
export function loadModel(json: unknown = modelJson): LineModel {
  const m = json as LineModel
  if (
    m.features.length !== FEATURE_NAMES.length ||
    m.features.some((f, i) => f !== FEATURE_NAMES[i])
  )
    throw new Error('line model was trained on another feature list; retrain it')
  return m
}
