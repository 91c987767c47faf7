/**
 * Cue boundary correction. The cue tagger finds most cues but often misplaces their edges:
 * PolNeAR's cues take in auxiliaries and adverbs before the verb ("would now ask", "further
 * wrote") and particles, prepositions and settings after it ("asked about", "called on",
 * "said in an interview"), which the tagger, seeing two words either side, often cuts short.
 * For each predicted cue this module moves its start and its end, each on its own, by up to
 * BOUNDARY_REACH tokens within the sentence, choosing the shift with the best score: a linear
 * function of hashed features of the new edge and of the words it adds or drops, plus a learnt
 * weight times the change in the cue tagger's own path score.
 * @module
 */
import type { LinearChain } from './chain.js'
import type { DocInfo } from './features.js'
import { hashString, mix, mix3 } from './hash.js'
import type { TokSpan } from './score.js'
import { Scratch } from './slab.js'
import { CUE_B, CUE_I, CUE_LABELS, CUE_O } from './tagging.js'
import { QuoteRole } from './tokenize.js'

/** How far (in tokens) a cue edge may move either way. */
export const BOUNDARY_REACH = 3
/** Hash bits of the boundary scorer's weight table. */
export const BOUNDARY_BITS = 16
/** Candidates per edge: shifts -REACH..REACH. */
const MAX_CANDIDATES = 2 * BOUNDARY_REACH + 1
/** Most features one candidate has. */
export const MAX_BOUNDARY_FEATURES = 12 + 3 * BOUNDARY_REACH

/**
 * The trained scorer: `w` is a one-label LinearChain used as a hashed weight table (its
 * transitions are unused), `delta` weighs the change in the cue tagger's path score divided by
 * `scale` (the cue tagger's temperature when the scorer was trained).
 */
export interface BoundaryModel {
  w: LinearChain
  delta: number
  scale: number
}

/** Which edge of a cue moves. */
export type Side = 'start' | 'end'

/** The candidate edges of one cue side, with their features; reused between calls. */
export interface Candidates {
  n: number
  /** New edge position (absolute token index) of each candidate. */
  pos: Int32Array
  /** Change of the tagger's path score against the predicted span, divided by the scale. */
  delta: Float32Array
  /** Features of candidate k are feats[k * MAX_BOUNDARY_FEATURES ..][0 .. count[k]). */
  feats: Int32Array
  count: Int32Array
}

/** An empty candidate buffer. */
export function newCandidates(): Candidates {
  return {
    n: 0,
    pos: new Int32Array(MAX_CANDIDATES),
    delta: new Float32Array(MAX_CANDIDATES),
    feats: new Int32Array(MAX_CANDIDATES * MAX_BOUNDARY_FEATURES),
    count: new Int32Array(MAX_CANDIDATES),
  }
}

const BOUND = hashString('<b>')
const STOPS = new Set(['.', '!', '?'])

/**
 * The tagger's score of labelling tokens [lo, hi] O except [s, t] (B then I), with the
 * transitions into lo (from O, or the start row at the paragraph start) and out of hi.
 * `e` holds the emissions of the paragraph [a, b).
 */
function pathScore(
  e: Float32Array,
  trans: Float32Array,
  a: number,
  b: number,
  lo: number,
  hi: number,
  s: number,
  t: number,
): number {
  const L = CUE_LABELS
  let score = 0
  let prev = lo === a ? L : CUE_O
  for (let i = lo; i <= hi + 1 && i < b; i++) {
    const l = i < s || i > t ? CUE_O : i === s ? CUE_B : CUE_I
    if (i <= hi) score += e[(i - a) * L + l]!
    score += trans[prev * L + l]!
    prev = l
  }
  return score
}

/** Whether token i may join a cue of sentence `sent` in paragraph [a, b). */
function free(
  d: DocInfo,
  a: number,
  b: number,
  sent: number,
  taken: Uint8Array,
  i: number,
): boolean {
  const tk = d.tk
  return (
    i >= a &&
    i < b &&
    tk.sentence[i] === sent &&
    !taken[i - a] &&
    tk.quote[i] === QuoteRole.None &&
    !STOPS.has(tk.words[i]!)
  )
}

