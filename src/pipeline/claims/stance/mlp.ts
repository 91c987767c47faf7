/**
 * A one-hidden-layer perceptron over sparse inputs (ReLU, softmax), trained with Adam, dropout
 * and L2, the shape of the UCL FNC-1 model. Forward passes touch only the non-zero inputs.
 * @module
 */
import { rng } from '../../../lib/numeric.js'

/** A sparse input vector. */
export interface SparseVec {
  idx: Int32Array
  val: Float32Array
}

export class Mlp {
  readonly w1: Float32Array
  readonly b1: Float32Array
  readonly w2: Float32Array
  readonly b2: Float32Array
  constructor(
    readonly inputs: number,
    readonly hidden: number,
    readonly classes: number,
  ) {
    this.w1 = new Float32Array(inputs * hidden)
    this.b1 = new Float32Array(hidden)
    this.w2 = new Float32Array(hidden * classes)
    this.b2 = new Float32Array(classes)
  }

  /** Hidden activations (after ReLU) of x, written into h. */
  hiddenOf(x: SparseVec, h: Float32Array): void {
    const H = this.hidden
    h.set(this.b1)
    for (let k = 0; k < x.idx.length; k++) {
      const v = x.val[k]!
      const off = x.idx[k]! * H
      for (let j = 0; j < H; j++) h[j]! += v * this.w1[off + j]!
    }
    for (let j = 0; j < H; j++) if (h[j]! < 0) h[j] = 0
  }

  /** Class probabilities of x. */
  predict(x: SparseVec): Float64Array {
    const h = new Float32Array(this.hidden)
    this.hiddenOf(x, h)
    return this.output(h)
  }

  private output(h: Float32Array): Float64Array {
    const C = this.classes
    const z = new Float64Array(C)
    for (let c = 0; c < C; c++) z[c] = this.b2[c]!
    for (let j = 0; j < this.hidden; j++) {
      const hj = h[j]!
      if (hj === 0) continue
      for (let c = 0; c < C; c++) z[c]! += hj * this.w2[j * C + c]!
    }
    return softmax(z)
  }
}

/** In-place softmax. */
export function softmax(z: Float64Array): Float64Array {
  let m = Number.NEGATIVE_INFINITY
  for (const v of z) if (v > m) m = v
  let s = 0
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c]! - m)
    s += z[c]!
  }
  for (let c = 0; c < z.length; c++) z[c]! /= s
  return z
}

export interface TrainOptions {
  hidden: number
  epochs: number
  batch: number
  lr: number
  l2: number
  /** Probability of keeping a hidden unit (and a logit) in training. */
  keep: number
  seed: number
  /** Optional weight per class in the loss. */
  classWeights?: number[]
  /** Called after each epoch, e.g. to print a dev score. */
  onEpoch?: (epoch: number, model: Mlp, loss: number) => void
}

