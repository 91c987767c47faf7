/**
 * Whole-pipeline throughput on one core over the news texts in ../shared/data, beside
 * compromise and wink-nlp parsing the same texts in the same run, and peak memory as the
 * corpus grows. Three scopes, each into a fresh SQLite file: up to language (ingest, clean,
 * language, SQLite), up to attribution (+ statements, rules and model), and all (+ claims).
 *
 *   npx tsx bench/pipeline.ts [--scales 1,2,4]
 *
 * The pipeline runs from the tsc build in dist/ (rebuilt first), as `counterclaim ingest` does.
 */
import { execFileSync } from 'node:child_process'
import { closeSync, createWriteStream, mkdtempSync, openSync, readSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { fileURLToPath } from 'node:url'
import { newsCorpus } from './lib/news-corpus.js'
import { requireShared } from './lib/shared-data.js'

const self = fileURLToPath(import.meta.url)
// the pipeline as `counterclaim ingest` runs it: the tsc build (tsx's transform adds a helper
// call to every closure it creates); BENCH_SRC=src times the TypeScript sources through tsx
const SRC = process.env.BENCH_SRC === 'src' ? '../src' : '../dist'
const mode = process.argv[2]

if (mode === '--child-pipeline')
  await childPipeline(process.argv[3]!, process.argv[4]!, process.argv[5] ?? 'all')
else if (mode === '--child-compromise') await childCompromise(process.argv[3]!)
else if (mode === '--child-wink') await childWink(process.argv[3]!)
else await parent()

interface Result {
  tool: string
  docs: number
  bytes: number
  seconds: number
  maxRssMb: number
  extra?: string
}

async function parent() {
  requireShared('data', 'gdelt-5country-ukraine-war-news-2022-2024')
  const scalesArg = process.argv.indexOf('--scales')
  const scales = scalesArg > 0 ? process.argv[scalesArg + 1]!.split(',').map(Number) : [1, 2, 4]
  // time what the sources say now, not an old build
  if (SRC === '../dist') {
    const cwd = join(dirname(self), '..')
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd, stdio: 'inherit' })
    execFileSync(process.execPath, ['scripts/copy-assets.mjs'], { cwd, stdio: 'inherit' })
  }
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-'))
  try {
    const files = new Map<number, string>()
    for (const s of scales) files.set(s, await writeCorpus(join(dir, `corpus-x${s}.jsonl`), s))
    const base = files.get(scales[0]!)!
    console.log(
      `corpus: the news texts of ../shared/data (GDELT, Guardian/NYT, ISW, FNC-1 bodies, PolNeAR); node ${process.version}, one process each, run one after another`,
    )
    const results: Result[] = []
    results.push(run('--child-pipeline', base, join(dir, 'l.db'), 'language'))
    results.push(run('--child-pipeline', base, join(dir, 'a.db'), 'attribution'))
    results.push(run('--child-pipeline', base, join(dir, 'c.db'), 'all'))
    results.push(run('--child-compromise', base))
    results.push(run('--child-wink', base))
    console.log('\nthroughput on one core (same texts, same run)')
    console.log('tool                          docs      MB     s    MB/s   docs/s  peak RSS MB')
    for (const r of results) console.log(row(r))
    console.log('\npeak memory as the corpus grows (all stages, into a fresh SQLite file)')
    console.log('copies   docs      MB     s    MB/s  peak RSS MB')
    for (const s of scales) {
      const r =
        s === scales[0]
          ? results[2]!
          : run('--child-pipeline', files.get(s)!, join(dir, `x${s}.db`), 'all')
      console.log(
        `${String(s).padStart(6)} ${String(r.docs).padStart(6)} ${(r.bytes / 1e6).toFixed(1).padStart(7)} ${r.seconds.toFixed(1).padStart(5)} ${(r.bytes / 1e6 / r.seconds).toFixed(2).padStart(7)} ${r.maxRssMb.toFixed(0).padStart(11)}`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function row(r: Result): string {
  return `${r.tool.padEnd(28)} ${String(r.docs).padStart(6)} ${(r.bytes / 1e6).toFixed(1).padStart(7)} ${r.seconds.toFixed(1).padStart(5)} ${(r.bytes / 1e6 / r.seconds).toFixed(2).padStart(7)} ${(r.docs / r.seconds).toFixed(0).padStart(8)} ${r.maxRssMb.toFixed(0).padStart(12)}${r.extra ? `  ${r.extra}` : ''}`
}

function run(flag: string, ...args: string[]): Result {
  const out = execFileSync(process.execPath, [...process.execArgv, self, flag, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return JSON.parse(out.trim().split('\n').at(-1)!) as Result
}

/** The corpus as JSON Lines, `copies` times over; each copy differs so none is a duplicate. */
async function writeCorpus(path: string, copies: number): Promise<string> {
  const out = createWriteStream(path)
  for (let c = 0; c < copies; c++) {
    for (const it of newsCorpus()) {
      const text = c === 0 ? it.text : `${it.text}\n\n(Copy ${c} of this report.)`
      const rec: Record<string, string> = { text, url: `bench://${it.id}#${c}` }
      if (it.headline) rec.headline = it.headline
      if (it.publishedAt) rec.publishedAt = it.publishedAt
      if (it.outlet) rec.outlet = it.outlet
      if (!out.write(`${JSON.stringify(rec)}\n`))
        await new Promise<void>((r) => out.once('drain', () => r()))
    }
  }
  await new Promise<void>((r) => out.end(() => r()))
  return path
}

function* texts(path: string): Generator<string> {
  // streamed, so the comparison tools hold no more of the corpus than we do
  const fd = openSync(path, 'r')
  const buf = Buffer.alloc(1 << 20)
  const dec = new StringDecoder('utf8')
  let rest = ''
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      const lines = (rest + dec.write(buf.subarray(0, n))).split('\n')
      rest = lines.pop() ?? ''
      for (const l of lines) if (l) yield (JSON.parse(l) as { text: string }).text
    }
    if (rest) yield (JSON.parse(rest) as { text: string }).text
  } finally {
    closeSync(fd)
  }
}

function report(r: Result) {
  console.log(JSON.stringify({ ...r, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
}

async function childPipeline(corpus: string, db: string, scope: string) {
  const { runIngest } = (await import(
    `${SRC}/pipeline/index.js`
  )) as typeof import('../src/pipeline/index.js')
  const { loadGazetteer } = (await import(
    `${SRC}/pipeline/language/geo/index.js`
  )) as typeof import('../src/pipeline/language/geo/index.js')
  const { openStore } = (await import(`${SRC}/store/db.js`)) as typeof import('../src/store/db.js')
  const { ledgerSink } = (await import(
    `${SRC}/store/sink.js`
  )) as typeof import('../src/store/sink.js')
  const store = await openStore(db)
  const t0 = performance.now()
  const { loadAttributionModel } = (await import(
    `${SRC}/pipeline/attribution/model/index.js`
  )) as typeof import('../src/pipeline/attribution/model/index.js')
  // the language scope reads no statements, so it does not load the attribution model
  const deps = {
    gazetteer: loadGazetteer(),
    ...(scope === 'language' ? {} : { model: loadAttributionModel() }),
    ...(scope === 'all' ? {} : { upTo: scope as 'language' | 'attribution' }),
  }
  const s = await runIngest([corpus], { maxBytes: 50 * 1024 * 1024 }, deps, ledgerSink(store.db))
  const seconds = (performance.now() - t0) / 1000
  await store.close()
  report({
    tool: `counterclaim up to ${scope}`,
    docs: s.added,
    bytes: s.bytes,
    seconds,
    maxRssMb: 0,
    extra: `failed ${s.failed}, duplicates ${s.duplicates}`,
  })
}

async function childCompromise(corpus: string) {
  const nlp = (await import('compromise')).default
  let docs = 0
  let bytes = 0
  let ents = 0
  const t0 = performance.now()
  for (const t of texts(corpus)) {
    const d = nlp(t)
    ents += d.people().length + d.places().length + d.organizations().length
    d.sentences().length
    docs++
    bytes += Buffer.byteLength(t)
  }
  report({
    tool: 'compromise 14 (parse+NER)',
    docs,
    bytes,
    seconds: (performance.now() - t0) / 1000,
    maxRssMb: 0,
    extra: `${ents} entities`,
  })
}

async function childWink(corpus: string) {
  const winkNLP = (await import('wink-nlp')).default
  const model = (await import('wink-eng-lite-web-model')).default
  const nlp = winkNLP(model)
  const its = nlp.its
  let docs = 0
  let bytes = 0
  let ents = 0
  const t0 = performance.now()
  for (const t of texts(corpus)) {
    const d = nlp.readDoc(t)
    ents += d.entities().out(its.value).length
    d.sentences().length()
    docs++
    bytes += Buffer.byteLength(t)
  }
  report({
    tool: 'wink-nlp 2 (parse+NER)',
    docs,
    bytes,
    seconds: (performance.now() - t0) / 1000,
    maxRssMb: 0,
    extra: `${ents} entities`,
  })
}
