/**
 * Train the stance model from scratch: the body model on FNC-1 train, the short model on
 * Emergent train. No pretrained vectors; IDF and LSI are fitted on FNC-1 train text.
 *
 *   npx tsx src/pipeline/claims/stance/model/train.ts            # train on all train data, write weights
 *   npx tsx src/pipeline/claims/stance/model/train.ts --dev holdout,cv,emergent   # dev figures only
 *
 * Writes stance-model.bin.gz beside this file unless --dev is given.
 * @module
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_PARAMS, type Ensemble, type GbdtParams, trainGbdt } from '../../../../lib/gbdt.js'
import { decide, MODEL_FILE, MODEL_NAME, MODEL_VERSION } from '../decide.js'
import { analyse, type Idf, N_DENSE, N_STANCE, pairFeatures, type TextInfo } from '../features.js'
import type { Stance } from '../index.js'
import { fitLsi, type LsiSpace } from '../lsi.js'
import { type Mlp, type SparseVec, trainMlp } from '../mlp.js'
import {
  bodyStanceVec,
  bodyStanceWidth,
  denseVec,
  ensemble,
  fitStandardiser,
  isShort,
  type ModelParts,
  type PairProbs,
  pairProbs,
  type ShortParts,
  type Standardiser,
  saveParts,
  shift,
  shortStanceVec,
  shortTerms,
  stanceDense,
} from '../predictor.js'
import { type EmergentRow, loadEmergent, loadFncTrain, type Pair } from './corpora.js'
import { classScores, fncScore } from './metrics.js'
import { topicFolds } from './topics.js'

const { values: opts } = parseArgs({
  strict: false,
  options: {
    dev: { type: 'string' },
    seeds: { type: 'string', default: '3' },
    'lsi-dims': { type: 'string', default: '100' },
    // with --dev cv: a JSON file of [fold, gold, path, P(unrelated), MLP's 3 stance
    // probabilities, trees' 3] per dev pair, for weighing the two afterwards
    dump: { type: 'string' },
  },
})
const SEEDS = Number(opts.seeds)
const LSI_DIMS = Number(opts['lsi-dims'])
const K = 5
// chosen on dev: the best mean of FNC-1 hold-out score and Emergent claim-CV accuracy (TRAINING.md)
const SHORT_MAX_TOKENS = 20
const REL = { hidden: 50, epochs: 10, batch: 500, lr: 0.01, l2: 1e-6, keep: 0.8 }
// 8 epochs, not 20: on topic CV the longer-trained MLP fitted its training topics (TRAINING.md)
const STANCE = { hidden: 100, epochs: 8, batch: 500, lr: 0.01, l2: 1e-6, keep: 0.8 }
// log-offsets of the body stance classes (supports, refutes, reports), chosen on topic CV (TRAINING.md)
const STANCE_BIAS = [-0.75, 0, 0]
const TREES: GbdtParams = {
  ...DEFAULT_PARAMS,
  rounds: 200,
  depth: 4,
  learningRate: 0.1,
  minChildWeight: 5,
}
// the trees' share of the stance probabilities, chosen on topic CV (TRAINING.md)
const TREE_WEIGHT = 0.5
const SHORT = { hidden: 20, epochs: 15, batch: 32, lr: 0.003, l2: 1e-3, keep: 0.7 }
const GATE = { hidden: 20, epochs: 10, batch: 100, lr: 0.003, l2: 1e-5, keep: 0.8 }
// a stem joins the cue vocabulary when bodies of this share of topics use it
const CUE_TOPIC_SHARE = 0.2
const REL_LABELS: Stance[] = ['supports', 'refutes', 'reports']

const t0 = Date.now()
const log = (...xs: unknown[]) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s]`, ...xs)

export function buildIdf(texts: readonly string[]): Idf {
  const tmp: Idf = { map: new Map(), unseen: 1 }
  const df = new Map<string, number>()
  for (const t of texts) for (const s of analyse(t, tmp).tf.keys()) df.set(s, (df.get(s) ?? 0) + 1)
  const n = texts.length
  const map = new Map<string, number>()
  // stems seen once carry no more than the unseen default, so they are left out
  for (const [s, d] of df) if (d >= 2) map.set(s, Math.log((n + 1) / (d + 1)) + 1)
  return { map, unseen: Math.log((n + 1) / 2) + 1 }
}

export class Texts {
  private cache = new Map<string, TextInfo>()
  constructor(readonly idf: Idf) {}
  get(t: string): TextInfo {
    let x = this.cache.get(t)
    if (!x) {
      x = analyse(t, this.idf)
      this.cache.set(t, x)
    }
    return x
  }
  /** Forget LSI vectors before switching spaces. */
  resetLsi(): void {
    for (const x of this.cache.values()) x.lsi = undefined
  }
}

