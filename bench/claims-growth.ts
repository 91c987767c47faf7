/**
 * The time to add one article as the ledger grows: fills a fresh SQLite ledger with the news
 * texts of ../shared/data (repeated with a variation per copy so none is a duplicate) and, at
 * each size, times the addition of a fixed set of probe articles (each added, timed, then
 * removed again so every checkpoint adds the same work).
 *
 *   npx tsx bench/claims-growth.ts [--sizes 1000,10000,100000] [--probes 20] [--db PATH]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadAttributionModel } from '../src/pipeline/attribution/model/index.js'
import { runIngestItems } from '../src/pipeline/index.js'
import { rawDocument } from '../src/pipeline/ingest/index.js'
import type { IngestItem } from '../src/pipeline/ingest/types.js'
import { loadGazetteer } from '../src/pipeline/language/geo/index.js'
import { countArticles } from '../src/store/articles.js'
import { openStore } from '../src/store/db.js'
import { removeArticles } from '../src/store/remove-articles.js'
import { ledgerSink } from '../src/store/sink.js'
import { newsCorpus } from './lib/news-corpus.js'
import { requireShared } from './lib/shared-data.js'

requireShared('data', 'gdelt-5country-ukraine-war-news-2022-2024')
const arg = (n: string, d: string) => {
  const i = process.argv.indexOf(`--${n}`)
  return i > 0 ? process.argv[i + 1]! : d
}
const sizes = arg('sizes', '1000,3000,10000,30000,100000').split(',').map(Number)
const probeCount = Number(arg('probes', '20'))
const dir = mkdtempSync(join(tmpdir(), 'cc-growth-'))
const store = await openStore(arg('db', join(dir, 'growth.db')))
const deps = { gazetteer: loadGazetteer(), model: loadAttributionModel() }
const sink = ledgerSink(store.db)

const corpus = [...newsCorpus()].filter((x) => x.text.length > 400)
// probes: a fixed slice, each made unique so the filler never contains them
const probes = corpus.filter((_, i) => i % 97 === 0).slice(0, probeCount)
function* filler(from: number, to: number): Generator<IngestItem> {
  for (let n = from; n < to; n++) {
    const it = corpus[n % corpus.length]!
    const copy = Math.floor(n / corpus.length)
    const text = copy === 0 ? it.text : `${it.text}\n\n(Copy ${copy} of this report.)`
    yield {
      ok: true,
      doc: rawDocument(
        `bench://${it.id}#${copy}`,
        text,
        it.publishedAt
          ? { publishedAt: it.publishedAt, ...(it.headline ? { headline: it.headline } : {}) }
          : {},
      ),
    }
  }
}

console.log(
  `articles in ledger | probe articles | ms per article (mean) | median | max | fill rate`,
)
let have = 0
for (const size of sizes) {
  const t0 = performance.now()
  const s = await runIngestItems(filler(have, size), {}, deps, sink)
  const fillSeconds = (performance.now() - t0) / 1000
  have = size
  const stored = await countArticles(store.db)
  const times: number[] = []
  for (const p of probes) {
    const doc = rawDocument(
      `probe://${p.id}`,
      `${p.text}\n\n(Probe.)`,
      p.publishedAt ? { publishedAt: p.publishedAt } : {},
    )
    const t = performance.now()
    const r = await runIngestItems([{ ok: true, doc }], {}, deps, sink)
    times.push(performance.now() - t)
    await removeArticles(store.db, r.articleIds)
  }
  times.sort((a, b) => a - b)
  const mean = times.reduce((a, b) => a + b, 0) / times.length
  console.log(
    `${String(stored).padStart(18)} | ${String(times.length).padStart(14)} | ${mean.toFixed(1).padStart(21)} | ${times[times.length >> 1]!.toFixed(1).padStart(6)} | ${times.at(-1)!.toFixed(1).padStart(5)} | ${(s.added / fillSeconds).toFixed(0)} articles/s`,
  )
}
await store.close()
if (!process.argv.includes('--db')) rmSync(dir, { recursive: true, force: true })
