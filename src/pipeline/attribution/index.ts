import { isPossessiveS } from '../language/entities/normalize.js'
import type { Analysis } from '../language/types.js'
import type { Article } from '../types.js'
import { buildContext, type Context, tokenAt } from './context.js'
import { modelDrafts, question } from './learned.js'
import { attributionLexicon } from './lexicon.js'
import type { AttributionModel } from './model/index.js'
import { evidenceIn, hedgesIn, speechTime } from './qualify.js'
import { DASHES } from './quotes.js'
import {
  type Draft,
  findDrafts,
  isTimeAt,
  passiveBefore,
  pluralNounCue,
  skipTime,
} from './rules.js'
import { ARTICLES, FINITE_AUXILIARIES, resolveSpeaker, STATE_NOUNS } from './speaker.js'
import type { Statement } from './types.js'

export type { Evidence, Mode, Polarity, Statement } from './types.js'

/**
 * The attribution stage: every attributed statement in an article, with its speaker resolved
 * within the article, its cue, content, mode, polarity, hedges, evidence and time, and the
 * rule that found it. Offsets are into `article.text`.
 */
export interface AttributionDeps {
  /** The learned model, read where the rules find nothing; without it only the rules run. */
  model?: AttributionModel
}

export function attribute(
  article: Article,
  analysis: Analysis,
  deps: AttributionDeps = {},
): Statement[] {
  const ctx = buildContext(
    article.text,
    analysis.tokens,
    analysis.sentences,
    analysis.entities,
    analysis.times,
    attributionLexicon(),
  )
  const ruled = findDrafts(ctx)
  const paragraphs = article.headline
    ? [{ start: 0, end: article.headline.length }, ...article.paragraphSpans]
    : article.paragraphSpans
  const drafts = reportsOfStatements(
    trimAtContrast(
      ctx,
      dedupe(deps.model ? [...ruled, ...modelDrafts(ctx, deps.model, ruled, paragraphs)] : ruled),
    )
      .map((d) => withoutWriterAside(ctx, d))
      .flatMap((d) => speakerBeforeDash(ctx, d))
      .filter(
        (d) =>
          !notSpeech(ctx, d.cue.from) &&
          // "…, suggesting that …": in reports the writer's inference from what was said
          !(
            (d.rule === 'participial' || d.rule.startsWith('attribution-perceptron')) &&
            INFERRING.has(ctx.tokens[d.cue.from]!.lower)
          ) &&
          !(VERB_RULES.has(d.rule) && afterDeterminer(ctx, d)) &&
          !(VERB_RULES.has(d.rule) && nounWithComplement(ctx, d.cue.from)) &&
          !topicOnly(ctx, d) &&
          !hollow(ctx, d) &&
          !speculated(ctx, d) &&
          !deniedAThing(ctx, d) &&
          !askedOfSpeaker(ctx, d) &&
          !genericFuture(ctx, d) &&
          !quotedQuestion(ctx, d),
      ),
  )
  const statements: Statement[] = []
  const resolved = new Map<Draft, Statement['speaker']>()
  const denied = drafts
    .filter((d) => d.cue.polarity !== 'asserts')
    .map((d) => ({ sentence: d.sentence, ...d.content }))
  // in text order, so that "it said" can look back at the statement before it
  const spoken: Spoken[] = []
  // inferences left out below: a quotation that floats after one has no speaker to inherit
  const dropped = new Set<Draft>()
  for (const d of [...drafts].sort((a, b) => a.cue.from - b.cue.from)) {
    if (d.inherit && dropped.has(d.inherit)) {
      dropped.add(d)
      continue
    }
    // a verb joined to a statement left out ("wrote about X and claimed that Y", the topic
    // dropped) still has that statement's subject
    // (and a quotation after "X reported about the planes." or "“Why?” X wrote." is X's,
    // though a topic, a question or a word alone is no statement)
    const heir =
      d.inherit &&
      !resolved.has(d.inherit) &&
      (d.rule === 'reported-coordinated' ||
        (d.rule === 'floating-quote' &&
          (topicOnly(ctx, d.inherit) ||
            quotedQuestion(ctx, d.inherit) ||
            (ctx.inQuote[d.inherit.content.from]! >= 0 && hollow(ctx, d.inherit)) ||
            // ("X said this at a briefing. “…”")
            (d.inherit.content.from > d.inherit.cue.from && pointsBack(ctx, d.inherit)))) ||
        // "X confirmed the decision, adding that …": the participle is X's
        // (not after a topic: in "X reported on efforts to discredit Y by accusing Z" the
        // participle is not X's)
        (d.rule === 'participial' && hollow(ctx, d.inherit) && !topicOnly(ctx, d.inherit)))
        ? d.inherit.speaker
        : null
    let speaker = d.inherit
      ? (resolved.get(d.inherit) ?? (heir ? resolveSpeaker(ctx, heir) : null))
      : d.speaker
        ? resolveSpeaker(ctx, d.speaker)
        : null
    // a quotation that floats after words no one is given for (a setting, "reporting from
    // Lagos"), or a participle after them, has no speaker to inherit, and words without one
    // are no attribution
    if ((d.rule === 'floating-quote' || (d.rule === 'participial' && d.inherit)) && !speaker) {
      dropped.add(d)
      continue
    }
    if (d.speaker && (speaker?.resolvedBy === 'pronoun:it' || loneIt(ctx, d.speaker, speaker)))
      speaker = {
        ...speaker!,
        ...itSpeaker(ctx, d.speaker.from, speaker!.entityKey, spoken, d.content),
      }
    if (speaker?.resolvedBy === 'unresolved' && d.speaker && isDocument(ctx, d.speaker))
      speaker = { ...speaker, ...documentSpeaker(ctx, d.speaker, spoken) }
    if (
      (speaker?.resolvedBy === 'pronoun:he' || speaker?.resolvedBy === 'pronoun:she') &&
      d.speaker
    )
      speaker = { ...speaker, ...continuedSpeaker(ctx, d.speaker.from, speaker, spoken) }
    // "he said: “… when Jo Doe said …”": whoever "he" is, he does not name himself (a body
    // does: "it will not tolerate … before the EU elections")
    if (
      (speaker?.resolvedBy === 'pronoun:he' || speaker?.resolvedBy === 'pronoun:she') &&
      namedIn(ctx, speaker.entityKey, d.content)
    )
      speaker = { ...speaker, entityKey: null, resolvedBy: 'unresolved:named-in-content' }
    // "footage from Vell confirms", "efforts around Vell indicate": a town (or a region) does
    // not speak, and what it is read to show is an inference from its events, not a statement
    const region = speaker?.entityKey
      ? ctx.entities.get(speaker.entityKey)?.geo?.kind === 'region'
      : false
    // (a region's government may confirm: "Belgorod Oblast confirmed" stays)
    if (
      (speaker?.resolvedBy === 'unresolved:town' && TOWN_EVIDENCE.has(d.cue.lemma)) ||
      (region && TOWN_EVIDENCE.has(d.cue.lemma) && d.cue.lemma !== 'confirm') ||
      // "It suggests the firm has no clue": an "it" that stands for no one is a fact or an
      // event, and what it is read to show is the writer's inference
      (speaker?.resolvedBy === 'unresolved:it' &&
        IT_EVIDENCE.has(d.cue.lemma) &&
        !documentBefore(ctx, d.cue.from))
    ) {
      dropped.add(d)
      continue
    }
    if (speaker && d.speaker)
      spoken.push({
        at: d.speaker.from,
        sentence: ctx.tokens[d.speaker.from]!.sentence,
        entityKey: speaker.entityKey,
        content: d.content,
        speaker: d.speaker,
        cue: d.cue,
      })
    resolved.set(d, speaker)
    statements.push(
      finish(ctx, d, speaker, d.inherit ? denied : denied.filter((x) => x.from !== d.content.from)),
    )
  }
  carryFollowUps(ctx, statements)
  return withoutRestated(ctx, statements).sort(
    (a, b) => a.cue.start - b.cue.start || a.content.start - b.content.start,
  )
}