/** Lowercase hash of token i, or a boundary mark outside paragraph [a, b). */
function lwIn(d: DocInfo, a: number, b: number, i: number): number {
  return i < a || i >= b ? BOUND : d.lw[i]!
}

/** Coarse class of token i, or 0 outside paragraph [a, b). */
function clsIn(d: DocInfo, a: number, b: number, i: number): number {
  return i < a || i >= b ? 0 : d.cls[i]!
}

/**
 * The candidate positions of one edge of the predicted cue `span` in paragraph [a, b), with
 * their features, written into `out`. A moved edge may not take in a token of another cue
 * (`taken[i - a]`), a quotation mark or a sentence stop, nor leave the cue's sentence; the
 * start stays at or before the end. The unmoved edge is always a candidate.
 */
export function boundaryCandidates(
  d: DocInfo,
  e: Float32Array,
  trans: Float32Array,
  scale: number,
  a: number,
  b: number,
  span: TokSpan,
  side: Side,
  taken: Uint8Array,
  out: Candidates,
): void {
  const [ps, pe] = span
  const R = BOUNDARY_REACH
  const lo = Math.max(a, ps - R - 1)
  const hi = Math.min(b - 1, pe + R + 1)
  const base = pathScore(e, trans, a, b, lo, hi, ps, pe)
  const sent = d.tk.sentence[ps]!
  const start = side === 'start'
  out.n = 0
  for (let dd = -R; dd <= R; dd++) {
    const pos = (start ? ps : pe) + dd
    if (start ? pos > pe : pos < ps) continue
    // tokens the shift adds to the cue must be free
    let ok = true
    if (start) for (let i = pos; i < ps && ok; i++) ok = free(d, a, b, sent, taken, i)
    else for (let i = pe + 1; i <= pos && ok; i++) ok = free(d, a, b, sent, taken, i)
    if (!ok) continue
    const k = out.n++
    const s = start ? pos : ps
    const t = start ? pe : pos
    out.pos[k] = pos
    const delta = (pathScore(e, trans, a, b, lo, hi, s, t) - base) / scale
    out.delta[k] = delta
    const f = out.feats
    let c = k * MAX_BOUNDARY_FEATURES
    const shift = dd + 8
    const db = Math.max(-6, Math.min(6, Math.round(delta))) + 8
    // moved tokens: those added (shift outwards) or dropped (inwards)
    const outwards = start ? dd < 0 : dd > 0
    const m0 = start ? Math.min(pos, ps) : Math.min(pos, pe) + 1
    const m1 = start ? Math.max(pos, ps) - 1 : Math.max(pos, pe)
    const tag = (start ? 0 : 64) + (outwards ? 0 : 32)
    if (start) {
      const bw = lwIn(d, a, b, pos - 1)
      const fw = lwIn(d, a, b, pos)
      f[c++] = mix(201, shift)
      f[c++] = mix3(202, shift, db)
      f[c++] = mix3(203, 0, bw)
      f[c++] = mix3(204, 0, fw)
      f[c++] = mix3(205, bw, fw)
      f[c++] = mix3(206, 0, clsIn(d, a, b, pos - 1))
      f[c++] = mix3(207, clsIn(d, a, b, pos - 1), fw)
      f[c++] = mix3(208, lwIn(d, a, b, pos - 2), bw)
      f[c++] = mix3(209, clsIn(d, a, b, pos - 1), shift)
      f[c++] = mix3(210, pos > a ? d.cl[pos - 1]! >> 2 : -2, shift)
    } else {
      const lastw = lwIn(d, a, b, pos)
      const aw = lwIn(d, a, b, pos + 1)
      f[c++] = mix(221, shift)
      f[c++] = mix3(222, shift, db)
      f[c++] = mix3(223, 0, aw)
      f[c++] = mix3(224, 0, lastw)
      f[c++] = mix3(225, lastw, aw)
      f[c++] = mix3(226, 0, clsIn(d, a, b, pos + 1))
      f[c++] = mix3(227, lastw, clsIn(d, a, b, pos + 1))
      f[c++] = mix3(228, aw, lwIn(d, a, b, pos + 2))
      f[c++] = mix3(229, clsIn(d, a, b, pos + 1), shift)
      f[c++] = mix3(230, lwIn(d, a, b, ps), aw)
      f[c++] = mix3(231, pos + 1 < b ? d.cl[pos + 1]! >> 2 : -2, shift)
    }
    if (m0 <= m1) {
      let phrase = 0
      for (let i = m0; i <= m1; i++) {
        f[c++] = mix3(243, tag, d.cl[i]! >> 2)
        f[c++] = mix3(240, tag, lwIn(d, a, b, i))
        phrase = mix(phrase, lwIn(d, a, b, i))
      }
      f[c++] = mix3(241, tag, phrase)
      // the end's moved words with the word they attach to ("said" + "in an interview")
      if (!start) f[c++] = mix3(242, mix(tag, phrase), lwIn(d, a, b, outwards ? pe : pos))
    }
    out.count[k] = c - k * MAX_BOUNDARY_FEATURES
  }
}

