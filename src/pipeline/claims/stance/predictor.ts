/**
 * The stance model's parts and how a (claim, text) pair becomes input vectors and probabilities.
 * Two paths: article bodies go to the body model (a relatedness MLP and a three-way stance MLP,
 * trained on FNC-1); headlines and single sentences go to the short model (a stance MLP trained
 * on Emergent headlines, behind a relatedness gate). Training and prediction share this code.
 * @module
 */
import { type Ensemble, probability } from '../../../lib/gbdt.js'
import {
  analyse,
  type Idf,
  N_DENSE,
  N_STANCE,
  pairFeatures,
  stanceFeatures,
  type TextInfo,
} from './features.js'
import type { LsiSpace } from './lsi.js'
import { Mlp, type SparseVec } from './mlp.js'
import { readBundle, type Tensor, writeBundle } from './model-io.js'
import { stem } from './porter.js'
import { words } from './text.js'

/** Mean and standard deviation per dense feature. */
export interface Standardiser {
  mean: Float32Array
  sd: Float32Array
}

export interface BodyParts {
  /**
   * Over the dense features, then (since version 3) the stance-only features; relatedness reads
   * the first N_DENSE.
   */
  st: Standardiser
  /** Relatedness ensemble; class 0 related, 1 unrelated. */
  rel: Mlp[]
  /** Stems whose counts feed the stance MLP (topic-independent vocabulary). */
  cue: Map<string, number>
  /** Stance ensemble; classes supports, refutes, reports. */
  stance: Mlp[]
  /**
   * Log-offsets added to the stance ensemble's class log-probabilities. Fitted on topic
   * cross-validation: a model trained on some topics over-calls "supports" on unseen ones.
   */
  bias: number[]
  /** Boosted trees on the dense features, one per class against the rest (none in old bundles). */
  trees: Ensemble[]
  /** Share of the trees in the stance probabilities; the MLP ensemble has the rest. */
  treeWeight: number
}

export interface ShortParts {
  st: Standardiser
  /** Headline terms: unigram and bigram stems, and "?". */
  vocab: Map<string, number>
  stance: Mlp[]
  /** Relatedness gate on dense features; class 0 related, 1 unrelated. */
  gate: Mlp[]
}

export interface ModelParts {
  name: string
  version: string
  idf: Idf
  lsi: LsiSpace
  body: BodyParts
  short: ShortParts
  /** Texts of one sentence and at most this many tokens take the short path. */
  shortMaxTokens: number
  /** Figures recorded by the training run. */
  dev: Record<string, unknown>
}

/** Probabilities for one pair: P(unrelated) and P(supports, refutes, reports | related). */
export interface PairProbs {
  unrelated: number
  stance: Float64Array
  path: 'body' | 'short'
}

/** Fit a standardiser over rows of dense features. */
export function fitStandardiser(rows: Float64Array[]): Standardiser {
  const d = rows[0]?.length ?? N_DENSE
  const mean = new Float64Array(d)
  const sd = new Float64Array(d)
  for (const r of rows) for (let k = 0; k < d; k++) mean[k]! += r[k]!
  for (let k = 0; k < d; k++) mean[k]! /= rows.length || 1
  for (const r of rows) for (let k = 0; k < d; k++) sd[k]! += (r[k]! - mean[k]!) ** 2
  for (let k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k]! / (rows.length || 1)) || 1
  return { mean: Float32Array.from(mean), sd: Float32Array.from(sd) }
}

function pushDense(d: Float64Array, st: Standardiser, idx: number[], val: number[]): void {
  for (let k = 0; k < d.length; k++) {
    idx.push(k)
    // clipped so one odd text cannot swamp the hidden layer
    val.push(Math.max(-8, Math.min(8, (d[k]! - st.mean[k]!) / st.sd[k]!)))
  }
}

function pushCounts(
  counts: Map<number, number>,
  offset: number,
  idx: number[],
  val: number[],
): void {
  let n = 0
  for (const v of counts.values()) n += v * v
  n = Math.sqrt(n) || 1
  for (const [j, v] of counts) {
    idx.push(offset + j)
    val.push(v / n)
  }
}

