import { assemble } from './assemble.js'
import { type AttributionDeps, attribute } from './attribution/index.js'
import { fingerprint } from './claims/fingerprint.js'
import { linkClaims } from './claims/link.js'
import { ledgerMatcher } from './claims/matcher.js'
import { findPropositions } from './claims/propositions.js'
import { loadStanceModel } from './claims/stance/index.js'
import type { ClaimIndex, ClaimLink } from './claims/types.js'
import { clean } from './clean/index.js'
import { type IngestOptions, ingest } from './ingest/index.js'
import type { IngestFailure, IngestItem, RawDocument } from './ingest/types.js'
import { analyze, type LanguageDeps } from './language/index.js'
import type { ProcessedDocument } from './types.js'

export type { ProcessedDocument } from './types.js'

/** What the pipeline needs from whoever keeps its results (the store implements it). */
export interface Sink {
  /** Is a document with this content hash already kept? Checked before the costly stages. */
  has(contentHash: string): Promise<boolean>
  /** Keeps several documents at once, each whole or not at all; one result a document, in order. */
  saveMany(
    ps: ProcessedDocument[],
    link: Linker,
  ): Promise<
    ({ status: 'added' | 'duplicate'; articleId: string } | { status: 'failed'; reason: string })[]
  >
}

/**
 * Groups a document's statements into claims. The store calls it inside the transaction
 * that keeps the document, with an index that sees every claim stored so far.
 */
export type Linker = (
  p: ProcessedDocument,
  statementIds: string[],
  index: ClaimIndex,
) => Promise<ClaimLink[]>

/**
 * The ledger's grouping: typed frames by key, the rest by term similarity, with the learned
 * stance model as a second opinion on statements that join an existing general claim.
 */
export const linkDocument: Linker = (p, ids, index) =>
  linkClaims(p.propositions, ids, index, ledgerMatcher, (claim, text) =>
    loadStanceModel().predict(claim, text),
  )

/**
 * Documents kept per commit: bigger batches write faster, smaller ones hold less in memory.
 * 256 a commit took about 6% less time than 64 up to language, but with claims linked its peak
 * memory grew with the ledger (four copies of the bench corpus: 1,098 MB against 795 MB at 64,
 * in the same 149 s), so memory stays flat only at 64.
 */
const FLUSH_DOCS = 64
const FLUSH_BYTES = 8 * 1024 * 1024

export type PipelineDeps = LanguageDeps &
  AttributionDeps & {
    /** Stop after this stage (a faster read that finds no statements or claims). */
    upTo?: 'language' | 'attribution'
  }

export type ProcessResult =
  | { ok: true; processed: ProcessedDocument }
  | { ok: false; reason: string }

/**
 * Runs every reading stage on one document. Order matters: each stage reads what the one
 * before it produced.
 */
export function processDocument(doc: RawDocument, deps: PipelineDeps): ProcessResult {
  const cleaned = clean(doc)
  if (cleaned.paragraphs.length === 0) {
    return {
      ok: false,
      reason: `no article text found (${doc.kind === 'html' ? 'the page has no body text' : 'nothing left after removing page furniture'})`,
    }
  }
  const article = assemble(cleaned)
  const analysis = analyze(article, deps)
  const statements = deps.upTo === 'language' ? [] : attribute(article, analysis, deps)
  const propositions = deps.upTo
    ? []
    : findPropositions({
        text: article.text,
        publishedAt: article.publishedAt,
        tokens: analysis.tokens,
        entities: analysis.entities,
        statements,
      })
  const bodyWords = analysis.tokens
    .filter((t) => !t.punct && t.start >= article.bodyStart)
    .map((t) => t.lower)
  const print = fingerprint('', bodyWords)
  return {
    ok: true,
    processed: { doc, article, analysis, statements, propositions, fingerprint: print },
  }
}

export interface IngestSummary {
  read: number
  added: number
  duplicates: number
  failed: number
  failures: IngestFailure[]
  bytes: number
  seconds: number
  articleIds: string[]
}

/**
 * Reads, processes and keeps a batch. A bad input is counted with its reason and the
 * batch goes on. Documents are kept a few dozen per commit, each in a savepoint of its own,
 * so no article is ever half stored.
 */
export function runIngest(
  paths: string[],
  opts: IngestOptions & { onItem?: OnItem },
  deps: PipelineDeps,
  sink: Sink,
): Promise<IngestSummary> {
  return runIngestItems(ingest(paths, opts), opts, deps, sink)
}

export type OnItem = (source: string, status: 'added' | 'duplicate' | 'failed') => void

/**
 * The same as runIngest for inputs already read: documents posted to the API, fetched from
 * a feed, or made in memory with `rawDocument`.
 */
export async function runIngestItems(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  opts: { onItem?: OnItem },
  deps: PipelineDeps,
  sink: Sink,
): Promise<IngestSummary> {
  const t0 = performance.now()
  const s: IngestSummary = {
    read: 0,
    added: 0,
    duplicates: 0,
    failed: 0,
    failures: [],
    bytes: 0,
    seconds: 0,
    articleIds: [],
  }
  const failed = (f: IngestFailure) => {
    s.failed++
    s.failures.push(f)
    opts.onItem?.(f.source, 'failed')
  }
  let pending: ProcessedDocument[] = []
  let pendingBytes = 0
  // storage errors other than one document's are not the input's fault: they stop the batch
  const flush = async () => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    pendingBytes = 0
    const results = await sink.saveMany(batch, linkDocument)
    results.forEach((saved, i) => {
      const source = batch[i]!.doc.source
      if (saved.status === 'failed') {
        failed({ source, reason: saved.reason })
        return
      }
      if (saved.status === 'added') {
        s.added++
        s.articleIds.push(saved.articleId)
      } else s.duplicates++
      opts.onItem?.(source, saved.status)
    })
  }
  for await (const item of items) {
    s.read++
    if (!item.ok) {
      failed(item.failure)
      continue
    }
    const { doc } = item
    s.bytes += doc.bytes
    if (await sink.has(doc.contentHash)) {
      s.duplicates++
      opts.onItem?.(doc.source, 'duplicate')
      continue
    }
    let r: ProcessResult
    try {
      r = processDocument(doc, deps)
    } catch (e) {
      // a stage that breaks on one input is a bug to report, not a reason to stop the batch
      r = { ok: false, reason: `could not process (${(e as Error).message})` }
    }
    if (!r.ok) {
      failed({ source: doc.source, reason: r.reason })
      continue
    }
    pending.push(r.processed)
    pendingBytes += doc.content.length
    if (pending.length >= FLUSH_DOCS || pendingBytes >= FLUSH_BYTES) await flush()
  }
  await flush()
  s.seconds = (performance.now() - t0) / 1000
  return s
}
