/**
 * The plain-text clean stage on the article-extraction benchmark's flattened pages.
 *
 *   npx tsx bench/eval-extraction-text.ts            test half, then dev, beside keep-every-line
 *   npx tsx bench/eval-extraction-text.ts --cv 5     k-fold cross-validation inside the dev half
 *       [--rounds N --depth N --lr X --min-child X --lambda X --subsample X --colsample X --bags N --seed N
 *        --weighting uniform|shingles --smoothing X[,X...] --threshold X[,X...] --states 2|4 --fold-seed N]
 *   --fold-seed N deals the dev pages into folds in a seeded shuffled order (0: by id order).
 *
 * Body = paragraphs joined with "\n", scored with bench/lib/extraction-metric.ts.
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_PARAMS } from '../src/lib/gbdt.js'
import type { LineModel } from '../src/pipeline/clean/text/classifier.js'
import { cleanText } from '../src/pipeline/clean/text/index.js'
import { splitLines } from '../src/pipeline/clean/text/lines.js'
import { labelLines } from '../src/pipeline/clean/text/model/labels.js'
import {
  DEFAULT_OPTIONS,
  type Page,
  type TrainOptions,
  trainModel,
} from '../src/pipeline/clean/text/model/train.js'
import {
  bootstrapF1,
  halfOf,
  type PageScore,
  scorePage,
  summarize,
} from './lib/extraction-metric.js'
import { requireShared } from './lib/shared-data.js'

const dir = requireShared('data', 'article-extraction-benchmark')
requireShared('data', 'article-extraction-benchmark', 'ground-truth.json')
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>
const pages: Array<Page & { url: string }> = Object.keys(truth)
  .sort()
  .map((id) => ({
    id,
    url: truth[id]!.url,
    text: readFileSync(join(dir, 'flattened', `${id}.txt`), 'utf8'),
    truth: truth[id]!.articleBody,
  }))

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}

function fmt(label: string, scores: PageScore[]): string {
  const s = summarize(scores)
  const std = bootstrapF1(scores)
  return `${label.padEnd(22)} F1 ${s.f1.toFixed(3)} ±${std.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  acc ${s.accuracy.toFixed(3)}  (${s.pages} pages)`
}

function predict(p: Page & { url: string }, model?: LineModel): string {
  return cleanText(p.text, { url: p.url }, model).paragraphs.join('\n')
}

/** The pages in a seeded random order (seed 0 keeps id order), so folds can be redrawn. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs]
  if (seed === 0) return out
  let s = seed >>> 0
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

function crossValidate(k: number): void {
  const opts: TrainOptions = {
    ...DEFAULT_OPTIONS,
    params: {
      ...DEFAULT_PARAMS,
      rounds: Number(arg('rounds') ?? DEFAULT_PARAMS.rounds),
      depth: Number(arg('depth') ?? DEFAULT_PARAMS.depth),
      learningRate: Number(arg('lr') ?? DEFAULT_PARAMS.learningRate),
      colsample: Number(arg('colsample') ?? DEFAULT_PARAMS.colsample),
      minChildWeight: Number(arg('min-child') ?? DEFAULT_PARAMS.minChildWeight),
      lambda: Number(arg('lambda') ?? DEFAULT_PARAMS.lambda),
      subsample: Number(arg('subsample') ?? DEFAULT_PARAMS.subsample),
      seed: Number(arg('seed') ?? DEFAULT_PARAMS.seed),
    },
    bags: Number(arg('bags') ?? DEFAULT_OPTIONS.bags),
    states: arg('states') === '2' ? 2 : arg('states') === '4' ? 4 : DEFAULT_OPTIONS.states,
    weighting: (arg('weighting') as TrainOptions['weighting']) ?? DEFAULT_OPTIONS.weighting,
  }
  const smoothings = (arg('smoothing') ?? String(DEFAULT_OPTIONS.smoothing)).split(',').map(Number)
  const thresholds = (arg('threshold') ?? String(DEFAULT_OPTIONS.threshold)).split(',').map(Number)
  const combos = smoothings.flatMap((smoothing) =>
    thresholds.map((threshold) => ({ smoothing, threshold })),
  )
  const dev = shuffled(
    pages.filter((p) => halfOf(p.id) === 'dev'),
    Number(arg('fold-seed') ?? 0),
  )
  const scores: PageScore[][] = combos.map(() => [])
  const oracle: PageScore[] = []
  const all: PageScore[] = []
  const worst: Array<[number, string]> = []
  for (let f = 0; f < k; f++) {
    const train = dev.filter((_, i) => i % k !== f)
    const held = dev.filter((_, i) => i % k === f)
    const model = trainModel(train, opts)
    for (const p of held) {
      combos.forEach((c, j) => {
        scores[j]!.push(scorePage(p.truth, predict(p, { ...model, ...c })))
      })
      const s = scores[0]![scores[0]!.length - 1]!
      worst.push([
        (2 * s.precision * s.recall) / (s.precision + s.recall || 1),
        `${p.id.slice(0, 12)} P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}`,
      ])
      all.push(scorePage(p.truth, p.text))
      const texts = splitLines(p.text).map((l) => l.text)
      const { labels } = labelLines(texts, p.truth)
      oracle.push(scorePage(p.truth, texts.filter((_, i) => labels[i]).join('\n')))
    }
  }
  console.log(
    `${k}-fold cross-validation on the dev half (fold seed ${arg('fold-seed') ?? 0}), options ${JSON.stringify(opts)}`,
  )
  combos.forEach((c, j) => {
    console.log(fmt(`s ${c.smoothing} t ${c.threshold}`, scores[j]!))
  })
  console.log(fmt('keep-every-line', all))
  console.log(fmt('training labels', oracle))
  const show = Number(arg('worst') ?? 0)
  for (const [f1, line] of worst.sort((a, b) => a[0] - b[0]).slice(0, show))
    console.log(`  F1 ${f1.toFixed(2)} ${line}`)
}

function evaluate(): void {
  for (const half of ['test', 'dev'] as const) {
    const mine: PageScore[] = []
    const all: PageScore[] = []
    for (const p of pages.filter((x) => halfOf(x.id) === half)) {
      mine.push(scorePage(p.truth, predict(p)))
      all.push(scorePage(p.truth, p.text))
    }
    console.log(`${half} half (ids ${half === 'test' ? '8-f' : '0-7'})`)
    console.log(fmt('  cleanText', mine))
    console.log(fmt('  keep-every-line', all))
  }
  // throughput: the whole cleanText call over every page, after one warm-up pass
  predict(pages[0]!)
  let bytes = 0
  for (const p of pages) bytes += Buffer.byteLength(p.text)
  // five passes; the fastest one is the figure least disturbed by other work on a shared machine
  const passes: number[] = []
  const c0 = process.cpuUsage()
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now()
    for (const p of pages) predict(p)
    passes.push((performance.now() - t0) / 1000)
  }
  const c = process.cpuUsage(c0)
  const cpu = (c.user + c.system) / 1e6
  const mb = bytes / 1e6
  const wall = passes.reduce((a, b) => a + b, 0)
  console.log(
    `throughput: fastest pass ${(mb / Math.min(...passes)).toFixed(1)} MB/s, mean ${((5 * mb) / wall).toFixed(1)} MB/s wall, ${((5 * mb) / cpu).toFixed(1)} MB/s per CPU-second (one thread; ${pages.length} pages, ${mb.toFixed(2)} MB, 5 passes, load average ${loadavg()[0]!.toFixed(1)})`,
  )
}

const cv = arg('cv')
if (cv) crossValidate(Number(cv))
else evaluate()
