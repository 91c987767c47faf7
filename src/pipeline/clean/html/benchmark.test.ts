import { describe, expect, it } from 'vitest'
import {
  loadBenchmark,
  oursBody,
  readabilityBody,
  runInterleaved,
} from '../../../../bench/eval-extraction-html.js'
import { halfOf, summarize } from '../../../../bench/lib/extraction-metric.js'
import { sharedPath } from '../../../../bench/lib/shared-data.js'

const dir = sharedPath('data', 'article-extraction-benchmark')

describe.skipIf(!dir)('article-extraction benchmark, test half', () => {
  it('scores above plain Readability measured in the same run', () => {
    const pages = loadBenchmark(dir!).filter((p) => halfOf(p.id) === 'test')
    const [ours, base] = runInterleaved(pages, [oursBody, readabilityBody])
    const f1 = (r: NonNullable<typeof ours>) => summarize([...r.scores.values()]).f1
    const oursF1 = f1(ours!)
    const baseF1 = f1(base!)
    console.log(`test half: cleanHtml F1 ${oursF1.toFixed(4)}, readability F1 ${baseF1.toFixed(4)}`)
    expect(oursF1).toBeGreaterThan(baseF1)
    expect(oursF1).toBeGreaterThan(0.95)
    // About 15 s of CPU; the margin is for a machine shared with other jobs.
  }, 180_000)
})