/**
 * A speaker phrase never ends on a dash: "… troops in the region - said the minister" puts the
 * end of the quotation before the cue, so such a draft is dropped. Only a name set off by a
 * pair of dashes ("Gen Roe - the army's most senior officer - warned") keeps its name.
 */
function speakerBeforeDash(ctx: Context, d: Draft): Draft[] {
  const sp = d.speaker
  if (!sp || !DASHES.has(ctx.tokens[sp.to - 1]!.text)) return [d]
  let k = sp.from
  while (k < sp.to - 1 && !DASHES.has(ctx.tokens[k]!.text)) k++
  const mi = k > sp.from ? ctx.mentionAt[k - 1]! : -1
  if (k === sp.to - 1 || mi < 0 || ctx.mentions[mi]!.from !== sp.from) return []
  return [{ ...d, speaker: { ...sp, to: k } }]
}

/**
 * "It said" stands for the body that spoke last: "…, the ministry said. It added …". With no
 * statement in the two sentences before, only a body that opens its sentence ("The agency,
 * which …, said nothing. It …") is taken; the nearest name is too often the object of
 * another clause ("Russia blamed Ukraine for the strike, in which it said …").
 */
function itSpeaker(
  ctx: Context,
  at: number,
  candidate: string | null,
  spoken: Spoken[],
  content: { from: number; to: number },
): { entityKey: string | null; resolvedBy: string } {
  const here = ctx.tokens[at]!.sentence
  // "It is thought that …": no one
  if (BE_AFTER_IT.has(ctx.tokens[at + 1]?.lower ?? ''))
    return { entityKey: null, resolvedBy: 'unresolved:it' }
  // "Russia blamed Ukraine for the attack, in which it said …": the body the sentence is about
  // (not one inside the content: "The US was responsible, it said")
  if (at - ctx.sentenceTokens[here]!.from > 1) {
    const subject = bodySubject(ctx, at, content)
    if (subject) return { entityKey: subject, resolvedBy: 'pronoun:it:subject' }
  }
  const last = spoken.findLast((s) => s.at < at)
  if (last && here - last.sentence <= 2) {
    const type = last.entityKey ? ctx.entities.get(last.entityKey)?.type : undefined
    return type && type !== 'person'
      ? { entityKey: last.entityKey, resolvedBy: 'pronoun:it:last-speaker' }
      : { entityKey: null, resolvedBy: 'unresolved:it' }
  }
  if (candidate && opensSentence(ctx, candidate, at))
    return { entityKey: candidate, resolvedBy: 'pronoun:it' }
  const subject = bodySubject(ctx, at, content)
  if (subject) return { entityKey: subject, resolvedBy: 'pronoun:it:subject' }
  return { entityKey: null, resolvedBy: 'unresolved:it' }
}

const BE_AFTER_IT = new Set(['is', 'was'])

/** An "it" the pronoun rule found no antecedent for. */
function loneIt(
  ctx: Context,
  span: { from: number; to: number },
  speaker: Statement['speaker'],
): boolean {
  return (
    speaker?.resolvedBy === 'unresolved' &&
    span.to - span.from === 1 &&
    ctx.tokens[span.from]!.lower === 'it'
  )
}

/**
 * The body a sentence is about: "Uniper, one of …, has used …, it said", or, for an "It" that
 * opens its sentence, the sentence before ("In a statement, the federation called … It said:").
 * The first body or country named outside a prepositional phrase, past possessors ("The UK's
 * Ministry of Defence") and appositions.
 */
