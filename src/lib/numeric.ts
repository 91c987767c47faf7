/** Small numeric routines shared by the model-building scripts and the models. */

/** A seeded generator of uniform numbers in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Orthonormalise the columns of a row-major rows x cols matrix in place (modified Gram-Schmidt). */
export function orthonormalise(m: Float64Array, rows: number, cols: number): void {
  // modified Gram-Schmidt over columns of a row-major rows x cols matrix
  for (let j = 0; j < cols; j++) {
    for (let i = 0; i < j; i++) {
      let d = 0
      for (let r = 0; r < rows; r++) d += m[r * cols + i]! * m[r * cols + j]!
      for (let r = 0; r < rows; r++) m[r * cols + j]! -= d * m[r * cols + i]!
    }
    let nrm = 0
    for (let r = 0; r < rows; r++) nrm += m[r * cols + j]! ** 2
    nrm = Math.sqrt(nrm) || 1
    for (let r = 0; r < rows; r++) m[r * cols + j]! /= nrm
  }
}

/** Symmetric eigen-decomposition by cyclic Jacobi rotations; returns values and column vectors. */
export function jacobiEigen(
  a: Float64Array,
  n: number,
): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(n * n)
  for (let i = 0; i < n; i++) v[i * n + i] = 1
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2
    if (off < 1e-18) break
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!
        if (Math.abs(apq) < 1e-30) continue
        const app = a[p * n + p]!
        const aqq = a[q * n + q]!
        const theta = (aqq - app) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!
          const akq = a[k * n + q]!
          a[k * n + p] = c * akp - s * akq
          a[k * n + q] = s * akp + c * akq
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!
          const aqk = a[q * n + k]!
          a[p * n + k] = c * apk - s * aqk
          a[q * n + k] = s * apk + c * aqk
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!
          const vkq = v[k * n + q]!
          v[k * n + p] = c * vkp - s * vkq
          v[k * n + q] = s * vkp + c * vkq
        }
      }
    }
  }
  const values = new Float64Array(n)
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]!
  return { values, vectors: v }
}
