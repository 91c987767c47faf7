import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  halfOf,
  type PageScore,
  scorePage,
  summarize,
} from '../../../../bench/lib/extraction-metric.js'
import { sharedPath } from '../../../../bench/lib/shared-data.js'
import { cleanText } from './index.js'

const dir = sharedPath('data', 'article-extraction-benchmark')
if (!dir) console.log('skipped: article-extraction benchmark not in ../shared')

// A floor under the measured figures (test 0.896, dev 0.969), to catch regressions.
describe.skipIf(!dir)('cleanText on the article-extraction benchmark (flattened pages)', () => {
  it('keeps body F1 above its floors on both halves', () => {
    const truth = JSON.parse(readFileSync(join(dir!, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { articleBody: string; url: string }
    >
    const scores: Record<'dev' | 'test', PageScore[]> = { dev: [], test: [] }
    for (const [id, t] of Object.entries(truth)) {
      const text = readFileSync(join(dir!, 'flattened', `${id}.txt`), 'utf8')
      const body = cleanText(text, { url: t.url }).paragraphs.join('\n')
      scores[halfOf(id)].push(scorePage(t.articleBody, body))
    }
    expect(summarize(scores.test).f1).toBeGreaterThan(0.87)
    expect(summarize(scores.dev).f1).toBeGreaterThan(0.95)
  })
})
