/**
 * Hedges and evidence on our own hand-written set (src/pipeline/attribution/gold): the public
 * corpora annotate neither. The dev set was used while writing the rules; the test set was
 * written afterwards and is only scored. `npx tsx bench/eval-hedges-evidence.ts [--errors]`
 */
import { scoreHedgesEvidence } from '../src/pipeline/attribution/gold/score.js'
import { loadGazetteer } from '../src/pipeline/language/geo/index.js'

const pct = (x: number) => (100 * x).toFixed(1).padStart(5)
for (const split of ['test', 'dev'] as const) {
  const s = scoreHedgesEvidence(loadGazetteer(), split)
  console.log(`\n${split}: ${s.sentences} sentences, a statement found in ${s.withStatement}`)
  console.log('                 P      R     F1    tp  fp  fn')
  for (const [name, r] of [
    ['hedges', s.hedges],
    ['evidence kinds', s.evidence],
    ['qualifiers', s.qualifiers],
  ] as const) {
    console.log(
      `${name.padEnd(15)} ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.tp).padStart(4)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}`,
    )
  }
  if (process.argv.includes('--errors'))
    for (const e of s.errors)
      console.log(
        `- ${e.text}\n    missed ${JSON.stringify(e.missed)} extra ${JSON.stringify(e.extra)}`,
      )
}
