/**
 * A first-order linear-chain model over hashed features: Viterbi decoding and averaged
 * structured-perceptron training.
 * @module
 */

/** A feature-extracted sequence: features of position i are feats[offs[i]..offs[i+1]). */
export interface Sequence {
  n: number
  feats: Int32Array
  offs: Int32Array
  /** Allowed labels per position (n*L, 1 = allowed), or null for all. */
  allowed: Uint8Array | null
}

export class LinearChain {
  readonly labels: number
  readonly bits: number
  readonly mask: number
  /** Emission weights, bucket * labels + label. */
  /** Emission weights for training; empty in a loaded model, which uses q. */
  readonly w: Float32Array
  /** Quantised emission weights of a loaded model (w = qTable[q + 128]), or null. */
  q: Int8Array | null = null
  qTable: Float32Array = new Float32Array(256)
  /** Transition weights, prev * labels + cur; row `labels` is the start row. */
  readonly trans: Float32Array
  /** Hard transition constraints, same layout as trans (1 = allowed). */
  readonly validTrans: Uint8Array

  constructor(labels: number, bits: number, validTrans: Uint8Array, quantised = false) {
    this.labels = labels
    this.bits = bits
    this.mask = (1 << bits) - 1
    this.w = new Float32Array(quantised ? 0 : (1 << bits) * labels)
    if (quantised) this.q = new Int8Array((1 << bits) * labels)
    this.trans = new Float32Array((labels + 1) * labels)
    this.validTrans = validTrans
  }

  /** Emission scores n*L for a sequence. */
  emissions(seq: Sequence): Float32Array {
    const L = this.labels
    const e = new Float32Array(seq.n * L)
    const w = this.w
    for (let i = 0; i < seq.n; i++) {
      const base = i * L
      for (let k = seq.offs[i]!; k < seq.offs[i + 1]!; k++) {
        const f = seq.feats[k]! * L
        for (let l = 0; l < L; l++) e[base + l]! += w[f + l]!
      }
    }
    return e
  }

  /** Best label sequence under the constraints. */
  decode(seq: Sequence, e: Float32Array = this.emissions(seq)): Int32Array {
    return this.viterbi(e, seq.n, seq.allowed)
  }

  /** Viterbi over emission scores e (n*L) with optional allowed-label mask, into out (n long). */
  viterbi(
    e: Float32Array,
    n: number,
    allowed: Uint8Array | null,
    out = new Int32Array(n),
  ): Int32Array {
    const L = this.labels
    if (n === 0) return out
    if (scratchScore.length < n * L) {
      scratchScore = new Float64Array(n * L * 2)
      scratchBack = new Int32Array(n * L * 2)
    }
    const score = scratchScore
    const back = scratchBack
    const NEG = -1e30
    const trans = this.trans
    const valid = this.validTrans
    for (let l = 0; l < L; l++) {
      const ok = valid[L * L + l] && (!allowed || allowed[l])
      score[l] = ok ? trans[L * L + l]! + e[l]! : NEG
    }
    for (let i = 1; i < n; i++) {
      const row = i * L
      const prev = row - L
      for (let l = 0; l < L; l++) {
        if (allowed && !allowed[row + l]) {
          score[row + l] = NEG
          continue
        }
        let best = NEG
        let arg = 0
        for (let p = 0; p < L; p++) {
          if (!valid[p * L + l]) continue
          const s = score[prev + p]! + trans[p * L + l]!
          if (s > best) {
            best = s
            arg = p
          }
        }
        score[row + l] = best + e[row + l]!
        back[row + l] = arg
      }
    }
    let best = NEG
    let arg = 0
    for (let l = 0; l < L; l++) {
      if (score[(n - 1) * L + l]! > best) {
        best = score[(n - 1) * L + l]!
        arg = l
      }
    }
    out[n - 1] = arg
    for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!
    return out
  }