function cueCounts(
  t: TextInfo,
  cue: Map<string, number>,
  ranges: [number, number][],
): Map<number, number> {
  const c = new Map<number, number>()
  for (const [a, b] of ranges) {
    for (let i = a; i < b; i++) {
      const j = cue.get(t.stems[i]!)
      if (j !== undefined) c.set(j, (c.get(j) ?? 0) + 1)
    }
  }
  return c
}

const vec = (idx: number[], val: number[]): SparseVec => ({
  idx: Int32Array.from(idx),
  val: Float32Array.from(val),
})

/** Input of the relatedness MLPs (body relatedness and short gate): standardised dense features. */
export function denseVec(d: Float64Array, st: Standardiser): SparseVec {
  const idx: number[] = []
  const val: number[] = []
  pushDense(d, st, idx, val)
  return vec(idx, val)
}

/** Whether the body stance model reads the stance-only features (bundles since version 3). */
export const hasStanceFeatures = (st: Standardiser): boolean => st.mean.length > N_DENSE

/** The body stance model's dense input: the pair features, then the stance-only features. */
export function stanceDense(
  d: Float64Array,
  top: readonly number[],
  h: TextInfo,
  t: TextInfo,
  withStance: boolean,
): Float64Array {
  if (!withStance) return d
  const out = new Float64Array(N_DENSE + N_STANCE)
  out.set(d)
  out.set(stanceFeatures(h, t, top), N_DENSE)
  return out
}

/**
 * Input of the body stance MLP: its dense input (`stanceDense`), then cue-word counts of text,
 * claim and best sentences.
 */
export function bodyStanceVec(
  d: Float64Array,
  top: number[],
  h: TextInfo,
  t: TextInfo,
  p: Pick<BodyParts, 'st' | 'cue'>,
): SparseVec {
  const idx: number[] = []
  const val: number[] = []
  pushDense(d, p.st, idx, val)
  const nc = p.cue.size
  const w = d.length
  pushCounts(cueCounts(t, p.cue, [[0, t.nTokens]]), w, idx, val)
  pushCounts(cueCounts(h, p.cue, [[0, h.nTokens]]), w + nc, idx, val)
  const ranges = top.map((i) => t.sents[i]!)
  pushCounts(cueCounts(t, p.cue, ranges), w + 2 * nc, idx, val)
  return vec(idx, val)
}

/** Input width of the body stance MLP over `denseWidth` dense inputs. */
export const bodyStanceWidth = (cueSize: number, denseWidth: number): number =>
  denseWidth + 3 * cueSize

/** Terms of a short text for the short stance model: stems, stem bigrams, and "?". */
export function shortTerms(text: string): string[] {
  const ws = words(text).map(stem)
  const out = new Set<string>()
  for (const w of ws) out.add(`u:${w}`)
  for (let i = 0; i + 1 < ws.length; i++) out.add(`b:${ws[i]} ${ws[i + 1]}`)
  if (text.includes('?')) out.add('q:?')
  return [...out]
}

/** Input of the short stance MLP: the text's known terms (L2-normalised), then dense features. */
export function shortStanceVec(
  terms: string[],
  d: Float64Array,
  p: Pick<ShortParts, 'st' | 'vocab'>,
): SparseVec {
  const idx: number[] = []
  const val: number[] = []
  const known = terms.map((x) => p.vocab.get(x)).filter((j) => j !== undefined)
  const w = known.length ? 1 / Math.sqrt(known.length) : 0
  for (const j of known) {
    idx.push(N_DENSE + j)
    val.push(w)
  }
  pushDense(d, p.st, idx, val)
  return vec(idx, val)
}

/** Mean of the ensemble's class probabilities. */
export function ensemble(models: Mlp[], x: SparseVec): Float64Array {
  const out = new Float64Array(models[0]!.classes)
  for (const m of models) {
    const p = m.predict(x)
    for (let c = 0; c < out.length; c++) out[c]! += p[c]! / models.length
  }
  return out
}

/** Whether a text takes the short path (a headline or a sentence or two). */
export function isShort(t: TextInfo, maxTokens: number): boolean {
  return t.nTokens <= maxTokens
}