/** Score of candidate k under the model. */
export function candidateScore(
  m: BoundaryModel,
  cands: Candidates,
  k: number,
  buf: Int32Array,
): number {
  const n = cands.count[k]!
  const off = k * MAX_BOUNDARY_FEATURES
  for (let j = 0; j < n; j++) buf[j] = cands.feats[off + j]!
  one[0] = 0
  m.w.accumulate(buf, n, one, 0)
  return one[0]! + m.delta * cands.delta[k]!
}

const one = new Float32Array(1)

const scratch = newCandidates()
const takenScratch = new Scratch((n) => new Uint8Array(n))
const featBuf = new Int32Array(MAX_BOUNDARY_FEATURES)

const scores = new Float64Array(MAX_CANDIDATES)

/** The best-scoring position of one edge (the unmoved edge on ties). */
function bestEdge(m: BoundaryModel, cands: Candidates, unmoved: number): number {
  let best = unmoved
  let bestScore = Number.NEGATIVE_INFINITY
  for (let k = 0; k < cands.n; k++) {
    scores[k] = candidateScore(m, cands, k, featBuf)
    if (cands.pos[k] === unmoved) bestScore = scores[k]!
  }
  for (let k = 0; k < cands.n; k++) {
    if (scores[k]! > bestScore + 1e-6) {
      bestScore = scores[k]!
      best = cands.pos[k]!
    }
  }
  return best
}

/**
 * Move the edges of the cues predicted in paragraph [a, b) (absolute spans, in text order)
 * where the boundary model prefers; `e` holds the cue tagger's emissions for the paragraph.
 */
export function adjustCueBoundaries(
  m: BoundaryModel,
  d: DocInfo,
  e: Float32Array,
  trans: Float32Array,
  a: number,
  b: number,
  spans: TokSpan[],
): TokSpan[] {
  const taken = takenScratch.take(b - a)
  for (const [s, t] of spans) taken.fill(1, s - a, t - a + 1)
  return spans.map((span) => {
    const [s, t] = span
    taken.fill(0, s - a, t - a + 1)
    boundaryCandidates(d, e, trans, m.scale, a, b, span, 'start', taken, scratch)
    let ns = bestEdge(m, scratch, s)
    boundaryCandidates(d, e, trans, m.scale, a, b, span, 'end', taken, scratch)
    let nt = bestEdge(m, scratch, t)
    if (ns > nt) {
      ns = s
      nt = t
    }
    // a later cue may not move into the tokens this one took
    taken.fill(1, Math.min(s, ns) - a, Math.max(t, nt) - a + 1)
    return [ns, nt]
  })
}
