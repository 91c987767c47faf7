/**
 * `counterclaim group` (the ledger's grouping code) on all 2,595 Emergent headlines without
 * their claim ids, scored against the ids with B-cubed precision/recall/F1 and the Adjusted
 * Rand Index; also on the test split's 524 headlines alone.
 *
 *   npx tsx bench/eval-group-command.ts
 */
import { join } from 'node:path'
import { textGrouper } from '../src/pipeline/claims/group-texts.js'
import { adjustedRand, bcubed } from '../src/pipeline/claims/similarity/cluster-metrics.js'
import { loadGazetteer } from '../src/pipeline/language/geo/index.js'
import { readCsv } from './lib/csv.js'
import { requireShared } from './lib/shared-data.js'

const dir = requireShared('data', 'emergent')
for (const [name, file] of [
  ['all 2,595 headlines', 'url-versions-2015-06-14-clean.csv'],
  ['test split, 524 headlines', 'url-versions-2015-06-14-clean-test.csv'],
  ['train split, 2,071 headlines (tuning)', 'url-versions-2015-06-14-clean-train.csv'],
] as const) {
  const rows = readCsv(join(dir, file))
  const g = textGrouper({ gazetteer: loadGazetteer() })
  const t0 = performance.now()
  const pred: string[] = []
  for (const r of rows) pred.push((await g.add(r.articleId!, r.articleHeadline!)).claimId)
  const seconds = (performance.now() - t0) / 1000
  const gold = rows.map((r) => r.claimId!)
  const b = bcubed(gold, pred)
  console.log(
    `${name}: B-cubed P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}, ARI ${adjustedRand(gold, pred).toFixed(3)}, ${new Set(pred).size} groups for ${new Set(gold).size} claims, ${(rows.length / seconds).toFixed(0)} texts/s`,
  )
}