/** Train an MLP with Adam on sparse inputs. */
export function trainMlp(
  xs: SparseVec[],
  ys: Int32Array | number[],
  inputs: number,
  classes: number,
  o: TrainOptions,
): Mlp {
  const H = o.hidden
  const C = classes
  const m = new Mlp(inputs, H, C)
  const rand = rng(o.seed)
  // Glorot-uniform initialisation
  const a1 = Math.sqrt(6 / (inputs + H))
  for (let k = 0; k < m.w1.length; k++) m.w1[k] = (rand() * 2 - 1) * a1
  const a2 = Math.sqrt(6 / (H + C))
  for (let k = 0; k < m.w2.length; k++) m.w2[k] = (rand() * 2 - 1) * a2
  const params = [m.w1, m.b1, m.w2, m.b2]
  const grads = params.map((p) => new Float32Array(p.length))
  const mom = params.map((p) => new Float32Array(p.length))
  const vel = params.map((p) => new Float32Array(p.length))
  const [g1, gb1, g2, gb2] = grads as [Float32Array, Float32Array, Float32Array, Float32Array]
  const b1 = 0.9
  const b2 = 0.999
  let step = 0
  const order = Int32Array.from({ length: xs.length }, (_, i) => i)
  const h = new Float32Array(H)
  const mask = new Float32Array(H)
  const dh = new Float32Array(H)
  const touched = new Uint8Array(inputs)
  const touchedList: number[] = []
  const cw = o.classWeights ?? new Array(C).fill(1)
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      const t = order[i]!
      order[i] = order[j]!
      order[j] = t
    }
    let lossSum = 0
    for (let start = 0; start < order.length; start += o.batch) {
      const end = Math.min(order.length, start + o.batch)
      const bs = end - start
      for (const r of touchedList) g1.fill(0, r * H, r * H + H)
      for (const r of touchedList) touched[r] = 0
      touchedList.length = 0
      gb1.fill(0)
      g2.fill(0)
      gb2.fill(0)
      for (let t = start; t < end; t++) {
        const x = xs[order[t]!]!
        const y = ys[order[t]!]!
        m.hiddenOf(x, h)
        for (let j = 0; j < H; j++) {
          mask[j] = rand() < o.keep ? 1 / o.keep : 0
          h[j]! *= mask[j]!
        }
        const z = new Float64Array(C)
        for (let c = 0; c < C; c++) z[c] = m.b2[c]!
        for (let j = 0; j < H; j++) {
          const hj = h[j]!
          if (hj === 0) continue
          for (let c = 0; c < C; c++) z[c]! += hj * m.w2[j * C + c]!
        }
        // dropout on the logits too, as in the UCL model
        const zm = new Float64Array(C)
        for (let c = 0; c < C; c++) {
          zm[c] = rand() < o.keep ? 1 / o.keep : 0
          z[c]! *= zm[c]!
        }
        const p = softmax(z)
        const w = cw[y]! / bs
        lossSum -= Math.log(Math.max(p[y]!, 1e-12)) * cw[y]!
        dh.fill(0)
        for (let c = 0; c < C; c++) {
          const dz = (p[c]! - (c === y ? 1 : 0)) * w * zm[c]!
          if (dz === 0) continue
          gb2[c]! += dz
          for (let j = 0; j < H; j++) {
            const hj = h[j]!
            if (hj !== 0) {
              g2[j * C + c]! += hj * dz
              dh[j]! += m.w2[j * C + c]! * dz
            }
          }
        }
        for (let j = 0; j < H; j++) dh[j] = h[j]! > 0 ? dh[j]! * mask[j]! : 0
        for (let j = 0; j < H; j++) gb1[j]! += dh[j]!
        for (let k = 0; k < x.idx.length; k++) {
          const r = x.idx[k]!
          const v = x.val[k]!
          if (!touched[r]) {
            touched[r] = 1
            touchedList.push(r)
          }
          const off = r * H
          for (let j = 0; j < H; j++) g1[off + j]! += v * dh[j]!
        }
      }
      // gradient-norm clipping at 5, as in the UCL model
      let gn = 0
      for (const g of grads) for (let k = 0; k < g.length; k++) gn += g[k]! * g[k]!
      gn = Math.sqrt(gn)
      const clip = gn > 5 ? 5 / gn : 1
      step++
      const lrT = (o.lr * Math.sqrt(1 - b2 ** step)) / (1 - b1 ** step)
      for (let q = 0; q < params.length; q++) {
        const p = params[q]!
        const g = grads[q]!
        const mq = mom[q]!
        const vq = vel[q]!
        const decay = q === 0 || q === 2 ? o.l2 : 0
        for (let k = 0; k < p.length; k++) {
          const gk = g[k]! * clip + decay * p[k]!
          mq[k] = b1 * mq[k]! + (1 - b1) * gk
          vq[k] = b2 * vq[k]! + (1 - b2) * gk * gk
          p[k]! -= (lrT * mq[k]!) / (Math.sqrt(vq[k]!) + 1e-8)
        }
      }
    }
    o.onEpoch?.(epoch, m, lossSum / xs.length)
  }
  return m
}
