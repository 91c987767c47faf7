/**
 * Stance of a text (headline, sentence or article body) toward a short claim: supports, refutes,
 * reports (repeats it without taking a side) or unrelated. A learned model trained from scratch on
 * FNC-1 and Emergent (see model/TRAINING.md); no pretrained vectors.
 * @module
 */
import { readFileSync } from 'node:fs'
import { modelPath } from './assets.js'
import { decide } from './decide.js'
import type { TextInfo } from './features.js'
import { analyseFor, loadParts, type ModelParts, pairProbs } from './predictor.js'

export type Stance = 'supports' | 'refutes' | 'reports' | 'unrelated'

export interface StanceResult {
  stance: Stance
  confidence: number
  /** The model name and version, and which path (body or short text) decided. */
  why: { rule: string; confidence: number }
}

/** Options of a prediction. */
export interface StanceOptions {
  /**
   * The caller already knows the text is about the claim (say, the grouping put them together):
   * choose among supports, refutes and reports only, never unrelated.
   */
  related?: boolean
}

export interface StanceModel {
  /** Stance of one text toward one claim. */
  predict(claim: string, text: string, opts?: StanceOptions): StanceResult
  /** Stance of many pairs; texts repeated across pairs are analysed once. */
  predictBatch?(pairs: { claim: string; text: string }[], opts?: StanceOptions): StanceResult[]
}

const round3 = (x: number) => Math.round(x * 1000) / 1000

/** A stance model over loaded parts. */
export function stanceModelFromParts(parts: ModelParts): StanceModel {
  const rule = (path: string) => `${parts.name}@${parts.version}/${path}`
  const run = (h: TextInfo, t: TextInfo, text: string, opts?: StanceOptions): StanceResult => {
    // no content word on one side: nothing to compare, and the model would guess from priors
    if (h.tf.size === 0 || t.tf.size === 0) {
      return {
        stance: 'unrelated',
        confidence: 1,
        why: { rule: rule('no-content'), confidence: 1 },
      }
    }
    const p = pairProbs(parts, h, t, text)
    if (opts?.related) p.unrelated = 0
    const d = decide(p)
    const confidence = round3(d.confidence)
    return { stance: d.stance, confidence, why: { rule: rule(p.path), confidence } }
  }
  return {
    predict(claim, text, opts) {
      return run(analyseFor(parts, claim), analyseFor(parts, text), text, opts)
    },
    predictBatch(pairs, opts) {
      const cache = new Map<string, TextInfo>()
      const get = (s: string) => {
        let x = cache.get(s)
        if (!x) {
          x = analyseFor(parts, s)
          cache.set(s, x)
        }
        return x
      }
      return pairs.map((p) => run(get(p.claim), get(p.text), p.text, opts))
    },
  }
}

let loaded: StanceModel | null = null

/** The shipped stance model, read from disk on first use. */
export function loadStanceModel(): StanceModel {
  loaded ??= stanceModelFromParts(loadParts(readFileSync(modelPath())))
  return loaded
}
