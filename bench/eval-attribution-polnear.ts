/**
 * The learned attribution model on PolNeAR: dev and test, per role and per relation.
 *
 *   npx tsx bench/eval-attribution-polnear.ts [--split test|dev|both]
 *
 * Each article is scored against its first annotator in metadata.tsv. The model sees the whole
 * article text and returns character spans, which are mapped, like the gold spans, onto the
 * model tokenizer's tokens; each discontinuous fragment is its own span. Per role (source, cue,
 * content) spans are scored independently of their relation, as CofeNet does:
 *   exact   = same first and last token;
 *   overlap = a predicted span counts as correct if it shares a token with a gold span of that
 *             role (precision), a gold span as found if some prediction shares a token (recall).
 * Identical predicted spans count once (two cues may share one source, as in the gold).
 * Relation: a gold attribution is found when a prediction's cue overlaps its cue, its source
 * overlaps the gold source (or both have none) and its content covers > 50% of the gold content
 * tokens (greedy one-to-one). ± is the bootstrap standard deviation of F1 over articles.
 */
import { performance } from 'node:perf_hooks'
import { goldTokens } from '../src/pipeline/attribution/model/gold.js'
import {
  loadAttributionModel,
  type ModelAttribution,
} from '../src/pipeline/attribution/model/index.js'
import { loadPolnear } from '../src/pipeline/attribution/model/polnear.js'
import {
  charToTokens,
  emptyScores,
  formatScores,
  prf,
  ROLES,
  type Scores,
  scoreRelations,
  scoreRoles,
  type TokAttribution,
  type TokSpan,
} from '../src/pipeline/attribution/model/score.js'
import { tokenize } from '../src/pipeline/attribution/model/tokenize.js'
import { requireShared } from './lib/shared-data.js'

const root = requireShared('data', 'polnear')

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}

/** Map the model's character output onto tokens of the same tokenizer the gold goes through. */
function toTokens(text: string, preds: ModelAttribution[]): TokAttribution[] {
  const tk = tokenize(text)
  const t = (s: { start: number; end: number }): TokSpan[] => {
    const x = charToTokens(tk.starts, tk.ends, s.start, s.end)
    return x ? [x] : []
  }
  return preds.map((p) => ({
    source: p.source ? t(p.source) : [],
    cue: t(p.cue),
    content: p.content.flatMap(t),
  }))
}

function addScores(a: Scores, b: Scores): void {
  for (const r of ROLES) {
    const x = a.roles[r]
    const y = b.roles[r]
    x.gold += y.gold
    x.pred += y.pred
    x.exact += y.exact
    x.predHit += y.predHit
    x.goldHit += y.goldHit
  }
  a.relation.gold += b.relation.gold
  a.relation.pred += b.relation.pred
  a.relation.matched += b.relation.matched
}

/** Bootstrap standard deviation of exact and overlap F1 per role, resampling articles. */
function bootstrap(perDoc: Scores[], rounds = 1000): Record<string, [number, number]> {
  let seed = 12345
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed / 4294967296
  }
  const samples: Record<string, number[][]> = {}
  for (let k = 0; k < rounds; k++) {
    const s = emptyScores()
    for (let i = 0; i < perDoc.length; i++)
      addScores(s, perDoc[Math.floor(rand() * perDoc.length)]!)
    for (const r of ROLES) {
      const c = s.roles[r]
      samples[r] ??= [[], []]
      samples[r]![0]!.push(prf(c.exact, c.pred, c.exact, c.gold)[2])
      samples[r]![1]!.push(prf(c.predHit, c.pred, c.goldHit, c.gold)[2])
    }
  }
  const sd = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length
    return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1))
  }
  const out: Record<string, [number, number]> = {}
  for (const r of ROLES) out[r] = [sd(samples[r]![0]!), sd(samples[r]![1]!)]
  return out
}

function run(split: string): void {
  const docs = loadPolnear(root, split)
  const model = loadAttributionModel()
  const total = emptyScores()
  const perDoc: Scores[] = []
  for (const doc of docs) {
    const preds = model.extract(doc.text)
    const gold = goldTokens(tokenize(doc.text), doc.attributions)
    const pred = toTokens(doc.text, preds)
    const s = emptyScores()
    scoreRoles(gold, pred, s)
    scoreRelations(gold, pred, s)
    perDoc.push(s)
    addScores(total, s)
  }
  const sd = bootstrap(perDoc)
  console.log(`\nPolNeAR ${split}: ${docs.length} articles, ${model.name}`)
  console.log(formatScores(total))
  console.log(
    `bootstrap sd of F1 (exact / overlap): ${ROLES.map((r) => `${r} ${sd[r]![0].toFixed(1)} / ${sd[r]![1].toFixed(1)}`).join(', ')}`,
  )
  console.log(speed(docs.map((d) => d.text)))
}

/** Throughput of extract() over the texts: best of three passes, by CPU time and by wall time. */
function speed(texts: string[]): string {
  const model = loadAttributionModel()
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0)
  let bestCpu = Infinity
  let bestWall = Infinity
  for (let pass = 0; pass < 3; pass++) {
    const c0 = process.cpuUsage()
    const w0 = performance.now()
    for (const t of texts) model.extract(t)
    const c = process.cpuUsage(c0)
    bestWall = Math.min(bestWall, performance.now() - w0)
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000)
  }
  const mbs = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2)
  return `speed (extract, one thread, best of 3 passes over ${bytes} bytes): ${mbs(bestCpu)} MB/s by CPU time, ${mbs(bestWall)} MB/s by wall time`
}

const t0 = performance.now()
loadAttributionModel()
console.log(`model load: ${(performance.now() - t0).toFixed(0)} ms`)
const split = arg('split') ?? 'both'
if (split === 'dev' || split === 'both') run('dev')
if (split === 'test' || split === 'both') run('test')
console.log(
  '\nPublished exact F1 on PolNeAR test (source/cue/content): CofeNet (BERT) 83.2/75.3/72.9; BERT-CRF 82.2/74.9/71.0; feature CRF 50.6/53.4/28.6; rule-based 10.7/22.8/5.6.',
)
