/**
 * Running the two taggers over a document: cues first, then source and content per cue,
 * then resolving tokens claimed by several cues.
 * @module
 */
import { adjustCueBoundaries, type BoundaryModel } from './boundary.js'
import type { LinearChain } from './chain.js'
import { cueRef, type DocInfo } from './features.js'
import type { TokSpan } from './score.js'
import { Scratch } from './slab.js'
import {
  ARG_BC,
  ARG_BS,
  ARG_IC,
  ARG_IS,
  ARG_LABELS,
  argAllowed,
  argEmissions,
  CUE_B,
  CUE_I,
  CUE_LABELS,
  cueEmissions,
  readSpans,
} from './tagging.js'

/** One attribution in token spans, with the model's confidence. */
export interface TokPrediction {
  cue: TokSpan
  source: TokSpan[]
  content: TokSpan[]
  confidence: number
}

/** The trained parts and their calibration. */
export interface ModelParts {
  cue: LinearChain
  arg: LinearChain
  /** Platt scaling of the cue margin into a probability: sigmoid(margin / T + bias). */
  cueTemperature: number
  cueBias: number
  /** Moves the edges of predicted cues (see boundary.ts), or null to keep the tagger's. */
  boundary: BoundaryModel | null
}

/** Paragraph token ranges [start, end). */
export function paragraphRanges(d: DocInfo): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const p = d.tk.paragraph
  let s = 0
  for (let i = 1; i <= d.n; i++) {
    if (i === d.n || p[i] !== p[i - 1]) {
      out.push([s, i])
      s = i
    }
  }
  return out
}

/**
 * Confidence of a cue starting at token s: a logistic of how much the B-cue emission beats
 * the best other label there (Platt scaling fitted on dev; much cheaper than marginals).
 */
export function cueProbability(margin: number, temperature: number, bias: number): number {
  return 1 / (1 + Math.exp(-(margin / temperature + bias)))
}

/** A predicted cue span, its emission margin and its probability. */
export interface CuePrediction {
  span: TokSpan
  margin: number
  p: number
}

// labels and allowed-label masks are read right after decoding: one buffer each, reused
const labelScratch = new Scratch((n) => new Int32Array(n))
const allowedScratch = new Scratch((n) => new Uint8Array(n))

/**
 * Predicted cue spans with their probabilities. The confidence is that of the tagger's cue,
 * before the boundary model (if any) moves its edges.
 */
export function predictCues(d: DocInfo, m: ModelParts): CuePrediction[] {
  const out: CuePrediction[] = []
  for (const [a, b] of paragraphRanges(d)) {
    const e = cueEmissions(m.cue, d, a, b)
    const labels = m.cue.viterbi(e, b - a, null, labelScratch.take(b - a))
    const spans = readSpans(labels, CUE_B, CUE_I).map(([s, t]): TokSpan => [a + s, a + t])
    if (spans.length === 0) continue
    const moved = m.boundary
      ? adjustCueBoundaries(m.boundary, d, e, m.cue.trans, a, b, spans)
      : spans
    for (let k = 0; k < spans.length; k++) {
      const base = (spans[k]![0] - a) * CUE_LABELS
      const margin = e[base + CUE_B]! - Math.max(e[base]!, e[base + CUE_I]!)
      const p = cueProbability(margin, m.cueTemperature, m.cueBias)
      out.push({ span: moved[k]!, margin, p })
    }
  }
  return out
}

/** Prefix sums of a 0/1 per-token mask of cue tokens. */
export function cuePrefix(n: number, cues: TokSpan[]): Int32Array {
  // the mask is written at pre[i + 1], then summed in place
  const pre = new Int32Array(n + 1)
  for (const [s, e] of cues) for (let i = s; i <= e; i++) pre[i + 1] = 1
  for (let i = 0; i < n; i++) pre[i + 1]! += pre[i]!
  return pre
}

/** How far (in tokens, and in sentences) from its cue a source or content may reach. */
const MAX_REACH = 100
const MAX_SENTENCES = 4

/**
 * Source and content spans for each cue, looked for in the cue's paragraph. A cue with
 * `tag[k]` false is left untagged (no source, no content) but still counts as another cue
 * for the features of the rest.
 */