function fitSpace(texts: readonly string[], tx: Texts): LsiSpace {
  const df = new Map<string, number>()
  for (const t of texts) for (const s of tx.get(t).tf.keys()) df.set(s, (df.get(s) ?? 0) + 1)
  const terms = [...df]
    .filter(([, d]) => d >= 3)
    .map(([s]) => s)
    .sort()
  const ti = new Map(terms.map((t, i) => [t, i]))
  const docs = texts.map((t) => {
    const x = tx.get(t)
    const idx: number[] = []
    const val: number[] = []
    let n = 0
    for (const [s, c] of x.tf) {
      const i = ti.get(s)
      if (i === undefined) continue
      const w = (1 + Math.log(c)) * (tx.idf.map.get(s) ?? tx.idf.unseen)
      idx.push(i)
      val.push(w)
      n += w * w
    }
    n = Math.sqrt(n) || 1
    return { idx, val: val.map((v) => v / n) }
  })
  return fitLsi(docs, terms, LSI_DIMS)
}

interface BodyTrained {
  trees: Ensemble[]
  idf: Idf
  lsi: LsiSpace
  st: Standardiser
  rel: Mlp[]
  cue: Map<string, number>
  stance: Mlp[]
}

/**
 * Train the body model on FNC-format pairs. LSI features of training pairs are cross-fitted:
 * each pair's features come from a space fitted without its topics, so they look like features
 * of unseen test topics.
 */
