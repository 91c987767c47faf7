/**
 * Gradient-boosted regression trees: training (logistic loss) and fast scoring. Used by the
 * line classifier of the plain-text cleaner and by the stance model.
 * @module
 */
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

/** Probability of the positive class for one feature row (the logistic of its score). */
export function probability(model: Ensemble, row: Float64Array): number {
  return 1 / (1 + Math.exp(-scoreRow(model, row)))
}

/** Settings of the boosted-tree trainer. */
export interface GbdtParams {
  rounds: number
  depth: number
  learningRate: number
  minChildWeight: number
  lambda: number
  bins: number
  subsample: number
  /** Share of the features each tree may split on. */
  colsample: number
  seed: number
}

export const DEFAULT_PARAMS: GbdtParams = {
  rounds: 80,
  depth: 4,
  learningRate: 0.2,
  minChildWeight: 1,
  lambda: 1,
  bins: 48,
  subsample: 0.8,
  colsample: 1,
  seed: 7,
}

/** Candidate split thresholds per feature: midpoints between quantiles. */
function binEdges(X: Float64Array[], f: number, bins: number): number[] {
  const vals = X.map((r) => r[f]!).sort((a, b) => a - b)
  const edges: number[] = []
  for (let b = 1; b < bins; b++) {
    const v = vals[Math.floor((b * vals.length) / bins)]!
    if (edges.length === 0 || v > edges[edges.length - 1]!) edges.push(v)
  }
  return edges
}

/**
 * Logistic-loss gradient boosting with histogram splits (second-order leaves, as in XGBoost),
 * small enough to train in seconds on a few tens of thousands of lines.
 */
export function trainGbdt(
  X: Float64Array[],
  y: number[],
  w: number[],
  params: GbdtParams = DEFAULT_PARAMS,
): { base: number; trees: Tree[] } {
  const n = X.length
  const nf = X[0]?.length ?? 0
  const edges = Array.from({ length: nf }, (_, f) => binEdges(X, f, params.bins))
  // bin index of each value: number of edges strictly below it, so "bin <= k" means "x <= edges[k]"
  const binned = Array.from({ length: nf }, (_, f) => {
    const e = edges[f]!
    const out = new Uint8Array(n)
    for (let i = 0; i < n; i++) {
      const x = X[i]![f]!
      let lo = 0
      let hi = e.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (e[mid]! < x) lo = mid + 1
        else hi = mid
      }
      out[i] = lo
    }
    return out
  })
  let sw = 0
  let sy = 0
  for (let i = 0; i < n; i++) {
    sw += w[i]!
    sy += w[i]! * y[i]!
  }
  const p0 = Math.min(Math.max(sy / sw, 1e-4), 1 - 1e-4)
  const base = Math.log(p0 / (1 - p0))
  const score = new Float64Array(n).fill(base)
  const g = new Float64Array(n)
  const h = new Float64Array(n)
  let s = params.seed >>> 0
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
  const trees: Tree[] = []
  for (let round = 0; round < params.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!))
      g[i] = w[i]! * (p - y[i]!)
      h[i] = w[i]! * Math.max(p * (1 - p), 1e-6)
    }
    const rows: number[] = []
    for (let i = 0; i < n; i++) if (rand() < params.subsample) rows.push(i)
    const usable = new Uint8Array(nf)
    for (let f = 0; f < nf; f++) usable[f] = rand() < params.colsample ? 1 : 0
    const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] }
    const grow = (idx: number[], depth: number): number => {
      const node = tree.feature.length
      tree.feature.push(-1)
      tree.threshold.push(0)
      tree.left.push(-1)
      tree.right.push(-1)
      let G = 0
      let H = 0
      for (const i of idx) {
        G += g[i]!
        H += h[i]!
      }
      tree.value.push(-(G / (H + params.lambda)) * params.learningRate)
      if (depth >= params.depth || H < 2 * params.minChildWeight) return node
      const parentGain = (G * G) / (H + params.lambda)
      let best = 0
      let bestF = -1
      let bestBin = -1
      for (let f = 0; f < nf; f++) {
        const nb = edges[f]!.length + 1
        if (nb < 2 || !usable[f]) continue
        const hg = new Float64Array(nb)
        const hh = new Float64Array(nb)
        const b = binned[f]!
        for (const i of idx) {
          const k = b[i]!
          hg[k] = hg[k]! + g[i]!
          hh[k] = hh[k]! + h[i]!
        }
        let gl = 0
        let hl = 0
        for (let k = 0; k < nb - 1; k++) {
          gl += hg[k]!
          hl += hh[k]!
          const hr = H - hl
          if (hl < params.minChildWeight || hr < params.minChildWeight) continue
          const gr = G - gl
          const gain =
            (gl * gl) / (hl + params.lambda) + (gr * gr) / (hr + params.lambda) - parentGain
          if (gain > best) {
            best = gain
            bestF = f
            bestBin = k
          }
        }
      }
      if (bestF < 0) return node
      const b = binned[bestF]!
      const li = idx.filter((i) => b[i]! <= bestBin)
      const ri = idx.filter((i) => b[i]! > bestBin)
      tree.feature[node] = bestF
      tree.threshold[node] = edges[bestF]![bestBin]!
      tree.left[node] = grow(li, depth + 1)
      tree.right[node] = grow(ri, depth + 1)
      return node
    }
    grow(rows, 0)
    trees.push(tree)
    for (let i = 0; i < n; i++) {
      let k = 0
      const row = X[i]!
      while (tree.feature[k]! >= 0)
        k = row[tree.feature[k]!]! <= tree.threshold[k]! ? tree.left[k]! : tree.right[k]!
      score[i] = score[i]! + tree.value[k]!
    }
  }
  return { base, trees }
}
