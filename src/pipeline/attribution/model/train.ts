/**
 * Train the attribution model on PolNeAR train, choosing epochs on dev.
 *
 *   npx tsx src/pipeline/attribution/model/train.ts [--cue-epochs 6] [--arg-epochs 8]
 *       [--boundary-epochs 6] [--ensemble 3] [--bits 18] [--seed 1] [--out file] [--dry-run]
 *
 * Each tagger is the weight average of `ensemble` averaged perceptrons trained on different
 * shuffles; the number of epochs is chosen on dev. The cue boundary scorer (boundary.ts) learns
 * from the cues that taggers trained on one half of train predict on the other half
 * (`--boundary-epochs 0` leaves it out). Writes attribution-model.bin.gz beside this
 * file (or --out) unless --dry-run is given. See TRAINING.md for the recorded run.
 * @module
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { rng } from '../../../lib/numeric.js'
import {
  BOUNDARY_BITS,
  type BoundaryModel,
  boundaryCandidates,
  type Candidates,
  candidateScore,
  MAX_BOUNDARY_FEATURES,
  newCandidates,
} from './boundary.js'
import { LinearChain, PerceptronTrainer, type Sequence } from './chain.js'
import {
  attachQuoteParagraphs,
  cuePrefix,
  cueProbability,
  type ModelParts,
  paragraphRanges,
  predictArgs,
  predictCues,
  resolveConflicts,
} from './extract.js'
import { cueRef, type DocInfo, docInfo } from './features.js'
import { goldTokens } from './gold.js'
import { loadModelBytes, MODEL_FILE, saveModel } from './model-io.js'
import { loadPolnear, polnearRoot } from './polnear.js'
import {
  emptyScores,
  formatScores,
  prf,
  type Scores,
  scoreRelations,
  scoreRoles,
  type TokAttribution,
  type TokSpan,
} from './score.js'
import {
  ARG_BC,
  ARG_BS,
  ARG_IC,
  ARG_IS,
  ARG_LABELS,
  ARG_Q,
  argSequence,
  argTransitions,
  CUE_B,
  CUE_I,
  CUE_LABELS,
  cueEmissions,
  cueSequence,
  cueTransitions,
  readSpans,
} from './tagging.js'
import { tokenize } from './tokenize.js'

const { values: opts } = parseArgs({
  options: {
    'cue-epochs': { type: 'string', default: '6' },
    'arg-epochs': { type: 'string', default: '8' },
    ensemble: { type: 'string', default: '3' },
    bits: { type: 'string', default: '18' },
    seed: { type: 'string', default: '1' },
    'boundary-epochs': { type: 'string', default: '6' },
    'dry-run': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
})

interface Prepared {
  d: DocInfo
  gold: TokAttribution[]
}

function prepare(split: string): Prepared[] {
  return loadPolnear(polnearRoot(), split).map((doc) => {
    const d = docInfo(tokenize(doc.text))
    return { d, gold: goldTokens(d.tk, doc.attributions) }
  })
}

function shuffle<T>(xs: T[], r: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    const t = xs[i]!
    xs[i] = xs[j]!
    xs[j] = t
  }
}

interface Example {
  seq: Sequence
  gold: Int32Array
}

function cueExamples(docs: Prepared[], mask: number): Example[] {
  const out: Example[] = []
  for (const { d, gold } of docs) {
    const lab = new Int32Array(d.n)
    for (const g of gold) {
      for (const [s, e] of g.cue) {
        lab[s] = CUE_B
        for (let i = s + 1; i <= e; i++) lab[i] = CUE_I
      }
    }
    for (const [a, b] of paragraphRanges(d)) {
      out.push({ seq: cueSequence(d, a, b, mask), gold: lab.slice(a, b) })
    }
  }
  return out
}

function argExamples(docs: Prepared[], mask: number): Example[] {
  const out: Example[] = []
  for (const { d, gold } of docs) {
    const paras = paragraphRanges(d)
    const pre = cuePrefix(
      d.n,
      gold.flatMap((g) => g.cue),
    )
    for (const g of gold) {
      const cue = g.cue[0]
      if (!cue) continue
      const para = paras.find(([a, b]) => cue[0] >= a && cue[0] < b)
      if (!para) continue
      const [a, b] = para
      const lab = new Int32Array(b - a)
      const put = (spans: TokSpan[], bl: number, il: number) => {
        for (const [s, e] of spans) {
          for (let i = Math.max(s, a); i <= Math.min(e, b - 1); i++) {
            lab[i - a] = i === s ? bl : il
          }
        }
      }
      put(g.source, ARG_BS, ARG_IS)
      put(g.content, ARG_BC, ARG_IC)
      for (let i = cue[0]; i <= cue[1]; i++) lab[i - a] = ARG_Q
      // a fragment cut by the window or by the cue must still start with B
      for (let i = 0; i < lab.length; i++) {
        const prev = i === 0 ? -1 : lab[i - 1]!
        if (lab[i] === ARG_IS && prev !== ARG_BS && prev !== ARG_IS) lab[i] = ARG_BS
        if (lab[i] === ARG_IC && prev !== ARG_BC && prev !== ARG_IC) lab[i] = ARG_BC
      }
      const seq = argSequence(d, cueRef(d, cue[0], cue[1]), pre, a, b, mask)
      out.push({ seq, gold: lab })
    }
  }
  return out
}

function evaluate(docs: Prepared[], m: ModelParts, goldCues: boolean): Scores {
  const sc = emptyScores()
  for (const { d, gold } of docs) {
    const cues = goldCues
      ? gold.flatMap((g) => g.cue.map((span) => ({ span, p: 1 })))
      : predictCues(d, m)
    const preds = resolveConflicts(predictArgs(d, m, cues), d.n)
    attachQuoteParagraphs(d, preds)
    const pred = preds.map((p) => ({
      source: p.source,
      cue: [p.cue],
      content: p.content,
    }))
    scoreRoles(gold, pred, sc)
    scoreRelations(gold, pred, sc)
  }
  return sc
}

/** Platt scaling (temperature and bias) minimising the log-loss of "this predicted cue is exactly right" on dev. */
function calibrate(
  dev: Prepared[],
  cue: LinearChain,
  arg: LinearChain,
  boundary: BoundaryModel | null,
): { t: number; b: number } {
  const pts: Array<[number, number]> = []
  const parts: ModelParts = { cue, arg, cueTemperature: 1, cueBias: 0, boundary }
  for (const { d, gold } of dev) {
    const g = new Set(gold.flatMap((a) => a.cue.map(([s, e]) => `${s}:${e}`)))
    for (const c of predictCues(d, parts))
      pts.push([c.margin, g.has(`${c.span[0]}:${c.span[1]}`) ? 1 : 0])
  }
  let best = { t: 1, b: 0, loss: Infinity }
  for (let t = 0.25; t < 4096; t *= 1.25) {
    for (let b = -3; b <= 3; b += 0.125) {
      let loss = 0
      for (const [m, y] of pts) {
        const p = Math.min(1 - 1e-9, Math.max(1e-9, cueProbability(m, t, b)))
        loss -= y ? Math.log(p) : Math.log(1 - p)
      }
      if (loss < best.loss) best = { t, b, loss }
    }
  }
  const acc = pts.reduce((a, [, y]) => a + y, 0) / Math.max(1, pts.length)
  console.log(
    `cue confidence: sigmoid(margin / ${best.t.toFixed(2)} + ${best.b.toFixed(3)}) (dev log-loss ${(best.loss / pts.length).toFixed(3)}, ${pts.length} predicted cues, ${(100 * acc).toFixed(1)}% exact)`,
  )
  return best
}