export function trainBody(pairs: readonly Pair[], corpusExclude: ReadonlySet<string>): BodyTrained {
  const corpus = [...new Set(pairs.flatMap((p) => [p.claim, p.text]))].filter(
    (t) => !corpusExclude.has(t),
  )
  const idf = buildIdf(corpus)
  const tx = new Texts(idf)
  const folds = topicFolds(pairs, K)
  log(`body: ${pairs.length} pairs, ${corpus.length} texts, ${folds.topics} topics`)
  const dense: Float64Array[] = new Array(pairs.length)
  const tops: number[][] = new Array(pairs.length)
  for (let g1 = 0; g1 < K; g1++) {
    for (let g2 = g1; g2 < K; g2++) {
      const fitTexts = corpus.filter((t) => {
        const f = folds.foldOfString.get(t)
        return f !== g1 && f !== g2
      })
      tx.resetLsi()
      const space = fitSpace(fitTexts, tx)
      pairs.forEach((p, i) => {
        const a = folds.foldClaim[i]!
        const b = folds.foldText[i]!
        if (Math.min(a, b) !== g1 || Math.max(a, b) !== g2) return
        const f = pairFeatures(tx.get(p.claim), tx.get(p.text), idf, space)
        dense[i] = f.dense
        tops[i] = f.top
      })
    }
  }
  tx.resetLsi()
  const lsi = fitSpace(corpus, tx)
  log('body: features and LSI spaces done')
  const full = pairs.map((p, i) =>
    stanceDense(dense[i]!, tops[i]!, tx.get(p.claim), tx.get(p.text), true),
  )
  // one standardiser over both; relatedness reads only the first N_DENSE columns
  const st = fitStandardiser(full)
  const relX = dense.map((d) => denseVec(d, st))
  const relY = pairs.map((p) => (p.stance === 'unrelated' ? 1 : 0))
  const rel = Array.from({ length: SEEDS }, (_, s) =>
    trainMlp(relX, relY, N_DENSE, 2, { ...REL, seed: 1 + s }),
  )
  log('body: relatedness trained')
  const topicsOfStem = new Map<string, Set<number>>()
  const seenBody = new Set<string>()
  for (const p of pairs) {
    if (seenBody.has(p.group)) continue
    seenBody.add(p.group)
    const topic = folds.topicOfText.get(p.group)!
    for (const s of new Set(tx.get(p.text).stems)) {
      const z = topicsOfStem.get(s)
      if (z) z.add(topic)
      else topicsOfStem.set(s, new Set([topic]))
    }
  }
  const minTopics = Math.round(CUE_TOPIC_SHARE * folds.topics)
  const cueStems = [...topicsOfStem]
    .filter(([, z]) => z.size >= minTopics)
    .map(([s]) => s)
    .sort()
  const cue = new Map(cueStems.map((s, i) => [s, i]))
  const relIdx = [...pairs.keys()].filter((i) => pairs[i]!.stance !== 'unrelated')
  const stX = relIdx.map((i) =>
    bodyStanceVec(full[i]!, tops[i]!, tx.get(pairs[i]!.claim), tx.get(pairs[i]!.text), {
      st,
      cue,
    }),
  )
  const stY = relIdx.map((i) => REL_LABELS.indexOf(pairs[i]!.stance))
  const width = bodyStanceWidth(cue.size, N_DENSE + N_STANCE)
  const stance = Array.from({ length: SEEDS }, (_, s) =>
    trainMlp(stX, stY, width, 3, { ...STANCE, seed: 11 + s }),
  )
  log(`body: stance trained (cue vocabulary ${cue.size})`)
  // trees see only the dense and stance features, which carry no topic vocabulary
  const sx = relIdx.map((i) => full[i]!)
  const ones = sx.map(() => 1)
  const trees = [0, 1, 2].map((c) =>
    trainGbdt(
      sx,
      stY.map((y) => (y === c ? 1 : 0)),
      ones,
      TREES,
    ),
  )
  log('body: stance trees trained')
  return { idf, lsi, st, rel, cue, stance, trees }
}

/**
 * Emergent headlines paired with random other claims, as unrelated examples for the gate. Nearest
 * other claims are not used: Emergent has near-duplicate claims, and the gate should only turn
 * away texts plainly about something else.
 */
export function gateNegatives(rows: readonly EmergentRow[]): { claim: string; text: string }[] {
  const claims = [...new Map(rows.map((r) => [r.claimId, r.claim])).entries()]
  const out: { claim: string; text: string }[] = []
  let a = 99
  const rnd = () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0
    return a / 4294967296
  }
  for (const r of rows) {
    for (let k = 0; k < 3; k++) {
      const [id, claim] = claims[Math.floor(rnd() * claims.length)]!
      if (id !== r.claimId) out.push({ claim, text: r.text })
    }
  }
  return out
}

