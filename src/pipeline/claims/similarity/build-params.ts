/**
 * Fit the claim-similarity parameters on training data only and write data/similarity-params.json:
 * document frequencies of stems over Emergent train claims and headlines and FNC-1 train headlines
 * (minus any that are also Emergent test headlines), then the grouping threshold, name boost and
 * number penalty by grid search for B-cubed F1 on grouping the Emergent train headlines.
 *
 *   npx tsx src/pipeline/claims/similarity/build-params.ts
 * @module
 */
import { writeFileSync } from 'node:fs'
import { loadEmergent, loadFncTrain } from '../stance/model/corpora.js'
import { bcubed } from './cluster-metrics.js'
import { createGrouping, keyTerms, paramsPath, type SimilarityParams, setParams } from './index.js'

const emTrain = loadEmergent('train')
const emTest = new Set(loadEmergent('test').map((r) => r.text))
const corpus = [
  ...new Set([
    ...emTrain.map((r) => r.claim),
    ...emTrain.map((r) => r.text),
    ...loadFncTrain().pairs.map((p) => p.claim),
  ]),
].filter((t) => !emTest.has(t))

const df = new Map<string, number>()
for (const t of corpus) {
  for (const s of new Set(keyTerms(t).terms)) df.set(s, (df.get(s) ?? 0) + 1)
}
const kept = Object.fromEntries(
  [...df].filter(([, d]) => d >= 2).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
)
const n = corpus.length
const dfKept = new Map(Object.entries(kept))

function score(p: SimilarityParams): number {
  setParams(p)
  const g = createGrouping()
  const pred = emTrain.map((r) => g.add(r.articleId, r.text).groupId)
  return bcubed(
    emTrain.map((r) => r.claimId),
    pred,
  ).f1
}

type Fit = Omit<SimilarityParams, 'df' | 'docs'> & { f1: number }
let best: Fit = { f1: -1, threshold: 0, nameBoost: 0, numberPenalty: 0, idfPower: 1 }
for (const idfPower of [1, 1.5, 2, 2.5, 3]) {
  for (const nameBoost of [0, 0.1]) {
    for (const numberPenalty of [0, 0.1, 0.2]) {
      for (let threshold = 0.1; threshold <= 0.4001; threshold += 0.0125) {
        const q = { threshold, nameBoost, numberPenalty, idfPower }
        const f1 = score({ docs: n, df: dfKept, ...q })
        if (f1 > best.f1) best = { f1, ...q }
      }
    }
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000
console.log(
  `train headlines ${emTrain.length}: B-cubed F1 ${round(best.f1)} at threshold ${round(best.threshold)}, ` +
    `name boost ${best.nameBoost}, number penalty ${best.numberPenalty}, IDF power ${best.idfPower}, ` +
    `IDF from ${n} texts, ${dfKept.size} stems`,
)
writeFileSync(
  paramsPath(),
  `${JSON.stringify({
    about:
      'Claim-similarity parameters fitted by build-params.ts on Emergent train and FNC-1 train headlines',
    docs: n,
    threshold: round(best.threshold),
    nameBoost: best.nameBoost,
    numberPenalty: best.numberPenalty,
    idfPower: best.idfPower,
    trainBcubedF1: round(best.f1),
    df: kept,
  })}\n`,
)
