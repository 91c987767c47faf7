/**
 * Latent semantic indexing learned from the training corpus: a truncated SVD of the TF-IDF
 * document-term matrix gives each stem a small dense vector, so "beheading" and "execution" can
 * meet even when the words differ. Fitted by randomised subspace iteration and a Jacobi
 * eigensolver; no pretrained vectors.
 * @module
 */
import { jacobiEigen, orthonormalise, rng } from '../../../lib/numeric.js'

/** Stem vectors of the latent space. */
export interface LsiSpace {
  dims: number
  /** Row of each stem in `vecs`. */
  index: Map<string, number>
  /** Row-major stem vectors, `dims` floats each. */
  vecs: Float32Array
}

/**
 * Fit an LSI space on documents given as sparse TF-IDF rows over `terms` (term index, weight).
 * Stem vectors are the right singular vectors, so a text's vector is its projection (U S).
 */
export function fitLsi(
  docs: { idx: number[]; val: number[] }[],
  terms: string[],
  dims: number,
  seed = 7,
): LsiSpace {
  const T = terms.length
  const l = dims + 10
  const rand = rng(seed)
  let omega = new Float64Array(T * l)
  for (let k = 0; k < omega.length; k++) omega[k] = rand() * 2 - 1
  const D = docs.length
  const z = new Float64Array(D * l)
  // subspace iteration: omega <- orth(A^T A omega), four rounds
  for (let iter = 0; iter < 4; iter++) {
    times(docs, omega, l, z)
    const next = new Float64Array(T * l)
    docs.forEach((d, r) => {
      for (let k = 0; k < d.idx.length; k++) {
        const t = d.idx[k]!
        const w = d.val[k]!
        for (let c = 0; c < l; c++) next[t * l + c]! += w * z[r * l + c]!
      }
    })
    orthonormalise(next, T, l)
    omega = next
  }
  // B = A Q (D x l); eigen-decompose B^T B = W S^2 W^T; stem vectors V = Q W
  times(docs, omega, l, z)
  const btb = new Float64Array(l * l)
  for (let r = 0; r < D; r++) {
    for (let i = 0; i < l; i++) {
      const zi = z[r * l + i]!
      if (zi === 0) continue
      for (let j = 0; j < l; j++) btb[i * l + j]! += zi * z[r * l + j]!
    }
  }
  const { values, vectors } = jacobiEigen(btb, l)
  const order = Array.from({ length: l }, (_, i) => i).sort((a, b) => values[b]! - values[a]!)
  const keep = order.slice(0, dims)
  const vecs = new Float32Array(T * dims)
  for (let t = 0; t < T; t++) {
    for (let c = 0; c < dims; c++) {
      const e = keep[c]!
      let s = 0
      for (let i = 0; i < l; i++) s += omega[t * l + i]! * vectors[i * l + e]!
      vecs[t * dims + c] = s
    }
  }
  return { dims, index: new Map(terms.map((t, i) => [t, i])), vecs }
}

/** z = A omega, for the sparse document rows A and a dense T x l matrix omega. */
function times(
  docs: readonly { idx: ArrayLike<number>; val: ArrayLike<number> }[],
  omega: Float64Array,
  l: number,
  z: Float64Array,
): void {
  z.fill(0)
  docs.forEach((d, r) => {
    for (let k = 0; k < d.idx.length; k++) {
      const t = d.idx[k]!
      const w = d.val[k]!
      for (let c = 0; c < l; c++) z[r * l + c]! += w * omega[t * l + c]!
    }
  })
}

/** The LSI vector of a bag of stems with weights (unnormalised). */
export function lsiVector(space: LsiSpace, weights: Iterable<[string, number]>): Float32Array {
  const out = new Float32Array(space.dims)
  const d = space.dims
  for (const [s, w] of weights) {
    const r = space.index.get(s)
    if (r === undefined) continue
    const off = r * d
    for (let c = 0; c < d; c++) out[c]! += w * space.vecs[off + c]!
  }
  return out
}

/** Cosine of two dense vectors (0 when either is zero). */
export function cosine(a: Float32Array, b: Float32Array): number {
  let d = 0
  let na = 0
  let nb = 0
  for (let c = 0; c < a.length; c++) {
    d += a[c]! * b[c]!
    na += a[c]! * a[c]!
    nb += b[c]! * b[c]!
  }
  return na > 0 && nb > 0 ? d / Math.sqrt(na * nb) : 0
}
