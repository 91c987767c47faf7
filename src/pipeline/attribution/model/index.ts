/**
 * The learned attribution model: finds who said what (source, cue, content) in English news
 * text. Trained from scratch on PolNeAR (see TRAINING.md); no pretrained weights.
 * @module
 */
import { readFileSync } from 'node:fs'
import { assetPath } from './assets.js'
import { shippedClusters } from './clusters.js'
import { extractTokens, type ModelParts } from './extract.js'
import { docInfo } from './features.js'
import { loadModelBytes, MODEL_FILE } from './model-io.js'
import type { TokSpan } from './score.js'
import { tokenize } from './tokenize.js'

/** UTF-16 offsets [start, end) into the text given. */
export interface Span {
  start: number
  end: number
}

/** One attribution relation: who (source), the cue, and what (content fragments). */
export interface ModelAttribution {
  /** The speaker or holder, or null when the text gives none. */
  source: Span | null
  cue: Span
  /** Content fragments in text order; usually one. */
  content: Span[]
  confidence: number
  why: { rule: string; confidence: number }
}

export interface AttributionModel {
  /** Model name and version, as recorded in `why.rule`. */
  readonly name: string
  /**
   * Attribution relations in the text, in text order of their cues. With `keep`, only those
   * whose cue and confidence it accepts, each as without it (and the others cost less).
   */
  extract(text: string, keep?: (cue: Span, confidence: number) => boolean): ModelAttribution[]
}

/** Build a model from loaded parts. */
export function attributionModelFromParts(parts: ModelParts, name: string): AttributionModel {
  return {
    name,
    extract(text, keep): ModelAttribution[] {
      const tk = tokenize(text)
      const d = docInfo(tk)
      const chars = (s: TokSpan): Span => ({ start: tk.starts[s[0]]!, end: tk.ends[s[1]]! })
      const sure = (p: number) => Math.round(p * 1000) / 1000
      const out: ModelAttribution[] = []
      const preds = extractTokens(d, parts, keep && ((c) => keep(chars(c.span), sure(c.p))))
      for (const p of preds) {
        if (p.content.length === 0) continue
        // a split source keeps the fragment nearest the cue
        let src: TokSpan | null = null
        for (const s of p.source) {
          const dist = (x: TokSpan) =>
            Math.min(Math.abs(x[1] - p.cue[0]), Math.abs(x[0] - p.cue[1]))
          if (!src || dist(s) < dist(src)) src = s
        }
        const confidence = sure(p.confidence)
        out.push({
          source: src ? chars(src) : null,
          cue: chars(p.cue),
          content: p.content.map(chars).sort((x, y) => x.start - y.start),
          confidence,
          why: { rule: name, confidence },
        })
      }
      return out.sort((a, b) => a.cue.start - b.cue.start)
    },
  }
}

/** Build a model from the bytes of a weights file. */
export function attributionModelFromBytes(bytes: Uint8Array): AttributionModel {
  const loaded = loadModelBytes(bytes)
  return attributionModelFromParts(loaded.parts, `${loaded.name}@${loaded.version}`)
}

let shipped: AttributionModel | null = null

/** The shipped model (weights and word clusters), loaded on first call and cached. */
export function loadAttributionModel(): AttributionModel {
  if (!shipped) {
    shippedClusters()
    shipped = attributionModelFromBytes(readFileSync(assetPath(MODEL_FILE)))
  }
  return shipped
}