function cueF1(sc: Scores): number {
  const c = sc.roles.cue
  return prf(c.exact, c.pred, c.exact, c.gold)[2]
}

/** Element-wise mean of several models' weights. */
function averageChains(ms: LinearChain[]): LinearChain {
  const first = ms[0]!
  const out = new LinearChain(first.labels, first.bits, first.validTrans)
  for (const m of ms) {
    for (let i = 0; i < out.w.length; i++) out.w[i]! += m.w[i]! / ms.length
    for (let i = 0; i < out.trans.length; i++) out.trans[i]! += m.trans[i]! / ms.length
  }
  return out
}

interface Trained {
  model: LinearChain
  epoch: number
  score: number
}

/**
 * Train `k` averaged perceptrons in lockstep, each on its own shuffle of the examples; after
 * every epoch their weights are averaged into one model and scored on dev. Keeps the best.
 */
function trainEnsemble(
  name: string,
  examples: Example[],
  make: () => LinearChain,
  opt: { epochs: number; k: number; seed: number },
  score: (m: LinearChain, epoch: number) => number,
): Trained {
  const t0 = Date.now()
  const members = Array.from({ length: opt.k }, (_, j) => ({
    trainer: new PerceptronTrainer(make()),
    order: examples.map((_, i) => i),
    rand: rng(opt.seed + 1000 * j),
  }))
  let best: Trained | null = null
  for (let ep = 1; ep <= opt.epochs; ep++) {
    let wrong = 0
    for (const mem of members) {
      shuffle(mem.order, mem.rand)
      for (const i of mem.order) wrong += mem.trainer.train(examples[i]!.seq, examples[i]!.gold)
    }
    const model = averageChains(members.map((mem) => mem.trainer.averaged()))
    const f = score(model, ep)
    console.log(
      `${name} epoch ${ep}: train errors ${wrong} (over ${opt.k} members), dev score ${f.toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    )
    if (!best || f > best.score) best = { model, epoch: ep, score: f }
  }
  if (!best) throw new Error('no epochs')
  console.log(`${name}: best epoch ${best.epoch}, dev score ${best.score.toFixed(2)}`)
  return best
}

/** A cue tagger trained on `docs` alone: one averaged perceptron, `epochs` passes. */
function trainCueTagger(docs: Prepared[], bits: number, epochs: number, seed: number): LinearChain {
  const ex = cueExamples(docs, (1 << bits) - 1)
  const trainer = new PerceptronTrainer(new LinearChain(CUE_LABELS, bits, cueTransitions()))
  const order = ex.map((_, i) => i)
  const rand = rng(seed)
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rand)
    for (const i of order) trainer.train(ex[i]!.seq, ex[i]!.gold)
  }
  return trainer.averaged()
}

interface BoundaryExample {
  cands: Candidates
  gold: number
}

/**
 * Training examples for the boundary scorer: the edges of the cues `tagger` predicts in `docs`
 * that overlap a gold cue (the one they overlap most), where the gold edge is within reach.
 */
function boundaryExamples(docs: Prepared[], tagger: LinearChain, scale: number): BoundaryExample[] {
  const out: BoundaryExample[] = []
  for (const { d, gold } of docs) {
    const goldCues = gold.flatMap((g) => g.cue)
    for (const [a, b] of paragraphRanges(d)) {
      const e = cueEmissions(tagger, d, a, b)
      const labels = tagger.viterbi(e, b - a, null, new Int32Array(b - a))
      const spans = readSpans(labels, CUE_B, CUE_I).map(([s, t]): TokSpan => [a + s, a + t])
      const taken = new Uint8Array(b - a)
      for (const [s, t] of spans) taken.fill(1, s - a, t - a + 1)
      for (const span of spans) {
        const [s, t] = span
        const common = (g: TokSpan) => Math.min(g[1], t) - Math.max(g[0], s)
        let best: TokSpan | null = null
        for (const g of goldCues)
          if (common(g) >= 0 && (!best || common(g) > common(best))) best = g
        if (!best) continue
        taken.fill(0, s - a, t - a + 1)
        for (const side of ['start', 'end'] as const) {
          const cands = newCandidates()
          boundaryCandidates(d, e, tagger.trans, scale, a, b, span, side, taken, cands)
          const want = side === 'start' ? best[0] : best[1]
          const k = cands.pos.subarray(0, cands.n).indexOf(want)
          if (k >= 0) out.push({ cands, gold: k })
        }
        taken.fill(1, s - a, t - a + 1)
      }
    }
  }
  return out
}

/**
 * Train the boundary scorer: an averaged ranking perceptron over each edge's candidates, on
 * cues that taggers trained on one half of train predict on the other half (so that their
 * errors look like those on new text). Keeps the epoch with the best dev score.
 */
function trainBoundary(
  train: Prepared[],
  opt: { bits: number; tagEpochs: number; epochs: number; seed: number; scale: number },
  score: (m: BoundaryModel) => number,
): BoundaryModel {
  const t0 = Date.now()
  const examples: BoundaryExample[] = []
  for (let fold = 0; fold < 2; fold++) {
    const rest = train.filter((_, i) => i % 2 !== fold)
    const tagger = trainCueTagger(rest, opt.bits, opt.tagEpochs, opt.seed + 100 * (fold + 1))
    examples.push(
      ...boundaryExamples(
        train.filter((_, i) => i % 2 === fold),
        tagger,
        opt.scale,
      ),
    )
  }
  console.log(
    `boundary examples ${examples.length} edges (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  )
  const bits = BOUNDARY_BITS
  const mask = (1 << bits) - 1
  const valid = new Uint8Array(2).fill(1)
  // the live weights, scored in place
  const current: BoundaryModel = { w: new LinearChain(1, bits, valid), delta: 1, scale: opt.scale }
  const w = current.w.w
  const acc = new Float64Array(1 << bits)
  let deltaAcc = 0
  let step = 1
  const buf = new Int32Array(MAX_BOUNDARY_FEATURES)
  const update = (c: Candidates, k: number, sign: number) => {
    const off = k * MAX_BOUNDARY_FEATURES
    for (let j = 0; j < c.count[k]!; j++) {
      const f = c.feats[off + j]! & mask
      w[f]! += sign
      acc[f]! += sign * step
    }
    current.delta += sign * c.delta[k]!
    deltaAcc += sign * step * c.delta[k]!
  }
  const order = examples.map((_, i) => i)
  const rand = rng(opt.seed + 31)
  let best: { m: BoundaryModel; epoch: number; score: number } | null = null
  for (let ep = 1; ep <= opt.epochs; ep++) {
    shuffle(order, rand)
    let wrong = 0
    for (const i of order) {
      const { cands, gold } = examples[i]!
      let top = 0
      let topScore = Number.NEGATIVE_INFINITY
      for (let k = 0; k < cands.n; k++) {
        const s = candidateScore(current, cands, k, buf)
        if (s > topScore) {
          topScore = s
          top = k
        }
      }
      if (top !== gold) {
        wrong++
        update(cands, gold, 1)
        update(cands, top, -1)
      }
      step++
    }
    const avg = new LinearChain(1, bits, valid)
    for (let k = 0; k < w.length; k++) avg.w[k] = w[k]! - acc[k]! / step
    const m: BoundaryModel = { w: avg, delta: current.delta - deltaAcc / step, scale: opt.scale }
    const f = score(m)
    console.log(
      `boundary epoch ${ep}: train errors ${wrong} of ${examples.length}, dev score ${f.toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    )
    if (!best || f > best.score) best = { m, epoch: ep, score: f }
  }
  if (!best) throw new Error('no epochs')
  console.log(`boundary: best epoch ${best.epoch}, dev score ${best.score.toFixed(2)}`)
  return best.m
}

function main(): void {
  const bits = Number(opts.bits)
  const mask = (1 << bits) - 1
  const k = Number(opts.ensemble)
  const seed = Number(opts.seed)
  const t0 = Date.now()
  const train = prepare('train')
  const dev = prepare('dev')
  console.log(`loaded train ${train.length} docs, dev ${dev.length} docs in ${Date.now() - t0} ms`)

  const cueEx = cueExamples(train, mask)
  console.log(`cue examples ${cueEx.length} paragraphs (${Date.now() - t0} ms)`)
  const noArgs = new LinearChain(ARG_LABELS, bits, argTransitions())
  const cueOnly = (m: LinearChain, boundary: BoundaryModel | null): ModelParts => ({
    cue: m,
    arg: noArgs,
    cueTemperature: 1,
    cueBias: 0,
    boundary,
  })
  const cueRun = trainEnsemble(
    'cue',
    cueEx,
    () => new LinearChain(CUE_LABELS, bits, cueTransitions()),
    { epochs: Number(opts['cue-epochs']), k, seed },
    (m) => cueF1(evaluate(dev, cueOnly(m, null), false)),
  )
  const cue = cueRun.model
  let boundary: BoundaryModel | null = null
  if (Number(opts['boundary-epochs']) > 0) {
    const scale = calibrate(dev, cue, noArgs, null).t
    boundary = trainBoundary(
      train,
      { bits, tagEpochs: cueRun.epoch, epochs: Number(opts['boundary-epochs']), seed, scale },
      (b) => cueF1(evaluate(dev, cueOnly(cue, b), false)),
    )
  }
  const cal = calibrate(dev, cue, noArgs, boundary)
  const cueTemperature = cal.t
  const cueBias = cal.b

  const argEx = argExamples(train, mask)
  console.log(`arg examples ${argEx.length} gold cues (${Date.now() - t0} ms)`)
  const arg = trainEnsemble(
    'arg',
    argEx,
    () => new LinearChain(ARG_LABELS, bits, argTransitions()),
    { epochs: Number(opts['arg-epochs']), k, seed: seed + 7 },
    (m, ep) => {
      const parts: ModelParts = { cue, arg: m, cueTemperature, cueBias, boundary }
      const gsc = evaluate(dev, parts, true)
      const sc = evaluate(dev, parts, false)
      console.log(`  epoch ${ep} dev, gold cues:\n${formatScores(gsc)}`)
      console.log(`  epoch ${ep} dev, predicted cues:\n${formatScores(sc)}`)
      const f1 = (r: 'source' | 'content') => {
        const c = sc.roles[r]
        return prf(c.exact, c.pred, c.exact, c.gold)[2]
      }
      return (f1('source') + f1('content')) / 2
    },
  ).model
  const parts: ModelParts = { cue, arg, cueTemperature, cueBias, boundary }
  console.log(`dev, final float model:\n${formatScores(evaluate(dev, parts, false))}`)
  if (!opts['dry-run']) {
    const file = opts.out ?? join(dirname(fileURLToPath(import.meta.url)), MODEL_FILE)
    const bytes = saveModel(parts)
    writeFileSync(file, bytes)
    console.log(`wrote ${file} (${bytes.length} bytes)`)
    const shipped = loadModelBytes(bytes).parts
    console.log(`dev, shipped (int8) model:\n${formatScores(evaluate(dev, shipped, false))}`)
  }
  console.log(`total ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}

main()