function bodySubject(
  ctx: Context,
  at: number,
  content: { from: number; to: number },
): string | null {
  const here = ctx.tokens[at]!.sentence
  const span = ctx.sentenceTokens[here]!
  const opens = at - span.from <= 1
  const s = opens ? here - 1 : here
  if (s < 0) return null
  const from = ctx.sentenceTokens[s]!.from
  const to = opens ? ctx.sentenceTokens[s]!.to : at
  // the sentence before must open on its subject ("The institute said …", "In a statement, the
  // federation called …"); one that opens on "It" speaks of someone further back
  if (opens && ctx.tokens[from]!.lower === 'it') return null
  let lead = from
  if (opens && SUBJECT_PREPOSITIONS.has(ctx.tokens[from]!.lower)) {
    while (lead < to && lead - from < 8 && ctx.tokens[lead]!.text !== ',') lead++
    lead++
  }
  for (let k = from; k < to; k++) {
    const mi = ctx.mentionAt[k]!
    if (mi < 0) continue
    const m = ctx.mentions[mi]!
    k = m.to - 1
    if (m.from >= content.from && m.from < content.to) return null
    // "Germany's largest energy providers, Uniper": a possessor is not the subject
    if (/^['’]s?$/.test(ctx.tokens[m.to]?.text ?? '')) continue
    let b = m.from - 1
    while (b >= from && ARTICLES.has(ctx.tokens[b]!.lower)) b--
    if (opens && b >= lead) return null
    if (b >= from && SUBJECT_PREPOSITIONS.has(ctx.tokens[b]!.lower)) continue
    if (m.type === 'person') return null
    if (m.type === 'organization' || m.type === 'outlet') return m.entityKey
    if (m.type === 'place' && ctx.entities.get(m.entityKey)?.geo?.kind === 'country')
      return m.entityKey
    return null
  }
  return null
}

const SUBJECT_PREPOSITIONS = new Set([
  'of',
  'by',
  'to',
  'from',
  'with',
  'for',
  'in',
  'on',
  'at',
  'against',
  'about',
  'than',
])

/** "The report said", "according to the statement": a document the text does not name. */
function isDocument(ctx: Context, span: { from: number; to: number }): boolean {
  const words = span.to - span.from
  if (words < 2 || words > 3 || ctx.tokens[span.from]!.lower !== 'the') return false
  if (words === 3 && !DOCUMENT_ADJECTIVES.has(ctx.tokens[span.from + 1]!.lower)) return false
  return DOCUMENTS.has(ctx.tokens[span.to - 1]!.lower)
}

const DOCUMENTS = new Set(['report', 'statement', 'document', 'assessment', 'study', 'survey'])

/** "A report was published on Monday. It suggests …": a document named just before stands for "it". */
function documentBefore(ctx: Context, at: number): boolean {
  const here = ctx.tokens[at]!.sentence
  const from = ctx.sentenceTokens[Math.max(0, here - 1)]!.from
  for (let k = from; k < at; k++) {
    const w = ctx.tokens[k]!.lower
    if (DOCUMENTS.has(w) || WRITINGS.has(w)) return true
  }
  return false
}
const WRITINGS = new Set(['paper', 'analysis', 'research', 'poll', 'letter', 'memo', 'review'])
const DOCUMENT_ADJECTIVES = new Set(['new', 'latest', 'full', 'same', 'joint'])

/**
 * "GUR reported that … According to the report, …": the document is the one whose author
 * spoke last, within the two sentences before; with none, it stays unresolved.
 */
function documentSpeaker(
  ctx: Context,
  span: { from: number; to: number },
  spoken: Spoken[],
): { entityKey: string | null; resolvedBy: string } {
  const last = spoken.findLast((s) => s.at < span.from)
  const noun = ctx.tokens[span.to - 1]!.lower
  // the last statement must name that document: "said in a statement", "reported",
  // "according to a report by X", "released a report saying"
  const names = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      if (ctx.tokens[k]!.sentence !== last!.sentence) continue
      if (ctx.tokens[k]!.lower.startsWith(noun)) return true
    }
    return false
  }
  if (
    last?.entityKey &&
    ctx.tokens[span.from]!.sentence - last.sentence <= 2 &&
    (names(last.speaker.from, last.speaker.to) ||
      names(
        Math.max(0, last.cue.from - 3),
        last.content.from >= last.cue.to
          ? Math.min(last.content.from, last.cue.to + 5)
          : last.cue.to + 5,
      ))
  )
    return { entityKey: last.entityKey, resolvedBy: 'document:last-speaker' }
  return { entityKey: null, resolvedBy: 'unresolved' }
}

interface Spoken {
  at: number
  sentence: number
  entityKey: string | null
  content: { from: number; to: number }
  speaker: { from: number; to: number }
  cue: { from: number; to: number }
}

/**
 * "Biden said there was no doubt Putin had planned it. “…,” he told donors.": a person named
 * inside the last statement's content is what it was about; "he" goes on with its speaker.
 */
function continuedSpeaker(
  ctx: Context,
  at: number,
  speaker: { entityKey: string | null; resolvedBy: string },
  spoken: Spoken[],
): { entityKey: string | null; resolvedBy: string } {
  const last = spoken.findLast((s) => s.at < at)
  const key = speaker.entityKey
  if (!last?.entityKey || !key || last.entityKey === key) return speaker
  if (ctx.tokens[at]!.sentence - last.sentence > 1) return speaker
  if (ctx.entities.get(last.entityKey)?.type !== 'person') return speaker
  for (let k = last.content.from; k < last.content.to; k++) {
    const mi = ctx.mentionAt[k]!
    if (mi >= 0 && ctx.mentions[mi]!.entityKey === key && k < at)
      return { entityKey: last.entityKey, resolvedBy: `${speaker.resolvedBy}:last-speaker` }
  }
  return speaker
}

/** Is the entity's nearest mention before `at` the first words of its sentence ("The UK's …")? */
function opensSentence(ctx: Context, key: string, at: number): boolean {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!
    if (m.from >= at || m.entityKey !== key) continue
    const first = ctx.sentenceTokens[ctx.tokens[m.from]!.sentence]!.from
    return m.from === first || (m.from === first + 1 && ARTICLES.has(ctx.tokens[first]!.lower))
  }
  return false
}

/**
 * A content no one could quote as a claim: one word once its time phrase is gone ("described
 * it this month"), or a reported content that opens on "and" ("Social media reports and reports
 * from the ground …") or, from the model, on a verb with no subject ("…, is under shelling").
 */