/** Probabilities for an analysed pair; `force` skips the choice of path (for evaluation). */
export function pairProbs(
  parts: ModelParts,
  claim: TextInfo,
  text: TextInfo,
  rawText: string,
  force?: 'body' | 'short',
): PairProbs {
  const { dense, top } = pairFeatures(claim, text, parts.idf, parts.lsi)
  if (force === 'short' || (!force && isShort(text, parts.shortMaxTokens))) {
    const gate = ensemble(parts.short.gate, denseVec(dense, parts.short.st))
    const stance = ensemble(
      parts.short.stance,
      shortStanceVec(shortTerms(rawText), dense, parts.short),
    )
    return { unrelated: gate[1]!, stance, path: 'short' }
  }
  const rel = ensemble(parts.body.rel, denseVec(dense, parts.body.st))
  const b = parts.body
  const sd = stanceDense(dense, top, claim, text, hasStanceFeatures(b.st))
  const mlp = b.treeWeight < 1 ? ensemble(b.stance, bodyStanceVec(sd, top, claim, text, b)) : null
  const trees = b.treeWeight > 0 ? treeProbs(b.trees, sd) : null
  const mixed = new Float64Array(3)
  for (let c = 0; c < 3; c++)
    mixed[c] = (1 - b.treeWeight) * (mlp?.[c] ?? 0) + b.treeWeight * (trees?.[c] ?? 0)
  const stance = shift(mixed, b.bias)
  return { unrelated: rel[1]!, stance, path: 'body' }
}

/** Class probabilities from one-against-the-rest tree ensembles, normalised to sum to 1. */
export function treeProbs(trees: readonly Ensemble[], dense: Float64Array): Float64Array {
  const out = new Float64Array(trees.length)
  let z = 0
  trees.forEach((t, c) => {
    out[c] = probability(t, dense)
    z += out[c]!
  })
  for (let c = 0; c < out.length; c++) out[c] = out[c]! / (z || 1)
  return out
}

/** Probabilities re-weighted by exp(bias) per class and renormalised. */
export function shift(p: Float64Array, bias: readonly number[]): Float64Array {
  if (bias.every((b) => b === 0)) return p
  let z = 0
  for (let c = 0; c < p.length; c++) {
    p[c] = p[c]! * Math.exp(bias[c] ?? 0)
    z += p[c]!
  }
  for (let c = 0; c < p.length; c++) p[c] = p[c]! / (z || 1)
  return p
}

/** Analyse a text with the model's IDF. */
export function analyseFor(parts: Pick<ModelParts, 'idf'>, text: string): TextInfo {
  return analyse(text, parts.idf)
}

interface MlpHeader {
  name: string
  inputs: number
  hidden: number
  classes: number
}

interface Header {
  name: string
  version: string
  idfStems: string[]
  idfValues: number[]
  idfUnseen: number
  lsiDims: number
  lsiTerms: string[]
  cue: string[]
  vocab: string[]
  shortMaxTokens: number
  /** Absent in bundles written before the bias was fitted: no shift. */
  stanceBias?: number[]
  stanceTrees?: Ensemble[]
  treeWeight?: number
  mlps: MlpHeader[]
  groups: Record<string, string[]>
  dev: Record<string, unknown>
}

const round = (x: number, k = 4) => Math.round(x * 10 ** k) / 10 ** k

/** Thresholds and leaf values to 6 significant digits: the bundle stays small, scores barely move. */
function roundTrees(e: Ensemble): Ensemble {
  const r = (x: number) => Number(x.toPrecision(6))
  return {
    base: e.base,
    trees: e.trees.map((t) => ({ ...t, threshold: t.threshold.map(r), value: t.value.map(r) })),
  }
}

