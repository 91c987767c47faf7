import { FEATURE_NAMES } from './features.js'
import modelJson from './model/model.json' with { type: 'json' }

/** One regression tree as parallel arrays; feature -1 marks a leaf. */
export interface Tree {
  feature: number[]
  threshold: number[]
  left: number[]
  right: number[]
  value: number[]
}

/** An additive ensemble of trees over one feature row. */
export interface Ensemble {
  base: number
  trees: Tree[]
}

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

/** All trees of an ensemble in flat typed arrays, for fast scoring. */
interface Packed {
  base: number
  roots: Int32Array
  feature: Int32Array
  threshold: Float64Array
  left: Int32Array
  right: Int32Array
  value: Float64Array
}

const packedCache = new WeakMap<Ensemble, Packed>()

function pack(model: Ensemble): Packed {
  let size = 0
  for (const t of model.trees) size += t.feature.length
  const p: Packed = {
    base: model.base,
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(size),
    threshold: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
    value: new Float64Array(size),
  }
  let off = 0
  model.trees.forEach((t, ti) => {
    p.roots[ti] = off
    for (let k = 0; k < t.feature.length; k++) {
      p.feature[off + k] = t.feature[k]!
      p.threshold[off + k] = t.threshold[k]!
      p.left[off + k] = t.left[k]! + off
      p.right[off + k] = t.right[k]! + off
      p.value[off + k] = t.value[k]!
    }
    off += t.feature.length
  })
  return p
}

/** Raw score (log-odds) of one feature row. */
export function scoreRow(model: Ensemble, row: Float64Array): number {
  let p = packedCache.get(model)
  if (!p) {
    p = pack(model)
    packedCache.set(model, p)
  }
  const { feature, threshold, left, right, value, roots } = p
  let s = p.base
  for (let t = 0; t < roots.length; t++) {
    let k = roots[t]!
    let f = feature[k]!
    while (f >= 0) {
      k = row[f]! <= threshold[k]! ? left[k]! : right[k]!
      f = feature[k]!
    }
    s += value[k]!
  }
  return s
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x))
}

/** Body probability per line. */
export function lineProbabilities(model: Ensemble, rows: Float64Array[]): number[] {
  return rows.map((r) => sigmoid(scoreRow(model, r)))
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
