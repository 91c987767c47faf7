/**
 * Load on the HTTP API: autocannon against /api/v1/disputes and /api/v1/search on a ledger of
 * at least 100,000 statements built from the news texts in ../shared/data (the corpus read
 * several times over, each copy a little different, as bench/pipeline.ts does). The ledger is
 * built once and kept in .bench-out/load-api/ (never in git); --rebuild builds it again.
 *
 *   npx tsx bench/load-api.ts [--rate 500] [--seconds 20] [--connections 20] [--rebuild] [--build-only]
 *
 * The server runs in a child process; autocannon runs in this one. Both share the machine's
 * cores, so the figures are for server and load generator together.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { sql } from 'kysely'
import { newsCorpus } from './lib/news-corpus.js'
import { requireShared } from './lib/shared-data.js'

const root = resolve(fileURLToPath(import.meta.url), '..', '..')
const outDir = join(root, '.bench-out', 'load-api')
const ledger = join(outDir, 'ledger.db')
const MIN_STATEMENTS = 100_000

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}

if (process.argv[2] === '--child-build') await childBuild(process.argv[3]!, process.argv[4]!)
else await parent()

async function parent() {
  requireShared('data', 'gdelt-5country-ukraine-war-news-2022-2024')
  mkdirSync(outDir, { recursive: true })
  if (process.argv.includes('--rebuild')) rmSync(ledger, { force: true })
  const counts = existsSync(ledger) ? await ledgerCounts(ledger) : null
  if (!counts || counts.statements < MIN_STATEMENTS) await build()
  const c = await ledgerCounts(ledger)
  console.log(
    `ledger: ${c.articles} articles, ${c.statements} statements, ${c.claims} claims (${c.disputes} disputes) in ${ledger}`,
  )
  if (process.argv.includes('--build-only')) return
  const rate = arg('rate', 500)
  const seconds = arg('seconds', 20)
  const connections = arg('connections', 20)
  console.log(
    `autocannon in this process, the server in a child process, both on this machine's ${cpus().length} cores; ${connections} connections; each run after a 5 s warm-up`,
  )
  for (const cache of [true, false]) {
    const port = 4000 + Math.floor(Math.random() * 1000)
    const server = await startServer(port, cache)
    try {
      const queries = await searchQueries(port)
      const targets: { name: string; paths: string[] }[] = [
        { name: 'GET /api/v1/disputes', paths: ['/api/v1/disputes'] },
        {
          name: 'GET /api/v1/claims?limit=50&offset=0..200',
          paths: [0, 50, 100, 150, 200].map((o) => `/api/v1/claims?limit=50&offset=${o}`),
        },
        {
          name: `GET /api/v1/search (${queries.length} queries)`,
          paths: queries.map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`),
        },
      ]
      console.log(
        `\nresponse cache ${cache ? 'on (the default)' : 'off (--no-cache): every request queried'}`,
      )
      console.log(header())
      for (const t of targets) {
        await load(port, t.paths, 5, rate, connections)
        const r = await load(port, t.paths, seconds, rate, connections)
        console.log(line(`${t.name} @ ${rate}/s`, r))
        const max = await load(port, t.paths, 10, 0, connections)
        console.log(line(`${t.name} @ max`, max))
      }
    } finally {
      server.kill('SIGTERM')
      await new Promise((r) => server.once('exit', r))
    }
  }
}

function header(): string {
  return 'target                                                    req/s   p50 ms  p90 ms  p99 ms  max ms  non-2xx  errors'
}

function line(name: string, r: autocannon.Result): string {
  return `${name.padEnd(56)} ${r.requests.average.toFixed(0).padStart(6)} ${fmt(r.latency.p50)} ${fmt(r.latency.p90)} ${fmt(r.latency.p99)} ${fmt(r.latency.max)} ${String(r.non2xx).padStart(8)} ${String(r.errors + r.timeouts).padStart(7)}`
}

function fmt(ms: number): string {
  return ms.toFixed(1).padStart(7)
}

function load(
  port: number,
  paths: string[],
  seconds: number,
  rate: number,
  connections: number,
): Promise<autocannon.Result> {
  return new Promise((res, rej) => {
    autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        ...(rate > 0 ? { overallRate: rate } : {}),
        requests: paths.map((path) => ({ method: 'GET' as const, path })),
      },
      (err, result) => (err ? rej(err) : res(result)),
    )
  })
}

/** Words that occur in the ledger, from rare to common, so search is measured across the range. */
async function searchQueries(port: number): Promise<string[]> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/disputes?limit=20`)
  const body = (await res.json()) as { items: { text: string }[] }
  const words = new Set<string>(['russia', 'ukraine', 'missile', 'ceasefire', 'kyiv', 'said'])
  for (const d of body.items)
    for (const w of d.text.toLowerCase().match(/[a-z]{5,}/g) ?? [])
      if (words.size < 20) words.add(w)
  return [...words, 'russian forces', 'grain deal', 'nuclear plant', 'prisoner exchange']
}

async function startServer(port: number, cache: boolean): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'src', 'cli', 'index.ts'),
      'serve',
      '--db',
      ledger,
      '--port',
      String(port),
      '--quiet',
      ...(cache ? [] : ['--no-cache']),
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  )
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
      if (r.ok) return child
    } catch {}
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill()
  throw new Error('the server did not start')
}

async function ledgerCounts(path: string) {
  const { openStore } = await import('../src/store/db.js')
  const store = await openStore(path)
  try {
    const n = async (table: 'articles' | 'statements' | 'claims', disputed = false) => {
      let q = store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'))
      if (disputed) q = q.where('disputed' as never, '=', 1 as never)
      return Number((await q.executeTakeFirstOrThrow()).n)
    }
    return {
      articles: await n('articles'),
      statements: await n('statements'),
      claims: await n('claims'),
      disputes: await n('claims', true),
    }
  } finally {
    await store.close()
  }
}

/** Ingests the corpus copy after copy, each in a child process, until the ledger is big enough. */
async function build() {
  const tmp = `${ledger}.building`
  rmSync(tmp, { force: true })
  console.log(`building the ledger (at least ${MIN_STATEMENTS} statements); this takes a while`)
  for (let copy = 0; copy < 40; copy++) {
    const corpus = join(outDir, `corpus-${copy}.jsonl`)
    await writeCorpus(corpus, copy)
    const t0 = performance.now()
    await new Promise<void>((res, rej) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--child-build', corpus, tmp],
        { stdio: 'inherit' },
      )
      child.on('exit', (code) => (code === 0 ? res() : rej(new Error(`build exited ${code}`))))
    })
    rmSync(corpus, { force: true })
    const c = await ledgerCounts(tmp)
    console.log(
      `  copy ${copy}: ${c.articles} articles, ${c.statements} statements, ${c.claims} claims (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    )
    if (c.statements >= MIN_STATEMENTS) break
  }
  for (const ext of ['-wal', '-shm']) rmSync(tmp + ext, { force: true })
  renameSync(tmp, ledger)
}

