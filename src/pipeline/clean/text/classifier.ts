import { type Ensemble, probability } from '../../../lib/gbdt.js'
import { FEATURE_NAMES } from './features.js'
import modelJson from './model/model.json' with { type: 'json' }

/** The body-line model: boosted trees over each line's features, then a keep/drop smoother. */
export interface LineModel extends Ensemble {
  name: string
  features: string[]
  /** Log transition probabilities [from][to], states 0 = drop, 1 = body. */
  transitions: [[number, number], [number, number]]
  /** Probability at which a line with no context to sway it is kept. */
  threshold: number
  /** Weight of the transition term against the per-line evidence. */
  smoothing: number
}

/** Body probability per line. */
export function lineProbabilities(model: Ensemble, rows: Float64Array[]): number[] {
  return rows.map((r) => probability(model, r))
}

/**
 * Most likely keep/drop sequence (Viterbi): the per-line evidence from the trees, and the
 * transitions so that a lone short line inside the body is kept and a lone one outside dropped.
 */
export function decode(model: LineModel, probs: number[]): boolean[] {
  const n = probs.length
  if (n === 0) return []
  const eps = 1e-6
  const lp = Math.log(model.threshold)
  const lq = Math.log(1 - model.threshold)
  const emit = (p: number, s: number) =>
    s === 1 ? Math.log(Math.max(p, eps)) - lp : Math.log(Math.max(1 - p, eps)) - lq
  const tr = model.transitions
  const a = model.smoothing
  const back = new Uint8Array(n * 2)
  let v0 = emit(probs[0]!, 0)
  let v1 = emit(probs[0]!, 1)
  for (let i = 1; i < n; i++) {
    const p = probs[i]!
    const from00 = v0 + a * tr[0][0]
    const from10 = v1 + a * tr[1][0]
    const from01 = v0 + a * tr[0][1]
    const from11 = v1 + a * tr[1][1]
    back[i * 2] = from00 >= from10 ? 0 : 1
    back[i * 2 + 1] = from01 >= from11 ? 0 : 1
    v0 = Math.max(from00, from10) + emit(p, 0)
    v1 = Math.max(from01, from11) + emit(p, 1)
  }
  const out = new Array<boolean>(n)
  let s = v1 > v0 ? 1 : 0
  for (let i = n - 1; i >= 0; i--) {
    out[i] = s === 1
    if (i > 0) s = back[i * 2 + s]!
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
