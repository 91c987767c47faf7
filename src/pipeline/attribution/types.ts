import type { Why } from '../clean/types.js'

export interface SpanText {
  text: string
  start: number
  end: number
}

export type Mode = 'direct' | 'reported' | 'mixed'

/** The speaker asserts the content, or denies, dismisses or refutes it. */
export type Polarity = 'asserts' | 'denies' | 'dismisses' | 'refutes'

export interface Evidence {
  kind: string
  qualifiers: string[]
  /** The words that name it ("an undated video"). */
  text: string
}

/** One attributed statement: who said what, how, how sure, on what evidence, when. */
export interface Statement {
  /** Index of the sentence holding the cue. */
  sentence: number
  speaker: (SpanText & { entityKey: string | null; resolvedBy: string }) | null
  cue: SpanText & { lemma: string }
  content: SpanText
  mode: Mode
  polarity: Polarity
  hedges: string[]
  evidence: Evidence[]
  /** The time of the speech act, where the sentence gives one. */
  time: { text: string; value: string | null; relative: string | null } | null
  why: Why
}
