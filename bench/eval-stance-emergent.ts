/**
 * The stance model on the Emergent test split (524 headlines, 60 claims): accuracy of each
 * headline's stance (for / against / observing) toward its claim, beside Ferreira & Vlachos 2016.
 * The task has no "unrelated" class, so the main figure tells the model the pair is related
 * (`{ related: true }`); the plain call, whose gate may answer "unrelated", is shown too.
 *
 *   npx tsx bench/eval-stance-emergent.ts
 * @module
 */
import { loadStanceModel, type Stance } from '../src/pipeline/claims/stance/index.js'
import { classScores, confusion } from '../src/pipeline/claims/stance/model/metrics.js'
import { readCsv } from './lib/csv.js'
import { requireShared } from './lib/shared-data.js'

const LABEL: Record<string, Stance> = { for: 'supports', against: 'refutes', observing: 'reports' }
const THREE: Stance[] = ['supports', 'refutes', 'reports']

const path = requireShared('data', 'emergent', 'url-versions-2015-06-14-clean-test.csv')
const rows = readCsv(path)
const gold = rows.map((r) => LABEL[r.articleHeadlineStance!]!)

const t0 = performance.now()
const model = loadStanceModel()
const results = rows.map((r) =>
  model.predict(r.claimHeadline!, r.articleHeadline!, { related: true }),
)
const ms = performance.now() - t0
const pred = results.map((r) => r.stance)
const plain = rows.map((r) => model.predict(r.claimHeadline!, r.articleHeadline!).stance)

const c = classScores(gold, pred, THREE)
const cp = classScores(gold, plain, THREE)
const unrelated = plain.filter((p) => p === 'unrelated').length
console.log(
  `Emergent test split: ${rows.length} headlines, ${new Set(rows.map((r) => r.claimId)).size} claims\n`,
)
console.log(
  `headline stance accuracy (for / against / observing): ${(100 * c.accuracy).toFixed(1)}%`,
)
console.log(
  `  per-class F1: for ${c.f1.supports!.toFixed(3)}, against ${c.f1.refutes!.toFixed(3)}, observing ${c.f1.reports!.toFixed(3)}; macro-F1 ${c.macroF1.toFixed(3)}`,
)
console.log(
  `plain predict() (gate on): ${(100 * cp.accuracy).toFixed(1)}%, ${unrelated} headlines called unrelated (counted wrong)`,
)
console.log(`
Anchors (same test split): Ferreira & Vlachos 2016, 73.3% with word2vec, PPDB and a parser;
  69.8% with bag-of-words and question mark only (no pretrained resource). Target here: >= 75%.
  Majority class (for): ${((100 * gold.filter((g) => g === 'supports').length) / gold.length).toFixed(1)}%
`)
console.log(confusion(gold, pred, THREE))
console.log(`\ntime: ${(ms / 1000).toFixed(2)} s for load + ${rows.length} single predict() calls`)
