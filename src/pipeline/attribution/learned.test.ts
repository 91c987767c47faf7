import { describe, expect, test } from 'vitest'
import { bareArticle } from '../assemble.js'
import { loadGazetteer } from '../language/geo/index.js'
import { analyze } from '../language/index.js'
import { buildContext } from './context.js'
import { topicOnly } from './index.js'
import {
  actWithoutClause,
  aroundCue,
  cueHead,
  cueIsSubjectNoun,
  inference,
  noSubject,
  notAClaim,
  objectBeforeCue,
  objectSource,
  oneSentence,
  opensOnObject,
  pastMedium,
  question,
  sourcePhrase,
  timeOnly,
  withoutQuoteMarks,
} from './learned.js'
import { attributionLexicon } from './lexicon.js'
import { relativeAntecedent, resolveSpeaker } from './speaker.js'

// fixtures are sentences written for these tests
function contextOf(text: string) {
  const article = bareArticle([text])
  const a = analyze(article, { gazetteer: loadGazetteer() })
  const ctx = buildContext(
    article.text,
    a.tokens,
    a.sentences,
    a.entities,
    a.times,
    attributionLexicon(),
  )
  const at = (word: string) => a.tokens.findIndex((t) => t.text === word)
  return { ctx, at }
}

describe('model relations our users could not quote', () => {
  test('a content that holds its own cue keeps the quotation before it, or is dropped', () => {
    const q = contextOf('“The line held all night,” said the mayor, Jo Roe. “We lost no one.”')
    const said = { from: q.at('said'), to: q.at('said') + 1 }
    const mayor = { from: said.to, to: q.at('Roe') + 1 }
    const all = { from: 0, to: q.ctx.tokens.length - 1 }
    const kept = aroundCue(q.ctx, all, said, mayor)!
    expect(q.ctx.text.slice(q.ctx.tokens[kept.from]!.start, q.ctx.tokens[kept.to - 1]!.end)).toBe(
      'The line held all night',
    )
    const rel = contextOf('The ban, which critics say will silence the press, passed.')
    const say = { from: rel.at('say'), to: rel.at('say') + 1 }
    const critics = { from: rel.at('critics'), to: rel.at('critics') + 1 }
    const which = { from: rel.at('which'), to: rel.at('press') + 1 }
    expect(aroundCue(rel.ctx, which, say, critics)).toBeNull()
    // reported speech set off around its cue stays whole
    const mid = contextOf('The damage, officials said, came from rockets.')
    const ms = { from: mid.at('said'), to: mid.at('said') + 1 }
    const whole = { from: 0, to: mid.at('rockets') + 1 }
    expect(aroundCue(mid.ctx, whole, ms, { from: ms.from - 1, to: ms.from })).toEqual(whole)
  })

  test('a content that is one whole quotation loses its marks and the stop or comma before the closing one', () => {
    const q = contextOf('“The line held all night, and we lost no one,” he continued.')
    const close = q.ctx.tokens.findIndex((t) => t.text === '”')
    const kept = withoutQuoteMarks(q.ctx, { from: 0, to: close + 1 })
    expect(q.ctx.text.slice(q.ctx.tokens[kept.from]!.start, q.ctx.tokens[kept.to - 1]!.end)).toBe(
      'The line held all night, and we lost no one',
    )
    // words outside the quotation keep the span as it was
    const m = contextOf('He said the line “held all night” and more.')
    const span = { from: m.at('the'), to: m.at('more') + 1 }
    expect(withoutQuoteMarks(m.ctx, span)).toEqual(span)
  })

  test('a reported content ends with its sentence, unless a colon or a quotation carries it on', () => {
    const glued = contextOf(
      'The mayor noted that the convoy had arrived.It was the third this week.',
    )
    const gc = { from: glued.at('noted'), to: glued.at('noted') + 1 }
    const all = { from: glued.at('that'), to: glued.at('week') + 1 }
    const one = oneSentence(glued.ctx, all, gc)!
    expect(glued.ctx.tokens[one.to - 1]!.text).toBe('arrived')
    const colon = contextOf('The mayor said: the convoy had arrived. It was the third this week.')
    const cc = { from: colon.at('said'), to: colon.at('said') + 1 }
    const long = { from: colon.at('the'), to: colon.at('week') + 1 }
    expect(oneSentence(colon.ctx, long, cc)).toEqual(long)
    // a quote mark left open before the content carries nothing on; one opened inside it does
    const open = contextOf(
      'Units of the “North group were seen. The staff said that the convoy had arrived.,Shelling went on.',
    )
    const oc = { from: open.at('said'), to: open.at('said') + 1 }
    const run = { from: open.at('that'), to: open.at('went') + 1 }
    expect(open.ctx.tokens[oneSentence(open.ctx, run, oc)!.to - 1]!.text).toBe('arrived')
    const quoted = contextOf('The mayor said that “the convoy had arrived. It was the third.”')
    const qc = { from: quoted.at('said'), to: quoted.at('said') + 1 }
    const both = { from: quoted.at('that'), to: quoted.at('third') + 1 }
    expect(oneSentence(quoted.ctx, both, qc)).toEqual(both)
  })

  test('an intention, a hedge read as a cue, and a source ending on an adverb', () => {
    const noun = contextOf('Similar claims have been made by the group before.')
    const nc = { from: noun.at('claims'), to: noun.at('claims') + 1 }
    expect(cueIsSubjectNoun(noun.ctx, nc, { from: 0, to: 1 })).toBe(true)
    const verb = contextOf('The region, which Northland claims is its own, voted.')
    const vc = { from: verb.at('claims'), to: verb.at('claims') + 1 }
    expect(cueIsSubjectNoun(verb.ctx, vc, { from: vc.from - 1, to: vc.from })).toBe(false)
    const feel = contextOf('The reservists reportedly feel pressured to sign new contracts.')
    expect(notAClaim(feel.ctx, { from: feel.at('reportedly'), to: feel.at('feel') + 1 })).toBe(true)
    const plans = contextOf('The agency chief plans to meet both delegations this week.')
    expect(notAClaim(plans.ctx, { from: plans.at('plans'), to: plans.at('plans') + 1 })).toBe(true)
    // a request is no claim about the world
    const urged = contextOf('The mayor urged residents to leave the city.')
    expect(notAClaim(urged.ctx, { from: urged.at('urged'), to: urged.at('urged') + 1 })).toBe(true)
    const call = contextOf('The mayor called for calm after the strike.')
    expect(notAClaim(call.ctx, { from: call.at('called'), to: call.at('for') + 1 })).toBe(true)
    // a passive: the subject is what was spoken of
    const pass = contextOf('The tanker is reported to be owned by a shell company.')
    expect(notAClaim(pass.ctx, { from: pass.at('is'), to: pass.at('reported') + 1 })).toBe(true)
    // speech not yet made
    const due = contextOf('The ministry is expected to announce that the port reopened.')
    expect(notAClaim(due.ctx, { from: due.at('is'), to: due.at('announce') + 1 })).toBe(true)
    const made = contextOf('The ministry announced that the port reopened.')
    expect(notAClaim(made.ctx, { from: made.at('announced'), to: made.at('announced') + 1 })).toBe(
      false,
    )
    const hedge = contextOf(
      'Several units, many reportedly wearing civilian clothes, entered the port.',
    )
    const r = hedge.at('reportedly')
    expect(notAClaim(hedge.ctx, { from: r, to: r + 1 })).toBe(true)
    // the writer's reading of someone: "appears confident that", "seems to be preparing"
    const seems = contextOf('The agency appears confident that the port will reopen soon.')
    const a = seems.at('appears')
    expect(notAClaim(seems.ctx, { from: a, to: a + 2 })).toBe(true)
    expect(notAClaim(seems.ctx, { from: a, to: a + 1 })).toBe(true)
    const backed = contextOf('Westmark has backed the sanctions, and its minister knew it.')
    const b = backed.at('backed')
    expect(notAClaim(backed.ctx, { from: b - 1, to: b + 1 })).toBe(true)
    expect(notAClaim(backed.ctx, { from: backed.at('knew'), to: backed.at('knew') + 1 })).toBe(true)
  })

  test('adverbs the model took into a source are dropped; a source that is no phrase is no source', () => {
    const mayor = contextOf('Mayor Jane Roe similarly stated that the port had reopened.')
    expect(sourcePhrase(mayor.ctx, { from: 0, to: mayor.at('similarly') + 1 })).toEqual({
      from: 0,
      to: mayor.at('similarly'),
    })
    const restated = contextOf(
      'His restatement of the goals, nearly a year later, strongly indicates a shift.',
    )
    expect(sourcePhrase(restated.ctx, { from: 0, to: restated.at('nearly') + 1 })).toBeNull()
  })

  test('a cue the lexicon does not know is an act unless a clause or a quotation follows', () => {
    // the cue's word, and the content from its first to its last word
    const isAct = (text: string, cue: string, first: string, last: string) => {
      const q = contextOf(text)
      return actWithoutClause(
        q.ctx,
        { from: q.at(cue), to: q.at(cue) + 1 },
        { from: q.at(first), to: q.at(last) + 1 },
      )
    }
    expect(
      isAct(
        'The governor thanked the donors for their support of the city.',
        'thanked',
        'the',
        'city',
      ),
    ).toBe(true)
    expect(
      isAct(
        'The governor emphasized that the bridge would reopen soon.',
        'emphasized',
        'the',
        'soon',
      ),
    ).toBe(false)
    expect(isAct('The governor said the bridge would reopen soon.', 'said', 'the', 'soon')).toBe(
      false,
    )
    // cues the lexicon knows as speech only before a clause: "emphasized the need", "recalled its envoy"
    expect(
      isAct(
        'The governor emphasized the need for calm in the harbour.',
        'emphasized',
        'the',
        'harbour',
      ),
    ).toBe(true)
    expect(
      isAct('Northland recalled its envoy from the capital.', 'recalled', 'its', 'capital'),
    ).toBe(true)
  })

  test('a topic with its preposition read into the cue ("claims about X remain …") says nothing', () => {
    const { ctx, at } = contextOf(
      'Rebel claims about their gains near the port remain unconfirmed.',
    )
    const draft = (cueTo: number) => ({
      sentence: 0,
      speaker: { from: 0, to: 1 },
      cue: { from: at('claims'), to: cueTo, lemma: 'claim', polarity: 'asserts' as const },
      content: { from: cueTo, to: at('unconfirmed') + 1 },
      mode: 'reported' as const,
      rule: 'attribution-perceptron@1',
      confidence: 0.8,
    })
    expect(topicOnly(ctx, draft(at('about') + 1))).toBe(true)
    expect(topicOnly(ctx, draft(at('about')))).toBe(true)
    const { ctx: c2, at: a2 } = contextOf('The envoy spoke about how they had failed the port.')
    expect(
      topicOnly(c2, {
        ...draft(0),
        cue: { from: a2('spoke'), to: a2('about') + 1, lemma: 'speak', polarity: 'asserts' },
        content: { from: a2('about') + 1, to: a2('port') + 1 },
      }),
    ).toBe(false)
  })

  test('a content the model starts on the medium noun after the cue starts after it', () => {
    const q = contextOf('The company said in a statement the talks would go on next week.')
    const cue = { from: q.at('said'), to: q.at('said') + 1 }
    expect(pastMedium(q.ctx, q.at('statement'), cue)).toBe(q.at('statement') + 1)
    const link = contextOf('The commander told a video link from the plant that the line held.')
    const told = { from: link.at('told'), to: link.at('told') + 1 }
    expect(pastMedium(link.ctx, link.at('video'), told)).toBe(link.at('video'))
    // a content that opens on the whole medium phrase
    const rel = contextOf('The prosecutor said in the release this case shows the law works.')
    const said = { from: rel.at('said'), to: rel.at('said') + 1 }
    expect(pastMedium(rel.ctx, rel.at('in'), said)).toBe(rel.at('this'))
  })

  test('the end of a bracket the source does not open is no source', () => {
    const c = contextOf(
      'Jo Vell (Our sanctions have backfired, 29 July) writes that sanctions fail.',
    )
    expect(sourcePhrase(c.ctx, { from: c.at('July'), to: c.at('writes') })).toBeNull()
  })

  test('a source run past its own verb ends at the verb; a participle after a noun stays', () => {
    const met = contextOf(
      'President Jo Vell met the Northland prime minister Jan Roe and described the talks as useful.',
    )
    expect(sourcePhrase(met.ctx, { from: 0, to: met.at('Roe') + 1 })).toEqual({
      from: 0,
      to: met.at('met'),
    })
    const report = contextOf(
      'A report released on Saturday by the Northland Bureau of Statistics said prices rose.',
    )
    expect(sourcePhrase(report.ctx, { from: 0, to: report.at('said') })?.to).toBe(report.at('said'))
  })

  test('a source ends before ", commenting on …"; a pronoun with a clause after it is no source', () => {
    const q = contextOf(
      'The old diplomat Jo Vell, commenting on the invasion of Northland, said the era was new.',
    )
    expect(sourcePhrase(q.ctx, { from: 0, to: q.at('said') - 1 })).toEqual({
      from: 0,
      to: q.at('Vell') + 1,
    })
    const inc = contextOf('Reports from the south, including Northport, said the mud was deep.')
    expect(sourcePhrase(inc.ctx, { from: 0, to: inc.at('said') - 1 })?.to).toBe(inc.at('said') - 1)
    const clause = contextOf(
      'In 2009 he blocked the appointment of a new chief, complaining loudly.',
    )
    expect(
      sourcePhrase(clause.ctx, { from: clause.at('he'), to: clause.at('chief') + 1 }),
    ).toBeNull()
  })

  test('a possessive alone, or where things moved, is no part of a source', () => {
    const my = contextOf('My fear is that the war will spread to the neighbours.')
    expect(sourcePhrase(my.ctx, { from: 0, to: 1 })).toBeNull()
    const moves = contextOf('Equipment movements into Northland indicate that no attack is near.')
    expect(sourcePhrase(moves.ctx, { from: 0, to: moves.at('indicate') })).toEqual({
      from: 0,
      to: moves.at('into'),
    })
  })

  test('a photo credit run into a source is cut; a name before a set-off description heads it', () => {
    const credit = contextOf('Photograph: Jo Smith/Wire Vell also said the talks would go on.')
    expect(sourcePhrase(credit.ctx, { from: 0, to: credit.at('also') })).toEqual({
      from: credit.at('Vell'),
      to: credit.at('Vell') + 1,
    })
    const q = contextOf(
      'Ambassador Jo Vell, an envoy of the Northport Institute, cautioned that the dam could fail.',
    )
    const span = { from: 0, to: q.at('cautioned') - 1 }
    expect(sourcePhrase(q.ctx, span)).toEqual(span)
    const key = resolveSpeaker(q.ctx, span).entityKey
    expect(q.ctx.entities.get(key!)?.name).toBe('Jo Vell')
  })

  test('one adjective is no source ("Dubious allegations of …", "Conflicting reports …")', () => {
    const q = contextOf('Conflicting reports emerged on the pace of the advance on Monday.')
    expect(sourcePhrase(q.ctx, { from: 0, to: 1 })).toBeNull()
    const who = contextOf('Officials reported that the advance had slowed on Monday.')
    expect(sourcePhrase(who.ctx, { from: 0, to: 1 })).toEqual({ from: 0, to: 1 })
  })

  test('a heading run into a source ("… Won’t Trigger War With Northland Vell") is no source', () => {
    const q = contextOf(
      'Troop Training Won’t Trigger War With Northland Vell said the plan was sound.',
    )
    expect(sourcePhrase(q.ctx, { from: 0, to: q.at('said') })).toBeNull()
  })

  test('a time phrase the model took into the end of a source is no part of it', () => {
    const day = contextOf('The state oil company Ocora on Sunday reported a record profit.')
    expect(sourcePhrase(day.ctx, { from: 0, to: day.at('reported') })).toEqual({
      from: 0,
      to: day.at('on'),
    })
    const week = contextOf('Satellite images taken late last week show a new trench line.')
    expect(sourcePhrase(week.ctx, { from: 0, to: week.at('show') })).toEqual({
      from: 0,
      to: week.at('late'),
    })
  })

  test('a refusal, a decree, a comment on a topic and a legislative act are no claims', () => {
    for (const [text, from, to] of [
      ['The capital refused to name the attackers.', 'refused', 'refused'],
      ['The president signed a decree to declare a holiday.', 'signed', 'declare'],
      ['The minister also commented on the policy of the president.', 'commented', 'on'],
      ['The parliament passed a law on the media.', 'passed', 'passed'],
    ] as const) {
      const c = contextOf(text)
      expect(notAClaim(c.ctx, { from: c.at(from), to: c.at(to) + 1 })).toBe(true)
    }
    const said = contextOf('The minister said the policy had failed.')
    expect(notAClaim(said.ctx, { from: said.at('said'), to: said.at('said') + 1 })).toBe(false)
  })

  test('a negated cue asserts nothing', () => {
    const { ctx, at } = contextOf('Northland officials have not confirmed any attack on the port.')
    expect(notAClaim(ctx, { from: at('have'), to: at('confirmed') + 1 })).toBe(true)
  })

  test('a source across a lost sentence break, or holding a clause, is no source', () => {
    const glued = contextOf(
      'Talks ended in Geneva.Northland minister Jane Roe said the port would reopen.',
    )
    expect(sourcePhrase(glued.ctx, { from: 0, to: glued.at('Roe') + 1 })).toBeNull()
    const clause = contextOf('According to court records, Jane Roe was arrested at a rally in May.')
    expect(
      sourcePhrase(clause.ctx, { from: clause.at('court'), to: clause.at('rally') }),
    ).toBeNull()
    const relative = contextOf('Jane Roe, who has led the port for years, said it would reopen.')
    expect(sourcePhrase(relative.ctx, { from: 0, to: relative.at('said') })).toEqual({
      from: 0,
      to: relative.at('said'),
    })
    const initials = contextOf(
      'John S. Smithers Jr., a fellow at the institute, said it would reopen.',
    )
    expect(sourcePhrase(initials.ctx, { from: 0, to: initials.at('said') })).not.toBeNull()
  })

  test('"the reports of X indicate that …" is the writer\'s inference; "officials indicated" is not', () => {
    const thing = contextOf(
      'The reports of the dismissal indicate that the faction is gaining ground.',
    )
    const t = thing.at('indicate')
    expect(inference(thing.ctx, { from: t, to: t + 1 }, { from: 0, to: t })).toBe(true)
    const clause = contextOf(
      'Northland forces began shelling the port on Monday, indicating a shift in their plans.',
    )
    const c = clause.at('indicating')
    expect(inference(clause.ctx, { from: c, to: c + 1 }, { from: 0, to: c })).toBe(true)
    const people = contextOf('Northland officials indicated that the faction is gaining ground.')
    const p = people.at('indicated')
    expect(inference(people.ctx, { from: p, to: p + 1 }, { from: 0, to: p })).toBe(false)
    // "These reports indicate": the writer's reading of what was reported before; "The report
    // indicates" may still be the report's author speaking
    const recap = contextOf('These reports indicate that the faction is gaining ground.')
    const r = recap.at('indicate')
    expect(inference(recap.ctx, { from: r, to: r + 1 }, { from: 0, to: r })).toBe(true)
    const report = contextOf('The report indicates that the faction is gaining ground.')
    const q = report.at('indicates')
    expect(inference(report.ctx, { from: q, to: q + 1 }, { from: 0, to: q })).toBe(false)
  })

  test('a title before a name and its apposition: "Gen. Jo Vell, then chairman of X," is Jo Vell', () => {
    const { ctx, at } = contextOf(
      'Gen. Jo Vell, then chairman of the Northland Joint Staff, told reporters that the war would end.',
    )
    const key = resolveSpeaker(ctx, { from: 0, to: at('told') - 1 }).entityKey
    expect(ctx.entities.get(key ?? '')?.name).toBe('Jo Vell')
  })

  test('a source "Beijing, a key partner of Russia," is Beijing, not Russia', () => {
    const { ctx, at } = contextOf(
      'Beijing, a key partner of Russia, refused to name the attackers.',
    )
    const key = resolveSpeaker(ctx, { from: 0, to: at('refused') }).entityKey
    expect(ctx.entities.get(key ?? '')?.name).toBe('Beijing')
  })

  test('a cue that takes in a setting or an adverb keeps its verb as head', () => {
    const { ctx, at } = contextOf(
      'The harbour master said sarcastically in an interview that all was well.',
    )
    const cue = { from: at('said'), to: at('interview') + 1 }
    expect(cueHead(ctx, cue)).toBe(at('said'))
    // "sarcastically" is no hedge here: the cue's head is "said"
    expect(notAClaim(ctx, cue)).toBe(false)
  })

  test('a plain speech act with a named source is kept', () => {
    const { ctx, at } = contextOf('Jane Roe said the port would reopen in spring.')
    expect(notAClaim(ctx, { from: at('said'), to: at('said') + 1 })).toBe(false)
    expect(sourcePhrase(ctx, { from: 0, to: 2 })).toEqual({ from: 0, to: 2 })
  })

  test("a relative pronoun stands for its noun phrase; a participle's agent or a question is no statement", () => {
    const rel = contextOf('The analyst Jane Roe, who said the line held, left early.')
    const who = rel.at('who')
    const np = relativeAntecedent(rel.ctx, { from: who, to: who + 1 })
    expect(
      np && rel.ctx.text.slice(rel.ctx.tokens[np.from]!.start, rel.ctx.tokens[np.to - 1]!.end),
    ).toMatch(/Jane Roe$/)
    // the span stays "who"; the speaker is the person it stands for
    const r = resolveSpeaker(rel.ctx, { from: who, to: who + 1 })
    expect(r.text).toBe('who')
    expect(rel.ctx.entities.get(r.entityKey ?? '')?.name).toBe('Jane Roe')
    const count = contextOf('Some 41 percent who said the same were young.')
    expect(
      relativeAntecedent(count.ctx, { from: count.at('who'), to: count.at('who') + 1 }),
    ).toBeNull()
    const agent = contextOf(
      'One sailor on a yacht sanctioned by the EU told the paper the crew fled.',
    )
    const eu = agent.at('EU')
    const told = { from: agent.at('told'), to: agent.at('told') + 1 }
    expect(noSubject(agent.ctx, { from: eu - 1, to: eu + 1 }, told)).toBe(true)
    const subject = contextOf('The EU told the paper the crew fled.')
    const t2 = subject.at('told')
    expect(noSubject(subject.ctx, { from: 0, to: t2 }, { from: t2, to: t2 + 1 })).toBe(false)
    // "was announced by the ministry": the agent after the cue did announce it
    const passive = contextOf('The new sanctions were announced by the ministry.')
    const an = passive.at('announced')
    expect(noSubject(passive.ctx, { from: an + 2, to: an + 4 }, { from: an, to: an + 1 })).toBe(
      false,
    )
    const q = contextOf('What did the council say? Nothing at all.')
    expect(question(q.ctx, { from: q.at('say'), to: q.at('say') + 1 })).toBe(true)
    const quoted = contextOf('The senator wrote on Monday: “Why send troops abroad?”')
    expect(question(quoted.ctx, { from: quoted.at('wrote'), to: quoted.at('wrote') + 1 })).toBe(
      false,
    )
    const plain = contextOf('The council said the talks were over.')
    expect(question(plain.ctx, { from: plain.at('said'), to: plain.at('said') + 1 })).toBe(false)
  })

  test('a content from inside a quotation that opened before it loses the closing mark; "observed" needs a clause; an object pronoun is no source', () => {
    const q = contextOf('“Leave the port now. The port is no place for you,” the mayor said.')
    const close = q.ctx.tokens.findIndex((t) => t.text === '”')
    const kept = withoutQuoteMarks(q.ctx, { from: q.at('The'), to: close + 1 })
    expect(q.ctx.text.slice(q.ctx.tokens[kept.from]!.start, q.ctx.tokens[kept.to - 1]!.end)).toBe(
      'The port is no place for you',
    )
    const seen = contextOf('Monitors observed troops crossing the river near the bridge.')
    const obs = { from: seen.at('observed'), to: seen.at('observed') + 1 }
    expect(actWithoutClause(seen.ctx, obs, { from: obs.to, to: seen.at('bridge') + 1 })).toBe(true)
    const said = contextOf('Monitors observed that troops crossed the river near the bridge.')
    const o2 = { from: said.at('observed'), to: said.at('observed') + 1 }
    expect(actWithoutClause(said.ctx, o2, { from: o2.to + 1, to: said.at('bridge') + 1 })).toBe(
      false,
    )
    const heard = contextOf('Hearing him say it in a low voice gives it a certain tone.')
    const say = { from: heard.at('say'), to: heard.at('say') + 1 }
    expect(objectBeforeCue(heard.ctx, { from: say.from - 1, to: say.from }, say)).toBe(true)
    const he = contextOf('He said it was over.')
    expect(objectBeforeCue(he.ctx, { from: 0, to: 1 }, { from: 1, to: 2 })).toBe(false)
  })

  test('a content that opens on the object of a preposition after the cue is a setting or a topic', () => {
    const { ctx, at } = contextOf('He told journalists at an event in the city that he would stay.')
    const told = { from: at('told'), to: at('told') + 1 }
    expect(opensOnObject(ctx, told, { from: at('an'), to: at('stay') + 1 }, 'tell')).toBe(true)
    expect(opensOnObject(ctx, told, { from: at('he'), to: at('stay') + 1 }, 'tell')).toBe(false)
    const w = contextOf('The mayor warned of further attacks on the port.')
    const warned = { from: w.at('warned'), to: w.at('warned') + 1 }
    expect(
      opensOnObject(w.ctx, warned, { from: w.at('further'), to: w.at('port') + 1 }, 'warn'),
    ).toBe(false)
  })

  test('a content around its cue in a relative clause with a gap ("the job that economists say is the future") is none', () => {
    const { ctx, at } = contextOf(
      'She has the kind of job that many economists say is the future of the town.',
    )
    const say = { from: at('say'), to: at('say') + 1 }
    const economists = { from: at('many'), to: at('economists') + 1 }
    expect(aroundCue(ctx, { from: at('the'), to: at('town') + 1 }, say, economists)).toBeNull()
  })

  test('a source right after another verb in -ed is its object; "what X said that …" is none; "“…,” scoffed X" keeps X', () => {
    const a = contextOf(
      'Jo Vell called both Tom Kell and Ana Kell liars and said the vote was lost.',
    )
    const said = { from: a.at('said'), to: a.at('said') + 1 }
    expect(objectSource(a.ctx, { from: a.at('Tom'), to: a.at('liars') }, said)).toBe(true)
    const w = contextOf('Read what Jo Vell and Ana Kell said that got us thinking this year.')
    const ws = { from: w.at('said'), to: w.at('said') + 1 }
    expect(objectSource(w.ctx, { from: w.at('Jo'), to: ws.from }, ws)).toBe(true)
    const inv = contextOf('“Silly boys,” scoffed Jo Vell, who founded the group.')
    const sc = { from: inv.at('scoffed'), to: inv.at('scoffed') + 1 }
    expect(objectSource(inv.ctx, { from: sc.to, to: sc.to + 2 }, sc)).toBe(false)
  })

  test('a content that is a time alone ("About 10:03 p.m.") says nothing', () => {
    const { ctx, at } = contextOf('About 10:03 p.m., according to a timeline, the guards left.')
    expect(timeOnly(ctx, { from: 0, to: at(',') })).toBe(true)
    expect(timeOnly(ctx, { from: at('the'), to: at('left') + 1 })).toBe(false)
  })
})
