import { describe, expect, test } from 'vitest'
import { bareArticle } from '../assemble.js'
import { loadGazetteer } from '../language/geo/index.js'
import { analyze } from '../language/index.js'
import { type AttributionDeps, attribute } from './index.js'
import { loadAttributionModel } from './model/index.js'
import type { Statement } from './types.js'

// fixtures are sentences written for these tests
function run(...paragraphs: string[]) {
  return runWith({}, ...paragraphs)
}

function runWith(deps: AttributionDeps, ...paragraphs: string[]) {
  const article = bareArticle(paragraphs, {
    outlet: 'Example Wire',
    publishedAt: '2024-03-08T10:00:00Z',
  })
  const analysis = analyze(article, { gazetteer: loadGazetteer() })
  const names = new Map(analysis.entities.map((e) => [e.key, e.name]))
  const statements = attribute(article, analysis, deps)
  return {
    statements,
    who: (s: Statement) =>
      s.speaker?.entityKey ? names.get(s.speaker.entityKey) : s.speaker?.text,
  }
}

describe('attribution rules', () => {
  test("[quote-trailing] a demonym opens the speaker's phrase; cues of emphasis and conclusion", () => {
    const { statements, who } = run(
      '“We will rebuild every school,” Polish Education Minister Jana Holm said.',
      '“The port will stay open all winter,” Holm emphasized.',
      '“Nobody expected the talks to fail,” the envoy concluded.',
    )
    expect(statements.map((s) => [who(s), s.cue.text, s.mode])).toEqual([
      ['Jana Holm', 'said', 'direct'],
      ['Jana Holm', 'emphasized', 'direct'],
      ['the envoy', 'concluded', 'direct'],
    ])
    expect(statements[0]?.speaker?.text).toBe('Polish Education Minister Jana Holm')
  })

  test('[quote-trailing] a name the article gives in no other form speaks; a weekday does not', () => {
    const { statements } = run(
      '“The ferries will run again by spring,” Kowalczyk said.',
      '“The port will stay shut,” Monday said.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.content.text])).toEqual([
      ['Kowalczyk', 'The ferries will run again by spring'],
    ])
  })

  test('cues that are speech only before a clause, a question asked, and "claims … that are"', () => {
    const { statements } = run(
      'Northland recalled its ambassador from the capital on Monday.',
      'The minister lamented the loss of life in the harbour.',
      'The ruins testify to the intensity of the shelling.',
      'Asked whether the port would reopen this winter, the minister replied.',
      'The envoy hears claims from the rebels that are already wearily familiar.',
    )
    expect(statements).toEqual([])
    const clause = run(
      'The minister recalled that the talks had failed in the spring.',
      'The spokesman commented to reporters that the strike had hit a depot.',
    )
    expect(clause.statements.map((s) => s.content.text)).toEqual([
      'the talks had failed in the spring',
      'the strike had hit a depot',
    ])
  })

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

  test('[reported-inverted] "told <outlet>": the listener is not the speaker', () => {
    const { statements, who } = run(
      'The harbour will reopen in spring, Jane Roe, head of the Northland port authority, told the Example Wire.',
    )
    expect(statements.map((s) => who(s))).not.toContain('Example Wire')
  })

  test('a speaker phrase "Jane Roe, head of …," is the person, not the body after it', () => {
    const { statements, who } = runWith(
      { model: loadAttributionModel() },
      '“The harbour will reopen in spring, when the ice is gone,” Jane Roe, chairperson at the State Agency for Harbour Development of Northland, told the Example Wire.',
    )
    expect(statements.map((s) => who(s))).toEqual(['Jane Roe'])
  })

  test('[reported-interrupted] a clause opening on "if" runs on past ", he said,"', () => {
    const {
      statements: [s],
    } = run('If the talks fail, he said, the fighting around the port will resume within days.')
    expect(s?.content.text).toMatch(/^If the talks fail, .* will resume within days$/)
  })

  test('[reported-interrupted] an opening adverbial is no content: "During the call, he said, …"', () => {
    const { statements } = run(
      'During the call, he said, the minister threatened to resign.',
      'Last year, officials said, the plant was closed twice.',
      'In Northport, the mayor said.',
      'At least ten people were hurt, the mayor said.',
    )
    expect(statements.map((s) => [s.why.rule, s.content.text])).toEqual([
      ['reported-interrupted', 'During the call, he said, the minister threatened to resign'],
      ['reported-interrupted', 'Last year, officials said, the plant was closed twice'],
      ['reported-inverted', 'At least ten people were hurt'],
    ])
  })

  test('[reported] a time adverb after the cue is no part of the content', () => {
    const { statements } = run(
      'Jo Vell said earlier the convoy had turned back.',
      'Di Ray said recently that the port would reopen.',
      'The office confirmed later that day the talks would resume.',
      'It was a charge Cy Mott denied earlier in the day.',
    )
    expect(statements.map((s) => s.content.text)).toEqual([
      'the convoy had turned back',
      'the port would reopen',
      'the talks would resume',
    ])
  })

  test('"with a spokesman saying …" is the spokesman\'s statement, and ends the one before it', () => {
    const { statements } = run(
      'The ministry confirmed it is monitoring the situation with a spokesman saying the government was concerned.',
      'The depot was hit again overnight with local officials saying ten people had died.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.cue.text, s.content.text])).toEqual([
      ['The ministry', 'confirmed', 'it is monitoring the situation'],
      ['a spokesman', 'saying', 'the government was concerned'],
      ['local officials', 'saying', 'ten people had died'],
    ])
  })

  test('a focus word is no part of the speaker; "the more X, the higher Y" is one content', () => {
    const { statements } = run(
      'There was no debate then, when even some diplomats warned that the more the country felt encircled, the higher the risk of war.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.content.text])).toEqual([
      ['some diplomats', 'the more the country felt encircled, the higher the risk of war'],
    ])
  })

  test('[quote-trailing] "a statement from US Prime Minister Jo Vell\'s office said": a long phrase with a possessive', () => {
    const { statements } = run(
      '“This step is late, but we welcome it,” a statement from US Prime Minister Jo Vell’s office said.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.content.text])).toEqual([
      [
        'a statement from US Prime Minister Jo Vell’s office',
        'This step is late, but we welcome it',
      ],
    ])
  })

  test('"City, Region," before the cue is an address, never the speaker', () => {
    const { statements } = run(
      'Officials in Kharkiv, Ukraine, have confirmed that the plant was hit.',
      'Jo Vell, 28, a former soldier speaking from Odesa, Ukraine, said the convoy had turned back.',
      'A team of researchers in Lyon, France, has confirmed the finding.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.content.text])).toEqual([
      ['Officials in Kharkiv, Ukraine', 'the plant was hit'],
      ['Jo Vell', 'the convoy had turned back'],
      ['A team of researchers in Lyon, France', 'the finding'],
    ])
  })

  test('a family noun heads a speaker; a surname the article gives in full speaks even if it is a word', () => {
    const { statements } = run(
      'The reporter Tomas Baker was held for months before his release.',
      'Baker confirmed the men in the video were his guards.',
      '“We never lost hope,” said his mother to reporters.',
      'The wife of one volunteer said the ministry was not answering her calls.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.cue.text])).toEqual([
      ['Baker', 'confirmed'],
      ['his mother', 'said'],
      ['The wife of one volunteer', 'said'],
    ])
  })

  test('a name after the cue that ends the sentence speaks; a place after "around" never does', () => {
    const { statements } = run(
      'Bary had lived in Northport, located in the west of the city, reported the Daily Bugle.',
      'The pupils, from the small town of Selby, are 13 and 14 years old, said Jo Vell, the national coordinator.',
      'Russian efforts around Kharkiv indicate that the army failed to learn.',
      'Paul Kell of Long Beach, Calif., admits that the watch would make him a target.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.cue.text])).toEqual([
      ['the Daily Bugle', 'reported'],
      ['Jo Vell', 'said'],
      ['Paul Kell of Long Beach, Calif.', 'admits'],
    ])
  })

  test('a clause after the cue is no speaker; "the photo he posted because …" is no post; "which according to X is" is no content', () => {
    const { statements } = run(
      'However, Jo Vell, a member of the armed services committee and a leading voice on foreign policy in the capital, said all five are still in Northport.',
      'Di Ray is surprised by the backlash to the photo he posted because investigators concluded that the store was robbed.',
      'The town is waiting for the aid, which according to experts is of key importance.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.cue.text])).toEqual([
      ['investigators', 'concluded'],
    ])
  })

  test('", and X announced …" after a content is another speaker\'s statement, not part of it', () => {
    const { statements } = run(
      'Officials say hundreds of people are sheltering in the plant, and Mayor Jo Vell this week told reporters that food was running out.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.content.text])).toEqual([
      ['Officials', 'hundreds of people are sheltering in the plant'],
      ['Mayor Jo Vell', 'food was running out'],
    ])
  })

  test('[quote-trailing] a quoted fragment: the speaker said the whole clause', () => {
    const {
      statements: [s],
      who,
    } = run('He called the decision to close the harbour “a disgrace,” the Northland army said.')
    expect(s?.content.text).toBe('He called the decision to close the harbour “a disgrace,”')
    expect(s?.mode).toBe('mixed')
    expect(who(s!)).toMatch(/Northland army/i)
  })

  test("[reported] content stops before another speaker's trailing attribution", () => {
    const { statements, who } = run(
      'The prosecutor accused the mayor of hiding the money abroad, a court reporter said.',
    )
    const accused = statements.find((s) => s.cue.text === 'accused')
    expect(accused?.content.text).toBe('the mayor of hiding the money abroad')
    const reporter = statements.find((s) => s.cue.text === 'said')
    expect(reporter && who(reporter)).toBe('a court reporter')
  })

  test('[reported] content stops before ", and <another speaker> said that …"', () => {
    const { statements, who } = run(
      'The regional head announced that the plant is the main priority, and militia spokesman John Smithers said that an assault began on Monday.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['The regional head', 'the plant is the main priority'],
      ['John Smithers', 'an assault began on Monday'],
    ])
    const next = run(
      'The ministry announced a new aid package for the port, and said it was confident the city could hold.',
      'The minister met the mayor, and state company executives joined them later.',
    )
    expect(next.statements.map((s) => [next.who(s), s.content.text])).toEqual([
      ['The ministry', 'a new aid package for the port'],
      ['The ministry', 'it was confident the city could hold'],
    ])
    expect(next.statements[1]!.why.rule).toBe('reported-coordinated')
  })

  test('[reported-coordinated] "stated that A and denied B" is two statements; a list of acts is not', () => {
    const { statements, who } = run(
      'A military spokesman stated that the troops made contact 17 times on Monday and denied the claim that the hill had fallen.',
    )
    expect(statements.map((s) => [who(s), s.cue.text, s.content.text])).toEqual([
      ['A military spokesman', 'stated', 'the troops made contact 17 times on Monday'],
      ['A military spokesman', 'denied', 'the claim that the hill had fallen'],
    ])
    const acts = run(
      'Officials said the holiday was created after the army seized the port, shelled the coast and threatened further attacks.',
    )
    expect(acts.statements.map((s) => s.content.text)).toEqual([
      'the holiday was created after the army seized the port, shelled the coast and threatened further attacks',
    ])
  })

  test('[reported-coordinated] "claimed A but noted B" is two statements too', () => {
    const { statements, who } = run(
      'A rebel commander claimed that his unit held the bridge but conceded that the depot had burned.',
    )
    expect(statements.map((s) => [who(s), s.cue.text, s.content.text])).toEqual([
      ['A rebel commander', 'claimed', 'his unit held the bridge'],
      ['A rebel commander', 'conceded', 'the depot had burned'],
    ])
  })

  test('the writer\'s inference after a content (", indicating …") is neither content nor hedge', () => {
    const { statements } = run(
      'The regional command reported that the rebels shelled the harbour on Monday, indicating that they likely hold the ridge above it.',
    )
    expect(statements.map((s) => [s.content.text, s.hedges])).toEqual([
      ['the rebels shelled the harbour on Monday', []],
    ])
    const weighed = run(
      'Jo Vell claimed that the rebels had moved to the coast, which is consistent with earlier accounts of a withdrawal.',
    )
    expect(weighed.statements.map((s) => s.content.text)).toEqual([
      'the rebels had moved to the coast',
    ])
    // the writer's guess after a reported content, but not one set off inside it
    const guessed = run(
      'The regional command reported that the rebels shelled the harbour on Monday, likely to cut the road to the coast.',
      'A rebel source claimed that assault units, likely from the northern brigade, seized the depot.',
    )
    expect(guessed.statements.map((s) => [s.content.text, s.hedges])).toEqual([
      ['the rebels shelled the harbour on Monday', []],
      ['assault units, likely from the northern brigade, seized the depot', ['likely']],
    ])
  })

  test('a relative clause\'s object or subject outside the content gives no statement; "in which X said" does', () => {
    const { statements, who } = run(
      'The governor sent an invitation to the envoy, which the envoy stated he would accept if the talks resumed.',
      'The shelling destroyed the depot, which, the mayor claimed, is why the town ran out of fuel.',
      'Jo Vell posted a long message on Monday in which he stated that the bridge had been rebuilt.',
    )
    expect(
      statements
        .filter((s) => s.cue.text === 'stated' || s.cue.text === 'claimed')
        .map((s) => [who(s), s.cue.text, s.content.text]),
    ).toEqual([['Jo Vell', 'stated', 'the bridge had been rebuilt']])
  })

  test('[reported] a name, a demonym or a possessive before the office opens the speaker', () => {
    const { statements } = run(
      'Kremlin spokesman Jo Vell said that the talks had stalled.',
      'British defence minister Jana Holm said that the troops would stay.',
      'Northland’s foreign minister Piet Kas said that the border would reopen.',
      '“The port will stay open,” Polish defence minister Ana Ruiz said.',
      'But spokesman Tom Reed added that the ferry had sailed.',
    )
    expect(statements.map((s) => s.speaker?.text)).toEqual([
      'Kremlin spokesman Jo Vell',
      'British defence minister Jana Holm',
      'Northland’s foreign minister Piet Kas',
      'Polish defence minister Ana Ruiz',
      'spokesman Tom Reed',
    ])
  })

  test('[noun-cue] after a demonym "claims" stays a noun: "claims to have …" is the claim, "to the contrary" none', () => {
    const { statements } = run(
      'The town remains under rebel control, despite official Russian claims to the contrary.',
      'The institute could not verify Russian claims to have repelled the attack on the town.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.why.rule, s.content.text])).toEqual([
      ['Russian', 'noun-cue', 'to have repelled the attack on the town'],
    ])
  })

  test('a name past the clause\'s verb does not speak for its participle; a question word ends a speaker; "said otherwise" says nothing', () => {
    const { statements, who } = run(
      'The administration is urging banks not to help Northland evade sanctions, warning that firms risk losing their licences.',
      'It is unclear why a Northland official announced that the general had returned.',
      'The Harbour Post said otherwise on Sunday, in a report on the talks.',
      'He said so many people had fled that the town was empty.',
    )
    expect(statements.map((s) => [who(s) ?? null, s.cue.text])).toEqual([
      ['a Northland official', 'announced'],
      ['He', 'said'],
    ])
  })

  test('[reported] where it was said, between subject and cue, is not the speaker', () => {
    const { statements, who } = run(
      'The Northland army in a statement on Friday said the bridge had been destroyed.',
      'The head of the Northland mission at a press conference accused the rebels of shelling the port.',
    )
    expect(statements.map((s) => who(s))).toEqual([
      expect.stringMatching(/^(The )?Northland army$/i),
      'The head of the Northland mission',
    ])
  })

  test('[reported] "Jane Roe, Northland\'s foreign minister, said": the name speaks', () => {
    const {
      statements: [s],
      who,
    } = run('Jane Roe, Northland’s foreign minister, said the border would stay closed.')
    expect(who(s!)).toBe('Jane Roe')
  })

  test('[participial] "senior US officials …, saying": the officials, not the country', () => {
    const { statements, who } = run(
      'One of the most senior US officials has refused to rule out new strikes on the port, saying that the deal posed a risk to the region.',
    )
    expect(statements.map((s) => who(s))).toEqual(['US officials'])
  })

  test('[reported] a long venue before "that" is not content', () => {
    const {
      statements: [s],
    } = run(
      'Colonel John Smithers stated in a comment to the Example Wire on November 7 that the brigade had lost half of its tanks.',
    )
    expect(s?.content.text).toBe('the brigade had lost half of its tanks')
  })

  test('[reported] "told MPs she was …": the content starts at the clause, not at a later "that"', () => {
    const {
      statements: [s],
    } = run(
      'Jane Roe told reporters she was open to the idea that the port could be sold to a foreign buyer.',
    )
    expect(s?.content.text).toBe(
      'she was open to the idea that the port could be sold to a foreign buyer',
    )
  })

  test('"the governor of the Northland region" is a speaker, but not the region', () => {
    const {
      statements: [s],
    } = run('The governor of the Luhansk region said the shelling had not stopped overnight.')
    expect(s?.speaker?.text).toBe('The governor of the Luhansk region')
    expect(s?.speaker?.entityKey).toBeNull()
  })

  test('an "I" outside quotation marks is the writer, not the last person named', () => {
    const { statements } = run(
      'Jane Roe visited the port in spring. Looking back, I believe the harbour was never safe.',
    )
    expect(statements.every((s) => s.speaker?.entityKey == null)).toBe(true)
  })

  test('[quote-trailing] speech set off by dashes, and an ambassador does not speak for the host', () => {
    const { statements, who } = run(
      '- We will not leave the harbour to the enemy. We will stay - said Anna Kowalczyk, the mayor.',
      'The talks ended late.- There will be no invasion - said the Northland ambassador to Poland.',
      'The bridge - which opened in May - was closed, the army said.',
    )
    expect(statements.map((s) => [who(s), s.content.text, s.mode])).toEqual([
      ['Anna Kowalczyk', 'We will not leave the harbour to the enemy. We will stay', 'direct'],
      ['the Northland ambassador to Poland', 'There will be no invasion', 'direct'],
      [expect.stringMatching(/army/), 'The bridge - which opened in May - was closed', 'reported'],
    ])
    expect(statements[1]!.speaker?.entityKey).toBeNull()
  })

  test('[quote-trailing] dash speech whose opening dash the page lost', () => {
    const { statements, who } = run(
      'Anna Kowalczyk opened the session.',
      'We do not need more troops on the territory of Northland - said the politician.',
      'The harbour will stay open all winter - said on Friday the mayor Anna Kowalczyk in an interview with the radio.',
      'I think the deal is closer than ever - the minister added.',
      'The bridge - the army said - was closed.',
    )
    expect(statements.map((s) => [who(s), s.content.text, s.mode])).toEqual([
      ['the politician', 'We do not need more troops on the territory of Northland', 'direct'],
      ['Anna Kowalczyk', 'The harbour will stay open all winter', 'direct'],
      ['the minister', 'I think the deal is closer than ever', 'direct'],
    ])
    // never "… Northland -" as the speaker, which would give the statement to a country
    expect(statements.every((s) => !/-$/.test(s.speaker?.text ?? ''))).toBe(true)
  })

  test('an adviser to a named person is not that person, nor is the "he" who follows', () => {
    const { statements } = run(
      'About 900 soldiers were wounded last month, according to a military adviser to President Jan Novak.',
      'He added that about 30 die every day.',
    )
    expect(statements.map((s) => s.content.text)).toEqual([
      'About 900 soldiers were wounded last month',
      'about 30 die every day',
    ])
    expect(statements.every((s) => s.speaker?.entityKey == null)).toBe(true)
  })

  test('the object of a gerund is no speaker, a participle opens no subject, and "accused of" is passive', () => {
    const { statements } = run(
      'The family of a sailor jailed for fighting Northland forces have said they are devastated.',
      'The officer accused of leading the raid said he was innocent.',
      'The mayor denied it, pushing back on recent media reports and claims that the port was closed.',
    )
    expect(statements).toEqual([])
  })

  test('"it said" is the body that spoke last or the subject of its sentence, never the object of another clause', () => {
    const { statements, who } = run(
      'Moldova blamed Romania for the strike on the port, in which it said three people died.',
      'The Westmark Energy Agency said the pipeline was shut. It added that repairs would take weeks.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['Moldova', 'three people died'],
      ['Westmark Energy Agency', 'the pipeline was shut'],
      ['Westmark Energy Agency', 'repairs would take weeks'],
    ])
  })

  test('"he" goes on with the last speaker, not with a man named in what that speaker said', () => {
    const { statements, who } = run(
      'Jan Novak said there was no doubt that Piotr Zielinski had planned the strike. “Nothing like this has happened in years,” he told donors.',
    )
    expect(statements.map(who)).toEqual(['Jan Novak', 'Jan Novak'])
  })

  test("the writer's caveat ends the content and stays a hedge", () => {
    const { statements } = run(
      'The army reported that its forces retook the bridge, though the agency cannot independently confirm this claim.',
      'Officials said the convoy arrived on Monday, as the agency has previously reported.',
      'The mayor said the port was open, but traffic was light.',
    )
    expect(statements.map((s) => [s.content.text, s.hedges])).toEqual([
      ['its forces retook the bridge', ['cannot independently confirm']],
      ['the convoy arrived on Monday', []],
      ['the port was open, but traffic was light', []],
    ])
  })

  test('a role set before the name by a comma belongs to the speaker; "said speaking from" is no content', () => {
    const { statements, who } = run(
      '“We will hold the line,” the regional governor, Jan Novak, said speaking from the capital.',
      '“Prices rose,” and the finance minister, Anna Kowalczyk, said nothing.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['Jan Novak', 'We will hold the line'],
    ])
  })

  test('"state" before the body it owns is no cue, and a former head does not speak for the body', () => {
    const { statements, who } = run(
      'The Northland state department said it welcomed the deal.',
      'A former head of the Northland Energy Agency said the plan would fail.',
      'Officials state that the port is closed.',
    )
    expect(
      statements.map((s) => [s.speaker?.text, s.cue.text, s.speaker?.entityKey ?? null]),
    ).toEqual([
      ['The Northland state department', 'said', null],
      ['A former head of the Northland Energy Agency', 'said', null],
      ['Officials', 'state', null],
    ])
    expect(statements.map(who)).toHaveLength(3)
  })

  test('an inverted report with a venue, a dateline and a demonym before the speaker', () => {
    const { statements, who } = run(
      'NORTHPORT, 21 July (Wire) – The harbour will reopen in spring, Polish President Jan Novak said in an interview with the radio in Northport on 21 July, the agency has learned.',
      'Officials said in a statement released by the ministry.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['Jan Novak', 'The harbour will reopen in spring'],
    ])
  })

  test('a curly opening quote closed by a straight one does not swallow the rest of the text', () => {
    const { statements, who } = run(
      'The governor promised to “rebuild every school." Officials said that the bridge reopened on Monday.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['Officials', 'the bridge reopened on Monday'],
    ])
    // nor does a straight one closed by a curly one
    const straight = run(
      'Crews began to "rebuild every school” this week. Officials said that the bridge reopened on Monday.',
    )
    expect(straight.statements.map((s) => [straight.who(s), s.content.text])).toEqual([
      ['Officials', 'the bridge reopened on Monday'],
    ])
  })

  test('a reported statement relayed with "- says X" keeps its own speaker, and ends at the dash', () => {
    const { statements, who } = run(
      'Experts say that the frozen ground gives armies the best window to move - says the daily paper.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['Experts', 'the frozen ground gives armies the best window to move'],
    ])
  })

  test('"relatives of the regiment" do not speak for it', () => {
    const { statements } = run(
      'The outlet amplified reports from the relatives of Northland’s 12th Regiment that commanders had threatened the soldiers.',
    )
    expect(statements.every((s) => s.speaker?.entityKey == null)).toBe(true)
  })

  test('"the head of state" and "the unrecognised state said": "state" is no cue there', () => {
    const { statements, who } = run(
      '"We never wanted this war," the head of state summed up.',
      '"We will not give up the port," the head of state said.',
      'The port was shelled on Monday, the press service of the unrecognised state said on its channel.',
    )
    expect(statements.map((s) => s.cue.text)).toEqual(['said', 'said'])
    expect(who(statements[0]!)).toBe('the head of state')
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

  test('"X said he believed Y" is one statement of Y, spoken by X', () => {
    const { statements, who } = run(
      'The minister Jo Vell said he believed the sanctions were necessary given the atrocities.',
    )
    expect(statements.map((s) => [s.speaker?.text, who(s), s.cue.text, s.content.text])).toEqual([
      [
        'The minister Jo Vell',
        'Jo Vell',
        'believed',
        'the sanctions were necessary given the atrocities',
      ],
    ])
  })

  test("a newspaper's name and a caption's label are no evidence; a post on Telegram is", () => {
    const kinds = (text: string) =>
      run(text).statements.flatMap((s) => s.evidence.map((e) => e.kind))
    expect(
      kinds('The Northland Post also reported that the brigade had lost most of its men.'),
    ).toEqual([])
    expect(kinds('The Post reported that the brigade had lost most of its men.')).toEqual([])
    expect(
      kinds('The ministry said in a Telegram post that the brigade had lost most of its men.'),
    ).toEqual(['social media post'])
  })

  test("residents are witnesses only where they tell; Jehovah's Witnesses are a church", () => {
    const kinds = (text: string) =>
      run(text).statements.flatMap((s) => s.evidence.map((e) => e.kind))
    expect(
      kinds('The governor said that about 100,000 residents were in danger from the shelling.'),
    ).toEqual([])
    expect(
      kinds('The governor said that residents told him the bridge had been hit twice.'),
    ).toContain('witness')
    expect(
      kinds(
        "Officials said they closed a Jehovah's Witnesses congregation in the town in January.",
      ),
    ).toEqual([])
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
    expect(denial?.speaker?.text).toMatch(/spokesman/)
    // a spokesman speaks for the body he is the spokesman of
    expect(who(denial!)).toBe('Ukrainian army')
  })

  test('[quote-trailing] a name, then an apposition between commas, then the cue', () => {
    const { statements, who } = run(
      '“We are protecting our homes,” Petro, 37, a driver with one brigade, said.',
    )
    expect(statements).toHaveLength(1)
    expect(who(statements[0]!)).toBe('Petro')
    expect(statements[0]!.why.rule).toBe('quote-trailing:speaker-cue')
    // a long apposition with no comma inside
    const long = run(
      '“Every state must decide what it can do to stop the killing,” Jana Holm, a former envoy at large for war crimes issues and now a senior fellow of the Northland Policy Institute, said.',
    )
    expect(long.statements.map((s) => [long.who(s), s.why.rule])).toEqual([
      ['Jana Holm', 'quote-trailing:speaker-cue'],
    ])
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
  test("the model takes no content out of another speech verb's clause", () => {
    const { statements } = runWith(
      { model: loadAttributionModel() },
      'Some Asian holders of Northland eurobonds said on Monday that they had not received interest payments due, two sources told Reuters.',
      'Several holders of the bonds said on Tuesday that they had not received payments due, two sources told Reuters.',
    )
    // (the rules read the whole clause as the sources' report, as they do with "…, two sources
    // said."; the model's reading had been the complement of "said" alone)
    expect(
      statements.filter((s) => s.cue.text === 'told').map((s) => s.content.text.split(' ')[0]),
    ).toEqual(['Some', 'Several'])
  })

  test('a topic after the cue is not content, whichever rule or model found it', () => {
    const deps = { model: loadAttributionModel() }
    for (const p of [
      'Reuters reported on the fighting near the river, citing local officials.',
      'The governor spoke about the talks with reporters.',
    ])
      expect(runWith(deps, p).statements).toEqual([])
    // a time, an amount or a clause after the preposition: not a topic
    const dated = runWith(deps, 'The ministry reported on Monday that the bridge was destroyed.')
    expect(dated.statements.map((s) => s.content.text)).toEqual(['the bridge was destroyed'])
    for (const p of [
      'Officials say about 12 pilots could be ready to fly by July.',
      'The council said on its channel it had held an inspection.',
      'The commander claimed on state television that the troops were advancing.',
    ])
      expect(runWith(deps, p).statements).toHaveLength(1)
  })

  test('a quotation that is one question claims nothing; one with a statement before it does', () => {
    expect(
      run('“How much do we really know about the front?” said Jo Vell, a former official.')
        .statements,
    ).toEqual([])
    expect(run('“We know a lot. But is it enough?” said Jo Vell.').statements).toHaveLength(1)
  })

  test('"reports" with a plural verb after it is the noun, and the reports speak', () => {
    const { statements, who } = run(
      'Unconfirmed social media reports suggest that the convoy reached the outskirts on Friday.',
    )
    expect(statements.map((s) => [who(s), s.cue.text, s.content.text])).toEqual([
      ['Unconfirmed social media reports', 'suggest', 'the convoy reached the outskirts on Friday'],
    ])
    expect(run('The General Staff reports generally match observed patterns.').statements).toEqual(
      [],
    )
  })

  test('"she" is not a man the article calls "Mr."; a middle initial makes a person', () => {
    const { statements, who } = run(
      'In an interview, the judge who sentenced Mr. Vell, Shira A. Lindqvist, said that Mr. Vell was not a terrorist. She added that the sentence had been too high.',
    )
    expect(statements.map((s) => who(s))).toEqual(['Shira A. Lindqvist', 'Shira A. Lindqvist'])
  })

  test('a name set off after a description speaks, not the name inside the description', () => {
    const { statements, who } = run(
      'In an interview, the judge who sentenced Mr. Vell, Shira A. Lindqvist, said that Mr. Vell was no terrorist.',
    )
    expect(statements.map((s) => who(s))).toEqual(['Shira A. Lindqvist'])
  })

  test('"maintained" speaks only with a clause; "That is according to X" points back; ", although" is the writer', () => {
    expect(
      run('The fleets maintained a partial blockade of the city on Monday.').statements,
    ).toEqual([])
    expect(
      run('The governor maintained he wanted a negotiated end to the siege.').statements,
    ).toHaveLength(1)
    expect(
      run(
        'Deliveries sped up this spring. That is according to the chairman of the committee, who spoke on Monday.',
      ).statements,
    ).toEqual([])
    expect(
      run(
        'The ministry claimed that its troops took the station, although no footage confirms this.',
      ).statements.map((s) => s.content.text),
    ).toEqual(['its troops took the station'])
  })

  test('"Some people will say …" is an imagined speaker; "The minister will say …" a speech to come', () => {
    expect(run('Some people will say that the town cannot simply be given up.').statements).toEqual(
      [],
    )
    expect(
      run('The minister will say in a speech on Monday that the aid will be doubled.').statements,
    ).toHaveLength(1)
  })

  test('a question about what someone said asserts nothing', () => {
    for (const q of [
      'Why did the minister say that the plan had failed?',
      'Does the general claim that the town has fallen?',
      'How does Marta Lindqvist explain the war?',
    ])
      expect(run(q).statements).toEqual([])
    // a statement that goes on to a question of its own is still said
    expect(
      run('The envoy said the war would end soon, and asked: why stop now?').statements,
    ).toHaveLength(1)
  })

  test('[participial] a name after "of" is no clause subject, unless a quantifier heads it', () => {
    expect(
      run(
        'The wives of at least two Northlandish soldiers have been in Rome, pleading for an evacuation, arguing the men deserve the rights of civilians.',
      ).statements.map((s) => s.cue.text),
    ).not.toContain('arguing')
    const { statements, who } = run(
      'One of the most senior US officials refused to rule out strikes on the island, saying that the deal had regional implications.',
    )
    expect(statements.map((s) => who(s))).toContain('US officials')
  })

  test('[reported] ", but <the outlet> cannot verify …" is the writer, not the speaker', () => {
    // the fixtures' outlet is Example Wire, "EW" for short
    for (const writer of ['Example Wire', 'EW'])
      expect(
        run(
          `The ministry reported that leaflets were dropped on the town “to scare the people,” but ${writer} cannot verify the claim.`,
        ).statements.map((s) => s.content.text),
      ).toEqual(['leaflets were dropped on the town “to scare the people,”'])
  })

  test('[reported] "… but did not specify", "… but provided no evidence" are the writer\'s', () => {
    for (const [text, content] of [
      [
        'The staff reported two brigades are in the oblast but did not differentiate between them.',
        'two brigades are in the oblast',
      ],
      [
        'The ministry claimed that the bridge was destroyed but provided no evidence.',
        'the bridge was destroyed',
      ],
    ])
      expect(run(text!).statements.map((s) => s.content.text)).toEqual([content])
  })

  test('[reported] "a claim the US had predicted he would make" is a relative clause, not a statement', () => {
    const { statements } = run(
      'The envoy spoke of protecting civilians, a claim the US had predicted he would falsely make before the war.',
    )
    expect(statements.map((s) => s.cue.text)).not.toContain('predicted')
  })

  test('[reported] "While X said A, B": the content ends where the main clause begins', () => {
    expect(
      run(
        'While officials said some had been killed by shelling, investigators feared the worst.',
      ).statements.map((s) => s.content.text),
    ).toEqual(['some had been killed by shelling'])
  })

  test('[reported] a demanded clause is no statement; "continue to claim" is the families\' claim', () => {
    expect(
      run(
        'The president stalled the plan, demanding that the alliance declare the militants terrorists.',
      ).statements.map((s) => s.cue.text),
    ).not.toContain('declare')
    const { statements } = run(
      'The families of the soldiers continue to claim that the men were sent to the front untrained.',
    )
    expect(statements.map((s) => s.speaker?.text)).toEqual(['The families of the soldiers'])
    expect(
      run(
        'The ministry reported that two bridges were hit, and Example Wire has confirmed one.',
      ).statements.map((s) => s.content.text),
    ).toEqual(['two bridges were hit'])
  })

  test('[reported-coordinated] "X wrote about A and claimed that B": B is X\'s though the topic goes', () => {
    const { statements, who } = run(
      'Pro-Russian milbloggers wrote about the start of the battle on May 20 and claimed that the troops were closing in on the town.',
    )
    expect(statements.map((s) => [who(s), s.cue.text])).toEqual([
      ['Pro-Russian milbloggers', 'claimed'],
    ])
  })

  test('[reported] a denied clause runs on past its prepositions', () => {
    expect(
      run('The ministry denied the country was in default on Monday.').statements.map(
        (s) => s.content.text,
      ),
    ).toEqual(['the country was in default on Monday'])
  })

  test('[participial] "X\'s spokesman Jo Vell …, saying" is Jo Vell', () => {
    const { statements, who } = run(
      "President Marta Lindqvist's spokesman Jo Vell condemned the proposal on Monday, saying it could only be viewed negatively.",
    )
    expect(statements.map((s) => who(s))).toEqual(['Jo Vell'])
  })

  test('[participial] the clause subject is the person a role names, never a name in brackets', () => {
    const role = run(
      'The Harbour Group financier Jo Vell answered a complaint that the Harbour Group hires abroad, claiming that no foreign workers joined this year.',
    )
    expect(role.statements.map((s) => [role.who(s), s.cue.text])).toContainEqual([
      'Jo Vell',
      'claiming',
    ])
    const aside = run(
      'Former officer (and critic of President Marta Lindqvist) Igor Vell mocked his readers, telling them to call every defeat a victory.',
    )
    expect(aside.statements.map((s) => aside.who(s))).toEqual(['Igor Vell'])
  })

  test('[participial] a progressive verb or an activity after "in" is no participial statement', () => {
    expect(
      run(
        'The governor claimed that the authorities are also dismissing hospital staff.',
      ).statements.map((s) => s.cue.text),
    ).toEqual(['claimed'])
    expect(
      run('The port authority continues to face problems in maintaining a workforce at the docks.')
        .statements,
    ).toEqual([])
  })

  test("[participial] messages inside a reported content are not the reporter's", () => {
    const { statements } = run(
      'The harbour office reported on Monday that residents have been receiving text messages warning them of a coming storm.',
    )
    expect(statements.map((s) => s.cue.text)).toEqual(['reported'])
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
  test('[noun-cue] a place after a preposition does not own the noun after it', () => {
    const { statements, who } = run(
      'The envoy spoke, with the Northland ambassador to Moscow warning that the deliveries would inflame the war.',
    )
    expect(statements.some((s) => who(s) === 'Moscow')).toBe(false)
    // a demonym after a preposition still does: "with Russian reports that …"
    const reports = run(
      'The shelling went on, in line with Russian reports that the bridge had been hit.',
    )
    expect(reports.statements.map((s) => reports.who(s))).toContain('Russia')
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

  test('[noun-cue] "Northlandish claims of X are false": the claim is X, not the verdict on it', () => {
    const { statements } = run(
      'Russian claims of a mass surrender in the port city are likely false, but the defenders left the plant.',
    )
    expect(statements.map((s) => s.content.text)).toEqual(['a mass surrender in the port city'])
    const clause = run(
      'While analysts cannot confirm Russian claims of attacks south of the town, the troops are likely regrouping.',
    )
    expect(clause.statements.map((s) => s.content.text)).toEqual(['attacks south of the town'])
  })

  test('[quote-trailing] a body and its office holder: "NATO Secretary-General X said"', () => {
    const { statements, who } = run(
      '"The harbour will reopen within days," NATO Secretary-General Marta Lindqvist said during a visit on Sunday.',
    )
    expect(statements).toHaveLength(1)
    expect(statements[0]?.why.rule).toBe('quote-trailing:speaker-cue')
    expect(who(statements[0]!)).toBe('Marta Lindqvist')
  })

  test('[quote-trailing] an office after its country\'s possessive: "Britain\'s prime minister said"', () => {
    const { statements, who } = run(
      '"The aid to the farmers will be doubled," Norway\'s prime minister said on Monday.',
      "Norway's prime minister said that the border would stay open.",
    )
    expect(statements.map((s) => s.speaker?.text)).toEqual([
      "Norway's prime minister",
      "Norway's prime minister",
    ])
    expect(statements[0]?.why.rule).toBe('quote-trailing:speaker-cue')
    expect(who(statements[1]!)).toBe("Norway's prime minister")
  })

  test('[participial] an office in capitals after its country or body speaks, not the country', () => {
    const { statements } = run(
      'The US Secretary of State has condemned the strike on the port, accusing Northland of deepening the food shortage.',
      'NATO Secretary General Marta Lindqvist condemned the strike, accusing Northland of lying.',
    )
    expect(statements.map((s) => s.speaker?.text)).toEqual([
      'The US Secretary of State',
      'Marta Lindqvist',
    ])
  })

  test('[reported] a phrase that opens on a preposition is no speaker', () => {
    const { statements } = run(
      'In a statement posted on its website, the ministry said the port had reopened.',
      'In a stark message the ministry also said that the border was closed.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.cue.text])).toEqual([
      ['the ministry', 'said'],
      ['the ministry', 'said'],
    ])
  })

  test('[reported] bodies and offices as speakers: embassies, secretaries, an office of an office', () => {
    const { statements, who } = run(
      'The Northland embassy at the UN announced that the talks were over.',
      'The office of the Prosecutor General of Norway announced on Monday that it had charged a smuggler.',
      'The press secretary told reporters that the talks had failed.',
    )
    expect(statements.map((s) => s.speaker?.text)).toEqual([
      'The Northland embassy at the UN',
      'The office of the Prosecutor General of Norway',
      'The press secretary',
    ])
    // an embassy at the UN does not speak for the UN
    expect(who(statements[0]!)).not.toBe('UN')
  })

  test('[reported] "member states" and a passive "announced by" are no cues', () => {
    const { statements } = run(
      'Energy ministers from the 27 member states mostly backed a plan for a cut in gas use.',
      'The latest measures, announced by the trade secretary, Jo Vell, bring the total to 500.',
    )
    expect(statements).toEqual([])
  })

  test('[according-to] a role and then its holder set off by commas is the holder', () => {
    const { statements, who } = run(
      'Ten villages were retaken, according to the regional governor, Petro Danylenko.',
    )
    expect(statements.map((s) => s.speaker?.text)).toEqual([
      'the regional governor, Petro Danylenko',
    ])
    expect(who(statements[0]!)).toBe('Petro Danylenko')
  })

  test('[participial] "the UN secretary general" is one speaker', () => {
    const { statements } = run(
      'The UN secretary general condemned the strikes on the port, saying they were a disgrace.',
    )
    expect(statements.map((s) => s.speaker?.text)).toEqual(['The UN secretary general'])
  })

  test('[reported-inverted] "…, the D.J. said in a video interview from Kyiv": the setting is no speaker', () => {
    const { statements } = run(
      '“I thought it should be outside politics,” the D.J., 40, said in a recent video interview from Kyiv.',
    )
    expect(statements.some((s) => s.speaker?.text.startsWith('in '))).toBe(false)
  })

  test('graded, former and coordinated speakers: "a senior official", "a former official", "his family and X"', () => {
    const { statements, who } = run(
      'A senior Norwegian official said that the convoy had crossed the river.',
      'A former Norwegian official said that the convoy had turned back.',
      'His family and Swedish news outlets said that he had been released.',
    )
    expect(statements.map((s) => [s.speaker?.text, who(s)])).toEqual([
      ['A senior Norwegian official', 'Norwegian official'],
      ['A former Norwegian official', 'A former Norwegian official'],
      ['His family and Swedish news outlets', 'His family and Swedish news outlets'],
    ])
  })

  test('"by admitting" inside a statement\'s content is its subject\'s; "said the head of X, Jo Vell" is Jo Vell', () => {
    const { statements, who } = run(
      'The report came as Marta Lindqvist, the ambassador, said Petro Danylenko, the leader of the Northland group, had implicated the president by admitting the invasion was unprovoked.',
      'Gas deliveries fell by 40% last week, said the head of the Northland energy agency, Jo Vell.',
    )
    expect(statements.map((s) => [s.cue.text, who(s)])).toEqual([
      ['said', 'Marta Lindqvist'],
      ['admitting', 'Petro Danylenko'],
      ['said', 'Jo Vell'],
    ])
  })

  test('"he" is no name the article only writes after "in" (a place the lists lack)', () => {
    const { statements, who } = run(
      'The envoy Jo Vell spoke on Monday. He gave an example of the fire at the kindergarten in Stanica Vorsk. He added that the town was cut off.',
    )
    expect(statements.map((s) => [s.speaker?.text, who(s)])).toEqual([['He', 'Jo Vell']])
  })

  test('"denied X the option", "reports from March 6 of …" say nothing; "denied that" does', () => {
    const { statements } = run(
      'The ministry claimed Northport denied its soldiers the option to surrender.',
      'Social media reports from March 6 of rocket units near the city may support this assessment.',
      'Northport denied that it had blocked access to the port.',
    )
    expect(statements.map((s) => s.cue.text)).toEqual(['claimed', 'denied'])
  })

  test("[participial] a clause's pronoun subject, a possessive title and its holder; no acts", () => {
    const { statements } = run(
      'The envoy Jo Vell arrived on Monday. He began his term by promising to get Northland into the top five economies, vowing it should be modern.',
      "Northland's Chief Rabbi Marta Lindqvist spoke of her regret that Northland was excluded, warning that such games have no place on the day.",
      '“We judge each case on its merits,” the minister said, adding no further detail.',
      'The army kept shelling the town, maintaining pressure on its defenders.',
    )
    expect(statements.map((s) => [s.cue.text, s.speaker?.text])).toEqual([
      ['vowing', 'He'],
      ['warning', 'Marta Lindqvist'],
      ['said', 'the minister'],
    ])
  })

  test('"she" is no man with a Polish given name the lists now hold', () => {
    const { statements, who } = run(
      'The foreign minister Zbigniew Korwalski thanked the volunteers. “You stood on the side of the refugees,” she added.',
    )
    expect(statements.map((s) => who(s))).toEqual(['she'])
  })

  test('"add X to the list" is an act; "the conflict between A and B threatens" is nobody\'s', () => {
    const { statements } = run(
      'The ministry has added the mayor to the list of wanted criminals.',
      'The governor added that the troops moved a battalion to the coast.',
      'The talks open as the conflict between Northland and Southland threatens to boil over.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.content.text])).toEqual([
      ['The governor', 'the troops moved a battalion to the coast'],
    ])
  })

  test('where and how it was said is not what was said', () => {
    const { statements, who } = run(
      'The shelling hit a bus stop in the centre of the town, the governor, Petro Danylenko, wrote on Telegram.',
      'Jon Harlan said during an interview on Sunday.',
    )
    expect(statements.map((s) => s.content.text)).not.toContain('on Telegram')
    expect(statements.some((s) => s.content.text.startsWith('during'))).toBe(false)
    const s = statements.find((x) => x.cue.text === 'wrote')
    if (s) expect(who(s)).toBe('Petro Danylenko')
    // a phrase opening with a preposition is content when a verb follows in it
    const kept = run(
      'President Ana Mirek said at least 50 people died in the fire.',
      'The army of Northland claimed in recent days to have pushed the attackers back.',
    ).statements.map((x) => x.content.text)
    expect(kept).toContain('at least 50 people died in the fire')
    expect(kept).toContain('in recent days to have pushed the attackers back')
  })

  test('cue words that are no speech act: passive reports, think tanks, added objects', () => {
    const { statements } = run(
      'The two guards, said to have serious injuries, were taken to a hospital in the city.',
      'The analysis came from a US think tank that studies the region.',
      'In a later post the governor added a photograph of the damaged school.',
      'The host asked the head of state whether a wider war was coming.',
      'Petr Lindqvist was taken to the city, where he was accused of helping a candidate.',
      'Residents were also told that the bridge would stay closed.',
      'Asked what he would tell the president on Friday, the mayor smiled.',
    )
    expect(statements).toEqual([])
  })

  test('a floating quote continues the last speaker only when nothing spoken comes between', () => {
    const { statements, who } = run(
      'Mayor Anna Kowalczyk spoke on Tuesday, warning of floods. "The river is rising fast," Olek said. "We need sandbags now, and many of them."',
    )
    for (const s of statements) if (who(s) === 'Anna Kowalczyk') expect(s.cue.text).toBe('warning')
    // a surname alone repeats the name a title made: "President Haldane … Haldane said"
    const titled = run(
      'President Haldane spoke on Tuesday, warning of floods. "The river is rising fast," Haldane said. "We need sandbags now, and many of them."',
    )
    const quoted = titled.statements.filter((s) => s.mode === 'direct')
    expect(quoted.map((s) => [titled.who(s), s.cue.text])).toEqual([
      ['Haldane', 'said'],
      ['Haldane', 'said'],
    ])
  })

  test('a pronoun is the sentence\'s subject, not the owner in "X\'s comments"', () => {
    const { statements, who } = run(
      'President Ivan Petrenko spoke on Monday. In his nightly address, Petrenko said Sergei Volkov\'s comments showed that Moscow had forgotten the war. "No one has heard any denial from Moscow," he said.',
    )
    expect(statements.map(who)).toEqual(['Ivan Petrenko', 'Ivan Petrenko'])
  })

  test('the name before an apposition speaks, not a name inside it', () => {
    const { statements, who } = run(
      'Belarusian President Ivan Lukan, a close ally of Russian President Olek Marin, has vowed to defend his country.',
      'Pavel Dorn, the former president of Poland, said in a speech that the crisis was the worst in years.',
    )
    expect(statements.map(who)).toEqual(['Ivan Lukan', 'Pavel Dorn'])
    // where the apposition is the name, the name speaks
    const named = run(
      'The head of the Northland Port Authority, Jana Holm, said the port was shut.',
    )
    expect(named.statements.map(named.who)).toEqual(['Jana Holm'])
  })

  test('"she" is not a man the name lists know, nor "he" a woman', () => {
    const { statements, who } = run(
      'Liz Trask met Boris Kellner in the capital on Monday. "The talks went well and we agreed on the grain corridor," she said.',
    )
    expect(statements.map(who)).toEqual(['Liz Trask'])
  })

  test('"they" after a country stands for people named before it, never the country', () => {
    const { statements, who } = run(
      'Poland faces the same shortage of soldiers, analysts said. What it lacks in soldiers it makes up for in volunteers, they said.',
    )
    const they = statements.find((s) => s.speaker?.text === 'they')
    expect(they).toBeDefined()
    expect(who(they!)).toBe('they')

    // a named collective, unless someone else who speaks comes between
    const later = run(
      'Ukrainian officials said the bridge was hit. The river would have to be crossed, they added.',
      'Ukrainian officials said the dam held. A western official said the town was calm. The road is cut, they added.',
    )
    const [near, far] = later.statements.filter((s) => s.speaker?.text === 'they')
    expect(later.who(near!)).toBe('Ukrainian officials')
    expect(later.who(far!)).toBe('they')
  })

  test('a participle speaks for the clause subject, never for a name inside its object', () => {
    const { statements, who } = run(
      'Haldor dismissed suggestions that Russia wanted a wider war, stressing that the alliance was "not part of this conflict."',
      "Estonia's foreign minister spoke at the assembly on Friday, warning that the grain deal was at risk.",
    )
    const stressing = statements.find((s) => s.cue.text === 'stressing')
    if (stressing) expect(who(stressing)).not.toBe('Russia')
    const warning = statements.find((s) => s.cue.text === 'warning')
    expect(warning?.speaker?.text).toBe("Estonia's foreign minister")
  })

  test('two speakers joined by "and" are neither one of them', () => {
    const { statements } = run(
      'Ukrainian and Russian sources reported heavy fighting near the river crossing on Monday.',
    )
    expect(statements[0]?.speaker?.text).toBe('Ukrainian and Russian sources')
    expect(statements[0]?.speaker?.entityKey).toBeNull()
  })

  test('a content whose subject stands outside it is not kept', () => {
    const { statements } = run(
      'The leaks prompted accusations of sabotage, which officials acknowledged was a possibility.',
    )
    expect(statements.filter((s) => s.why.rule === 'reported')).toEqual([])
  })

  test('[according-to] a capital "According" after a missed sentence break reads forward', () => {
    const { statements } = run(
      'The baby was born in the seventh month.According to doctors, he would not have survived without the incubator.',
    )
    expect(statements[0]?.content.text).toBe('he would not have survived without the incubator')
  })

  test('a pronoun does not stand for a name in a line written in capitals', () => {
    const { statements } = run(
      'Talks resumed in the capital on Monday, officials said.',
      'PRESIDENT MARKUS ADLER WARNS OF LONG WINTER',
      '"We are ready to wait," he said.',
    )
    const s = statements.find((x) => x.content.text === 'We are ready to wait')
    expect(s?.speaker?.entityKey ?? null).toBeNull()
  })

  test('a capitalised cue word inside a sentence is part of a name', () => {
    const { statements } = run(
      'A spokesman for the State Department in the capital declined to comment on the visit.',
    )
    expect(statements.some((s) => s.cue.text === 'State')).toBe(false)
  })

  test('"said …, as local media reported that …": the "that" belongs to the second cue', () => {
    const { statements, who } = run(
      'Drones struck two depots, the Defence Ministry of Northland said Wednesday, as local media reported that the strikes came from the sea.',
    )
    const said = statements.find((s) => s.cue.text === 'said')
    expect(said?.content.text).not.toContain('strikes came from the sea')
    const reported = statements.find((s) => s.cue.text === 'reported')
    expect(reported?.content.text).toBe('the strikes came from the sea')
    if (said) expect(who(said)).not.toBe(who(reported!))
  })

  test('[pronoun] "he" after "X spoke with the journalist Y" is X, the subject', () => {
    const { statements, who } = run(
      'Lars Ekdahl spoke at length in an interview posted before his arrest, with the journalist Ivan Sokol. "I understand each day could be my last," he said.',
    )
    const s = statements.find((x) => x.content.text === 'I understand each day could be my last')
    expect(who(s!)).toBe('Lars Ekdahl')
  })

  test('[quote-trailing] "the foreign ministry spokesperson X wrote": the role\'s words belong to the speaker', () => {
    const { statements, who } = run(
      'Senior officials used stronger words, saying the envoy had got what he deserved.',
      '“Do not push us. We cannot be pushed,” the foreign ministry spokesperson Marta Lindqvist wrote on Telegram.',
    )
    const s = statements.find((x) => x.content.text.startsWith('Do not push us'))
    expect(s?.why.rule).toBe('quote-trailing:speaker-cue')
    expect(who(s!)).toBe('Marta Lindqvist')
  })

  test('[participial] "X said that …, adding that “…”": X adds, not the words before "adding"', () => {
    const { statements, who } = run(
      'Prime Minister Marta Lindqvist said that training the northern forces on their territory would not be escalatory, adding that “the threat does not need an excuse.”',
    )
    const added = statements.filter((x) => x.cue.text === 'adding')
    expect(added).toHaveLength(1)
    expect(who(added[0]!)).toBe('Marta Lindqvist')
  })

  test('"dismissed X from his post" and "countering the neighbour" are no speech acts', () => {
    expect(
      run('President Ivo Petrenko dismissed Colonel-General Pavel Chorny from his post on Friday.')
        .statements,
    ).toEqual([])
    expect(run('The minister dismissed him on Monday.').statements).toEqual([])
    expect(run('Northland is countering the hostile neighbour on every front.').statements).toEqual(
      [],
    )
    // dismissing or countering what was said is
    expect(run('The ministry dismissed the reports as propaganda.').statements).toHaveLength(1)
    expect(run("The ministry dismissed Jane Roe's comments.").statements).toHaveLength(1)
    expect(run('The ministry countered that the strike hit a depot.').statements).toHaveLength(1)
    expect(
      run("The mayor contradicted the ministry's claims about the strike.").statements,
    ).toHaveLength(1)
  })

  test('[according-to] a statement relayed "according to" media stays its speaker\'s', () => {
    const { statements, who } = run(
      '“Our friendship will stay unbreakable,” Ivo Petrenko told Marta Lindqvist during the meeting, according to state media.',
    )
    expect(statements).toHaveLength(1)
    expect(who(statements[0]!)).toBe('Ivo Petrenko')
    // a plain report keeps its source
    const plain = run('The troops took the village on Monday, according to the ministry.')
    expect(plain.statements.map((s) => s.why.rule)).toEqual(['according-to'])
  })

  test('[reported-inverted] "…, the head of Northland\'s foreign intelligence service says"', () => {
    const { statements } = run(
      'The enemy will struggle to keep up its campaign, the head of Northland’s foreign intelligence service says.',
    )
    expect(statements[0]?.why.rule).toBe('reported-inverted')
    expect(statements[0]?.speaker?.text).toBe(
      'the head of Northland’s foreign intelligence service',
    )
    expect(statements[0]?.content.text).toBe('The enemy will struggle to keep up its campaign')
  })

  test("[pronoun] a speaker who names the pronoun's antecedent in his own quote is someone else", () => {
    const { statements, who } = run(
      'Ivo Petrenko repeated that he would end the war in a day.',
      'In an interview with a newspaper, he said: “I did not understand when Ivo Petrenko said he would end it in a day.”',
    )
    const quoted = statements.find((s) => s.content.text.startsWith('I did not understand'))
    expect(quoted).toBeDefined()
    expect(who(quoted!)).not.toBe('Ivo Petrenko')
  })

  test('[reported] declaring independence or an intention is an act, not a claim', () => {
    const acts = run('The chronicle opens in 1991.', 'Northland declared independence in 1991.')
    expect(acts.statements).toEqual([])
    const claim = run('The talks failed.', 'Northland declared that the border was closed.')
    expect(claim.statements.map((x) => x.content.text)).toEqual(['the border was closed'])
  })

  test('[document] "the report said" is the author of the report the last statement named', () => {
    const { statements, who } = run(
      'The war went on. The Northland Defence Agency said in a report on Tuesday that the border was quiet.',
      'The risk of an attack was growing, the report said.',
    )
    const risk = statements.find((x) => x.content.text.startsWith('The risk'))
    expect(risk).toBeDefined()
    expect(who(risk!)).toBe('Northland Defence Agency')
    // a statement that names no report leaves it unresolved
    const other = run(
      'The war went on. Jo Roe said on Tuesday that the border was quiet.',
      'The risk of an attack was growing, the report said.',
    )
    const unnamed = other.statements.find((x) => x.content.text.startsWith('The risk'))
    expect(unnamed?.speaker?.entityKey).toBeNull()
  })

  test('[floating] a quoted line with no stop of its own is a heading, not more of the quote', () => {
    const { statements } = run(
      'The talks went on. “We will not give up the port,” Jo Roe said on Monday.',
      '“Talks with the north are difficult”',
      'In the second half of March, the envoys met again.',
    )
    expect(statements.map((x) => x.content.text)).toEqual(['We will not give up the port'])
  })

  test('[reported] "they say, a stark fact that X acknowledged": the fact is no content', () => {
    const { statements } = run(
      'The army is outgunned, they say, a stark fact that the minister acknowledged last week.',
    )
    expect(statements.map((x) => x.content.text)).not.toContain(
      'the minister acknowledged last week',
    )
  })

  test('[reported] an adverb of manner between the subject and its cue keeps the subject', () => {
    const { statements, who } = run(
      'The fighting went on. The Northland General Staff additionally reported that the bridge had held.',
    )
    expect(statements.map((x) => [who(x), x.content.text])).toEqual([
      ['Northland General Staff', 'the bridge had held'],
    ])
    // the writer's guess is no report of speech
    const guess = run(
      'The fighting went on. The general likely maintains that the bridge had held.',
    )
    expect(guess.statements).toEqual([])
  })

  test('a content that is one word once its time phrase is gone is no claim', () => {
    const { statements } = run('The war is no dispute, as the governor described it this month.')
    expect(statements).toEqual([])
  })

  test('a content opening on "as" after its cue is the rest of a relative clause', () => {
    const { statements } = run(
      'Officials marshalled evidence of what they described as a terrorist attack on the camp.',
      'The Northland General Staff reported that as many as 15 battalions were moving north.',
    )
    expect(statements.map((x) => x.content.text)).toEqual([
      'as many as 15 battalions were moving north',
    ])
  })

  test('[pronoun] "It said" with no statement before is the body the sentence before opens on', () => {
    const { statements, who } = run(
      'Gas prices rose again. In a statement, the Northland Industry Federation called the decision late. It said: “Politics and industry must now save gas.”',
    )
    const saved = statements.find((x) => x.content.text.startsWith('Politics'))
    expect(who(saved!)).toBe('Northland Industry Federation')
    // a sentence that opens on "It" speaks of something further back
    const chain = run(
      'A strategy document was published in May. It was the first revision since Northland joined. It states: “The threat has grown in every region.”',
    )
    const grown = chain.statements.find((x) => x.content.text.startsWith('The threat'))
    expect(grown?.speaker?.entityKey ?? null).toBeNull()
  })

  test("the writer's guess at what someone thought is no statement", () => {
    const { statements } = run(
      'The bridges stood because perhaps the army thought it would use them itself.',
    )
    expect(statements).toEqual([])
  })

  test('a body named with its short form in brackets speaks before its cue', () => {
    const {
      statements: [s],
      who,
    } = run(
      'The front was calm. The Norwegian Ministry of Defence (MoD) claimed that the drills near the border had ended.',
    )
    expect(who(s!)).toBe('Norwegian Ministry of Defence')
    expect(s?.speaker?.text).toBe('The Norwegian Ministry of Defence')
    expect(s?.content.text).toBe('the drills near the border had ended')
  })

  test('the family of a person set off by an apposition speaks, not the person', () => {
    const {
      statements: [s],
      who,
    } = run(
      'Last month the family of Ivo Petrenko, the town’s longtime teacher, announced that he had left for the coast.',
    )
    expect(s?.speaker?.text).toBe('the family of Ivo Petrenko')
    expect(s?.speaker?.entityKey).toBeNull()
    expect(who(s!)).toBe('the family of Ivo Petrenko')
  })

  test('the object of a participle after a noun is no subject', () => {
    const { statements } = run(
      'A series of attacks targeting Norwegian officials suggests that a resistance movement is growing.',
    )
    expect(statements).toEqual([])
  })

  test("a body's own people speak for it", () => {
    const { statements, who } = run(
      'The refinery burned on Friday. Kremlin officials said the fire was an accident. A Gazprom spokesman said the pipeline was intact.',
    )
    expect(statements.map((s) => who(s))).toEqual(['Kremlin', 'Gazprom'])
  })

  test('"state" after a nationality is an adjective, not a cue', () => {
    const { statements } = run(
      'The decree made employees of Norwegian state institutions double their salaries to work in the north. Norwegian officials state that the pipeline is safe.',
    )
    expect(statements.map((s) => s.cue.text)).toEqual(['state'])
    expect(statements[0]?.content.text).toBe('the pipeline is safe')
  })

  test("[participial] a name after the clause's verb is its object, not the participle's subject", () => {
    const { statements, who } = run(
      'The regime criticizes the supply of arms to the attacked Norway, claiming that this is proof of a plot.',
      'In an article penned in 2021, Ivo Petrenko underlined their shared past, saying that the two peoples are one.',
    )
    expect(statements.map((s) => who(s))).toEqual(['Ivo Petrenko'])
  })

  test("a person's capitalised office set off after the name is a description of the person", () => {
    const { statements, who } = run(
      'Marta Lindqvist, First Deputy Minister of Foreign Affairs of Norway, said the talks went well. The head of the agency, Ivo Petrenko, said the same.',
    )
    expect(statements.map((s) => who(s))).toEqual(['Marta Lindqvist', 'Ivo Petrenko'])
  })

  test('an infinitive with nothing after it is a gap, not a claim', () => {
    const { statements } = run(
      'The mayor did not produce the photo of the damage he claimed to possess, officials noted on Monday.',
    )
    expect(statements.some((s) => s.content.text === 'to possess')).toBe(false)
  })

  test("the writer's inference, a passive belief and a possible speech are no statements", () => {
    const { statements } = run(
      'The Norwegian General Staff reported that enemy units mined four villages, suggesting that they may be preparing to defend.',
      'About 1,000 people are thought to be sheltering in the plant.',
      'The ministry may announce new measures on Monday.',
    )
    expect(statements.map((s) => s.cue.text)).toEqual(['reported'])
  })

  test('"may" before a cue is possible speech, "May" a name', () => {
    const { statements, who } = run(
      'The vote was held on Monday after a long debate. Prime Minister May also said that the deal would pass next week. The ministry may also announce new measures.',
    )
    expect(statements.map((s) => who(s))).toEqual(['May'])
  })

  test('[according-to] a source set off between a subject and its predicate keeps the whole sentence', () => {
    const { statements, who } = run(
      'The strike, according to officials, killed 12 people in the port.',
      '(XYZ)The mayor, according to aides, left the city on Friday.',
      'The plan was dropped, according to Jo Vell, who heads the agency.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['officials', 'The strike, according to officials, killed 12 people in the port'],
      ['aides', 'The mayor, according to aides, left the city on Friday'],
      ['Jo Vell', 'The plan was dropped'],
    ])
  })

  test('a spaced hyphen after a dateline is a dash; a plus ends a name', () => {
    const { statements, who } = run(
      'LONDON (Example Wire) - The senator said the outage hit Streamly+.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['The senator', 'the outage hit Streamly+'],
    ])
  })

  test('an insider speaks; the comma of a legal form does not end the apposition', () => {
    const { statements, who } = run(
      '"The deal is off," the insider added of the feud.',
      'Jo Vell, chief executive of Acme Widgets, Inc., said the plant would close.',
    )
    expect(statements.map((s) => who(s))).toEqual(['the insider', 'Jo Vell'])
  })

  test('a statement in a clause opening on "though" ends where the main clause begins, past a demonym', () => {
    const { statements } = run(
      'And though the Chinese NHA has said there is no need to worry, it has also acknowledged that remote areas are at risk.',
    )
    expect(statements.map((s) => s.content.text)).toEqual([
      'there is no need to worry',
      'remote areas are at risk',
    ])
  })

  test('a time and a venue after the cue are no content; the content is before the speaker', () => {
    const { statements, who } = run(
      'The carrier finalized a deal to buy 30 jets, executives of both companies announced Wednesday at the air show.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['executives of both companies', 'The carrier finalized a deal to buy 30 jets'],
    ])
  })

  test('an object with a relative clause, a phrase set off by a comma alone and one ending on "and" are no speakers', () => {
    const { statements } = run(
      'The manager believed the waitress, who had been rude to everyone.',
      'Patience is our best friend, says the premier – video',
      'The ministry summoned the envoy for a formal protest and alleged that the treaty was broken.',
    )
    expect(statements).toEqual([])
    // a relative clause that closes before the predicate leaves a clause
    expect(
      run('The mayor said the bridge, which was built in 1990, had collapsed.').statements,
    ).toHaveLength(1)
  })

  test('"from different states" and "other reports" are nouns', () => {
    const { statements } = run(
      'The forum brought together 700 guests, including ministers, officials from different states, as well as envoys.',
    )
    expect(statements).toEqual([])
  })

  test('"X, citing Y, reported" is X\'s statement; a place\'s "which" clause leaves a claim', () => {
    const { statements, who } = run(
      'The Northland news website, citing anonymous security officials, reported that drones damaged a refinery.',
      'Local residents reported heavy fighting in Dovhe, which lies north of the river.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['The Northland news website', 'drones damaged a refinery'],
      ['Local residents', 'heavy fighting in Dovhe, which lies north of the river'],
    ])
  })

  test('"said of X" names a topic; "added his seventh" adds no words; a role in lower case opens the speaker', () => {
    const { statements, who } = run(
      '"We checked every sample twice," marine biologist Jo Vell said of the discovery in the statement.',
      'Ivo Petrenko added his seventh goal of the season, and the visitors held on.',
      'Jo Vell said of the grant: "We need this money now."',
    )
    expect(statements.map((s) => [who(s), s.cue.text, s.content.text])).toEqual([
      ['Jo Vell', 'said', 'We checked every sample twice'],
      ['Jo Vell', 'said', 'We need this money now'],
    ])
    expect(statements[0]!.speaker!.text).toBe('marine biologist Jo Vell')
  })

  test('a long apposition may hold a name with commas in it', () => {
    const { statements, who } = run(
      '“The new rocket cuts the cost of every launch by half,” Jo Vell, senior vice president for launch systems at Acme Defense, Space, and Security, said in a statement.',
    )
    expect(statements.map((s) => [who(s), s.mode])).toEqual([['Jo Vell', 'direct']])
  })

  test('single quotation marks in a text with no double ones; plural apostrophes and years are no marks', () => {
    const { statements, who } = run(
      "'The workers' canteen stays open all winter,' said Jo Vell, who runs the depot. 'We will not close it.'",
      "The mayor, a fan of '90s music, said the fair was 'a great success'.",
    )
    expect(statements.map((s) => [who(s), s.mode, s.content.text])).toEqual([
      ['Jo Vell', 'direct', "The workers' canteen stays open all winter"],
      ['Jo Vell', 'direct', 'We will not close it'],
      ['The mayor', 'mixed', "the fair was 'a great success'"],
    ])
  })

  test('a quotation that ends its paragraph takes no speaker from the next one', () => {
    const { statements, who } = run(
      'The official said she stayed because she "needed time to think"',
      'Jo Vell, 22, said: "We work in shifts here."',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['The official', 'she stayed because she "needed time to think"'],
      ['Jo Vell', 'We work in shifts here'],
    ])
  })

  test('"said White House Press Secretary Jo Vell": the office holder speaks, not the body or "White House Press"', () => {
    const { statements, who } = run(
      '“The talks will go on,” said White House Press Secretary Jo Vell.',
      '“We are assessing the results,” said Pentagon Press Secretary Rear Adm. Ivo Petrenko.',
      '“The line held,” said retired Gen. Marta Lindqvist, a former commander.',
    )
    expect(statements.map((s) => who(s))).toEqual(['Jo Vell', 'Ivo Petrenko', 'Marta Lindqvist'])
  })

  test('"argued for decades that" reads past the duration; "wrote a long rant" is writing, no statement', () => {
    const { statements } = run(
      'Northland argued for decades that it was the first victim of the war.',
      'I wrote a long rant about this last year when the firm changed course.',
    )
    expect(statements.map((s) => s.content.text)).toEqual(['it was the first victim of the war'])
  })

  test('"declared a state of emergency" and "tweeted a photo" are acts; sympathisers of a group are not the group', () => {
    const { statements, who } = run(
      'The government declared a state of emergency in three provinces.',
      'The director also tweeted an official photo of the car.',
      'Northland Front sympathisers took to social media, adding that two fighters were killed.',
    )
    expect(statements.map((s) => [who(s), s.cue.text])).toEqual([
      ['Northland Front sympathisers', 'adding'],
    ])
  })

  test('a bare surname opening a sentence speaks, even one that is an English word; "False reports" does not', () => {
    const { statements, who } = run(
      'Kowalczyk said the depot would reopen in May.',
      'Speaking in Warsaw, Baker told reporters that the depot was safe.',
      'Footage posted online showed the depot on fire.',
      'False reports linking the depot to the army could cause panic.',
      'Nobody said the depot was closed.',
    )
    expect(statements.map((s) => who(s))).toEqual(['Kowalczyk', 'Baker'])
  })

  test('"The key to success, says Jo Vell, is speed" keeps the whole content', () => {
    const { statements } = run(
      'The key to the service’s success, says Jo Vell, is the company’s own network.',
    )
    expect(statements.map((s) => [s.why.rule, s.content.text])).toEqual([
      [
        'reported-interrupted',
        'The key to the service’s success, says Jo Vell, is the company’s own network',
      ],
    ])
  })

  test('"…, but it didn\'t say when" is the writer noting what was left out, not the content', () => {
    const { statements } = run(
      "The company says the van is a preview of a production model, but it didn't say when the van will go on sale.",
    )
    expect(statements.map((s) => s.content.text)).toEqual([
      'the van is a preview of a production model',
    ])
  })

  test('", which indicates that …" after a reported content is the writer\'s inference', () => {
    const { statements } = run(
      'The regional command reported that its forces repelled an attack near Dovhe, which indicates that they likely hold the bridgehead.',
    )
    expect(statements.map((s) => [s.content.text, s.hedges])).toEqual([
      ['its forces repelled an attack near Dovhe', []],
    ])
  })

  test('"“…,” said the head of the army, Air Chief Marshal Jo Vell, adding …": the named officer speaks, not the army', () => {
    const { statements, who } = run(
      '“A ceasefire has been agreed,” said the head of the Northland army, Air Chief Marshal Jo Vell, adding that talks had lasted three days.',
    )
    expect(statements.map((s) => [s.cue.text, who(s)])).toEqual([
      ['said', 'Jo Vell'],
      ['adding', 'Jo Vell'],
    ])
  })

  test('"the Minister of National Defense Jo Vell announced": the whole office opens the speaker\'s phrase', () => {
    const { statements, who } = run(
      'On Monday, the Minister of National Defense Jo Vell announced that more fighters had landed.',
    )
    expect(statements.map((s) => [s.speaker?.text, who(s)])).toEqual([
      ['the Minister of National Defense Jo Vell', 'Jo Vell'],
    ])
  })

  test("an office opening the sentence, with its country and an office above it, is the speaker's", () => {
    const { statements, who } = run(
      'Deputy Minister of Defence Ana Kell said on Monday that the convoy had turned back.',
      'US Secretary of State Jo Vell said the talks would resume.',
      'US Chairman of the Joint Chiefs of Staff General Cy Mott reported that the brigade had 400 soldiers.',
      'An adviser to the Minister of Defence Di Ray said the bridge had been repaired.',
    )
    expect(statements.map((s) => [s.speaker?.text, who(s)])).toEqual([
      ['Deputy Minister of Defence Ana Kell', 'Ana Kell'],
      ['US Secretary of State Jo Vell', 'Jo Vell'],
      ['US Chairman of the Joint Chiefs of Staff General Cy Mott', 'Cy Mott'],
      // the adviser speaks, not the minister
      ['adviser to the Minister of Defence Di Ray', 'adviser to the Minister of Defence Di Ray'],
    ])
  })

  test('"…,” Head of the committee Jo Vell said" and names with a particle ("Ali al-Rayan") are the speaker', () => {
    const { statements, who } = run(
      '“The panel has photos of both planes,” Head of the committee Jo Vell said.',
      'Ali al-Rayan, the pilot’s uncle, said the talks had failed.',
    )
    expect(statements.map((s) => [s.speaker?.text, who(s)])).toEqual([
      ['Head of the committee Jo Vell', 'Jo Vell'],
      ['Ali al-Rayan', 'Ali al-Rayan'],
    ])
  })

  test('where a speaker is or comes from is not whom the speaker speaks for; a body before the place is', () => {
    const { statements, who } = run(
      'Officials in Chile said that the mine would reopen in June.',
      'Engineers from Lyon, France, said the bridge was safe.',
      'Norwegian troops in Latvia confirmed that the exercise had ended.',
      'A delegation from Peru said the talks would resume.',
      'A spokeswoman for the Interior Ministry in Lima said the road had been cleared.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.speaker?.entityKey ? who(s) : null])).toEqual([
      ['Officials in Chile', null],
      ['Engineers from Lyon, France', null],
      ['Norwegian troops in Latvia', 'Norwegian troops'],
      ['A delegation from Peru', 'Peru'],
      ['A spokeswoman for the Interior Ministry in Lima', 'Interior Ministry'],
    ])
  })

  test('what follows "being" is its complement, not the subject of a cue after a comma', () => {
    const { statements } = run(
      'The mayor kept the keys, despite being the deputy envoy in Brussels, said a former aide, Ana Kell.',
    )
    expect(statements.map((s) => s.speaker?.text)).not.toContain('the deputy envoy in Brussels')
  })

  test('a capital speaks for its government; a town does not speak ("Davenport said" is a surname)', () => {
    const { statements, who } = run(
      '“We will not stop,” Davenport said.',
      'Moscow said the talks had failed.',
      // what a town (or a region) is read to show is an inference, not a statement
      'The new craters in central Odesa confirm that the strikes went on all night.',
      'Kherson Oblast indicates that the offensive has begun.',
      // a platform that is also a place name in the gazetteer is the company
      'Meta said the rules would apply only inside the country.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.speaker?.entityKey ? who(s) : null])).toEqual([
      ['Davenport', null],
      ['Moscow', 'Moscow'],
      ['Meta', 'Meta'],
    ])
  })

  test('a place before its relative clause ("Vell, where …,") is no speaker: the cue after it is inverted', () => {
    const { statements, who } = run(
      'Shelling grew worse in the east, the hardest area being Kramatorsk, where no buses could run, said the regional governor, Jo Vell.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      [
        'Jo Vell',
        'Shelling grew worse in the east, the hardest area being Kramatorsk, where no buses could run',
      ],
    ])
  })

  test('a "who" clause that runs on to the cue with no closing comma keeps the person before it', () => {
    const { statements, who } = run(
      'Jo Vell, 31, who works at the airport in the city of Omsk in western Russia said he had finished his shift.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['Jo Vell', 'he had finished his shift'],
    ])
  })

  test('an adverb before a preposition ends the speaker\'s phrase: "sent … directly from a source claiming"', () => {
    const { statements } = run(
      'The photo was sent to the site directly from a source claiming it is genuine.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.cue.text])).toEqual([['a source', 'claiming']])
  })

  test('"According to X" with its comma left out ends before the next article; outlets speak', () => {
    const { statements } = run(
      'According to three media outlets an unknown number of fighters went to a clinic in the city.',
      'Several newspapers reported that the minister had resigned.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.content.text])).toEqual([
      ['three media outlets', 'an unknown number of fighters went to a clinic in the city'],
      ['Several newspapers', 'the minister had resigned'],
    ])
  })

  test('"said DHS spokesperson Jo Vell": the name after a body\'s role is the speaker', () => {
    const { statements, who } = run('“The report is false,” said DHS spokesperson Marsha Kell.')
    expect(statements.map((s) => [s.speaker?.text, who(s)])).toEqual([
      ['DHS spokesperson Marsha Kell', 'Marsha Kell'],
    ])
  })

  test('"said Vell’s agent, Ana Kell": the possessor\'s agent speaks, and a quote over two sentences with its cue after it does not float', () => {
    const { statements, who } = run(
      'Jo Vell said on Monday that he was taking a break from the tour. “Over the past year, Vell has lost three times. These claims are completely false,” said Vell’s agent, Ana Kell, in a statement.',
    )
    expect(statements.map((s) => [who(s), s.why.rule])).toEqual([
      ['Jo Vell', 'reported'],
      ['Ana Kell', 'quote-trailing:cue-speaker'],
    ])
  })

  test('"According to X, who …, the …" skips the relative clause; a predicate between commas is no aside', () => {
    const { statements } = run(
      'According to Jo Vell, who posted the clip online, the footage was filmed on a helmet camera.',
      'The operation, which involved Lebanese and French intelligence agencies, will prove useful, said a retired general, Ana Kell.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.content.text])).not.toContainEqual([
      'French intelligence agencies',
      expect.anything(),
    ])
    expect(statements.map((s) => [s.speaker?.text, s.content.text])[0]).toEqual([
      'Jo Vell',
      'the footage was filmed on a helmet camera',
    ])
  })

  test('a quote over several sentences floats to the last speaker unless its own cue names someone else', () => {
    const floated = (...ps: string[]) => {
      const { statements, who } = run(...ps)
      return statements.filter((s) => s.why.rule === 'floating-quote').map((s) => who(s))
    }
    expect(
      floated(
        'Jo Vell said the summit would go ahead. “We are partners. We must work together on the crisis,” said von der Haszt.',
      ),
    ).toEqual([])
    expect(
      floated(
        'Jo Vell said the talks would resume. “We began this for a reason. We showed no aggression. This was the trigger,” the warlord said in the recording.',
      ),
    ).toEqual(['Jo Vell'])
  })

  test('a phrase before ", cue" that no comma opens ends a clause; a described person before "which" speaks', () => {
    const { statements, who } = run(
      'Debates are not likely to alter the race, noted NBC’s Jo Vell.',
      'Separately, town resident Ana Kell, said the gunmen killed five people.',
      'Di Ray, the secretary general of the aid agency, which had long worked in the city, said he was horrified.',
    )
    expect(statements.map((s) => [who(s), s.content.text])).toEqual([
      ['Jo Vell', 'Debates are not likely to alter the race'],
      ['Ana Kell', 'the gunmen killed five people'],
      ['Di Ray', 'he was horrified'],
    ])
  })

  test('", including A, B and C," is a list inside the speaker\'s phrase, not the speaker', () => {
    const { statements } = run(
      'Numerous witnesses, including the driver’s friend Jo Vell, claim the officer fired first.',
      'Other nations that abstained from the vote, including Uganda, Peru and Chad, have accused the coalition of blocking talks.',
    )
    expect(statements.map((s) => s.speaker?.text)).toEqual(['Numerous witnesses'])
  })

  test('"“… . …,” according to X": the whole quotation is X\'s, none of it floats to the speaker before', () => {
    const { statements } = run(
      'Jo Vell said the dog had been sold. “We could not find the buyer. This case shows the risks of online sales,” according to the shelter’s website.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.why.rule, s.content.text, s.mode])).toEqual([
      ['Jo Vell', 'reported', 'the dog had been sold', 'reported'],
      [
        'the shelter’s website',
        'according-to',
        'We could not find the buyer. This case shows the risks of online sales',
        'direct',
      ],
    ])
  })

  test('a model content that opens on a relative pronoun is the rest of a phrase, not what was said', () => {
    const { statements } = runWith(
      { model: loadAttributionModel() },
      'According to the Evening Ledger, Marsh, who grew up in Kettering, Ont., is the tall man in black carrying the mace into the chamber.',
    )
    expect(statements.map((s) => s.content.text.split(' ')[0])).not.toContain('who')
  })

  test('a "who" clause with commas of its own, or after an address, leaves the phrase before it', () => {
    const { statements, who } = run(
      'Local man Jo Vell, who left his home in Keighley, West Yorkshire to join the fight, said he had no regrets.',
      'Officials in Kharkiv, Ukraine, who spoke on Monday, confirmed that the plant was hit.',
      'Ana Kell, who was a writer, producer, and director on the series, said she wanted a film.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.speaker?.entityKey ? who(s) : null])).toEqual([
      ['Jo Vell', 'Jo Vell'],
      ['Officials in Kharkiv, Ukraine', null],
      ['Ana Kell', 'Ana Kell'],
    ])
  })

  test('"… — according to X, …" opens a clause: the content is after the comma, or before the dash', () => {
    const { statements } = run(
      'The manager had a lucky night at the tables — according to the club’s spokesman, he won $5,000 before midnight.',
      'Prices rose sharply in May — according to the ministry.',
      'The envoy will meet the minister on Monday and - according to sources in the embassy - he is to raise the sanctions.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.content.text])).toEqual([
      ['the club’s spokesman', 'he won $5,000 before midnight'],
      ['the ministry', 'Prices rose sharply in May'],
      ['sources in the embassy', 'he is to raise the sanctions'],
    ])
  })

  test('what an unnamed "it" is read to show, a topic after "about", and results posted are no statements', () => {
    const { statements } = run(
      'Why would a new project change course before its launch? It suggests the owners do not know what they want.',
      'The Harbour Gazette reported on August 20 about the missing fishing boats. “Four trawlers left port on Sunday and none has been heard from.”',
      'The shipping firm posted a loss for the second quarter.',
      'The port authority reported about 200 new cases on Friday.',
      'A survey of dock workers was published on Monday. It suggests most of them want a shorter week.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.cue.text, s.content.text])).toEqual([
      [
        'The Harbour Gazette',
        'reported',
        'Four trawlers left port on Sunday and none has been heard from',
      ],
      ['The port authority', 'reported', 'about 200 new cases on Friday'],
      ['It', 'suggests', 'most of them want a shorter week'],
    ])
  })

  test('a model source that opens inside a place phrase before its cue is dropped', () => {
    const { statements } = runWith(
      { model: loadAttributionModel() },
      'Relatives of patients in the intensive care unit at Northgate General Hospital said it was a quiet day there on Sunday.',
      'Visitors with relatives in the emergency ward at Saint Mary’s Hospital said it was business as usual there on Monday.',
    )
    expect(statements.map((s) => s.speaker?.text)).toEqual([])
  })

  test('a quotation after a question or a lone word keeps the speaker of that quotation', () => {
    const { statements, who } = run(
      '“Why get a new name?” Jo Vell wrote. “Just wait, everyone will get one in the future.”',
      '“Outrageous,” tweeted the ambassador to Kyiv, Ann Brook. “The Kremlin strikes the port a day after signing a deal.”',
    )
    expect(statements.map((s) => [who(s), s.why.rule])).toEqual([
      ['Jo Vell', 'floating-quote'],
      ['Ann Brook', 'floating-quote'],
    ])
  })

  test('a quotation floating after a setting ("reporting from the capital") has no speaker to inherit and is dropped', () => {
    const { statements } = run(
      'The agency’s correspondent Ann Roe, reporting from the capital, said details of the deal have yet to emerge. “Both sides have agreed there will be no more attacks and no more bombs.The army will not attack any strongholds for the moment.” Roe said.',
    )
    expect(statements.map((s) => [s.speaker?.text ?? null, s.cue.text])).toEqual([
      ['correspondent Ann Roe', 'said'],
    ])
  })

  test('a participle before "to be" reports no one; a model content may not open on what "according to" names', () => {
    const { statements } = runWith(
      { model: loadAttributionModel() },
      'The only person confirmed to be on board is the screenwriter Ann Sorkin, who wrote the script.',
      'Update at 2:49 p.m.: According to the number plates on the car parked outside the clinic, the car is registered to a county deputy — a deputy who went into the patient’s flat last week, according to a story that appeared on a local station’s website earlier this week.',
    )
    expect(statements).toEqual([])
  })

  test('"X of the body" is X; the place or body before a title stays in the phrase', () => {
    const { statements, who } = run(
      'Jo Vell of the Institute of Physics at the University of Northport said the rock was a meteorite.',
      'Ana Kell of the Northport Relief Agency said the camp was full.',
      'Rostov Oblast Governor Ivo Petrenko stated that the enlistment offices had opened.',
    )
    expect(statements.map((s) => [s.speaker?.text, who(s)])).toEqual([
      ['Jo Vell of the Institute of Physics at the University of Northport', 'Jo Vell'],
      ['Ana Kell of the Northport Relief Agency', 'Ana Kell'],
      ['Rostov Oblast Governor Ivo Petrenko', 'Ivo Petrenko'],
    ])
  })

  test('a noun that only points at what was said is no content, and a participle after it keeps the speaker', () => {
    const { statements, who } = run(
      'Over the next three days, two other outlets reported even grosser details.',
      'The director Ana Kell confirmed the decision in an interview on Monday, adding that the lead actor did not have to audition.',
      'Officials reported details of the attack on Monday.',
    )
    expect(statements.map((s) => [who(s), s.cue.text, s.content.text])).toEqual([
      ['Ana Kell', 'adding', 'the lead actor did not have to audition'],
    ])
  })

  test('"X, according to Y, does …" keeps its subject; a title after the role stays in the speaker', () => {
    const { statements, who } = run(
      'Spiders, according to Northport arachnid expert Dr Ivo Petrenko, do not burrow in skin.',
      'Yet, according to officials, spiders never lay eggs in wounds.',
    )
    expect(statements.map((s) => [s.speaker?.text, who(s), s.content.text])).toEqual([
      [
        'Northport arachnid expert Dr Ivo Petrenko',
        'Ivo Petrenko',
        'Spiders, according to Northport arachnid expert Dr Ivo Petrenko, do not burrow in skin',
      ],
      ['officials', 'officials', 'spiders never lay eggs in wounds'],
    ])
  })

  test('what a model reads "according to" to vouch for is never wholly in the sentence before', () => {
    const { statements } = runWith(
      { model: loadAttributionModel() },
      'To fill out the fake story, the pranksters write, “Unconfirmed reports say Rose was found dead Tuesday in his home after police were called for a welfare check.” According to a fake quote from a fake police spokesperson, “The home was entered by police through an open back door where a body was found in the foyer area.”',
    )
    expect(statements.map((s) => s.content.text)).not.toContain(
      'Unconfirmed reports say Rose was found dead Tuesday in his home after police were called for a welfare check',
    )
  })

  test('a participle after a topic is not the topic’s reporter’s, and one with no speaker is dropped', () => {
    const { statements } = run(
      'The institute has previously reported on Northland’s efforts to discredit Southland by accusing its forces of shelling the plant.',
      'Jo Vell sarcastically acknowledged Gazette reports about his role in the election, telling a radio station: “Gentlemen, we interfered and we will interfere.”',
    )
    expect(statements.map((s) => [s.speaker?.text ?? null, s.cue.text])).toEqual([
      ['Jo Vell', 'acknowledged'],
    ])
  })

  test('an "as" clause that opens the sentence: past a setting, the main clause is what was said', () => {
    const { statements } = run(
      'The talks were long. As he wrote on Twitter, he confirmed during the call the position of the bloc.',
      'As the minister said the talks failed, the crowd cheered.',
      'I said that at summits and forums.',
      'As the agency reports, while the air chief signed the deal on Friday, it was not confirmed by the rebels.',
      'The outlet reported that at least 12 soldiers remain in the basement.',
      'Ana Kell said this at a briefing in the capital. “Security is a priority today.”',
    )
    expect(statements.map((s) => [s.speaker?.text, s.cue.text, s.content.text])).toEqual([
      ['he', 'wrote', 'he confirmed during the call the position of the bloc'],
      ['the minister', 'said', 'the talks failed'],
      [
        'the agency',
        'reports',
        'while the air chief signed the deal on Friday, it was not confirmed by the rebels',
      ],
      ['The outlet', 'reported', 'at least 12 soldiers remain in the basement'],
      ['Ana Kell', 'said', 'Security is a priority today'],
    ])
  })

  test('a model content around its cue starts at a colon or quotation after the cue', () => {
    const { statements } = runWith(
      { model: loadAttributionModel() },
      'Thousands fled the border villages on Friday. An aid worker helping evacuate residents, Ivo Petrenko, 37, told AFP: "There is a really hard, difficult situation in the directions of the two towns. People are leaving."',
    )
    expect(statements.map((s) => s.content.text)).toEqual([
      'There is a really hard, difficult situation in the directions of the two towns. People are leaving',
    ])
  })

  test('"“…,” Fatima, daughter of Gul said": a short role after the name, its closing comma left out', () => {
    const { statements } = run(
      '"We started a kind of family war against the rebels," Fatima, daughter of Gul said, adding that she was preparing bullets for her father.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.cue.text, s.content.text])).toEqual([
      ['Fatima', 'said', 'We started a kind of family war against the rebels'],
      ['Fatima', 'adding', 'she was preparing bullets for her father'],
    ])
  })

  test('the model: a speech act denied is none', () => {
    const { statements } = runWith(
      { model: loadAttributionModel() },
      'Jo Vell wouldn’t tell the Daily Herald what motivated him to share the photo, which refers to the death of a teenager.',
    )
    expect(statements.map((s) => s.content.text)).toEqual([])
  })

  test('"Northwind CEO Jo Vell" is Jo Vell; a statement released about a video is no claim of what the video shows', () => {
    const { statements, who } = run(
      'Northwind CEO Jo Vell said the company would cut 200 jobs in May.',
      'The charity’s chief, Ana Kell, released a statement on Tuesday about the video that purportedly shows the killing of a reporter.',
    )
    expect(statements.map((s) => [who(s), s.cue.text])).toEqual([['Jo Vell', 'said']])
  })

  test('"When X asked, he replied, “…”": the quotation is what was said, not the clause before', () => {
    const { statements } = run(
      // (the closing mark left out, as the page had it: no statement rather than the clause)
      'When the steward asked him what he would prefer, he replied, “Don’t say, ‘Happy holidays!’',
    )
    expect(statements.map((s) => [s.cue.text, s.content.text])).toEqual([])
  })

  test('a speech act supposed ("if I had said", "if she would say") is none', () => {
    const { statements } = run(
      'But then I kept thinking to myself, what would have happened if I had said we are husband and husband?',
      'Nobody knows what the port would do if the minister were to say the strike was over.',
    )
    expect(statements).toEqual([])
  })

  test('a phrase that opens on an adverb is no participle’s subject', () => {
    const { statements } = run(
      'The son then unwittingly makes a comment at his mother saying the cake was burnt, which prompts her to confront him.',
    )
    expect(statements.map((s) => s.speaker?.text)).toEqual([])
  })

  test('"a police report shows …" has a noun, not a verb; the model: a guess is no statement, a time is no speaker', () => {
    const { statements } = runWith(
      { model: loadAttributionModel() },
      'But a police report shows she once lost a suitcase in a stolen car.',
      'Many probably assumed that the link was the actual TODAY site.',
      'This year, Northwind, the privately held Swedish company that makes Boatcraft, told the Daily Herald that its revenue was about $360 million last year, up 38 percent from the year before.',
    )
    expect(
      statements.map((s) => [s.speaker?.text, s.speaker?.entityKey ?? null]),
    ).not.toContainEqual(['a police', null])
    expect(statements.map((s) => s.cue.text)).not.toContain('probably assumed')
    // (a collective's verb before its infinitive, and a participle after "a video", stay)
    const kept = run(
      'A group of hikers claim to have spotted the bear in the woods.',
      'He appeared in a video warning the council not to close the school.',
    ).statements.map((s) => s.cue.text)
    expect(kept).toEqual(['claim', 'warning'])
    expect(statements.map((s) => s.speaker?.text ?? '')).not.toContainEqual(
      expect.stringMatching(/^This year/),
    )
  })

  test('a cue inside a relative clause ("the plan that X announced includes …") has no content; "explained the situation" none either', () => {
    const { statements } = run(
      'The plan that the president announced on Wednesday includes the prospect of airstrikes in the north.',
      'That, at least, is how Jo Vell explained the situation to reporters last Tuesday.',
    )
    expect(statements).toEqual([])
  })

  test('"…, NAME, ROLE, said.", "…, the ROLE, NAME, said." and "…, X told reporters." are read', () => {
    const { statements, who } = run(
      'The town fell on Monday, Jo Vell, head of the council, said.',
      'At least ten rockets hit the port, the regional governor, Ana Kell, said.',
      'The bridge was closed for repairs, two officials told reporters.',
      'The leaders will talk at 11:00 a.m. ET Friday about the grain deal, a palace official told CNN.',
    )
    expect(statements.map((s) => [who(s), s.cue.text, s.content.text])).toEqual([
      ['Jo Vell', 'said', 'The town fell on Monday'],
      ['Ana Kell', 'said', 'At least ten rockets hit the port'],
      ['two officials', 'told', 'The bridge was closed for repairs'],
      [
        'a palace official',
        'told',
        'The leaders will talk at 11:00 a.m. ET Friday about the grain deal',
      ],
    ])
  })

  test("typewriter quotation marks (''…,'' said X) are read as quotations", () => {
    const { statements, who } = run(
      "''The harbour will stay open all winter,'' said Mr. Jo Vell, the port's director. ''Ships are moving again.''",
      "''We never agreed to the plan,'' the minister said.",
    )
    expect(statements.map((s) => [who(s), s.content.text, s.mode])).toEqual([
      ['Jo Vell', 'The harbour will stay open all winter', 'direct'],
      ['Jo Vell', 'Ships are moving again', 'direct'],
      ['the minister', 'We never agreed to the plan', 'direct'],
    ])
  })

  test('"former Gov. X of Y said" keeps "former"; "his home state of", "thought of" and "a report of" are no statements; "Of course, as X observed, …" is', () => {
    const { statements, who } = run(
      '“There is no place for that in this country,” former Gov. Jo Vell of Northland said on Monday.',
      'Ana Kell, who ended her campaign after a loss in her home state of Northland, left early.',
      'Most parents think of a school trip as a treat.',
      'The general staff report of troops laying mines came on Monday.',
      'Of course, as Jo Vell observed, the biggest winner of the night was the network itself.',
      'On the western bank, monitors observed troops crossing the river near the old bridge.',
    )
    expect(statements.map((s) => [who(s), s.speaker?.text, s.cue.text, s.content.text])).toEqual([
      [
        'Jo Vell',
        'former Gov. Jo Vell of Northland',
        'said',
        'There is no place for that in this country',
      ],
      ['Jo Vell', 'Jo Vell', 'observed', 'the biggest winner of the night was the network itself'],
    ])
  })

  test('"denying him a victory" withholds, it denies nothing; "X is like Y. He …" is X', () => {
    const { statements, who } = run(
      'Jo Vell and Ana Kell agreed to split the primaries, beating him in the south and denying him a victory at the convention.',
      'The ministry denied them access to the port on Monday.',
      'Jo Vell is like Tom Kell. He thinks the harbour should never close.',
    )
    expect(statements.map((s) => [who(s), s.cue.text, s.content.text])).toEqual([
      ['Jo Vell', 'thinks', 'the harbour should never close'],
    ])
  })

  test('"tells one joke about X" is no claim; "given that, as X reported, Y" is X\'s Y', () => {
    const { statements, who } = run(
      'In his speech on how markets can fix the country, the senator tells one joke about the mayor.',
      'The board met again, given that, as the newspaper reported on Saturday, the mayor has already emerged as a candidate.',
    )
    expect(statements.map((s) => [who(s), s.cue.text, s.content.text])).toEqual([
      ['the newspaper', 'reported', 'the mayor has already emerged as a candidate'],
    ])
  })

  test('a name right after a verb is its object, not the next pronoun\'s antecedent, unless the verb addresses it; "she" passes over men', () => {
    const { statements, who } = run(
      'Jo Vell, who calls Tom Kell a fraud, said the effort needs no leader. Rather, he said, continued delays will sink the rival campaign.',
      'Mark Brook asked Tom Kell about the vote. He said the count was fair.',
      'Ana Kell replaced Tom Brook on the board last year. Then she said the board had lost its way.',
    )
    expect(statements.map((s) => [who(s), s.cue.text])).toEqual([
      ['Jo Vell', 'said'],
      ['Jo Vell', 'said'],
      ['Tom Kell', 'said'],
      ['Ana Kell', 'said'],
    ])
  })

  test('"…, yet officials emphasized on Friday that X" is X, not the clause before; a name in a parenthesis before the cue is no subject, a name before its bracketed short form is', () => {
    const { statements, who } = run(
      'More than anyone, Jo Vell stands for the excesses of the port, yet harbour officials emphasized on Friday that the council was not attacking him.',
      'The campaign, pushing the idea that the rival is unstable (like the aide Jo Vell, who called him “a danger” last week), has repeatedly emphasized that the rival will insult her.',
      'The Northland Ministry of Defense (MoD) claimed that its troops took the bridge.',
    )
    expect(statements.map((s) => [who(s), s.cue.text, s.content.text])).toEqual([
      ['harbour officials', 'emphasized', 'the council was not attacking him'],
      ['Northland Ministry of Defense', 'claimed', 'its troops took the bridge'],
    ])
  })

  test('"this deep state embedded in …" is a noun; "officials state that …" a verb', () => {
    const { statements } = run(
      'Jo Vell blamed members of this deep state embedded in the bureaucracy for the losses at the front.',
      'Harbour officials state that the port will reopen on Monday.',
    )
    expect(statements.map((s) => [s.speaker?.text, s.cue.text])).toEqual([
      ['Harbour officials', 'state'],
    ])
  })

  test('a dateline ("WASHINGTON (AP) —", "PORTMERE, Northland —") is no part of an "according to" content', () => {
    const { statements } = run(
      'WASHINGTON (AP) — Jo Vell has invested in some of the companies that he attacks on the campaign trail, according to new financial documents he submitted to the government.',
      'PORTMERE, Northland — The port will reopen on Monday, according to the harbour office.',
    )
    expect(statements.map((s) => s.content.text)).toEqual([
      'Jo Vell has invested in some of the companies that he attacks on the campaign trail',
      'The port will reopen on Monday',
    ])
  })

  test('"wrote to the UN this summer claiming that X": what was written is X', () => {
    const { statements } = run(
      'However, harbour officials wrote to the council this summer claiming that old mines are still lying in the bay.',
    )
    expect(statements.map((s) => [s.cue.text, s.content.text])).toEqual([
      ['wrote', 'old mines are still lying in the bay'],
    ])
    // (and a content that opens on a single quotation mark is read)
    const single = run(
      "In a letter, the envoy Jo Vell wrote to the council saying that 'armed groups' took over the harbour on June 11.",
    ).statements
    expect(single.map((s) => s.content.text)).toEqual([
      "'armed groups' took over the harbour on June 11",
    ])
  })

  test('a possessive on the way to "that" is no stop, but a speech noun after it ("the mayor\'s assertion that") and a clause after a comma ("while acknowledging that") are', () => {
    const { statements } = run(
      'Jo Vell said at the close of the alliance’s summit in the capital that the agreement was a victory.',
      'The spokesman told the paper the mayor’s assertion that ten boats were seized included the same four boats.',
      'She and her aides have vowed to win back the public’s trust, while acknowledging that this will be tough.',
      'A patient who saw the man at the clinic told the station’s reporter that the man arrived with his wife.',
      'Ana Kell thinks the tests are too many, her husband Tom Kell said this week at an event in the capital — an apparent reversal of the law that brought in the tests.',
    )
    const read = statements.map((s) => [s.cue.text, s.content.text])
    expect(read).toContainEqual(['said', 'the agreement was a victory'])
    expect(read).toContainEqual(['vowed', 'to win back the public’s trust'])
    expect(read).toContainEqual(['thinks', 'the tests are too many'])
    expect(statements.map((s) => s.cue.text)).not.toContain('told')
    expect(read.map(([, c]) => c)).not.toContain('this will be tough')
    expect(statements.filter((s) => s.cue.text === 'said')).toHaveLength(1)
  })

  test('"posted messages on Facebook" is no statement; "posted that X" and "posted footage of X" (what the footage shows) are', () => {
    const { statements } = run(
      'During his attack, Jo Vell also posted messages on Facebook.',
      'In the evening of the same day, the ministry posted that the strike had hit a large depot near the city.',
      'In the evening of the same day, the ministry posted footage of troops crossing the river near the city.',
    )
    expect(statements.map((s) => s.cue.text)).toEqual(['posted', 'posted'])
    expect(statements[0]?.content.text).toBe('the strike had hit a large depot near the city')
  })

  test('"will report out on X" is a topic; "claims strategic city" takes ground; "reported on Monday that X" is X', () => {
    const { statements } = run(
      'The institute will report out on the counteroffensive efforts as they occur in the coming weeks.',
      'Ukrainian forces retreat from the town as Russia claims strategic city near the border.',
      'The general staff reported on Monday that the town had fallen to the enemy.',
    )
    expect(statements.map((s) => [s.cue.text, s.content.text])).toEqual([
      ['reported', 'the town had fallen to the enemy'],
    ])
  })

  test('an infinitive or "then" opens no speaker\'s phrase', () => {
    const { statements } = run(
      'In a world of people that had all the facts and then to sell a magazine say the swimmer is dating a man.',
    )
    expect(statements).toEqual([])
  })

  test('a name that is no subject, in a sentence whose subject is the same pronoun, passes the pronoun on ("He thanked X … He also said" is not X)', () => {
    const { statements, who } = run(
      'Jo Vell spoke in the capital on Monday. He also thanked Tom Kell, who arrived on Sunday. He also said that the port would reopen in spring.',
    )
    expect(statements.map((s) => [who(s), s.cue.text])).toEqual([['Jo Vell', 'said']])
  })
})
