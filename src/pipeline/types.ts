import type { Statement } from './attribution/types.js'
import type { Proposition } from './claims/types.js'
import type { CleanArticle } from './clean/types.js'
import type { RawDocument } from './ingest/types.js'
import type { Analysis } from './language/types.js'

/** The clean article with the single text every offset points into. */
export interface Article extends CleanArticle {
  /** Headline (where there is one), then the body paragraphs, separated by blank lines. */
  text: string
  /** Offset of the first body paragraph in `text`. */
  bodyStart: number
  /** Offsets of each paragraph in `text`. */
  paragraphSpans: { start: number; end: number }[]
}

/** One document after every stage: what the store saves in one transaction. */
export interface ProcessedDocument {
  doc: RawDocument
  article: Article
  analysis: Analysis
  statements: Statement[]
  /** What each statement claims, normalised, with its stance. */
  propositions: Proposition[]
  /** SimHash of the body, for finding syndicated copies. */
  fingerprint: string
}
