import { describe, expect, test } from 'vitest'
import { bareArticle } from '../assemble.js'
import { loadGazetteer } from '../language/geo/index.js'
import { analyze } from '../language/index.js'
import { attribute } from './index.js'

// fixtures are sentences written for these tests
function evidence(text: string) {
  const article = bareArticle([text])
  const statements = attribute(article, analyze(article, { gazetteer: loadGazetteer() }))
  expect(statements.length).toBeGreaterThan(0)
  return statements.flatMap((s) => s.evidence)
}
const kinds = (text: string) => [...new Set(evidence(text).map((e) => e.kind))].sort()

describe('evidence words in senses that cite nothing', () => {
  test('a modifier of another noun: "data centres", "report card", "photo opportunity"', () => {
    expect(kinds('The firm said it would open three data centres in Westbury next year.')).toEqual(
      [],
    )
    expect(kinds('The minister said each school would get a report card in May.')).toEqual([])
    expect(kinds('The tour was a photo opportunity and nothing more, the senator said.')).toEqual(
      [],
    )
    expect(kinds('The minister said the data showed a fall in crime.')).toEqual(['data'])
  })

  test('a verb after a modal or an infinitive "to"', () => {
    expect(kinds('The coast may witness heavy storms this week, the agency said.')).toEqual([])
    expect(kinds('The minister said she was due to report to parliament on Tuesday.')).toEqual([])
    expect(
      kinds('The guards fired first, according to witness testimony, officials said.'),
    ).toEqual(['witness'])
    expect(kinds('The group said it had gained access to video of the raid.')).toEqual(['video'])
  })

  test('evidence the speaker says is missing: "no video", "no new data"', () => {
    expect(kinds('The police said they had no video of the crash.')).toEqual([])
    expect(kinds('The ministry said it had no new data on the outbreak.')).toEqual([])
    expect(kinds('The police said they had video of the crash.')).toEqual(['video'])
  })

  test('witnesses sought are not witnesses heard; those told are listeners', () => {
    expect(kinds('The police said they were appealing for witnesses to the robbery.')).toEqual([])
    expect(kinds('Officers told residents to close their windows, the council said.')).toEqual([])
    expect(kinds('The police said witnesses saw two men running from the bank.')).toEqual([
      'witness',
    ])
  })

  test('idioms: "the full picture", "senior figures", "a letter of support"', () => {
    expect(kinds('The envoy said the bigger picture was one of slow progress.')).toEqual([])
    expect(kinds('Leading figures in the union said the strike would go ahead.')).toEqual([])
    expect(
      kinds('The ministry said it had received a letter of thanks from the governor.'),
    ).toEqual([])
    expect(kinds('The ministry said a picture sent by a nurse showed the damaged ward.')).toEqual([
      'photo',
    ])
    expect(kinds('The ministry said a letter from the governor promised more funds.')).toEqual([
      'document',
    ])
  })

  test('records that are broken are no data', () => {
    expect(kinds('The weather office said heat records had been broken in six cities.')).toEqual([])
    expect(kinds('The team set new records at the games, the ministry said.')).toEqual([])
    expect(kinds('The ministry said the records set out every payment to the firm.')).toEqual([
      'data',
    ])
    expect(kinds('The company said its records showed no transfer to the account.')).toEqual([
      'data',
    ])
  })

  test('a post is a social media post only where the words say it is online', () => {
    expect(kinds('The guards left the frontier post at night, an officer said.')).toEqual([])
    expect(kinds('The ambassador left his post on Monday, the ministry said.')).toEqual([])
    expect(kinds('The party said in a Facebook post that its leader had been arrested.')).toEqual([
      'social media post',
    ])
    expect(kinds('In a post on X, the senator said the vote would be delayed.')).toEqual([
      'social media post',
    ])
    expect(kinds('The party said posts on X showed its leader in hospital.')).toEqual([
      'social media post',
    ])
    expect(kinds('In a post, the ministry said three soldiers had been killed.')).toEqual([
      'social media post',
    ])
    expect(kinds('The army said posts on its official channel showed the bridge intact.')).toEqual([
      'social media post',
    ])
    expect(kinds('The ministry said online posts claimed the dam had burst.')).toEqual([
      'social media post',
    ])
    expect(kinds('The army said a post it shared overnight showed the captured tank.')).toEqual([
      'social media post',
    ])
  })

  test('a phone call is a medium of speech; a leaked or intercepted one is audio', () => {
    expect(
      kinds('The chancellor told the premier in a phone call that aid would continue.'),
    ).toEqual([])
    expect(kinds('The prosecutor said leaked phone calls showed the deal was rigged.')).toEqual([
      'audio',
    ])
    expect(kinds('The agency said an intercepted phone call revealed the plan.')).toEqual(['audio'])
    expect(kinds('The police said a phone call recorded by the bank proved the fraud.')).toEqual([
      'audio',
    ])
  })

  test('a news conference is a statement, as a press conference is', () => {
    expect(
      kinds('The minister told a news conference that the captain would miss the final.'),
    ).toEqual(['statement'])
  })
})
