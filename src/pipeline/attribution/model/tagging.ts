/**
 * Building tagger inputs (sequences with constraints) and reading spans back out of labels.
 * @module
 */
import type { LinearChain, Sequence } from './chain.js'
import { argFeatures, type CueRef, cueFeatures, type DocInfo, MAX_FEATURES } from './features.js'
import { Scratch } from './slab.js'

/** Cue tagger labels. */
export const CUE_O = 0
export const CUE_B = 1
export const CUE_I = 2
export const CUE_LABELS = 3

/** Argument tagger labels. */
export const ARG_O = 0
export const ARG_BS = 1
export const ARG_IS = 2
export const ARG_BC = 3
export const ARG_IC = 4
export const ARG_Q = 5
export const ARG_LABELS = 6

/** Allowed transitions for the cue tagger (I only after B or I). */
export function cueTransitions(): Uint8Array {
  const L = CUE_LABELS
  const t = new Uint8Array((L + 1) * L).fill(1)
  t[CUE_O * L + CUE_I] = 0
  t[L * L + CUE_I] = 0
  return t
}

/** Allowed transitions for the argument tagger (BIO validity). */
export function argTransitions(): Uint8Array {
  const L = ARG_LABELS
  const t = new Uint8Array((L + 1) * L).fill(1)
  for (let p = 0; p <= L; p++) {
    if (p !== ARG_BS && p !== ARG_IS) t[p * L + ARG_IS] = 0
    if (p !== ARG_BC && p !== ARG_IC) t[p * L + ARG_IC] = 0
  }
  return t
}

const buf = new Int32Array(MAX_FEATURES)

/** Sequence for the cue tagger over tokens [a, b), features stored (for training). */
export function cueSequence(d: DocInfo, a: number, b: number, mask: number): Sequence {
  const n = b - a
  const offs = new Int32Array(n + 1)
  const feats = new Int32Array(n * MAX_FEATURES)
  let k = 0
  for (let i = a; i < b; i++) {
    const c = cueFeatures(d, i, buf)
    for (let j = 0; j < c; j++) feats[k++] = buf[j]! & mask
    offs[i - a + 1] = k
  }
  return { n, feats: feats.slice(0, k), offs, allowed: null }
}

const cueScratch = new Scratch((n) => new Float32Array(n))
const argScratch = new Scratch((n) => new Float32Array(n))

/**
 * Cue tagger emission scores over tokens [a, b), computed without storing features, in a
 * buffer the next call reuses.
 */
export function cueEmissions(m: LinearChain, d: DocInfo, a: number, b: number): Float32Array {
  const L = m.labels
  const e = cueScratch.take((b - a) * L)
  for (let i = a; i < b; i++) m.accumulate(buf, cueFeatures(d, i, buf), e, (i - a) * L)
  return e
}

/** Allowed labels of the argument tagger: cue tokens are Q, other cues' tokens O. */
export function argAllowed(
  cue: CueRef,
  otherPrefix: Int32Array,
  a: number,
  b: number,
  allowed = new Uint8Array((b - a) * ARG_LABELS),
): Uint8Array {
  for (let i = a; i < b; i++) {
    const base = (i - a) * ARG_LABELS
    if (i >= cue.c0 && i <= cue.c1) allowed[base + ARG_Q] = 1
    else if (otherPrefix[i + 1]! > otherPrefix[i]!) allowed[base + ARG_O] = 1
    else for (let l = 0; l < ARG_Q; l++) allowed[base + l] = 1
  }
  return allowed
}

/** Sequence for the argument tagger over window [a, b) for one cue (for training). */
export function argSequence(
  d: DocInfo,
  cue: CueRef,
  otherPrefix: Int32Array,
  a: number,
  b: number,
  mask: number,
): Sequence {
  const n = b - a
  const offs = new Int32Array(n + 1)
  const feats = new Int32Array(n * MAX_FEATURES)
  let k = 0
  for (let i = a; i < b; i++) {
    const c = argFeatures(d, cue, i, otherPrefix, buf)
    for (let j = 0; j < c; j++) feats[k++] = buf[j]! & mask
    offs[i - a + 1] = k
  }
  return { n, feats: feats.slice(0, k), offs, allowed: argAllowed(cue, otherPrefix, a, b) }
}

/** Argument tagger emission scores over window [a, b) for one cue, in a buffer the next call reuses. */
export function argEmissions(
  m: LinearChain,
  d: DocInfo,
  cue: CueRef,
  otherPrefix: Int32Array,
  a: number,
  b: number,
): Float32Array {
  const L = m.labels
  const e = argScratch.take((b - a) * L)
  for (let i = a; i < b; i++) {
    // cue tokens and other cues' tokens have a single allowed label: no need to score them
    if ((i >= cue.c0 && i <= cue.c1) || otherPrefix[i + 1]! > otherPrefix[i]!) continue
    m.accumulate(buf, argFeatures(d, cue, i, otherPrefix, buf), e, (i - a) * L)
  }
  return e
}

/** Token spans [start, end] inclusive of one role read from BIO labels. */
export function readSpans(labels: Int32Array, b: number, i: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let s = -1
  for (let k = 0; k <= labels.length; k++) {
    const l = k < labels.length ? labels[k]! : -1
    if (s >= 0 && l !== i) {
      out.push([s, k - 1])
      s = -1
    }
    if (l === b) s = k
  }
  return out
}