/** Serialise the parts; MLP input weights and LSI vectors are stored as int8. */
export function saveParts(p: ModelParts): Uint8Array {
  const tensors: Tensor[] = []
  const mlps: MlpHeader[] = []
  const groups: Record<string, string[]> = {}
  const addMlps = (group: string, ms: Mlp[]) => {
    groups[group] = []
    ms.forEach((m, i) => {
      const name = `${group}${i}`
      groups[group]!.push(name)
      mlps.push({ name, inputs: m.inputs, hidden: m.hidden, classes: m.classes })
      tensors.push(
        { name: `${name}.w1`, rows: m.inputs, cols: m.hidden, data: m.w1, quantise: true },
        { name: `${name}.b1`, rows: 1, cols: m.hidden, data: m.b1 },
        { name: `${name}.w2`, rows: m.hidden, cols: m.classes, data: m.w2 },
        { name: `${name}.b2`, rows: 1, cols: m.classes, data: m.b2 },
      )
    })
  }
  addMlps('rel', p.body.rel)
  addMlps('stance', p.body.stance)
  addMlps('short', p.short.stance)
  addMlps('gate', p.short.gate)
  for (const [k, s] of [
    ['body', p.body.st],
    ['short', p.short.st],
  ] as const) {
    tensors.push({ name: `${k}.mean`, rows: 1, cols: s.mean.length, data: s.mean })
    tensors.push({ name: `${k}.sd`, rows: 1, cols: s.sd.length, data: s.sd })
  }
  const lsiTerms = [...p.lsi.index.entries()].sort((a, b) => a[1] - b[1]).map(([s]) => s)
  tensors.push({
    name: 'lsi',
    rows: lsiTerms.length,
    cols: p.lsi.dims,
    data: p.lsi.vecs,
    quantise: true,
  })
  const idfEntries = [...p.idf.map.entries()]
  const header: Header = {
    name: p.name,
    version: p.version,
    idfStems: idfEntries.map(([s]) => s),
    idfValues: idfEntries.map(([, v]) => round(v, 3)),
    idfUnseen: p.idf.unseen,
    lsiDims: p.lsi.dims,
    lsiTerms,
    cue: [...p.body.cue.entries()].sort((a, b) => a[1] - b[1]).map(([s]) => s),
    vocab: [...p.short.vocab.entries()].sort((a, b) => a[1] - b[1]).map(([s]) => s),
    shortMaxTokens: p.shortMaxTokens,
    stanceBias: p.body.bias,
    stanceTrees: p.body.trees.map(roundTrees),
    treeWeight: p.body.treeWeight,
    mlps,
    groups,
    dev: p.dev,
  }
  return writeBundle(header, tensors)
}

/** Parse saved parts. */
export function loadParts(gz: Uint8Array): ModelParts {
  const { header: h, tensors } = readBundle<Header>(gz)
  const get = (n: string): Float32Array => {
    const t = tensors.get(n)
    if (!t) throw new Error(`stance model: tensor ${n} missing`)
    return t
  }
  const mlpOf = new Map(h.mlps.map((m) => [m.name, m]))
  const group = (g: string): Mlp[] =>
    (h.groups[g] ?? []).map((name) => {
      const s = mlpOf.get(name)!
      const m = new Mlp(s.inputs, s.hidden, s.classes)
      m.w1.set(get(`${name}.w1`))
      m.b1.set(get(`${name}.b1`))
      m.w2.set(get(`${name}.w2`))
      m.b2.set(get(`${name}.b2`))
      return m
    })
  const st = (k: string): Standardiser => ({ mean: get(`${k}.mean`), sd: get(`${k}.sd`) })
  const index = (xs: string[]) => new Map(xs.map((s, i) => [s, i]))
  return {
    name: h.name,
    version: h.version,
    idf: { map: new Map(h.idfStems.map((s, i) => [s, h.idfValues[i]!])), unseen: h.idfUnseen },
    lsi: { dims: h.lsiDims, index: index(h.lsiTerms), vecs: get('lsi') },
    body: {
      st: st('body'),
      rel: group('rel'),
      cue: index(h.cue),
      stance: group('stance'),
      bias: h.stanceBias ?? [0, 0, 0],
      trees: h.stanceTrees ?? [],
      treeWeight: h.stanceTrees?.length ? (h.treeWeight ?? 0) : 0,
    },
    short: { st: st('short'), vocab: index(h.vocab), stance: group('short'), gate: group('gate') },
    shortMaxTokens: h.shortMaxTokens,
    dev: h.dev,
  }
}