function hollow(ctx: Context, d: Draft): boolean {
  const { tokens } = ctx
  const words: number[] = []
  for (let k = d.content.from; k < d.content.to && words.length < 2; k++) {
    const t = tokens[k]!
    if (t.punct) continue
    if (isTimeAt(ctx, k)) {
      k = skipTime(ctx, k) - 1
      continue
    }
    words.push(k)
  }
  if (words.length < 2) return true
  const first = tokens[d.content.from]!
  // "the photo he claimed to possess": an infinitive with nothing after it is a relative
  // clause's gap, not what was claimed
  if (first.lower === 'to' && d.content.to - d.content.from <= 2 && d.content.from > d.cue.from)
    return true
  if (ctx.inQuote[d.content.from]! >= 0) return false
  // "As he wrote on Twitter, he confirmed …": an "as" clause before the cue is its own report
  // (not "As a teen, she volunteered …", a content with a main clause of its own)
  if (first.lower === 'as' && d.content.to <= d.cue.from) {
    let k = d.content.from + 1
    let verb = false
    for (; k < d.content.to && tokens[k]!.text !== ','; k++)
      verb ||= ctx.lex.verbs.has(tokens[k]!.lower)
    if (verb && k === d.content.to) return true
  }
  // "…, adding no further detail", "giving no details": nothing was said
  if (first.lower === 'no' && d.content.from > d.cue.from && d.content.to - d.content.from <= 4) {
    const head = tokens[d.content.to - 1]!.lower
    if (
      /^(?:detail|details|comment|comments|explanation|evidence|information|reason|further)$/.test(
        head,
      )
    )
      return true
  }
  // "reported even grosser details", "confirmed the decision in an interview": a noun that only
  // points at what was said, with nothing more than a setting after it
  // (verbs that take a clause read one there: "said the decision to close it was wrong")
  if (
    d.content.from > d.cue.from &&
    THING_TAKERS.has(d.cue.lemma) &&
    genericObject(ctx, d.content.from, d.content.to)
  )
    return true
  // "I said that at summits and forums": "that" stands for what was said, a setting follows
  if (d.content.from > d.cue.from && pointsBack(ctx, d)) return true
  // "said otherwise on Sunday", "said so.": a word standing for something said elsewhere
  // ("said so many people had fled" has its content)
  if (d.content.from > d.cue.from && PRO_CONTENT.has(first.lower)) {
    const next = tokens[d.content.from + 1]
    if (
      d.content.from + 1 >= d.content.to ||
      !next ||
      next.punct ||
      isTimeAt(ctx, d.content.from + 1) ||
      SETTING_PREPS.has(next.lower)
    )
      return true
  }
  // (a sentence may open on "But" before its cue: "But the talks failed, he said")
  if (OPENING_CONJUNCTIONS.has(first.lower) && !first.upper && d.content.from > d.cue.from)
    return true
  // "what they described as a “terrorist attack”": the object came before the cue
  // ("as many as 15 groups …", "as of Monday, …" are contents)
  if (
    first.lower === 'as' &&
    d.content.from > d.cue.from &&
    !AS_PHRASES.has(tokens[d.content.from + 1]?.lower ?? '')
  )
    return true
  return d.rule.startsWith('attribution') && FINITE_AUXILIARIES.has(first.lower)
}

/**
 * "I said that at summits and forums", "said this at a joint briefing": the content is "this" or
 * "that" standing for what was said, and a setting ("that at least 12 soldiers remain" is a
 * clause; a long "that …" is read as one).
 */
function pointsBack(ctx: Context, d: Draft): boolean {
  const { tokens } = ctx
  const first = tokens[d.content.from]!.lower
  const next = tokens[d.content.from + 1]
  if ((first !== 'that' && first !== 'this') || !next || !SETTING_PREPS.has(next.lower))
    return false
  if (next.lower === 'at' && /^(?:least|most)$/.test(tokens[d.content.from + 2]?.lower ?? ''))
    return false
  if (first === 'that' && d.content.to - d.content.from > 8) return false
  for (let k = d.content.from + 2; k < d.content.to; k++) {
    const w = tokens[k]!.lower
    if (FINITE_AUXILIARIES.has(w) || ctx.lex.verbs.has(w) || /[a-z]ed$/.test(w)) return false
  }
  return true
}

/** A short noun phrase headed by a word such as "details" or "decision", then at most a setting. */
function genericObject(ctx: Context, from: number, to: number): boolean {
  const { tokens } = ctx
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const t = tokens[k]!
    if (t.upper || t.punct || ctx.lex.verbs.has(t.lower) || t.lower === 'that') return false
    if (!POINTING_NOUNS.has(t.lower)) continue
    const next = tokens[k + 1]
    if (
      !(k + 1 >= to || !next || next.punct || next.lower === 'of' || SETTING_PREPS.has(next.lower))
    )
      return false
    // ("details of the deal have yet to emerge" is a clause)
    for (let j = k + 1; j < to; j++)
      if (FINITE_AUXILIARIES.has(tokens[j]!.lower) || ctx.lex.verbs.has(tokens[j]!.lower))
        return false
    return true
  }
  return false
}
const THING_TAKERS = new Set(
  'report confirm announce add explain post reveal disclose publish share'.split(' '),
)
const POINTING_NOUNS = new Set(
  'details detail information news decision decisions update updates findings figures data results remarks comments situation matter'.split(
    ' ',
  ),
)

const PRO_CONTENT = new Set(['otherwise', 'so', 'likewise', 'similarly', 'differently'])
const SETTING_PREPS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'to', 'via'])

/**
 * "Why did the minister say …?", "How does the envoy explain …?": the writer asks what someone
 * said; a question word or auxiliary opens the sentence or the speaker phrase before the cue, and
 * the sentence ends on "?".
 */
function askedOfSpeaker(ctx: Context, d: Draft): boolean {
  if (!d.speaker || d.speaker.from > d.cue.from) return false
  const first = ctx.tokens[ctx.sentenceTokens[d.sentence]!.from]!
  const opener = ctx.tokens[d.speaker.from]!
  if (!QUESTION_OPENERS.has(opener.lower) && !QUESTION_OPENERS.has(first.lower)) return false
  return question(ctx, d.cue)
}
/** "Some people will say that …", "critics would argue …": an imagined speaker, not a statement. */
function genericFuture(ctx: Context, d: Draft): boolean {
  if (!d.speaker) return false
  const aux = ctx.tokens[d.cue.from - 1]?.lower
  return (aux === 'will' || aux === 'would') && GENERIC.has(ctx.tokens[d.speaker.from]!.lower)
}
const GENERIC = new Set([
  'some',
  'many',
  'others',
  'people',
  'critics',
  'skeptics',
  'sceptics',
  'someone',
  'anyone',
])

/**
 * "“How much do we really know?” said X": a quotation that is one question asks, it claims
 * nothing. A quotation with a statement before its question stays.
 */
function quotedQuestion(ctx: Context, d: Draft): boolean {
  const { tokens } = ctx
  if (ctx.inQuote[d.content.from]! < 0) return false
  for (let k = d.content.from; k < d.content.to; k++) if (ENDERS.has(tokens[k]!.text)) return false
  return tokens[d.content.to]?.text === '?'
}
const ENDERS = new Set(['.', '!', '?', '…'])

