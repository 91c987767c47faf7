/**
 * Train the body-line model on the dev half of the article-extraction benchmark.
 * Usage: npx tsx src/pipeline/clean/text/model/train.ts [--out path]
 * Reads ../shared (or $COUNTERCLAIM_SHARED); see TRAINING.md for the last run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  DEFAULT_PARAMS,
  type Ensemble,
  type GbdtParams,
  type Tree,
  trainGbdt,
} from '../../../../lib/gbdt.js'
import { annotate } from '../annotate.js'
import { type LineModel, NEVER } from '../classifier.js'
import { FEATURE_NAMES, lineFeatures } from '../features.js'
import { splitLines } from '../lines.js'
import { labelLines } from './labels.js'

/** One benchmark page: its id, flattened text and annotated body. */
export interface Page {
  id: string
  url?: string
  text: string
  truth: string
}

/** Options of a training run beyond the tree settings. */
export interface TrainOptions {
  params: GbdtParams
  /** Weight of a line: "uniform", or its share of the page's shingles plus a floor. */
  weighting: 'uniform' | 'shingles'
  /** Boosted ensembles trained on different row samples and averaged. */
  bags: number
  smoothing: number
  threshold: number
  /** Smoother states: 2 (drop, body) or 4 (before, body, gap inside the article, after). */
  states: 2 | 4
}

export const DEFAULT_OPTIONS: TrainOptions = {
  params: DEFAULT_PARAMS,
  weighting: 'shingles',
  bags: 1,
  smoothing: 0.3,
  threshold: 0.3,
  states: 4,
}

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..', '..', '..', '..', '..')
const BENCH = ['data', 'article-extraction-benchmark']

/** The benchmark folder, or null when ../shared is not there. */
export function benchmarkDir(): string | null {
  const dir = join(
    resolve(process.env.COUNTERCLAIM_SHARED ?? join(repoRoot, '..', 'shared')),
    ...BENCH,
  )
  return existsSync(join(dir, 'ground-truth.json')) ? dir : null
}

/** Every benchmark page with its flattened text. */
export function loadPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      text: readFileSync(join(dir, 'flattened', `${id}.txt`), 'utf8'),
      url: truth[id]!.url,
      truth: truth[id]!.articleBody,
    }))
}

/** Dev pages have ids starting 0-7: the only ones training may see. */
export function isDev(id: string): boolean {
  return /^[0-7]/.test(id)
}

interface Prepared {
  rows: Float64Array[]
  labels: number[]
  weights: number[]
}

function prepare(page: Page, weighting: TrainOptions['weighting']): Prepared {
  const lines = splitLines(page.text)
  const rows = lineFeatures(lines, annotate(lines), { url: page.url })
  const { labels, shingles } = labelLines(
    lines.map((l) => l.text),
    page.truth,
  )
  const total = shingles.reduce((a, b) => a + b, 0) || 1
  // the metric weighs pages equally and lines by their shingles
  const weights = shingles.map((s) =>
    weighting === 'uniform' ? 1 : (rows.length * (s + 2)) / (total + 2 * rows.length),
  )
  return { rows, labels, weights }
}

function fitTrees(pages: Prepared[], params: GbdtParams, bags = 1): Ensemble {
  const X: Float64Array[] = []
  const y: number[] = []
  const w: number[] = []
  pages.forEach((p) => {
    X.push(...p.rows)
    y.push(...p.labels)
    w.push(...p.weights)
  })
  // bagging: ensembles on different row samples, averaged by scaling their leaves
  let base = 0
  const trees: Tree[] = []
  for (let b = 0; b < bags; b++) {
    const e = trainGbdt(X, y, w, { ...params, seed: params.seed + b })
    base += e.base / bags
    for (const t of e.trees) trees.push({ ...t, value: t.value.map((v) => v / bags) })
  }
  return { base, trees: trees.map(compact) }
}

function compact(t: Tree): Tree {
  return {
    feature: t.feature,
    threshold: t.threshold.map((v) => Number(v.toPrecision(6))),
    left: t.left,
    right: t.right,
    value: t.value.map((v, k) => (t.feature[k]! >= 0 ? 0 : Number(v.toPrecision(5)))),
  }
}

/** Keep/drop transition counts between neighbouring lines, each starting at one. */
function countTwo(pages: Prepared[]): number[][] {
  const trans = [
    [1, 1],
    [1, 1],
  ]
  for (const p of pages) {
    p.labels.forEach((l, i) => {
      if (i > 0) trans[p.labels[i - 1]!]![l]!++
    })
  }
  return trans
}

// transitions a page can make between before (0), body (1), gap (2) and after (3); the
// allowed ones start at one so that a transition unseen in training stays possible
const ALLOWED = [
  [1, 1, 0, 0],
  [0, 1, 1, 1],
  [0, 1, 1, 0],
  [0, 0, 0, 1],
]

/** Counts over the four states, each drop line placed by where it sits against the body. */
function countFour(pages: Prepared[]): number[][] {
  const trans = ALLOWED.map((r) => r.map((x) => x))
  for (const p of pages) {
    const first = p.labels.indexOf(1)
    const last = p.labels.lastIndexOf(1)
    const state = p.labels.map((l, i) =>
      l === 1 ? 1 : first < 0 || i < first ? 0 : i > last ? 3 : 2,
    )
    for (let i = 1; i < state.length; i++) trans[state[i - 1]!]![state[i]!]!++
  }
  return trans
}

function logRow(r: number[]): number[] {
  let s = 0
  for (const x of r) s += x
  return r.map((x) => (x > 0 ? Math.log(x / s) : NEVER))
}

/** Train the trees and the keep/drop transitions on the given pages. */
export function trainModel(pages: Page[], opts: TrainOptions = DEFAULT_OPTIONS): LineModel {
  const prepared = pages.map((p) => prepare(p, opts.weighting))
  const { base, trees } = fitTrees(prepared, opts.params, opts.bags)
  const trans = opts.states === 4 ? countFour(prepared) : countTwo(prepared)
  return {
    name: 'line-gbdt',
    features: [...FEATURE_NAMES],
    base,
    trees,
    transitions: trans.map(logRow),
    threshold: opts.threshold,
    smoothing: opts.smoothing,
  }
}

function main(): void {
  const dir = benchmarkDir()
  if (!dir) {
    console.log('skipped: the article-extraction benchmark is not in ../shared')
    return
  }
  const outIdx = process.argv.indexOf('--out')
  const out = outIdx > 0 ? process.argv[outIdx + 1]! : join(here, 'model.json')
  const dev = loadPages(dir).filter((p) => isDev(p.id))
  const t0 = performance.now()
  const model = trainModel(dev)
  const secs = (performance.now() - t0) / 1000
  writeFileSync(out, `${JSON.stringify(model)}\n`)
  console.log(
    `trained on ${dev.length} dev pages in ${secs.toFixed(1)} s: ${model.trees.length} trees -> ${out}`,
  )
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