export function trainShort(
  rows: readonly EmergentRow[],
  fncShort: readonly Pair[],
  idf: Idf,
  lsi: LsiSpace,
): ShortParts {
  const tx = new Texts(idf)
  const feats = (claim: string, text: string) =>
    pairFeatures(tx.get(claim), tx.get(text), idf, lsi).dense
  const dense = rows.map((r) => feats(r.claim, r.text))
  const st = fitStandardiser(dense)
  const counts = new Map<string, number>()
  for (const r of rows) for (const x of shortTerms(r.text)) counts.set(x, (counts.get(x) ?? 0) + 1)
  const vocabList = [...counts]
    .filter(([, c]) => c >= 2)
    .map(([x]) => x)
    .sort()
  const vocab = new Map(vocabList.map((x, i) => [x, i]))
  const xs = rows.map((r, i) => shortStanceVec(shortTerms(r.text), dense[i]!, { st, vocab }))
  const ys = rows.map((r) => REL_LABELS.indexOf(r.stance))
  const stance = Array.from({ length: 5 }, (_, s) =>
    trainMlp(xs, ys, N_DENSE + vocab.size, 3, { ...SHORT, seed: 21 + s }),
  )
  const gx: SparseVec[] = dense.map((d) => denseVec(d, st))
  const gy: number[] = rows.map(() => 0)
  for (const n of gateNegatives(rows)) {
    gx.push(denseVec(feats(n.claim, n.text), st))
    gy.push(1)
  }
  for (const p of fncShort) {
    gx.push(denseVec(feats(p.claim, p.text), st))
    gy.push(p.stance === 'unrelated' ? 1 : 0)
  }
  const gate = Array.from({ length: SEEDS }, (_, s) =>
    trainMlp(gx, gy, N_DENSE, 2, { ...GATE, seed: 31 + s }),
  )
  return { st, vocab, stance, gate }
}

export const isShortText = (tx: Texts, t: string) => isShort(tx.get(t), SHORT_MAX_TOKENS)

export function assemble(
  body: BodyTrained,
  short: ShortParts,
  dev: Record<string, unknown>,
  bias: number[] = STANCE_BIAS,
): ModelParts {
  return {
    name: MODEL_NAME,
    version: MODEL_VERSION,
    idf: body.idf,
    lsi: body.lsi,
    body: {
      st: body.st,
      rel: body.rel,
      cue: body.cue,
      stance: body.stance,
      bias,
      trees: body.trees,
      treeWeight: TREE_WEIGHT,
    },
    short,
    shortMaxTokens: SHORT_MAX_TOKENS,
    dev,
  }
}

/** Predictions for pairs through the full model, or with every text forced down one path. */
export function predictPairs(
  parts: ModelParts,
  pairs: readonly Pair[],
  force?: 'body' | 'short',
): Stance[] {
  const tx = new Texts(parts.idf)
  return pairs.map((p) => {
    const probs = pairProbs(parts, tx.get(p.claim), tx.get(p.text), p.text, force)
    return decide(probs).stance
  })
}

export function fncFigures(gold: Stance[], pred: Stance[]): Record<string, number> {
  const s = fncScore(gold, pred)
  const c = classScores(gold, pred)
  const r = (x: number) => Math.round(x * 10000) / 10000
  return {
    pairs: gold.length,
    fncScore: r(s.score),
    fncMax: s.max,
    fncRelative: r(s.relative),
    macroF1: r(c.macroF1),
    f1Supports: r(c.f1.supports!),
    f1Refutes: r(c.f1.refutes!),
    f1Reports: r(c.f1.reports!),
    f1Unrelated: r(c.f1.unrelated!),
  }
}