const QUESTION_OPENERS = new Set(
  'why how what when where whom which who did does do will would can could should shall is are was were has have had'.split(
    ' ',
  ),
)

/**
 * "He said he believed X": the speaker's own second cue opens the first one's content, so the
 * inner statement (X) is what was said; the outer one, whose content would begin "he believed",
 * goes.
 */
function withoutRestated(ctx: Context, statements: Statement[]): Statement[] {
  const opens = (outer: Statement, inner: Statement) => {
    const key = outer.speaker?.entityKey
    if (!key || inner === outer || inner.speaker?.entityKey !== key) return false
    if (inner.cue.start < outer.content.start || inner.cue.end > outer.content.end) return false
    const lead = tokenAt(ctx.tokens, inner.cue.start) - tokenAt(ctx.tokens, outer.content.start)
    return lead >= 0 && lead <= 2
  }
  const named = new Map<Statement, Statement['speaker']>()
  const kept = statements.filter((o) => {
    const inner = statements.find((i) => opens(o, i))
    // the inner "he" is the outer speaker's name
    if (inner && ctx.lex.pronouns.has(inner.speaker!.text.toLowerCase()))
      named.set(inner, o.speaker)
    return !inner
  })
  return kept.map((st) => (named.has(st) ? { ...st, speaker: named.get(st)! } : st))
}

/** "perhaps the military thought they would …": the writer's guess at what someone thought. */
function speculated(ctx: Context, d: Draft): boolean {
  if (!d.speaker) return false
  if (GUESSES.has(ctx.tokens[d.speaker.from]!.lower)) return true
  // "what would have happened if I had said …": a speech act supposed, not made
  const aux = ctx.tokens[d.cue.from - 1]?.lower ?? ''
  if (
    d.speaker.to <= d.cue.from &&
    (aux === 'had' || aux === 'were' || MODAL_AUXILIARIES.has(aux)) &&
    CONDITIONALS.has(ctx.tokens[d.speaker.from - 1]?.lower ?? '')
  )
    return true
  // the word before the speaker phrase, or before its article
  const before = ctx.tokens[d.speaker.from - 1]?.lower ?? ''
  return GUESSES.has(ARTICLES.has(before) ? (ctx.tokens[d.speaker.from - 2]?.lower ?? '') : before)
}

const GUESSES = new Set(['perhaps', 'maybe', 'possibly', 'presumably'])
const CONDITIONALS = new Set(['if', 'unless', 'suppose', 'supposing'])
const MODAL_AUXILIARIES = new Set(['would', 'should', 'could', 'might'])

const OPENING_CONJUNCTIONS = new Set(['and', 'or', 'but'])
const AS_PHRASES = new Set([
  'many',
  'much',
  'of',
  'far',
  'well',
  'recently',
  'long',
  'soon',
  'few',
  'little',
  'early',
  'late',
])

/** Does the entity have a name mention (not a pronoun or a description) inside the span? */
function namedIn(ctx: Context, key: string | null, span: { from: number; to: number }): boolean {
  if (!key) return false
  for (let k = span.from; k < span.to; k++) {
    const mi = ctx.mentionAt[k]!
    if (mi >= 0 && ctx.mentions[mi]!.entityKey === key && ctx.mentions[mi]!.kind === 'name')
      return true
  }
  return false
}

// rules that read their cue as a verb
const VERB_RULES = new Set([
  'reported',
  'reported-inverted',
  'reported-interrupted',
  'participial',
  'quote-trailing:speaker-cue',
  'quote-trailing:cue-speaker',
  'quote-leading',
])
const DETERMINERS = new Set([
  ...['of', 'the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your'],
  // "from different states", "other reports", "EU member states"
  ...['different', 'several', 'various', 'other', 'member', 'neighbouring', 'neighboring'],
  ...['these', 'those'],
])

/** "the head of state whether …": after a determiner or "of" the cue word is a noun. */
function afterDeterminer(ctx: Context, d: Draft): boolean {
  const { tokens } = ctx
  if (DETERMINERS.has(tokens[d.cue.from - 1]?.lower ?? '')) return true
  // "a police report shows …": after "a" and a noun, the bare form is a noun too (a subject
  // with "a" takes "reports")
  const cue = tokens[d.cue.from]!.lower
  const prev = tokens[d.cue.from - 1]
  return (
    (tokens[d.cue.from - 2]?.lower === 'a' || tokens[d.cue.from - 2]?.lower === 'an') &&
    prev !== undefined &&
    !prev.punct &&
    !prev.upper &&
    !prev.lower.endsWith('ly') &&
    ctx.lex.nouns.has(cue) &&
    !/(?:s|ed|ing)$/.test(cue) &&
    // ("A group claim to have seen it": a collective's verb before its infinitive)
    tokens[d.cue.from + 1]?.lower !== 'to'
  )
}

const INFINITIVE_AUX = new Set(['be', 'have', 'been', 'having'])
const TOWN_EVIDENCE = new Set(['indicate', 'suggest', 'confirm', 'show', 'reveal', 'prove'])
// (a body "it" stands for may still confirm or reveal)
const IT_EVIDENCE = new Set(['indicate', 'suggest', 'show', 'prove'])

const INFERRING = new Set([
  'suggesting',
  'indicating',
  'confirming',
  'showing',
  'signaling',
  'signalling',
])

// ("will say" stays: British papers report a speech from its text before it is given)
const FUTURE = new Set(['may', 'might'])
const ADVERB_GAP = new Set(['also', 'later', 'soon', 'likely', 'probably', 'not'])

const PASSIVE_REPORT = new Set([
  'said',
  'reported',
  'alleged',
  'rumoured',
  'rumored',
  'believed',
  'thought',
  // "the only person confirmed to be on board is X"
  'confirmed',
  'estimated',
])

/**
 * Cue words used for something other than a speech act, whichever rule or model read them:
 * "the guards, said to have serious injuries" (a passive report with no speaker), "a US think
 * tank", "he added a photograph".
 */
// what one denies somebody: "denied Ukrainian forces the option to surrender" refuses, says nothing
const DENIED_THINGS = new Set(
  'access entry permission option chance opportunity visa visas passage asylum bail request requests appeals'.split(
    ' ',
  ),
)

