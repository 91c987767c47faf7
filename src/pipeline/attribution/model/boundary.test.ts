import { describe, expect, it } from 'vitest'
import {
  adjustCueBoundaries,
  BOUNDARY_BITS,
  type BoundaryModel,
  boundaryCandidates,
  MAX_BOUNDARY_FEATURES,
  newCandidates,
  type Side,
} from './boundary.js'
import { LinearChain } from './chain.js'
import { paragraphRanges } from './extract.js'
import { type DocInfo, docInfo } from './features.js'
import { loadModelBytes, saveModel } from './model-io.js'
import type { TokSpan } from './score.js'
import { ARG_LABELS, argTransitions, CUE_B, CUE_LABELS, CUE_O, cueTransitions } from './tagging.js'
import { tokenize } from './tokenize.js'

/** A document, its one paragraph, and emissions where `cue` is the tagger's clear choice. */
function setup(text: string, cue: TokSpan) {
  const d = docInfo(tokenize(text))
  const [a, b] = paragraphRanges(d)[0]!
  const e = new Float32Array((b - a) * CUE_LABELS)
  for (let i = a; i < b; i++) e[(i - a) * CUE_LABELS + CUE_O] = 1
  e[(cue[0] - a) * CUE_LABELS + CUE_B] = 5
  for (let i = cue[0] + 1; i <= cue[1]; i++) e[(i - a) * CUE_LABELS + 2] = 5
  const trans = new Float32Array((CUE_LABELS + 1) * CUE_LABELS)
  return { d, a, b, e, trans }
}

const emptyModel = (): BoundaryModel => ({
  w: new LinearChain(1, BOUNDARY_BITS, new Uint8Array(2).fill(1)),
  delta: 1,
  scale: 1,
})

const word = (d: DocInfo, s: TokSpan) => d.tk.words.slice(s[0], s[1] + 1).join(' ')

/** One perceptron step towards moving `side` of `cue` to `pos`. */
function teach(
  m: BoundaryModel,
  x: ReturnType<typeof setup>,
  cue: TokSpan,
  side: Side,
  pos: number,
) {
  const c = newCandidates()
  const taken = new Uint8Array(x.b - x.a)
  boundaryCandidates(x.d, x.e, x.trans, m.scale, x.a, x.b, cue, side, taken, c)
  const k = c.pos.subarray(0, c.n).indexOf(pos)
  const off = k * MAX_BOUNDARY_FEATURES
  for (let j = 0; j < c.count[k]!; j++) m.w.w[c.feats[off + j]! & m.w.mask]! += 10
}

describe('cue boundary correction', () => {
  const text = 'The governor said in an interview that the bridge would reopen in May.'
  const said: TokSpan = [2, 2]

  it('keeps the tagger’s span when nothing was learnt', () => {
    const x = setup(text, said)
    const out = adjustCueBoundaries(emptyModel(), x.d, x.e, x.trans, x.a, x.b, [said])
    expect(out).toEqual([said])
  })

  it('moves an edge to where the learnt weights point', () => {
    const x = setup(text, said)
    const m = emptyModel()
    teach(m, x, said, 'end', 5)
    const [moved] = adjustCueBoundaries(m, x.d, x.e, x.trans, x.a, x.b, [said])
    expect(word(x.d, moved!)).toBe('said in an interview')
  })

  it('scores the tagger’s own span as no change and longer spans as worse', () => {
    const x = setup(text, said)
    const c = newCandidates()
    boundaryCandidates(x.d, x.e, x.trans, 1, x.a, x.b, said, 'end', new Uint8Array(x.b - x.a), c)
    const delta = new Map<number, number>()
    for (let k = 0; k < c.n; k++) delta.set(c.pos[k]!, c.delta[k]!)
    // the end may not move before the start: "said" alone, or up to three words more
    expect([...delta.keys()]).toEqual([2, 3, 4, 5])
    expect(delta.get(2)).toBe(0)
    expect(delta.get(3)!).toBeLessThan(0)
  })

  it('never reaches across a quotation mark, a sentence end or another cue', () => {
    const quoted = '“We will win,” she said. The vote is close, he added and laughed.'
    const words = tokenize(quoted).words
    const said: TokSpan = [words.indexOf('said'), words.indexOf('said')]
    const x = setup(quoted, said)
    const c = newCandidates()
    const at = (side: Side, cue: TokSpan, taken = new Uint8Array(x.b - x.a)) => {
      boundaryCandidates(x.d, x.e, x.trans, 1, x.a, x.b, cue, side, taken, c)
      return [...c.pos.subarray(0, c.n)].map((p) => x.d.tk.words[p])
    }
    // before "said": "she" and "," but not the closing quotation mark
    expect(at('start', said)).toEqual(['she', 'said'])
    // after "said" only the full stop, which may not join
    expect(at('end', said)).toEqual(['said'])
    // "added" may not take in "laughed" when that is another cue
    const added = x.d.tk.words.indexOf('added')
    const taken = new Uint8Array(x.b - x.a)
    taken[added + 2 - x.a] = 1
    expect(at('end', [added, added], taken)).toEqual(['added', 'and'])
  })

  it('is saved and loaded with the model', () => {
    const m = emptyModel()
    m.delta = 1.5
    m.scale = 30
    m.w.w[7] = 2
    m.w.w[9] = -1
    const parts = {
      cue: new LinearChain(CUE_LABELS, 4, cueTransitions()),
      arg: new LinearChain(ARG_LABELS, 4, argTransitions()),
      cueTemperature: 30,
      cueBias: 1,
      boundary: m,
    }
    parts.cue.w[3] = 1
    parts.arg.w[5] = 1
    const loaded = loadModelBytes(saveModel(parts)).parts.boundary!
    expect(loaded.delta).toBe(1.5)
    expect(loaded.scale).toBe(30)
    const e = new Float32Array(1)
    loaded.w.accumulate(Int32Array.of(7, 9), 2, e, 0)
    expect(e[0]).toBeCloseTo(1, 1)
    const without = loadModelBytes(saveModel({ ...parts, boundary: null })).parts
    expect(without.boundary).toBeNull()
  })
})
