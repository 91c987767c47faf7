import { describe, expect, it } from 'vitest'
import { sharedPath } from '../../../../bench/lib/shared-data.js'
import { loadPolnear, parseAnn } from './polnear.js'

describe('parseAnn', () => {
  it('reads spans, discontinuous fragments and relations, skipping stray lines', () => {
    const ann = [
      'T1\tSource 0 8\tThe mayor',
      'T2\tCue 9 13\tsaid',
      'T3\tContent 14 20;25 30\tthe road was shut',
      'T4\tAttribution 9 13\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tCue 40 52\taccording to',
      'T6\tContent 31 39\tits plan',
      'T7\tAttribution-no-source 40 52\taccording to',
      'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
      '#1\tAnnotatorNotes T1\tunsure',
      'a stray free-text line',
      'E3\tAttribution-no-source:T9 ',
    ].join('\n')
    const out = parseAnn(ann)
    expect(out).toHaveLength(2)
    expect(out[0]).toEqual({
      source: [{ start: 0, end: 8 }],
      cue: [{ start: 9, end: 13 }],
      content: [
        { start: 14, end: 20 },
        { start: 25, end: 30 },
      ],
    })
    expect(out[1]?.source).toBeNull()
  })
})

const root = sharedPath('data', 'polnear')

describe.skipIf(!root)('PolNeAR on disk', () => {
  it('loads one annotation per dev article', () => {
    const docs = loadPolnear(root!, 'dev')
    expect(docs).toHaveLength(84)
    const n = docs.reduce((a, d) => a + d.attributions.length, 0)
    expect(n).toBeGreaterThan(2100)
    for (const d of docs.slice(0, 5)) {
      for (const a of d.attributions) {
        for (const f of a.cue) expect(f.end).toBeLessThanOrEqual(d.text.length)
      }
    }
  })
})
