/**
 * Claim grouping on Emergent: all 2,595 article headlines are added one by one to an incremental
 * grouping without their claim ids, then scored against the claim ids with B-cubed
 * precision/recall/F1 and the Adjusted Rand Index. The threshold was fitted on the train split, so
 * the 524 test-split headlines (60 unseen claims) are also grouped and scored on their own.
 * Ends with throughput on a larger stream (sentences of FNC-1 test bodies).
 *
 *   npx tsx bench/eval-grouping-emergent.ts
 * @module
 */
import { adjustedRand, bcubed } from '../src/pipeline/claims/similarity/cluster-metrics.js'
import { createGrouping, loadParams } from '../src/pipeline/claims/similarity/index.js'
import { readCsv } from './lib/csv.js'
import { requireShared, sharedPath } from './lib/shared-data.js'

interface Row {
  id: string
  text: string
  claim: string
}

function run(rows: Row[]): { pred: string[]; seconds: number } {
  const t0 = performance.now()
  const g = createGrouping()
  const pred = rows.map((r) => g.add(r.id, r.text).groupId)
  return { pred, seconds: (performance.now() - t0) / 1000 }
}

function report(name: string, rows: Row[], pred: string[]): void {
  const gold = rows.map((r) => r.claim)
  const b = bcubed(gold, pred)
  const ari = adjustedRand(gold, pred)
  console.log(
    `${name.padEnd(44)} ${String(rows.length).padStart(5)} ${String(new Set(gold).size).padStart(6)} ${String(new Set(pred).size).padStart(6)}   ` +
      `${b.precision.toFixed(3)}  ${b.recall.toFixed(3)}  ${b.f1.toFixed(3)}   ${ari.toFixed(3)}`,
  )
}

const dir = requireShared('data', 'emergent')
const load = (file: string): Row[] =>
  readCsv(`${dir}/${file}`).map((r) => ({
    id: r.articleId!,
    text: r.articleHeadline!,
    claim: r.claimId!,
  }))
const all = load('url-versions-2015-06-14-clean.csv')
const test = load('url-versions-2015-06-14-clean-test.csv')
const testIds = new Set(test.map((r) => r.id))

const p = loadParams()
console.log(
  `threshold ${p.threshold} (fitted on train headlines), centroid linkage, IDF power ${p.idfPower}\n`,
)
console.log(
  `${'headlines'.padEnd(44)} ${'n'.padStart(5)} ${'claims'.padStart(6)} ${'groups'.padStart(6)}   B3-P   B3-R   B3-F1   ARI`,
)
const whole = run(all)
report('all 2,595 (clean.csv order)', all, whole.pred)
const inTest = all.map((r, i) => [r, whole.pred[i]!] as const).filter(([r]) => testIds.has(r.id))
report(
  '  the test-split rows of that grouping',
  inTest.map(([r]) => r),
  inTest.map(([, g]) => g),
)
const alone = run(test)
report('test split alone (524, unseen claims)', test, alone.pred)
const single = all.map((r) => r.id)
report('baseline: every headline alone', all, single)
console.log('\ntarget: B-cubed F1 >= 0.80 on all 2,595')
console.log(
  `\nthroughput: ${all.length} headlines in ${whole.seconds.toFixed(2)} s (${Math.round(all.length / whole.seconds)}/s)`,
)

const bodies = sharedPath('data', 'fnc-1', 'competition_test_bodies.csv')
if (bodies) {
  const sentences: Row[] = []
  for (const r of readCsv(bodies)) {
    for (const s of r.articleBody!.split(/(?<=[.!?])\s+|\n+/)) {
      if (s.trim().length > 20) sentences.push({ id: String(sentences.length), text: s, claim: '' })
    }
  }
  const big = run(sentences)
  console.log(
    `throughput: ${sentences.length} sentences of FNC-1 test bodies in ${big.seconds.toFixed(1)} s ` +
      `(${Math.round(sentences.length / big.seconds)}/s), ${new Set(big.pred).size} groups`,
  )
}
