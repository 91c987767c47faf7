/**
 * Real war reporting: ingests the ISW assessments, the Guardian and NYT 2022 articles and the
 * GDELT five-country set together into a fresh ledger, then prints the disputes found and a
 * seeded random sample of them with their statements, for judging by hand.
 *
 *   npx tsx bench/war-reporting.ts [--db PATH] [--sample 25] [--seed 7] [--rules-only]
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipelineDeps } from '../src/cli/open.js'
import { runIngest } from '../src/pipeline/index.js'
import { loadGazetteer } from '../src/pipeline/language/geo/index.js'
import { listClaims } from '../src/store/claims.js'
import { openStore } from '../src/store/db.js'
import { ledgerSink } from '../src/store/sink.js'
import { listStatementsByIds } from '../src/store/statements.js'
import { newsCorpus } from './lib/news-corpus.js'
import { requireShared } from './lib/shared-data.js'

requireShared('data', 'isw-campaign-assessments-2022-2023')
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1]! : fallback
}
const dir = mkdtempSync(join(tmpdir(), 'cc-war-'))
const dbPath = arg('db', join(dir, 'war.db'))
const corpus = join(dir, 'war.jsonl')
const out = createWriteStream(corpus)
let n = 0
for (const it of newsCorpus()) {
  if (!/^(gdelt|G\d|N\d|reports\.json)/.test(it.id)) continue
  const rec: Record<string, string> = { text: it.text, url: `data://${it.id}` }
  if (it.headline) rec.headline = it.headline
  if (it.publishedAt) rec.publishedAt = it.publishedAt
  if (it.outlet) rec.outlet = it.outlet
  out.write(`${JSON.stringify(rec)}\n`)
  n++
}
await new Promise<void>((r) => out.end(() => r()))

const store = await openStore(dbPath)
// the ledger `counterclaim ingest` builds: rules and the learned model (--rules-only: rules alone)
const rulesOnly = process.argv.includes('--rules-only')
const s = await runIngest(
  [corpus],
  { maxBytes: 50 * 1024 * 1024 },
  rulesOnly ? { gazetteer: loadGazetteer() } : pipelineDeps(),
  ledgerSink(store.db),
)
console.log(
  `${n} items: read ${s.read}, new ${s.added}, duplicate ${s.duplicates}, failed ${s.failed} in ${s.seconds.toFixed(1)} s`,
)
const failures = new Map<string, number>()
for (const f of s.failures)
  failures.set(
    f.reason.replace(/\(.*\)/, '(…)'),
    (failures.get(f.reason.replace(/\(.*\)/, '(…)')) ?? 0) + 1,
  )
for (const [r, c] of failures) console.log(`  failed ${c}: ${r}`)

const all = await listClaims(store.db, { limit: 1_000_000, offset: 0 })
const disputes = all.filter((c) => c.disputed)
const byFrame = new Map<string, number>()
for (const d of disputes) byFrame.set(d.frame.type, (byFrame.get(d.frame.type) ?? 0) + 1)
console.log(
  `${all.length} claims, ${disputes.length} disputes (${[...byFrame].map(([k, v]) => `${k} ${v}`).join(', ')})`,
)

// a seeded shuffle, so the sample can be drawn again
let seed = Number(arg('seed', '7'))
const rand = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0
  return seed / 2 ** 32
}
const sample = [...disputes]
  .sort((a, b) => (a.id < b.id ? -1 : 1))
  .map((d) => ({ d, r: rand() }))
  .sort((a, b) => a.r - b.r)
  .slice(0, Number(arg('sample', '25')))
  .map((x) => x.d)
for (const [i, d] of sample.entries()) {
  console.log(`\n#${i + 1} ${d.id} [${d.frame.type}] ${d.text.slice(0, 160)}`)
  console.log(
    `   ${d.sides.map((x) => `${x.affiliation ?? '?'}: ${x.supports} for, ${x.refutes} against, ${x.sources} sources`).join(' | ')}`,
  )
  const sts = await listStatementsByIds(
    store.db,
    d.stances.map((x) => x.statementId),
  )
  const stance = new Map(d.stances.map((x) => [x.statementId, x.stance]))
  for (const st of sts) {
    console.log(
      `   - ${stance.get(st.id)} ${st.speaker?.entityName ?? st.speaker?.text ?? '(none)'} [${st.cue.text}] ${st.content.text.slice(0, 200)}`,
    )
    console.log(`       in ${st.articleSource}: ${st.sentenceText.slice(0, 300)}`)
  }
}
await store.close()
if (!process.argv.includes('--db')) rmSync(dir, { recursive: true, force: true })
