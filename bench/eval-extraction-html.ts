/**
 * Article-extraction benchmark for the HTML cleaner: our cleanHtml against plain
 * @mozilla/readability (both on linkedom), measured in the same run.
 *
 *   npx tsx bench/eval-extraction-html.ts [--half test|dev|both] [--worst N]
 *
 * Tune on the dev half (ids 0-7) only; the test half (8-f) is printed first.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { cleanHtml } from '../src/pipeline/clean/html/index.js'
import {
  bootstrapF1,
  halfOf,
  type PageScore,
  scorePage,
  summarize,
} from './lib/extraction-metric.js'
import { requireShared } from './lib/shared-data.js'

export interface BenchPage {
  id: string
  html: string
  bytes: number
  truth: string
  url: string
}

/** The benchmark's pages and ground truth, decompressed, in id order. */
export function loadBenchmark(dir: string): BenchPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '')
      const buf = gunzipSync(readFileSync(join(dir, 'html', f)))
      const t = truth[id]
      return {
        id,
        html: buf.toString('utf8'),
        bytes: buf.length,
        truth: t?.articleBody ?? '',
        url: t?.url ?? '',
      }
    })
}

/** Body text from our cleaner, as the benchmark scores it. */
export function oursBody(p: BenchPage): string {
  return cleanHtml(p.html, { url: p.url }).paragraphs.join('\n')
}

/** Body text from plain Readability on linkedom: the baseline. */
export function readabilityBody(p: BenchPage): string {
  try {
    const { document } = parseHTML(p.html)
    const doc = document as unknown as ConstructorParameters<typeof Readability>[0]
    return new Readability(doc).parse()?.textContent ?? ''
  } catch {
    return ''
  }
}

export interface RunResult {
  scores: Map<string, PageScore>
  /** CPU seconds (user + system) spent in the extractor. */
  cpu: number
  /** Wall-clock seconds spent in the extractor. */
  wall: number
  bytes: number
}

const cpuNow = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

/**
 * Run several extractors page by page, interleaved, so that load from other processes on a
 * shared machine falls on all of them alike. CPU time is the figure to trust there.
 */
export function runInterleaved(pages: BenchPage[], fns: ((p: BenchPage) => string)[]): RunResult[] {
  const res: RunResult[] = fns.map(() => ({ scores: new Map(), cpu: 0, wall: 0, bytes: 0 }))
  for (const p of pages) {
    fns.forEach((fn, k) => {
      const r = res[k]!
      const c0 = cpuNow()
      const w0 = performance.now()
      const body = fn(p)
      r.wall += (performance.now() - w0) / 1000
      r.cpu += cpuNow() - c0
      r.bytes += p.bytes
      r.scores.set(p.id, scorePage(p.truth, body))
    })
  }
  return res
}

function line(name: string, pages: PageScore[]): string {
  const s = summarize(pages)
  const sd = bootstrapF1(pages)
  const f = (x: number) => x.toFixed(4)
  return `  ${name.padEnd(12)} F1 ${f(s.f1)} ± ${f(sd)}  P ${f(s.precision)}  R ${f(s.recall)}  acc ${f(s.accuracy)}  (${s.pages} pages)`
}

async function main() {
  const args = process.argv.slice(2)
  const halfArg = args[args.indexOf('--half') + 1]
  const half = args.includes('--half') && halfArg ? halfArg : 'both'
  const worst = args.includes('--worst') ? Number(args[args.indexOf('--worst') + 1] ?? 10) : 0
  const dir = requireShared('data', 'article-extraction-benchmark')
  const all = loadBenchmark(dir)
  const pages = all.filter((p) => half === 'both' || halfOf(p.id) === half)

  // Warm the JIT on a few pages so the timings measure steady state.
  for (const p of pages.slice(0, 5)) {
    oursBody(p)
    readabilityBody(p)
  }
  const [ours, base] = runInterleaved(pages, [oursBody, readabilityBody]) as [RunResult, RunResult]

  for (const h of ['test', 'dev'] as const) {
    if (half !== 'both' && half !== h) continue
    const ids = pages.filter((p) => halfOf(p.id) === h).map((p) => p.id)
    console.log(`${h} half (${h === 'test' ? 'ids 8-f' : 'ids 0-7'}):`)
    console.log(
      line(
        'cleanHtml',
        ids.map((id) => ours.scores.get(id)!),
      ),
    )
    console.log(
      line(
        'readability',
        ids.map((id) => base.scores.get(id)!),
      ),
    )
  }
  const mb = ours.bytes / 1e6
  const speed = (r: RunResult) =>
    `${(pages.length / r.cpu).toFixed(1)} pages/s, ${(mb / r.cpu).toFixed(2)} MB/s per core (CPU time; wall ${(mb / r.wall).toFixed(2)} MB/s)`
  console.log(`speed over ${pages.length} pages, ${mb.toFixed(1)} MB of HTML:`)
  console.log(`  cleanHtml    ${speed(ours)}`)
  console.log(`  readability  ${speed(base)}`)
  if (worst > 0) {
    const f1 = (s: PageScore) =>
      s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0
    const rows = pages
      .filter((p) => half !== 'both' || halfOf(p.id) === 'dev')
      .map((p) => ({ p, o: ours.scores.get(p.id)!, b: base.scores.get(p.id)! }))
      .sort((a, b) => f1(a.o) - f1(b.o))
      .slice(0, worst)
    console.log(
      `worst ${rows.length} pages (${half === 'both' ? 'dev' : half}): ours P/R vs readability P/R`,
    )
    for (const { p, o, b } of rows) {
      console.log(
        `  ${p.id.slice(0, 8)} ${o.precision.toFixed(3)}/${o.recall.toFixed(3)}  ${b.precision.toFixed(3)}/${b.recall.toFixed(3)}  ${p.url}`,
      )
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
