/**
 * The attribution stage as the ledger runs it, on PolNeAR: the rules alone, the learned model
 * alone, and the rules with the model where they find nothing, scored the same way as
 * bench/eval-attribution-polnear.ts (per role, exact and overlap; per relation).
 *
 *   npx tsx bench/eval-attribution-pipeline.ts [--split test|dev]
 */
import { attribute } from '../src/pipeline/attribution/index.js'
import { goldTokens } from '../src/pipeline/attribution/model/gold.js'
import { loadAttributionModel } from '../src/pipeline/attribution/model/index.js'
import { loadPolnear } from '../src/pipeline/attribution/model/polnear.js'
import {
  charToTokens,
  emptyScores,
  formatScores,
  ROLES,
  type Scores,
  scoreRelations,
  scoreRoles,
  type TokAttribution,
} from '../src/pipeline/attribution/model/score.js'
import { tokenize } from '../src/pipeline/attribution/model/tokenize.js'
import type { Statement } from '../src/pipeline/attribution/types.js'
import { loadGazetteer } from '../src/pipeline/language/geo/index.js'
import { analyze } from '../src/pipeline/language/index.js'
import type { Article } from '../src/pipeline/types.js'
import { requireShared } from './lib/shared-data.js'

const root = requireShared('data', 'polnear')
const i = process.argv.indexOf('--split')
const split = i > 0 ? process.argv[i + 1]! : 'test'

/** The article as the pipeline sees it, with the corpus text kept byte for byte so offsets agree. */
function article(text: string): Article {
  const paragraphSpans: { start: number; end: number }[] = []
  const re = /[^\n]+/g
  for (let m = re.exec(text); m; m = re.exec(text))
    if (m[0].trim()) paragraphSpans.push({ start: m.index, end: m.index + m[0].length })
  return {
    headline: null,
    outlet: null,
    byline: null,
    publishedAt: null,
    url: null,
    language: 'en',
    paragraphs: paragraphSpans.map((p) => text.slice(p.start, p.end)),
    captions: [],
    relatedHeadlines: [],
    why: {},
    text,
    bodyStart: 0,
    paragraphSpans,
  }
}

function add(a: Scores, b: Scores) {
  for (const r of ROLES)
    for (const k of ['gold', 'pred', 'exact', 'predHit', 'goldHit'] as const)
      a.roles[r][k] += b.roles[r][k]
  for (const k of ['gold', 'pred', 'matched'] as const) a.relation[k] += b.relation[k]
}

const gazetteer = loadGazetteer()
const model = loadAttributionModel()
const docs = loadPolnear(root, split)
const systems = {
  rules: emptyScores(),
  'rules + model': emptyScores(),
}
let bytes = 0
const time = { rules: 0, 'rules + model': 0 }
for (const doc of docs) {
  bytes += Buffer.byteLength(doc.text)
  const tk = tokenize(doc.text)
  const gold = goldTokens(tk, doc.attributions)
  const a = article(doc.text)
  const analysis = analyze(a, { gazetteer })
  for (const [name, deps] of [
    ['rules', {}],
    ['rules + model', { model }],
  ] as const) {
    const t0 = performance.now()
    const statements = attribute(a, analysis, deps)
    time[name] += performance.now() - t0
    const toTok = (s: { start: number; end: number }) => {
      const x = charToTokens(tk.starts, tk.ends, s.start, s.end)
      return x ? [x] : []
    }
    const pred: TokAttribution[] = statements.map((s: Statement) => ({
      source: s.speaker ? toTok(s.speaker) : [],
      cue: toTok(s.cue),
      content: toTok(s.content),
    }))
    const sc = emptyScores()
    scoreRoles(gold, pred, sc)
    scoreRelations(gold, pred, sc)
    add(systems[name], sc)
  }
}
console.log(
  `PolNeAR ${split}: ${docs.length} articles, attribution stage of the pipeline (language analysis not timed)`,
)
for (const [name, s] of Object.entries(systems)) {
  console.log(
    `\n${name}  (${(bytes / 1e6 / (time[name as keyof typeof time] / 1000)).toFixed(2)} MB/s)`,
  )
  console.log(formatScores(s))
}
