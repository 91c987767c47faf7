/** What the reader hands to the cleaner: one decoded input, with where it came from. */
export type DocumentKind = 'text' | 'html'

/** Metadata a source may carry beside its content (JSON Lines fields, HTTP headers). */
export interface SourceMeta {
  url?: string
  headline?: string
  publishedAt?: string
  outlet?: string
}

export interface RawDocument {
  /** The path or URL as given; JSON Lines records add `#L<line>`. */
  source: string
  kind: DocumentKind
  /** Decoded content. */
  content: string
  /** Size of the undecoded input in bytes. */
  bytes: number
  /** Charset the bytes were decoded from, and how it was found. */
  charset: string
  charsetRule: 'bom' | 'meta' | 'header' | 'utf8-valid' | 'detector' | 'json'
  /** sha256 (hex) of the normalized content: equal for inputs that differ only in encoding or whitespace. */
  contentHash: string
  meta: SourceMeta
}

/** A failed input is a result, not an exception: the batch goes on. */
export interface IngestFailure {
  source: string
  reason: string
}

export type IngestItem = { ok: true; doc: RawDocument } | { ok: false; failure: IngestFailure }
