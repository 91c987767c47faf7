/**
 * Gold attributions mapped from characters onto the model's tokens.
 * @module
 */
import type { CharSpan, GoldAttribution } from './polnear.js'
import { charToTokens, type TokAttribution, type TokSpan } from './score.js'
import type { TokenizedDoc } from './tokenize.js'

function toTokens(tk: TokenizedDoc, spans: CharSpan[]): TokSpan[] {
  const out: TokSpan[] = []
  for (const s of spans) {
    const t = charToTokens(tk.starts, tk.ends, s.start, s.end)
    if (t) out.push(t)
  }
  return out
}

/** Gold attributions as token spans; each discontinuous fragment becomes its own span. */
export function goldTokens(tk: TokenizedDoc, gold: GoldAttribution[]): TokAttribution[] {
  return gold.map((g) => ({
    source: toTokens(tk, g.source ?? []),
    cue: toTokens(tk, g.cue),
    content: toTokens(tk, g.content),
  }))
}