/** "Social media reports from March 6 of …", "claims of …": as a verb, the word is a noun. */
function nounWithComplement(ctx: Context, c: number): boolean {
  const t = ctx.tokens[c]!.lower
  const next = ctx.tokens[c + 1]?.lower
  return (
    (t === 'reports' || t === 'claims' || t === 'reporting') && (next === 'from' || next === 'of')
  )
}

/**
 * "Kyiv denied Ukrainian forces the option to surrender": deny with two objects is a refusal;
 * "authorities will add residents to the registry": add with a destination is an act.
 */
function deniedAThing(ctx: Context, d: Draft): boolean {
  if (d.content.from < d.cue.to) return false
  const { tokens } = ctx
  // "add X to the list": the destination after "to", with no verb of a clause before it
  if (d.cue.lemma === 'add' && ctx.inQuote[d.content.from]! < 0) {
    for (let k = d.content.from; k < d.content.to; k++) {
      const t = tokens[k]!
      if (FINITE.has(t.lower) || ctx.lex.verbs.has(t.lower) || ctx.inQuote[k]! >= 0) return false
      // a verb in -ed makes a clause ("forces moved a unit to X"); "of occupied territories" does not
      const prev = tokens[k - 1]!.lower
      if (k > d.content.from && /^[a-z]{3,}ed$/.test(t.lower) && !ADJECTIVE_BEFORE.has(prev))
        return false
      const next = tokens[k + 1]
      if (t.lower === 'to' && next && (DESTINATION_OPENERS.has(next.lower) || next.upper))
        return true
    }
    return false
  }
  if (d.cue.lemma !== 'deny') return false
  for (let k = d.content.from; k < Math.min(d.content.to, d.content.from + 8); k++) {
    const t = tokens[k]!
    if (t.lower === 'that' || t.punct || ctx.lex.verbs.has(t.lower) || FINITE.has(t.lower))
      return false
    if (DENIED_THINGS.has(t.lower)) return true
  }
  return false
}
const ADJECTIVE_BEFORE = new Set(
  'of the a an in on at for with from by to and its their'.split(' '),
)
const DESTINATION_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our'])
const FINITE = new Set(
  'is are was were has have had will would could can may might must should does did'.split(' '),
)

const KINDS_OF_STATE = new Set(
  'member nation island frontline front-line neighbouring neighboring allied arab baltic balkan nuclear western european african asian gulf client satellite buffer sovereign independent successor rogue failed eu nato'.split(
    ' ',
  ),
)

function notSpeech(ctx: Context, c: number): boolean {
  const { tokens } = ctx
  const t = tokens[c]!
  // "the State Department", "Regional State Administration": a capital inside a sentence
  // makes the word part of a name, not a verb ("Northland's State Emergency Service" too)
  const prev = tokens[c - 1]
  if (
    t.upper &&
    c > ctx.sentenceTokens[t.sentence]!.from &&
    prev &&
    (!prev.punct || isPossessiveS(prev.text)) &&
    ctx.inQuote[c] === ctx.inQuote[c - 1]
  )
    return true
  const next = tokens[c + 1]?.lower ?? ''
  // "claimed to have captured" is a claim; "said to have", "reported to be" report no one
  if (
    PASSIVE_REPORT.has(t.lower) &&
    next === 'to' &&
    INFINITIVE_AUX.has(tokens[c + 2]?.lower ?? '')
  )
    return true
  if (t.lower === 'think' && (next === 'tank' || next === 'tanks')) return true
  // "the 27 member states backed", "Baltic states": a kind of state, not a verb
  if ((t.lower === 'states' || t.lower === 'state') && KINDS_OF_STATE.has(prev?.lower ?? ''))
    return true
  // "the ministry may announce", "people might say": speech not (yet) made
  const before = ADVERB_GAP.has(prev?.lower ?? '') ? tokens[c - 2] : prev
  if (before && !before.upper && FUTURE.has(before.lower)) return true
  // "the US state department said", "state media reported": "state" names the owner
  if (
    t.lower === 'state' &&
    (STATE_NOUNS.has(next) || /-(?:owned|run|backed|controlled)$/.test(next))
  )
    return true
  // "the Russian state nuclear company", "the Ukrainian state pipeline operator": after a
  // nationality, "state" is an adjective unless "that" or a colon follows
  if (
    t.lower === 'state' &&
    prev?.upper &&
    !prev.punct &&
    /(?:an|ese|ish|ian|ic|i)$/.test(prev.lower) &&
    next !== 'that' &&
    next !== ':'
  )
    return true
  // "the unrecognised state said", "reports say": before another speech verb the word is its
  // subject, a noun
  const finite = /(?:ed|s)$/.test(next) || next === 'said' || next === 'told' || next === 'wrote'
  const nextVerb = finite && ctx.lex.verbs.has(next) && !ctx.lex.nouns.has(next)
  if (ctx.lex.verbs.has(t.lower) && nextVerb && !tokens[c + 1]!.upper) return true
  if (pluralNounCue(ctx, c)) return true
  // "he was accused of …", "residents were told …": the subject is spoken of or to, and the
  // speaker goes unnamed
  if (PARTICIPLE.test(t.lower) && passiveBefore(tokens, c)) return true
  // "the man accused of leading the unit said …": one accuses someone of something, so an
  // "of" straight after the participle makes it passive
  if (t.lower === 'accused' && next === 'of') return true
  if (hypotheticalQuestion(tokens, c)) return true
  return /^add(s|ed|ing)?$/.test(t.lower) && (next === 'a' || next === 'an')
}

const TOPIC_PREPS = new Set(['on', 'about', 'regarding', 'concerning'])
// a subject pronoun starts a clause: "said on Telegram it had held …"
const SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i'])
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions dozen dozens half a an'.split(
    ' ',
  ),
)

/**
 * "reported on the fighting", "wrote about the talks": what follows the cue is a topic, not
 * something asserted. Not when a clause follows after all ("said on Telegram that …", "… it had",
 * "claimed on television to have …"), nor for a time ("reported on Monday …") or an amount
 * ("said about 800 people …").
 */
