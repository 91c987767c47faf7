import { runIngestItems } from '../pipeline/index.js'
import { rawDocument } from '../pipeline/ingest/index.js'
import { loadGazetteer } from '../pipeline/language/geo/index.js'
import { ledgerSink } from './sink.js'

/**
 * Reads texts written for a test into a ledger through the whole pipeline, all published on
 * one day.
 * @example
 * await ingestTexts(store, ['one.txt', 'Headline\n\nSomeone said something.'])
 */
export async function ingestTexts(
  store: { db: Parameters<typeof ledgerSink>[0] },
  ...docs: [string, string][]
) {
  return runIngestItems(
    docs.map(([source, text]) => ({
      ok: true as const,
      doc: rawDocument(source, text, { publishedAt: '2024-02-06T10:00:00Z' }),
    })),
    {},
    { gazetteer: loadGazetteer() },
    ledgerSink(store.db),
  )
}