async function childBuild(corpus: string, db: string) {
  const { runIngest } = await import('../src/pipeline/index.js')
  const { loadGazetteer } = await import('../src/pipeline/language/geo/index.js')
  const { openStore } = await import('../src/store/db.js')
  const { ledgerSink } = await import('../src/store/sink.js')
  const store = await openStore(db)
  const s = await runIngest(
    [corpus],
    { maxBytes: 50 * 1024 * 1024 },
    { gazetteer: loadGazetteer() },
    ledgerSink(store.db),
  )
  await sql`pragma wal_checkpoint(truncate)`.execute(store.db)
  await store.close()
  if (s.failed > 0 && s.added === 0) process.exit(1)
}

/** One copy of the corpus as JSON Lines; each copy differs so none is a duplicate of another. */
async function writeCorpus(path: string, copy: number): Promise<void> {
  const out = createWriteStream(path)
  for (const it of newsCorpus()) {
    const text = copy === 0 ? it.text : `${it.text}\n\n(Copy ${copy} of this report.)`
    const rec: Record<string, string> = { text, url: `bench://${it.id}#${copy}` }
    if (it.headline) rec.headline = it.headline
    if (it.publishedAt) rec.publishedAt = it.publishedAt
    if (it.outlet) rec.outlet = it.outlet
    if (!out.write(`${JSON.stringify(rec)}\n`))
      await new Promise<void>((r) => out.once('drain', () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
}