export function topicOnly(ctx: Context, d: Draft): boolean {
  const { tokens } = ctx
  // "claims about X …" with the preposition read into the cue is the same topic
  const inCue = d.cue.to - d.cue.from > 1 && TOPIC_PREPS.has(tokens[d.cue.to - 1]!.lower) ? 1 : 0
  const k = d.content.from - inCue
  const t = tokens[k]
  // ("reported on August 20 about the planes": a time may come between)
  const after = inCue === 0 && isTimeAt(ctx, d.cue.to) ? skipTime(ctx, d.cue.to) : d.cue.to - inCue
  if (!t || (k !== d.cue.to - inCue && k !== after) || !TOPIC_PREPS.has(t.lower)) return false
  const next = tokens[k + 1]
  if (t.lower === 'about' && (/^\d/.test(next?.text ?? '') || NUMBER_WORDS.has(next?.lower ?? '')))
    return false
  if (isTimeAt(ctx, k) || isTimeAt(ctx, k + 1)) return false
  for (let j = k + inCue; j < d.content.to; j++) {
    const w = tokens[j]!.lower
    if (ctx.inQuote[j]! >= 0 || w === 'that' || (j > k + 1 && SUBJECTS.has(w))) return false
    if (w === 'to' && INFINITIVE_AUX.has(tokens[j + 1]?.lower ?? '')) return false
  }
  return true
}

const PARTICIPLE = /^(?:\w+ed|told|said|shown|known|heard|written|spoken|sworn)$/

const MODALS = new Set(['would', 'will', 'could', 'might', 'should', 'can', 'may'])
const QUESTION_WORDS = new Set(['what', 'whether'])

/**
 * "asked what he would tell Putin", "whether she will say": a question about what someone might
 * say, not something said. A word or three of subject sit between the question word and the modal.
 */
function hypotheticalQuestion(tokens: Context['tokens'], c: number): boolean {
  if (!MODALS.has(tokens[c - 1]?.lower ?? '')) return false
  for (let k = c - 2; k >= Math.max(0, c - 5); k--) {
    const t = tokens[k]!
    if (QUESTION_WORDS.has(t.lower)) return true
    if (t.punct) return false
  }
  return false
}

const SUBORDINATORS = new Set([
  'after',
  'before',
  'as',
  'while',
  'when',
  'amid',
  'since',
  'because',
  'although',
  'though',
  'until',
  'once',
])

function finish(
  ctx: Context,
  d: Draft,
  speaker: Statement['speaker'],
  deniedSpans: { sentence: number; from: number; to: number }[],
): Statement {
  const { tokens, text } = ctx
  const span = (from: number, to: number) => {
    const start = tokens[from]!.start
    const end = tokens[to - 1]!.end
    return { text: text.slice(start, end), start, end }
  }
  const sent = ctx.sentenceTokens[d.sentence]!
  // a statement in a subordinate clause ("… hours after X claimed …") does not own the main clause's evidence
  let lo = Math.min(sent.from, d.content.from)
  const head = d.speaker ?? d.inherit?.speaker
  const own = Math.min(head?.from ?? d.cue.from, d.cue.from)
  let b = own - 1
  while (b > sent.from && ['the', 'a', 'an'].includes(tokens[b]!.lower)) b--
  if (b >= sent.from && SUBORDINATORS.has(tokens[b]!.lower)) lo = own
  // the writer's inference or guess after the content ("…, indicating forces have likely …",
  // "…, likely to …") hedges only itself
  const hi =
    inferenceAt(ctx, d.content.to) || guessAt(ctx, d.content.to)
      ? d.content.to
      : Math.max(sent.to, d.content.to)
  // what a denial rejects is not evidence it cites
  const denied = deniedSpans.filter((x) => x.sentence === d.sentence)
  const evidence = evidenceIn(ctx, lo, hi)
    .filter(
      (e) =>
        !denied.some((x) => e.at >= x.from && e.at < x.to) &&
        !(d.cue.polarity !== 'asserts' && e.at >= d.content.from && e.at < d.content.to),
    )
    .map(({ at: _at, ...e }) => e)
  let confidence = d.confidence
  if (speaker?.resolvedBy.startsWith('pronoun')) confidence -= 0.05
  if (speaker && !speaker.entityKey) confidence -= 0.1
  return {
    sentence: d.sentence,
    speaker,
    cue: { ...span(d.cue.from, d.cue.to), lemma: d.cue.lemma },
    content: span(d.content.from, d.content.to),
    mode: d.mode,
    polarity: d.cue.polarity,
    hedges: hedgesIn(ctx, lo, hi),
    evidence,
    time: speechTime(ctx, lo, hi, d.cue, d.content),
    why: { rule: d.rule, confidence: Math.round(confidence * 100) / 100 },
  }
}

const CONTRAST = new Set(['but', 'while', 'whereas', 'though', 'although', 'yet'])

// the writer's caveat or cross-reference after a statement: ", though this could not be
// verified", ", but ISW cannot confirm these claims", ", as ISW has previously reported", or
// what the speaker left out (", but it didn't say when …")
const ASIDE_OPENERS = new Set(['but', 'though', 'although', 'as'])
const CAVEAT =
  /\b(?:(?:cannot|can't|could not|couldn't|unable to|not able to)(?: immediately)?(?: independently)? (?:verify|confirm|determine|corroborate)|(?:cannot|could not|can't) (?:immediately |independently )?be (?:independently )?(?:verified|confirmed)|no (?:independent )?(?:confirmation|verification)|(?:is|remains) (?:still )?unclear|remains to be seen|continues? to assess|(?:has|have) (?:seen|observed) no|(?:did not|didn't|does not|doesn't|would not|wouldn't|declined to|refused to) (?:say|specify|elaborate|give|provide|disclose|explain|name|identify))\b/
const CROSS_REFERENCE =
  /^as (?:\S+ ){1,4}(?:has |have |had )?(?:previously |also )?(?:reported|assessed|noted)\b/

// a writer's guess set off after a reported content
const AFTERTHOUGHTS = new Set(['presumably', 'likely', 'probably', 'possibly', 'apparently'])

// "consistent with", "in line with"-like words of the writer comparing a claim with others
const AGREEING = new Set(['consistent', 'inconsistent', 'congruent', 'compatible'])

/** ", indicating …", ", suggesting …", ", which indicates …" at the comma `k`, outside a quotation. */
function inferenceAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k + 1]
  if (ctx.tokens[k]?.text !== ',' || t === undefined || ctx.inQuote[k + 1]! >= 0) return false
  if (t.lower === 'which') return INFERS.has(ctx.tokens[k + 2]?.lower ?? '')
  return INFERRING.has(t.lower) || t.lower === 'implying'
}
const INFERS = new Set(['indicates', 'suggests', 'implies', 'confirms', 'shows', 'signals'])

