import { beforeAll, describe, expect, test } from 'vitest'
import { textDocument } from '../../../bench/lib/seed.js'
import { sharedPath } from '../../../bench/lib/shared-data.js'
import { processDocument } from '../index.js'
import { loadGazetteer } from '../language/geo/index.js'
import type { ProcessedDocument } from '../types.js'
import { loadAttributionModel } from './model/index.js'
import type { Statement } from './types.js'

const seed = sharedPath('seeds', '000_45e12265194c461f.txt')
if (!seed) console.log('skipped: the seed page ../shared/seeds/000_45e12265194c461f.txt is missing')

// the seed is read from ../shared at run time; none of its text is in the repository
describe.skipIf(!seed)('statements on the seed page', () => {
  let p: ProcessedDocument
  let name: (s: Statement) => string | undefined
  beforeAll(() => {
    const r = processDocument(textDocument(seed!), { gazetteer: loadGazetteer() })
    if (!r.ok) throw new Error(r.reason)
    p = r.processed
    const names = new Map(p.analysis.entities.map((e) => [e.key, e.name]))
    name = (s) => (s.speaker?.entityKey ? names.get(s.speaker.entityKey) : undefined)
  })
  const find = (pred: (s: Statement) => boolean) => p.statements.filter(pred)

  test("Ukraine's refutation, citing a video", () => {
    const hits = find(
      (s) =>
        name(s) === 'Ukraine' &&
        s.polarity === 'refutes' &&
        s.evidence.some((e) => e.kind === 'video'),
    )
    expect(hits.length).toBeGreaterThan(0)
  })

  test("the border guards' video, hedged, and its caption", () => {
    const video = find(
      (s) => name(s) === 'Ukrainian border guards' && s.hedges.includes('purportedly'),
    )
    expect(video).toHaveLength(1)
    expect(video[0]!.evidence.map((e) => e.kind)).toContain('video')
    const caption = find((s) => s.content.text === 'Bakhmut fortress. We stand')
    expect(caption).toHaveLength(1)
    expect(name(caption[0]!)).toBe('Ukrainian border guards')
  })

  test("the Russian forces' claim to have captured the city", () => {
    const hits = find(
      (s) => name(s) === 'Russian forces' && /captured the city/.test(s.content.text),
    )
    expect(hits).toHaveLength(1)
    expect(hits[0]!.polarity).toBe('asserts')
  })

  test("the Wagner head's claims, resolved to the person", () => {
    const flag = find((s) => /raised a Russian flag/.test(s.content.text))
    expect(flag).toHaveLength(1)
    expect(name(flag[0]!)).toBe('Yevgeny Prigozhin')
    expect(flag[0]!.speaker!.text.startsWith('the head of')).toBe(true)
    const legal = find((s) => /in a legal sense/.test(s.content.text))
    expect(legal).toHaveLength(1)
    expect(legal[0]!.mode).toBe('mixed')
    expect(name(legal[0]!)).toBe('Yevgeny Prigozhin')
    const west = find((s) => /western parts of the city/.test(s.content.text))
    expect(west).toHaveLength(1)
    expect(name(west[0]!)).toBe('Yevgeny Prigozhin')
  })

  test('Ukraine dismissing the video, and why it does', () => {
    const dismiss = find((s) => name(s) === 'Ukraine' && s.polarity === 'dismisses')
    expect(dismiss).toHaveLength(1)
    expect(dismiss[0]!.content.text).toBe('the video')
    expect(
      find((s) => name(s) === 'Ukraine' && /still fighting/.test(s.content.text)),
    ).toHaveLength(1)
  })

  test("the General Staff's direct quote", () => {
    const hits = find(
      (s) => name(s) === 'General Staff of the Armed Forces of Ukraine' && s.mode === 'direct',
    )
    expect(hits).toHaveLength(1)
    expect(hits[0]!.content.text.startsWith('The enemy has not stopped')).toBe(true)
    expect(hits[0]!.why.rule).toMatch(/^quote-trailing/)
  })

  test('with the learned model, as `counterclaim ingest` runs it, every speaker is an entity', () => {
    const r = processDocument(textDocument(seed!), {
      gazetteer: loadGazetteer(),
      model: loadAttributionModel(),
    })
    if (!r.ok) throw new Error(r.reason)
    // "Similar claims have been made" is no statement by "Similar"
    for (const s of r.processed.statements) expect(s.speaker?.entityKey).toBeTruthy()
    expect(r.processed.statements.length).toBeGreaterThanOrEqual(p.statements.length)
  })

  test('no statement comes from related headlines or captions, and every span points at its text', () => {
    const { article } = p
    for (const s of p.statements) {
      for (const h of article.relatedHeadlines) expect(s.content.text).not.toBe(h)
      for (const c of article.captions) expect(c.text).not.toContain(s.content.text)
      expect(article.text.slice(s.content.start, s.content.end)).toBe(s.content.text)
      expect(article.text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text)
      if (s.speaker) expect(article.text.slice(s.speaker.start, s.speaker.end)).toBe(s.speaker.text)
      expect(s.why.confidence).toBeGreaterThan(0)
    }
  })
})
