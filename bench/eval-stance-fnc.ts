/**
 * The stance model on the FNC-1 competition test set: official FNC score (relative), macro-F1
 * and per-class F1, beside the published anchors and the three winning teams' prediction files
 * re-scored by the same scorer. Also the out-of-domain ARC test set.
 *
 *   npx tsx bench/eval-stance-fnc.ts [--no-arc]
 * @module
 */

import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { modelPath } from '../src/pipeline/claims/stance/assets.js'
import { loadStanceModel, type Stance } from '../src/pipeline/claims/stance/index.js'
import {
  classScores,
  confusion,
  fncScore,
  STANCES,
} from '../src/pipeline/claims/stance/model/metrics.js'
import { loadParts } from '../src/pipeline/claims/stance/predictor.js'
import { readCsv } from './lib/csv.js'
import { requireShared, sharedPath } from './lib/shared-data.js'

const { values: opts } = parseArgs({ options: { 'no-arc': { type: 'boolean', default: false } } })

const FNC_LABEL: Record<string, Stance> = {
  agree: 'supports',
  disagree: 'refutes',
  discuss: 'reports',
  unrelated: 'unrelated',
}

interface Row {
  claim: string
  text: string
  gold: Stance
}

function loadPairs(stancesPath: string, bodiesPath: string): Row[] {
  const bodies = new Map(readCsv(bodiesPath).map((r) => [r['Body ID']!, r.articleBody!]))
  return readCsv(stancesPath).map((r) => ({
    claim: r.Headline!,
    text: bodies.get(r['Body ID']!)!,
    gold: FNC_LABEL[r.Stance!]!,
  }))
}

const pct = (x: number) => `${(100 * x).toFixed(2)}%`.padStart(7)

function line(name: string, gold: Stance[], pred: Stance[]): string {
  const s = fncScore(gold, pred)
  const c = classScores(gold, pred)
  const f1 = STANCES.map((l) => c.f1[l]!.toFixed(3)).join(' / ')
  return `${name.padEnd(34)} ${s.score.toFixed(2).padStart(9)} ${pct(s.relative)}   ${c.macroF1.toFixed(3)}   ${f1}`
}

const header = `${'system'.padEnd(34)} ${'FNC'.padStart(9)} ${'rel.'.padStart(7)}   F1m     F1 agree / disagree / discuss / unrelated`

const fncDir = requireShared('data', 'fnc-1')
const rows = loadPairs(
  `${fncDir}/competition_test_stances.csv`,
  `${fncDir}/competition_test_bodies.csv`,
)
const gold = rows.map((r) => r.gold)

const t0 = performance.now()
const model = loadStanceModel()
const results = model.predictBatch!(rows.map((r) => ({ claim: r.claim, text: r.text })))
const seconds = (performance.now() - t0) / 1000
const pred = results.map((r) => r.stance)

console.log(`FNC-1 competition test: ${rows.length} pairs\n`)
console.log(header)
console.log(line('this model (stance-mlp)', gold, pred))
for (const team of ['talos', 'athene', 'uclmr']) {
  const f = sharedPath('data', 'fnc-1', 'reference-predictions', `${team}_submission.csv`)
  if (!f) continue
  const ref = readCsv(f).map((r) => FNC_LABEL[r.Stance!]!)
  console.log(line(`${team} file, re-scored`, gold, ref))
}
console.log(
  line(
    'all unrelated',
    gold,
    gold.map(() => 'unrelated'),
  ),
)
console.log(`
Published anchors (FNC relative score, competition test set):
  official baseline 75.20%, SOLAT in the SWEN (Talos) 82.02%, Athene 81.97%, UCL 81.72% (leaderboard);
  fine-tuned RoBERTa about 90.0% (Dulhanty et al. 2019). Target here: >= 82.1% with no pretrained model.
`)
console.log(confusion(gold, pred))
const paths = { body: 0, short: 0 }
for (const r of results) paths[r.why.rule.endsWith('/short') ? 'short' : 'body']++
console.log(`\npaths: ${paths.body} body, ${paths.short} short text`)
console.log(
  `time: ${seconds.toFixed(1)} s for load + ${rows.length} pairs (${Math.round(rows.length / seconds)} pairs/s, one core)`,
)

const dev = loadParts(readFileSync(modelPath())).dev as Record<string, Record<string, number>>
const hold = dev.fncHoldout
if (hold) {
  console.log(
    `\nhold-out dev (splits/hold_out_ids.txt; recorded by train.ts from a model trained without those bodies):\n` +
      `  FNC ${hold.fncScore} of ${hold.fncMax} = ${pct(hold.fncRelative!)}, F1m ${hold.macroF1}, ` +
      `F1 ${hold.f1Supports} / ${hold.f1Refutes} / ${hold.f1Reports} / ${hold.f1Unrelated}`,
  )
}

const arcDir = sharedPath('data', 'arc')
if (arcDir && !opts['no-arc']) {
  const arc = loadPairs(`${arcDir}/arc_stances_test.csv`, `${arcDir}/arc_bodies.csv`)
  const ag = arc.map((r) => r.gold)
  const ap = model.predictBatch!(arc.map((r) => ({ claim: r.claim, text: r.text }))).map(
    (r) => r.stance,
  )
  console.log(`\nARC test (out of domain, not trained on ARC): ${arc.length} pairs\n`)
  console.log(header)
  console.log(line('this model (stance-mlp)', ag, ap))
  console.log(
    line(
      'all unrelated',
      ag,
      ag.map(() => 'unrelated'),
    ),
  )
  console.log('anchor: featMLP trained and tested on ARC, macro-F1 0.526 (Hanselowski et al. 2018)')
}