/** ", likely …", ", presumably …" at the comma `k`, outside a quotation. */
function guessAt(ctx: Context, k: number): boolean {
  return (
    ctx.tokens[k]?.text === ',' &&
    AFTERTHOUGHTS.has(ctx.tokens[k + 1]?.lower ?? '') &&
    ctx.inQuote[k + 1]! < 0
  )
}

/**
 * A content ends before the writer's own aside: it is the writer who cannot verify the claim
 * or has reported it before, not the speaker. (Its hedge is still read from the sentence, unless
 * it is an inference or a guess after the content: see `finish`.)
 */
function withoutWriterAside(ctx: Context, d: Draft): Draft {
  const { tokens } = ctx
  for (let k = d.content.from + 2; k < d.content.to; k++) {
    const t = tokens[k]!
    if (tokens[k - 1]!.text !== ',' || ctx.inQuote[k]! >= 0) continue
    // "X stated that A, indicating B": in reports B is the writer's inference from A
    if (inferenceAt(ctx, k - 1)) return { ...d, content: { from: d.content.from, to: k - 1 } }
    // "X claimed that forces will divide the city, presumably along the river": the writer's
    // guess ("individuals, likely partisans, attacked …" sets off a short one inside the clause)
    if (guessAt(ctx, k - 1) && d.mode !== 'direct') {
      let inside = k - 1 - d.content.from < 4
      for (let j = k + 1; j < Math.min(d.content.to, k + 15) && !inside; j++)
        inside = tokens[j]!.text === ','
      if (!inside) return { ...d, content: { from: d.content.from, to: k - 1 } }
    }
    // "…, which is consistent with previous reports …", "…, consistent with ISW's assessment":
    // the writer weighing the claim
    const w = (j: number) => tokens[j]?.lower ?? ''
    const agreeAt = t.lower === 'which' ? (w(k + 1) === 'is' || w(k + 1) === 'was' ? k + 2 : -1) : k
    if (agreeAt >= 0 && AGREEING.has(w(agreeAt)) && w(agreeAt + 1) === 'with')
      return { ...d, content: { from: d.content.from, to: k - 1 } }
    if (!ASIDE_OPENERS.has(t.lower)) continue
    const words: string[] = []
    for (let j = k; j < Math.min(d.content.to, k + 14) && tokens[j]!.text !== ','; j++)
      words.push(tokens[j]!.lower)
    const rest = words.join(' ')
    if ((t.lower !== 'as' && CAVEAT.test(rest)) || (t.lower === 'as' && CROSS_REFERENCE.test(rest)))
      return { ...d, content: { from: d.content.from, to: k - 1 } }
  }
  return d
}

/**
 * "X claimed A, but Y disputed it": A ends at the comma. A second speaker and cue brought in
 * by a contrasting conjunction start a statement of their own, not part of the first one's
 * content (a nested "X said Y claimed …" has no such conjunction and is left whole).
 */
function trimAtContrast(ctx: Context, drafts: Draft[]): Draft[] {
  const { tokens } = ctx
  return drafts.map((d) => {
    let to = d.content.to
    for (const e of drafts) {
      if (e === d || e.sentence !== d.sentence) continue
      const head = Math.min(e.speaker?.from ?? e.cue.from, e.cue.from)
      if (head <= d.content.from || head >= to) continue
      for (let k = head - 1; k > d.content.from + 1 && k >= head - 8; k--) {
        if (!CONTRAST.has(tokens[k]!.lower)) continue
        const p = tokens[k - 1]!
        if (p.punct && (p.text === ',' || p.text === ';')) to = k - 1
        break
      }
    }
    return to === d.content.to ? d : { ...d, content: { from: d.content.from, to } }
  })
}

/**
 * "“…,” X told Y, according to state media": the sentence is X's statement, which the media
 * relayed; "according to" does not make the media the speaker of X's words.
 */
function reportsOfStatements(drafts: Draft[]): Draft[] {
  // a speech verb with its speaker inside; "Russia's claim that …" (a noun) is what was reported
  const inner = drafts.filter(
    (o) => o.speaker && (VERB_RULES.has(o.rule) || o.rule.startsWith('attribution-perceptron')),
  )
  return drafts.filter(
    (d) =>
      d.rule !== 'according-to' ||
      !inner.some((o) => o !== d && o.cue.from >= d.content.from && o.cue.to <= d.content.to),
  )
}

/** One statement per cue and per content; the more specific rule wins. */
function dedupe(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  const cues = new Set<string>()
  const contents = new Set<string>()
  for (const d of drafts) {
    const ck = d.rule === 'floating-quote' ? `f${d.content.from}` : `${d.cue.from}:${d.cue.to}`
    const tk = `${d.content.from}:${d.content.to}`
    if (cues.has(ck) || contents.has(tk)) continue
    cues.add(ck)
    contents.add(tk)
    out.push(d)
  }
  return out
}

/**
 * A sentence that only qualifies what came before ("The undated video …", "The claim could not
 * be independently verified") adds its qualifiers to the statement it follows.
 */
function carryFollowUps(ctx: Context, statements: Statement[]) {
  const bySentence = new Set(statements.map((s) => s.sentence))
  for (let si = 1; si < ctx.sentences.length; si++) {
    const { from, to } = ctx.sentenceTokens[si]!
    let prev: Statement | undefined
    for (let k = statements.length - 1; k >= 0 && !prev; k--) {
      const s = statements[k]!
      if (s.sentence < si && si - s.sentence <= 2) prev = s
    }
    if (!prev) continue
    for (const e of evidenceIn(ctx, from, to)) {
      const same = prev.evidence.find((x) => x.kind === e.kind)
      const definite = ['the', 'this', 'that'].includes(ctx.tokens[from]!.lower) && e.at - from <= 3
      if (same && definite)
        for (const q of e.qualifiers) if (!same.qualifiers.includes(q)) same.qualifiers.push(q)
    }
    if (bySentence.has(si)) continue
    const first = ctx.tokens[from]!.lower
    if (['the', 'this', 'it', 'that', 'these', 'those', 'neither', 'none'].includes(first)) {
      for (const h of hedgesIn(ctx, from, to))
        if (/verif|confirm|unclear|not clear|evidence/.test(h) && !prev.hedges.includes(h))
          prev.hedges.push(h)
    }
  }
}
