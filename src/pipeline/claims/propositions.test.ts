import { describe, expect, test } from 'vitest'
import { bareArticle } from '../assemble.js'
import { attribute } from '../attribution/index.js'
import { loadGazetteer } from '../language/geo/index.js'
import { analyze } from '../language/index.js'
import { findPropositions } from './propositions.js'

// sentences written for these tests
function props(...paragraphs: string[]) {
  const article = bareArticle(paragraphs, { publishedAt: '2023-05-22T09:00:00Z' })
  const analysis = analyze(article, { gazetteer: loadGazetteer() })
  const statements = attribute(article, analysis)
  return findPropositions({
    text: article.text,
    publishedAt: article.publishedAt,
    tokens: analysis.tokens,
    entities: analysis.entities,
    statements,
  })
}

describe('propositions', () => {
  test('[control] a capture claim and a holding claim are one claim, opposite stances', () => {
    const p = props(
      'Russian officials said on Sunday that their troops had captured Kherson.',
      'Ukrainian commanders said their soldiers were still holding Kherson.',
    )
    expect(p).toHaveLength(2)
    expect(p[0]!.key).toBe(p[1]!.key)
    expect(p[0]!.key).toMatch(/^control:place:/)
    expect(p[0]!.text).toBe('Kherson has been captured')
    expect(p.map((x) => x.stance)).toEqual(['supports', 'refutes'])
    expect(p[0]!.date).toBe('2023-05-21')
  })

  test('[control] "the fall of X will …" and "in order to fortify and defend X" claim nothing', () => {
    const fall = props(
      'The commander said the fall of Kherson will not change the operational situation in the south.',
    )
    expect(fall.some((x) => x.text === 'Kherson has been captured')).toBe(false)
    const aim = props(
      'Officials said the troops moved north in order to fortify and defend Kherson.',
    )
    expect(aim.some((x) => x.text === 'Kherson has been captured')).toBe(false)
  })

  test('[control] a place before an active capture verb is no place taken; a passive one is', () => {
    const hit = props(
      'A police official said a police station in Kherson took a direct hit on Monday.',
    )
    expect(hit.some((x) => x.text === 'Kherson has been captured')).toBe(false)
    const passive = props('Officials said Kherson was taken by the troops on Sunday.')
    expect(passive.map((x) => [x.text, x.stance])).toEqual([
      ['Kherson has been captured', 'supports'],
    ])
  })

  test('[control] an aim joined to another verb claims nothing; "continue to hold" still claims', () => {
    const aim = props(
      'A milblogger claimed the troops aim to cross the river, which would allow them to bypass the dam and ultimately take Kherson.',
    )
    expect(aim.some((x) => x.text === 'Kherson has been captured')).toBe(false)
    const hold = props('Officials said their forces continue to successfully defend Kherson.')
    expect(hold.map((x) => [x.text, x.stance])).toEqual([['Kherson has been captured', 'refutes']])
  })

  test('[control] "established “full control” over X" claims X; a village located in the text counts', () => {
    const p = props(
      'The defence minister said their forces had established “full control” over Kherson.',
      'A spokesman said the troops had seized Ardenkivka (20km south of Kharkiv) on Friday.',
    )
    expect(p.map((x) => [x.text, x.stance])).toEqual([
      ['Kherson has been captured', 'supports'],
      ['Ardenkivka has been captured', 'supports'],
    ])
    expect(p[1]!.key).toBe('control:place:local:UA:ardenkivka')
  })

  test('[control] an aim ("capturing X"), a country defending itself and a condition claim no control or attack', () => {
    for (const text of [
      'The general staff said Russia had failed to reach its goals, including capturing Kherson.',
      'Officials said the jets could be sent to help Kherson defend itself.',
      'The governor said the enemy would lose momentum if they do not launch an attack on Kherson.',
      'Officials said the coming week would be decisive for the enemy to complete the capture of Kherson.',
      'He said the troops were doing their duty to fight for the motherland and "liberate" Kherson.',
      'The governor announced that occupied Kherson is holding a federal educational marathon.',
      'The general staff reported attacks near the town but did not confirm enemy claims that enemy forces have entered Kherson.',
      'The enemy is concentrating efforts to break through our defenses, exit to the canal, capture the settlement of Kherson, and advance.',
      'The president said the agreement was a victory for Kherson.',
      'The governor said two unmanned surface vehicles entered Kherson harbour and one exploded.',
      'The president said the war must end with the liberation of Kherson.',
    ])
      expect(
        props(text).filter((x) => x.frame.type === 'control' || x.frame.type === 'attack'),
      ).toEqual([])
  })

  test("[control] fighting in a place holds it only when the speaker's own forces fight", () => {
    const own = props('The army said its forces were still fighting in Kherson.')
    expect(own[0]?.key).toMatch(/^control:place:/)
    expect(own[0]?.stance).toBe('refutes')
    for (const text of [
      'The ministry warned that fighting for Kherson would intensify.',
      'The governor said enemy units fighting in Kherson had lost ten tanks.',
      'The army said it had killed 40 soldiers in fighting in Kherson.',
    ])
      expect(props(text).filter((x) => x.frame.type === 'control')).toEqual([])
  })

  test('[control] a denial of capture refutes; "the city" refers back to the place', () => {
    const p = props(
      'Fighting continued in Mariupol on Monday.',
      'The mayor denied that the city had fallen.',
    )
    expect(p[0]?.key).toMatch(/^control:/)
    expect(p[0]?.stance).toBe('refutes')
  })

  test('[captives] a number of people taken prisoner is not control of a place', () => {
    const p = props('The army said it had captured 40 soldiers near Izium.')
    expect(p[0]?.frame.type).toBe('captives')
    expect(p[0]?.frame.count).toBe(40)
    // no place: no typed claim that every prisoner count would join
    const q = props('The army said it had captured 40 soldiers in the past week.')
    expect(q.some((x) => x.frame.type === 'captives')).toBe(false)
  })

  test('[attack] [weapons] [general]', () => {
    expect(props('Local officials said missiles struck Odesa overnight.')[0]?.frame.type).toBe(
      'attack',
    )
    expect(props('The ministry said Germany had delivered 14 tanks.')[0]?.frame.type).toBe(
      'weapons',
    )
    const g = props('The minister said the negotiations would resume next month.')[0]
    expect(g?.frame.type).toBe('general')
    expect(g?.key).toBeNull()
  })

  test('dismissing a video refutes what the video claimed', () => {
    const p = props(
      'The rebels released a video showing their fighters in Donetsk, saying the rebels had captured the town.',
      'The army dismissed the video.',
    )
    const last = p.at(-1)!
    expect(last.why.rule).toBe('denial-of-earlier-claim')
    expect(last.stance).toBe('refutes')
    expect(p.some((x) => x.key === last.key && x.stance === 'supports')).toBe(true)
  })
  test('a denial of "these claims" refutes the claim made just before, even a general one', () => {
    const p = props(
      'Russian officials claimed that their troops seized the grain depot on Friday, but a Ukrainian army spokesman disputed these claims.',
    )
    expect(p).toHaveLength(2)
    expect(p[1]!.why.rule).toBe('denial-of-earlier-claim')
    expect(p[1]!.text).toBe(p[0]!.text)
    expect(p[1]!.stance).toBe('refutes')
  })

  test('a denial of "the Russian claim" refutes what the Russian side said, not the last speaker', () => {
    const p = props(
      'Russian officials claimed that saboteurs had blown up the grain depot on Friday.',
      'A Ukrainian army spokesman said the evacuation of the villages was going to plan.',
      'Ukraine rejected the Russian claim.',
    )
    const last = p.at(-1)!
    expect(last.why.rule).toBe('denial-of-earlier-claim')
    expect(last.text).toBe(p[0]!.text)
    expect(last.stance).toBe('refutes')
    // a side named that spoke nowhere near is no referent
    const none = props(
      'A Ukrainian army spokesman said the evacuation of the villages was going to plan.',
      'Belarus rejected the Russian claim.',
    )
    expect(none.some((x) => x.why.rule === 'denial-of-earlier-claim')).toBe(false)
  })

  test('a rejected "narrative" is the claim just made', () => {
    const p = props(
      'Russian officials claimed that saboteurs had blown up the grain depot on Friday.',
      'The Ukrainian authorities rejected the narrative.',
    )
    expect(p[1]?.why.rule).toBe('denial-of-earlier-claim')
    expect(p[1]?.text).toBe(p[0]!.text)
    expect(p[1]?.stance).toBe('refutes')
  })

  test('a place named as a landmark ("villages south of X") is not where it happened', () => {
    const p = props(
      'Ukrainian officials said Russian shelling killed 12 people in villages south of Kherson.',
      'Ukrainian officials said Russian shelling killed 12 people in Kherson.',
    )
    expect(p.map((x) => x.frame.type)).toEqual(['general', 'casualties'])
  })
  test('a stated goal ("the goal was the liberation of X") is not a claim that X was taken', () => {
    const p = props(
      'Russian officials said their main goal was the "liberation of Kherson".',
      'Russian officials said their troops had completed the liberation of Kherson.',
    )
    expect(p.map((x) => x.frame.type)).toEqual(['general', 'control'])
  })
  test('"claims of X\'s fall" and their denial are the control claim on X', () => {
    const p = props(
      'Russian officials announced the fall of Kherson on Friday.',
      'Ukrainian officials denied Russian claims of Kherson’s fall.',
    )
    // the denial, and the Russian claims it names (a statement of their own)
    expect(p.map((x) => x.frame.type)).toEqual(['control', 'control', 'control'])
    expect(new Set(p.map((x) => x.key)).size).toBe(1)
    expect(p.map((x) => x.stance)).toEqual(['supports', 'refutes', 'supports'])
  })
  test('a rejection of "Russian claims that X" refutes what Russia claims, not the words', () => {
    const p = props(
      'Ukraine rejected Russian claims that a military depot had been hit in the raid.',
    )
    expect(p).toHaveLength(2)
    expect(p[0]!.text).toBe(p[1]!.text)
    expect(p[0]!.text).toBe('a military depot had been hit in the raid')
    expect(p.map((x) => x.stance).sort()).toEqual(['refutes', 'supports'])
    expect(p.find((x) => x.stance === 'refutes')?.why.rule).toBe('denial-of-nested-claim')
  })
  test('a report named later in a denial ("in response to reports that …") is not what it denies', () => {
    const p = props(
      'A commander denied that troops hold the island, in response to reports from local officials that troops are operating there.',
    )
    const denial = p.find((x) => x.stance === 'refutes')
    expect(denial?.why.rule).toBe('general')
    expect(denial?.text).toMatch(/^troops hold the island/)
  })

  test('[control] "taken in X" is where something happened, not X taken', () => {
    const p = props('The minister said the decisions were taken in Kherson after long talks.')
    expect(p.some((x) => x.text === 'Kherson has been captured')).toBe(false)
  })

  test('[control] "the town of X" is X, not the town named before', () => {
    const p = props(
      'Officials said their troops had captured Kherson.',
      'The army said it had captured the town of Popasna in the Luhansk region.',
    )
    expect(p.map((x) => x.text)).toEqual(['Kherson has been captured', 'Popasna has been captured'])
    const q = props(
      'Officials in Moscow said on Monday that the talks had failed.',
      'The minister said their troops had captured the capital, Kyiv, in the first week.',
    )
    expect(q.some((x) => x.text === 'Moscow has been captured')).toBe(false)
  })

  test("[control] a place taken by its own country's forces is retaken: that refutes its capture", () => {
    const p = props(
      'The ministry said Russian forces had captured Kupiansk.',
      'The general staff said Ukrainian forces had liberated Kupiansk on Friday.',
      'Officials said Kupiansk was liberated by Ukrainian troops after a week of fighting.',
      'The army said on Monday that Ukrainian forces have full control over Kupiansk.',
    )
    expect(p.map((x) => [x.text, x.stance, x.why.rule])).toEqual([
      ['Kupiansk has been captured', 'supports', 'frame:control:capture'],
      ['Kupiansk has been captured', 'refutes', 'frame:control:retaken'],
      ['Kupiansk has been captured', 'refutes', 'frame:control:retaken'],
      ['Kupiansk has been captured', 'refutes', 'frame:control:retaken'],
    ])
  })

  test('[control] "the settlement in X" is a place of its own; a name the gazetteer lacks breaks the reference', () => {
    const located = props(
      'Fighting continued in Izium on Monday.',
      'The ministry claimed the liberation of the settlement in the Kharkiv region.',
    )
    expect(located.some((x) => x.text === 'Izium has been captured')).toBe(false)
    const unknown = props(
      'Fighting continued in Izium on Monday.',
      'The governor said troops had liberated Zalyvnoye, but the army has not confirmed the liberation of the settlement.',
    )
    expect(unknown.some((x) => x.text === 'Izium has been captured')).toBe(false)
  })

  test('blame needs an event, a casualty count no date, a delivery a verb', () => {
    const p = props(
      'The general staff said the best troops are still responsible for the defence of Kherson.',
      'Officials said the rebels were responsible for the attack on Kherson.',
      'The ministry said that Kherson lost power on October 23.',
      'The ministry said that 12 civilians were killed in Kherson.',
      'Analysts said Russia’s dwindling supply of cruise missiles is forcing a change of tactics.',
    )
    expect(p.map((x) => [x.frame.type, x.frame.count ?? null])).toEqual([
      ['general', null],
      ['responsibility', null],
      ['general', null],
      ['casualties', 12],
      ['general', null],
    ])
  })

  test('[attack] a place before an active attack verb attacks; in the passive it was attacked', () => {
    const p = props(
      'Brussels hits oligarchs’ inner circle as the US hardens its warning, the paper reported.',
      'The mayor said Kharkiv was shelled overnight.',
    )
    expect(p.map((x) => x.frame.type)).toEqual(['general', 'attack'])
    expect(p[1]?.text).toBe('Kharkiv was attacked')
  })

  test('[attack] further attacks and preparations for an offensive are no attack', () => {
    const p = props(
      'The army said the rebels were building bridgeheads for further attacks on Kharkiv.',
      'Officials said there was no sign that the rebels were preparing for the offensive on Kharkiv.',
      'The mayor said the rebels shelled Kharkiv overnight.',
    )
    expect(p.map((x) => x.frame.type)).toEqual(['general', 'general', 'attack'])
  })
})
