import { describe, expect, it } from 'vitest'
import { loadAttributionModel, type ModelAttribution } from './index.js'

const model = loadAttributionModel()

interface Readable {
  source: string | null
  cue: string
  content: string
}

function read(text: string): Readable[] {
  return model.extract(text).map((a: ModelAttribution) => ({
    source: a.source ? text.slice(a.source.start, a.source.end) : null,
    cue: text.slice(a.cue.start, a.cue.end),
    content: a.content.map((c) => text.slice(c.start, c.end)).join(' | '),
  }))
}

function byCue(text: string, cue: string): Readable {
  const found = read(text).find((a) => a.cue === cue)
  if (!found) throw new Error(`no cue "${cue}" in ${JSON.stringify(read(text))}`)
  return found
}

describe('shipped attribution model', () => {
  it('loads fast and names itself', () => {
    expect(model.name).toMatch(/^attribution-perceptron@/)
  })

  it('finds a direct quote with the speaker after it', () => {
    const a = byCue('“The bridge will reopen in May,” the transport minister said.', 'said')
    expect(a.source).toBe('the transport minister')
    expect(a.content).toContain('The bridge will reopen in May')
  })

  it('finds "X said that ..."', () => {
    const a = byCue(
      'Mayor Lena Ortiz said that the city budget would be cut by ten percent next year.',
      'said',
    )
    expect(a.source).toBe('Mayor Lena Ortiz')
    expect(a.content).toMatch(/^that the city budget would be cut by ten percent next year/)
  })

  it('finds "according to X"', () => {
    const a = byCue(
      'The paper mill will close before the winter, according to a spokeswoman for the owners.',
      'according to',
    )
    expect(a.source).toBe('a spokeswoman for the owners')
    expect(a.content).toBe('The paper mill will close before the winter')
  })

  it('keeps a quote that spans two sentences in one content', () => {
    const text =
      '“We did not expect the flood. Nobody did,” said Tom Reyes, a farmer from the valley.'
    const a = byCue(text, 'said')
    expect(a.source).toContain('Tom Reyes')
    expect(a.content).toContain('We did not expect the flood. Nobody did')
  })

  it('finds a reported clause followed by ", X said."', () => {
    const a = byCue(
      'The talks between the two unions collapsed on Tuesday, officials said.',
      'said',
    )
    expect(a.source).toBe('officials')
    expect(a.content).toContain('The talks between the two unions collapsed on Tuesday')
  })

  it('links each cue to its own source and content', () => {
    const text =
      'The governor said the road would be repaired by June. Her opponent, Sam Boyd, told reporters that the plan was too late.'
    const gov = byCue(text, 'said')
    const opp = byCue(text, 'told')
    expect(gov.source).toBe('The governor')
    expect(gov.content).toContain('the road would be repaired by June')
    expect(opp.source).toContain('Sam Boyd')
    expect(opp.content).toContain('the plan was too late')
  })

  it('reads straight quotes and a pronoun source', () => {
    const a = byCue('"Prices will fall by the summer," he said on Monday.', 'said')
    expect(a.source).toBe('he')
    expect(a.content).toContain('Prices will fall by the summer')
  })

  it('stays linear on a long text without line breaks', () => {
    const text = 'The clerk said that the office would open at nine. '.repeat(3000)
    const t0 = performance.now()
    const found = model.extract(text)
    expect(performance.now() - t0).toBeLessThan(10_000)
    expect(found.length).toBeGreaterThan(2900)
  })

  it('records why and how sure', () => {
    const [a] = model.extract('“It is over,” the coach said.')
    expect(a?.why.rule).toBe(model.name)
    expect(a?.confidence).toBeGreaterThan(0)
    expect(a?.confidence).toBeLessThanOrEqual(1)
  })

  it('with a filter, returns the relations it accepts, each as without one', () => {
    const text = [
      '“The bridge will reopen in May,” the transport minister said, but critics doubted it.',
      'Officials warned that the levee could fail, while residents claimed they had not been told.',
      'He said the plan, which the council rejected, was “the only way out”, aides believe.',
    ].join('\n')
    const all = model.extract(text)
    expect(all.length).toBeGreaterThan(2)
    const keeps = [
      () => true,
      (_: unknown, p: number) => p >= 0.7,
      (c: { start: number }) => c.start !== all[0]!.cue.start,
      (c: { start: number }) => c.start === all.at(-1)!.cue.start,
      () => false,
    ]
    for (const keep of keeps)
      expect(model.extract(text, keep)).toEqual(all.filter((r) => keep(r.cue, r.confidence)))
  })

  it('returns nothing for text without attribution', () => {
    expect(
      model.extract('The river rose two metres overnight and covered the lower fields.'),
    ).toEqual([])
  })
})