export function emergentCv(
  rows: readonly EmergentRow[],
  idf: Idf,
  lsi: LsiSpace,
  body?: BodyTrained,
): Record<string, number> {
  // with the body model: accuracy when headlines longer than t tokens go through it instead
  const cuts = [10, 15, 20, 25, 30, 40]
  const correctCut = cuts.map(() => 0)
  const claims = [...new Set(rows.map((r) => r.claimId))].sort()
  const foldOf = new Map(claims.map((c, i) => [c, (i * 7) % K]))
  let correct = 0
  const gates = [0.5, 0.75, 0.9, 0.95, 0.99]
  const correctGated = gates.map(() => 0)
  const tx = new Texts(idf)
  for (let f = 0; f < K; f++) {
    const tr = rows.filter((r) => foldOf.get(r.claimId) !== f)
    const dv = rows.filter((r) => foldOf.get(r.claimId) === f)
    const sp = trainShort(tr, [], idf, lsi)
    const withBody = body ? assemble(body, sp, {}) : null
    for (const r of dv) {
      const { dense } = pairFeatures(tx.get(r.claim), tx.get(r.text), idf, lsi)
      const ps = ensemble(sp.stance, shortStanceVec(shortTerms(r.text), dense, sp))
      const pu = ensemble(sp.gate, denseVec(dense, sp.st))[1]!
      let b = 0
      for (let c = 1; c < 3; c++) if (ps[c]! > ps[b]!) b = c
      if (REL_LABELS[b] === r.stance) correct++
      if (withBody) {
        const t = tx.get(r.text)
        const pb = pairProbs(withBody, tx.get(r.claim), t, r.text, 'body').stance
        let bb = 0
        for (let c = 1; c < 3; c++) if (pb[c]! > pb[bb]!) bb = c
        cuts.forEach((cut, k) => {
          if (REL_LABELS[t.nTokens <= cut ? b : bb] === r.stance) correctCut[k]!++
        })
      }
      gates.forEach((g, k) => {
        if (decide({ unrelated: pu, stance: ps, path: 'short' }, g).stance === r.stance)
          correctGated[k]!++
      })
    }
  }
  const r = (x: number) => Math.round(x * 10000) / 10000
  const out: Record<string, number> = { rows: rows.length, accuracy3way: r(correct / rows.length) }
  gates.forEach((g, k) => {
    out[`accuracyGate${g}`] = r(correctGated[k]! / rows.length)
  })
  if (body)
    cuts.forEach((cut, k) => {
      out[`accuracyShortUpTo${cut}`] = r(correctCut[k]! / rows.length)
    })
  return out
}

/** Train without the standard hold-out bodies and score on them. */
function holdoutDev(
  pairs: readonly Pair[],
  holdout: ReadonlySet<string>,
  emTrain: readonly EmergentRow[],
  emTest: ReadonlySet<string>,
  dev: Record<string, unknown>,
): void {
  const tx = new Texts({ map: new Map(), unseen: 1 })
  const tr = pairs.filter((p) => !holdout.has(p.group))
  const dv = pairs.filter((p) => holdout.has(p.group))
  const body = trainBody(tr, emTest)
  const short = trainShort(
    emTrain,
    tr.filter((p) => isShortText(tx, p.text)),
    body.idf,
    body.lsi,
  )
  const model = assemble(body, short, {})
  const gold = dv.map((p) => p.stance)
  dev.fncHoldout = fncFigures(gold, predictPairs(model, dv))
  log('hold-out dev', dev.fncHoldout)
  log('hold-out dev, all through the body model', fncFigures(gold, predictPairs(model, dv, 'body')))
  // where the short path should stop: texts up to this many tokens take it
  const sweep: Record<string, number> = {}
  for (const t of [10, 15, 20, 25, 30, 40]) {
    sweep[t] = fncFigures(gold, predictPairs({ ...model, shortMaxTokens: t }, dv)).fncRelative!
  }
  dev.fncHoldoutShortMaxTokens = sweep
  log('hold-out dev FNC relative by short-path length', sweep)
}

