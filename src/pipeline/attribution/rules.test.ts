import { describe, expect, test } from 'vitest'
import { bareArticle } from '../assemble.js'
import { loadGazetteer } from '../language/geo/index.js'
import { analyze } from '../language/index.js'
import { attribute } from './index.js'
import type { Statement } from './types.js'

// fixtures are sentences written for these tests
function run(...paragraphs: string[]) {
  const article = bareArticle(paragraphs, {
    outlet: 'Example Wire',
    publishedAt: '2024-03-08T10:00:00Z',
  })
  const analysis = analyze(article, { gazetteer: loadGazetteer() })
  const names = new Map(analysis.entities.map((e) => [e.key, e.name]))
  const statements = attribute(article, analysis)
  return {
    statements,
    who: (s: Statement) =>
      s.speaker?.entityKey ? names.get(s.speaker.entityKey) : s.speaker?.text,
  }
}

describe('attribution rules', () => {
  test('[quote-trailing] a quotation and then its speaker and cue', () => {
    const {
      statements: [s],
      who,
    } = run('“We will not give up the harbour,” Mayor Anna Kowalczyk said on Tuesday.')
    expect(s?.mode).toBe('direct')
    expect(s?.content.text).toBe('We will not give up the harbour')
    expect(who(s!)).toBe('Anna Kowalczyk')
    expect(s?.time?.value).toBe('2024-03-05')
  })

  test('[quote-trailing] cue before the speaker, quote over two sentences', () => {
    const { statements, who } = run(
      '"The town is ours. The enemy has fled," said Colonel John Smithers, a spokesman for the brigade.',
    )
    expect(statements).toHaveLength(1)
    expect(statements[0]!.content.text).toBe('The town is ours. The enemy has fled')
    expect(who(statements[0]!)).toBe('John Smithers')
  })

  test('[reported] "X said on <day> that …"', () => {
    const {
      statements: [s],
      who,
    } = run('Northland officials said on Monday that the bridge had been destroyed by shelling.')
    expect(s?.mode).toBe('reported')
    expect(s?.content.text).toBe('the bridge had been destroyed by shelling')
    expect(who(s!)).toBe('Northland officials')
    expect(s?.time?.text).toBe('on Monday')
  })

  test('[reported] a denial, with its polarity', () => {
    const {
      statements: [s],
    } = run('Jane Roe denied that her party had received money from abroad.')
    expect(s?.polarity).toBe('denies')
    expect(s?.content.text).toBe('her party had received money from abroad')
  })

  test('[reported-inverted] "…, the army said."', () => {
    const {
      statements: [s],
      who,
    } = run('The port is fully under our control, the Northland army said.')
    expect(s?.content.text).toBe('The port is fully under our control')
    expect(who(s!)).toMatch(/Northland army/i)
  })

  test('[according-to] at the start and at the end', () => {
    const a = run('According to the Ministry of Health, 40 people were injured in the blast.')
      .statements[0]
    expect(a?.content.text).toBe('40 people were injured in the blast')
    expect(a?.speaker?.text).toBe('the Ministry of Health')
    const b = run('Forty people were injured in the blast, according to local officials.')
      .statements[0]
    expect(b?.content.text).toBe('Forty people were injured in the blast')
    expect(b?.speaker?.text).toBe('local officials')
  })

  test('[mixed] a paraphrase holding a quoted fragment', () => {
    const {
      statements: [s],
    } = run('The governor said the village was "completely destroyed" after the attack.')
    expect(s?.mode).toBe('mixed')
    expect(s?.content.text).toBe('the village was "completely destroyed" after the attack')
  })

  test('[participial] "…, saying …" takes the clause subject as speaker', () => {
    const { statements, who } = run(
      'Jane Roe, the head of the Harbour Authority, left the meeting early, saying the offer was an insult.',
    )
    const s = statements.find((x) => x.cue.text === 'saying')
    expect(s?.content.text).toBe('the offer was an insult')
    expect(who(s!)).toBe('Jane Roe')
  })

  test('[noun-cue] "claims by X that …"', () => {
    const { statements, who } = run(
      'The army rejected claims by Southland rebels that they had seized the airport.',
    )
    const claim = statements.find((x) => x.cue.text === 'claims')
    expect(claim?.content.text).toBe('they had seized the airport')
    expect(who(claim!)).toMatch(/rebels/)
    const reject = statements.find((x) => x.cue.text === 'rejected')
    expect(reject?.polarity).toBe('refutes')
  })

  test('[media-release] a released video makes a hedged claim with its evidence', () => {
    const {
      statements: [s],
    } = run(
      'The rebels released an undated video purportedly showing their fighters inside the airport terminal.',
    )
    expect(s?.content.text).toBe('their fighters inside the airport terminal')
    expect(s?.hedges).toContain('purportedly')
    expect(s?.evidence).toEqual([
      { kind: 'video', qualifiers: ['undated'], text: 'an undated video' },
    ])
  })

  test('[floating-quote] a quotation standing alone continues the last speaker', () => {
    const { statements, who } = run(
      'Jane Roe said the talks had failed.',
      '“We gave them every chance to agree.”',
    )
    expect(statements).toHaveLength(2)
    expect(statements[1]!.why.rule).toBe('floating-quote')
    expect(who(statements[1]!)).toBe('Jane Roe')
  })

  test('[pronoun] "she said" resolves to the person named before', () => {
    const {
      statements: [s],
      who,
    } = run('Jane Roe arrived in Warsaw on Monday. She said the talks would resume next week.')
    expect(who(s!)).toBe('Jane Roe')
    expect(s?.speaker?.resolvedBy).toBe('pronoun:she')
  })

  test('a negated cue is no statement, and neither is a clause with no source', () => {
    expect(
      run('The ministry did not say whether the convoy had been hit.').statements,
    ).toHaveLength(0)
    expect(run('Similar claims have been made in the past.').statements).toHaveLength(0)
  })
  test('[contrast] "X claimed A, but Y disputed it": A stops at the comma', () => {
    const { statements, who } = run(
      'Russian officials claimed that their troops seized the depot on Friday, but a Ukrainian army spokesman disputed these claims.',
    )
    const claim = statements.find((s) => s.cue.text === 'claimed')
    expect(claim?.content.text).toBe('their troops seized the depot on Friday')
    const denial = statements.find((s) => s.cue.text === 'disputed')
    expect(who(denial!)).toMatch(/spokesman/)
  })

  test('[quote-trailing] a name, then an apposition between commas, then the cue', () => {
    const { statements, who } = run(
      '“We are protecting our homes,” Petro, 37, a driver with one brigade, said.',
    )
    expect(statements).toHaveLength(1)
    expect(who(statements[0]!)).toBe('Petro')
    expect(statements[0]!.why.rule).toBe('quote-trailing:speaker-cue')
  })

  test("a quotation ending its sentence is not the content of the next sentence's cue", () => {
    const { statements } = run(
      'A spokesman, Tom Reed, said the feud was a domestic matter "in which the government plays no part and never will." He added that the government takes no position on who leads the country.',
    )
    const added = statements.find((s) => s.cue.text === 'added')
    expect(added?.content.text).toBe('the government takes no position on who leads the country')
  })
  test('[reported-interrupted] "The motive, the ministry said, was …" keeps the whole content', () => {
    const { statements } = run(
      'The motive, the ministry said, was to frighten soldiers who might surrender.',
    )
    expect(statements).toHaveLength(1)
    expect(statements[0]!.why.rule).toBe('reported-interrupted')
    expect(statements[0]!.content.text).toBe(
      'The motive, the ministry said, was to frighten soldiers who might surrender',
    )
  })
  test('[participial] a noun right before the participle is its speaker, not the clause subject', () => {
    const { statements, who } = run(
      'The embassy kept quiet, with sources telling reporters that the envoy had been recalled.',
    )
    const s = statements.find((x) => x.cue.text === 'telling')
    expect(who(s!)).toBe('sources')
    expect(s?.content.text).toBe('the envoy had been recalled')
  })

  test('"one of the officials" keeps its quantifier', () => {
    const { statements, who } = run(
      'One of the senior officials told the radio that the plan was ready.',
    )
    expect(who(statements[0]!)).toBe('One of the senior officials')
  })
  test('"threaten" is speech only with a clause after it', () => {
    expect(
      run('The counterattacks threaten the supply lines of the invading force.').statements,
    ).toHaveLength(0)
    expect(run('The governor threatened to cut the power.').statements).toHaveLength(1)
  })
  test('[noun-cue] a demonym before the noun speaks for its country', () => {
    const { statements, who } = run(
      'Local officials rejected Ukrainian reports that the ferry had been sunk near the harbour.',
    )
    const inner = statements.find((s) => s.cue.text === 'reports')
    expect(inner?.content.text).toBe('the ferry had been sunk near the harbour')
    expect(inner?.why.rule).toBe('noun-cue')
    expect(who(inner!)).toBe('Ukraine')
    const outer = statements.find((s) => s.cue.text === 'rejected')
    expect(outer?.polarity).not.toBe('asserts')
  })
})