export function predictArgs(
  d: DocInfo,
  m: ModelParts,
  cues: Array<{ span: TokSpan; p: number }>,
  tag?: boolean[],
): TokPrediction[] {
  const paras = paragraphRanges(d)
  const pre = cuePrefix(
    d.n,
    cues.map((c) => c.span),
  )
  const out: TokPrediction[] = []
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k]!
    const [c0, c1] = c.span
    const para = paras[d.tk.paragraph[c0]!]
    if (!para) continue
    if (tag && !tag[k]) {
      out.push({ cue: c.span, source: [], content: [], confidence: c.p })
      continue
    }
    // the paragraph, capped at a few sentences so text without line breaks stays linear
    const sent = d.tk.sentence[c0]!
    const tk = d.tk
    const a = Math.max(para[0], c0 - MAX_REACH, tk.sentStart[Math.max(0, sent - MAX_SENTENCES)]!)
    const b = Math.min(
      para[1],
      c1 + 1 + MAX_REACH,
      tk.sentEnd[Math.min(tk.sentEnd.length - 1, sent + MAX_SENTENCES)]!,
    )
    const ref = cueRef(d, c0, c1)
    const e = argEmissions(m.arg, d, ref, pre, a, b)
    const allowed = argAllowed(ref, pre, a, b, allowedScratch.take((b - a) * ARG_LABELS))
    const labels = m.arg.viterbi(e, b - a, allowed, labelScratch.take(b - a))
    const shift = (s: TokSpan): TokSpan => [s[0] + a, s[1] + a]
    out.push({
      cue: c.span,
      source: readSpans(labels, ARG_BS, ARG_IS).map(shift),
      content: readSpans(labels, ARG_BC, ARG_IC).map(shift),
      confidence: c.p,
    })
  }
  return out
}

/**
 * Content tokens belong to one attribution only (as in PolNeAR's annotation): where two
 * predictions claim the same tokens, the more confident keeps them and the other is trimmed.
 * Sources may be shared ("..., said X, adding ...").
 */
export function resolveConflicts(preds: TokPrediction[], n: number): TokPrediction[] {
  const order = preds.map((_, k) => k).sort((a, b) => preds[b]!.confidence - preds[a]!.confidence)
  const claimed = new Uint8Array(n)
  const out: TokPrediction[] = preds.map((p) => ({ ...p }))
  for (const k of order) {
    const p = out[k]!
    const kept: TokSpan[] = []
    for (const [s, e] of p.content) {
      let start = -1
      for (let i = s; i <= e + 1; i++) {
        const free = i <= e && !claimed[i]
        if (free && start < 0) start = i
        if (!free && start >= 0) {
          kept.push([start, i - 1])
          start = -1
        }
      }
    }
    for (const [s, e] of kept) for (let i = s; i <= e; i++) claimed[i] = 1
    p.content = kept
  }
  return out
}

const OPEN_QUOTES = new Set(['“', '"', '``', '«'])

/**
 * A quote often runs on into the next paragraph with no cue of its own (“...,” she said. /
 * “More words.”). When a paragraph opens with a quote mark and has no cue, it is added as a
 * content fragment of the last attribution of the paragraph before, if that attribution's
 * content is quoted. In PolNeAR train such paragraphs belong to that attribution 88 times in 96.
 */
export function attachQuoteParagraphs(d: DocInfo, preds: TokPrediction[]): void {
  const paras = paragraphRanges(d)
  const paraOf = d.tk.paragraph
  let carrier: TokPrediction | null = null
  for (let p = 0; p < paras.length; p++) {
    const [a, b] = paras[p]!
    const here = preds.filter((x) => paraOf[x.cue[0]] === p)
    if (here.length > 0) {
      carrier = here.reduce((x, y) => (y.cue[0] > x.cue[0] ? y : x))
      continue
    }
    const quoted = carrier?.content.some(([s]) => d.tk.inQuote[s] === 1) ?? false
    if (carrier && quoted && OPEN_QUOTES.has(d.tk.words[a]!)) carrier.content.push([a, b - 1])
    else carrier = null
  }
}

/**
 * Full token-level extraction. With `keep`, only the predictions of the cues it accepts are
 * returned, each exactly as without it; the arguments of the other cues are found only where
 * they can change a kept one's.
 */
export function extractTokens(
  d: DocInfo,
  m: ModelParts,
  keep?: (c: CuePrediction) => boolean,
): TokPrediction[] {
  const cues = predictCues(d, m)
  let tag: boolean[] | undefined
  let kept: Set<TokSpan> | undefined
  if (keep) {
    const wanted = cues.map(keep)
    if (!wanted.includes(true)) return []
    // resolveConflicts lets a cue's content trim only less confident ones': a cue less
    // confident than every kept one cannot change them, and as an untagged carrier in
    // attachQuoteParagraphs it takes the run-on paragraphs from them just the same
    let floor = Number.POSITIVE_INFINITY
    for (let k = 0; k < cues.length; k++) if (wanted[k]) floor = Math.min(floor, cues[k]!.p)
    tag = cues.map((c, k) => wanted[k]! || c.p >= floor)
    kept = new Set(cues.filter((_, k) => wanted[k]).map((c) => c.span))
  }
  const preds = resolveConflicts(predictArgs(d, m, cues, tag), d.n)
  attachQuoteParagraphs(d, preds)
  return kept ? preds.filter((p) => kept.has(p.cue)) : preds
}