function main(): void {
  const { pairs, holdout } = loadFncTrain()
  const emTrain = loadEmergent('train')
  // Emergent test headlines also occur among FNC-1 train headlines; they are kept out of the
  // IDF/LSI corpus so the Emergent test stays unseen
  const emTest = new Set(loadEmergent('test').map((r) => r.text))
  const tx0 = new Texts({ map: new Map(), unseen: 1 })
  const fncShort = pairs.filter((p) => isShortText(tx0, p.text))
  log(
    `FNC-1 train ${pairs.length} pairs (${fncShort.length} with short bodies); Emergent train ${emTrain.length}`,
  )
  const dev: Record<string, unknown> = {}
  if (opts.dev) {
    const parts = new Set(String(opts.dev).split(','))
    const shortOf = (ps: readonly Pair[]) => ps.filter((p) => isShortText(tx0, p.text))
    if (parts.has('holdout')) holdoutDev(pairs, holdout, emTrain, emTest, dev)
    if (parts.has('cv')) {
      // topic cross-validation: nothing of a dev topic is seen in training
      const folds = topicFolds(pairs, K, 777)
      const gold: Stance[] = []
      const probs: PairProbs[] = []
      const predBody: Stance[] = []
      const dump: unknown[] = []
      for (let f = 0; f < K; f++) {
        const trI = pairs.filter((_, i) => folds.foldClaim[i] !== f && folds.foldText[i] !== f)
        const dvI = pairs.filter((_, i) => folds.foldClaim[i] === f && folds.foldText[i] === f)
        const body = trainBody(trI, emTest)
        const short = trainShort(emTrain, shortOf(trI), body.idf, body.lsi)
        // unshifted probabilities: the stance bias is fitted on them
        const model = assemble(body, short, {}, [0, 0, 0])
        const tx = new Texts(model.idf)
        for (const p of dvI) {
          const claim = tx.get(p.claim)
          const text = tx.get(p.text)
          const pr = pairProbs(model, claim, text, p.text)
          gold.push(p.stance)
          probs.push(pr)
          const viaBody = pr.path === 'body' ? pr : pairProbs(model, claim, text, p.text, 'body')
          predBody.push(decide(viaBody).stance)
          if (opts.dump) {
            // the MLP and the trees apart, to weigh them afterwards
            const only = (w: number) =>
              pairProbs({ ...model, body: { ...model.body, treeWeight: w } }, claim, text, p.text)
                .stance
            dump.push([f, p.stance, pr.path, pr.unrelated, ...only(0), ...only(1)])
          }
        }
        log(`topic CV fold ${f} done`)
      }
      if (opts.dump) writeFileSync(String(opts.dump), JSON.stringify(dump))
      const withBias = (b: number[]) =>
        probs.map(
          (p) =>
            decide(p.path === 'body' ? { ...p, stance: shift(Float64Array.from(p.stance), b) } : p)
              .stance,
        )
      dev.fncTopicCv = fncFigures(gold, withBias(STANCE_BIAS))
      log('topic CV (shipped settings)', dev.fncTopicCv)
      log('topic CV without the stance bias', fncFigures(gold, withBias([0, 0, 0])))
      log('topic CV, all through the body model, no bias', fncFigures(gold, predBody))
      // the supports offset that best fits unseen topics (the others stay 0)
      const sweep: Record<string, number> = {}
      for (const b of [0, -0.25, -0.5, -0.75, -1, -1.25, -1.5])
        sweep[b] = fncFigures(gold, withBias([b, 0, 0])).fncRelative!
      dev.fncTopicCvSupportsBias = sweep
      log('topic CV FNC relative by supports bias', sweep)
    }
    if (parts.has('emergent')) {
      const body = trainBody(pairs, emTest)
      dev.emergentCv = emergentCv(emTrain, body.idf, body.lsi, body)
      log('Emergent claim CV', dev.emergentCv)
    }
    return
  }
  holdoutDev(pairs, holdout, emTrain, emTest, dev)
  const body = trainBody(pairs, emTest)
  const short = trainShort(emTrain, fncShort, body.idf, body.lsi)
  log('short model trained')
  dev.trainedOn = {
    fnc: pairs.length,
    emergent: emTrain.length,
    fncShortBodies: fncShort.length,
    date: new Date().toISOString().slice(0, 10),
    seconds: Math.round((Date.now() - t0) / 1000),
  }
  const bytes = saveParts(assemble(body, short, dev))
  const out = join(dirname(fileURLToPath(import.meta.url)), MODEL_FILE)
  writeFileSync(out, bytes)
  log(`wrote ${out} (${(bytes.length / 1024).toFixed(0)} KiB)`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