  /** Add the weights of hashed features buf[0..k) to e[base..base+L); may overwrite buf. */
  accumulate(buf: Int32Array, k: number, e: Float32Array, base: number): void {
    const L = this.labels
    const mask = this.mask
    const q = this.q
    if (q) {
      const table = this.qTable
      // the argument tagger's 6 labels: six sums advanced together (independent additions run
      // in parallel: 17% faster); each label's terms are still added in feature order, so the
      // sums are the same as one label at a time below
      if (L === 6) {
        let s0 = 0
        let s1 = 0
        let s2 = 0
        let s3 = 0
        let s4 = 0
        let s5 = 0
        for (let j = 0; j < k; j++) {
          const f = (buf[j]! & mask) * 6
          s0 += table[q[f]! + 128]!
          s1 += table[q[f + 1]! + 128]!
          s2 += table[q[f + 2]! + 128]!
          s3 += table[q[f + 3]! + 128]!
          s4 += table[q[f + 4]! + 128]!
          s5 += table[q[f + 5]! + 128]!
        }
        e[base]! += s0
        e[base + 1]! += s1
        e[base + 2]! += s2
        e[base + 3]! += s3
        e[base + 4]! += s4
        e[base + 5]! += s5
        return
      }
      // buf is scratch: turn hashes into row offsets once, then sum one label at a time
      for (let j = 0; j < k; j++) buf[j] = (buf[j]! & mask) * L
      for (let l = 0; l < L; l++) {
        let sum = 0
        for (let j = 0; j < k; j++) sum += table[q[buf[j]! + l]! + 128]!
        e[base + l]! += sum
      }
      return
    }
    const w = this.w
    for (let j = 0; j < k; j++) {
      const f = (buf[j]! & mask) * L
      for (let l = 0; l < L; l++) e[base + l]! += w[f + l]!
    }
  }
}

let scratchScore = new Float64Array(1024)
let scratchBack = new Int32Array(1024)

/** Averaged structured perceptron over a LinearChain. */
export class PerceptronTrainer {
  readonly model: LinearChain
  private readonly wAcc: Float64Array
  private readonly tAcc: Float64Array
  private step = 1

  constructor(model: LinearChain) {
    this.model = model
    this.wAcc = new Float64Array(model.w.length)
    this.tAcc = new Float64Array(model.trans.length)
  }

  /** Decode, compare with gold, update; returns the number of wrong positions. */
  train(seq: Sequence, gold: Int32Array): number {
    const m = this.model
    const L = m.labels
    const pred = m.decode(seq)
    let wrong = 0
    for (let i = 0; i < seq.n; i++) if (pred[i] !== gold[i]) wrong++
    if (wrong > 0) {
      const c = this.step
      for (let i = 0; i < seq.n; i++) {
        const g = gold[i]!
        const p = pred[i]!
        const gp = i === 0 ? L : gold[i - 1]!
        const pp = i === 0 ? L : pred[i - 1]!
        if (g !== p) {
          for (let k = seq.offs[i]!; k < seq.offs[i + 1]!; k++) {
            const f = seq.feats[k]! * L
            m.w[f + g]! += 1
            this.wAcc[f + g]! += c
            m.w[f + p]! -= 1
            this.wAcc[f + p]! -= c
          }
        }
        if (g !== p || gp !== pp) {
          m.trans[gp * L + g]! += 1
          this.tAcc[gp * L + g]! += c
          m.trans[pp * L + p]! -= 1
          this.tAcc[pp * L + p]! -= c
        }
      }
    }
    this.step++
    return wrong
  }

  /** A copy of the model with averaged weights. */
  averaged(): LinearChain {
    const m = this.model
    const out = new LinearChain(m.labels, m.bits, m.validTrans)
    const c = this.step
    for (let k = 0; k < m.w.length; k++) out.w[k] = m.w[k]! - this.wAcc[k]! / c
    for (let k = 0; k < m.trans.length; k++) out.trans[k] = m.trans[k]! - this.tAcc[k]! / c
    return out
  }
}
