import { isEnglishWord } from '../language/lexicon.js'
import type { Context } from './context.js'
import { tokenAt } from './context.js'
import type { AttributionModel } from './model/index.js'
import { DOUBLE_MARKS } from './quotes.js'
import {
  CLAUSE_ONLY,
  type Draft,
  isTimeAt,
  OBJECT_PRONOUNS,
  objectIsNoSpeech,
  RELATIVE_OPENERS,
  SETTING_PARTICIPLES,
  SUBJECT_PRONOUNS,
  skipTime,
  TIME_PREPOSITIONS,
  topicOf,
} from './rules.js'
import {
  ARTICLES,
  FINITE_AUXILIARIES,
  mediumAdjunctEndingAt,
  otherVerbAt,
  relativeAntecedent,
  SPEAKER_NOUNS,
  type TokSpan,
} from './speaker.js'

/**
 * A model relation must be at least this sure of its cue. On PolNeAR dev, 0.7 with every
 * paragraph read gave the pipeline more precision and recall than 0.9 in rule-free paragraphs
 * only (source exact P 79.3 against 76.9, R 42.4 against 31.0); 0.5 found more but was less
 * precise (overlap P 89.8 against 91.1). With the boundary scorer (a flatter calibration) 0.75
 * keeps the pipeline's overlap precision where 0.7 had it; 0.7 let 594 more model statements
 * into the war ledger, about half of them wrong or partly right in a sample of 30.
 */
export const MODEL_MIN_CONFIDENCE = 0.75

/**
 * Statements the learned model finds where the rules found none. Only paragraphs with some sign
 * of attribution (a cue word or a quotation mark) are read, and only sure relations with a
 * source and a content that touch no rule statement's cue or content are kept: the rules win
 * where both speak.
 */
export function modelDrafts(
  ctx: Context,
  model: AttributionModel,
  ruleDrafts: Draft[],
  paragraphs: { start: number; end: number }[],
): Draft[] {
  const { tokens, text } = ctx
  const covered = new Uint8Array(tokens.length)
  for (const d of ruleDrafts) {
    for (let k = d.cue.from; k < d.cue.to; k++) covered[k] = 1
    for (let k = d.content.from; k < d.content.to; k++) covered[k] = 1
  }
  const taken = (x: { from: number; to: number }) => covered.subarray(x.from, x.to).includes(1)
  const out: Draft[] = []
  for (const p of paragraphs) {
    const from = tokenAt(tokens, p.start)
    const to = tokenAt(tokens, p.end - 1) + 1
    if (from < 0 || to <= from) continue
    let hasSign = false
    // a sign inside what the rules already took ("said" within a quotation) is no new lead
    for (let k = from; k < to && !hasSign; k++) {
      const t = tokens[k]!
      if (covered[k]) continue
      if (
        ctx.lex.verbs.has(t.lower) ||
        ctx.lex.nouns.has(t.lower) ||
        t.lower === 'according' ||
        t.text === '“' ||
        t.text === '"'
      )
        hasSign = true
    }
    if (!hasSign) continue
    const span = (s: { start: number; end: number }) => {
      const a = tokenAt(tokens, p.start + s.start)
      const b = tokenAt(tokens, p.start + s.end - 1) + 1
      return a >= 0 && b > a ? { from: a, to: b } : null
    }
    // the model need not find the arguments of cues this loop would drop anyway
    const keep = (s: { start: number; end: number }, confidence: number) => {
      const cue = span(s)
      return confidence >= MODEL_MIN_CONFIDENCE && cue !== null && !taken(cue)
    }
    for (const r of model.extract(text.slice(p.start, p.end), keep)) {
      if (r.confidence < MODEL_MIN_CONFIDENCE || !r.source || r.content.length === 0) continue
      const cue = span(r.cue)
      const source = span(r.source)
      const first = r.content[0]!
      const last = r.content.at(-1)!
      const speaker = source && sourcePhrase(ctx, source)
      let content =
        cue &&
        speaker &&
        aroundCue(
          ctx,
          oneSentence(ctx, span({ start: first.start, end: last.end }), cue),
          cue,
          speaker,
        )
      if (content && cue) content.from = pastMedium(ctx, content.from, cue)
      if (!cue || !speaker || !content || content.to - content.from < 3) continue
      // "About 10:03 p.m., according to a timeline, …": a time alone says nothing
      if (timeOnly(ctx, content)) continue
      // "wouldn't tell reporters what …", "did not say": a speech act denied is none
      // ("Many probably assumed …": the writer's guess about what someone thought)
      let unsaid = false
      for (let k = cue.from; k < cue.to; k++)
        unsaid ||= /n['’]t$|^not$|^never$|^probably$|^likely$|^possibly$|^presumably$/.test(
          tokens[k]!.lower,
        )
      if (unsaid) continue
      if (objectBeforeCue(ctx, speaker, cue) || objectSource(ctx, speaker, cue)) continue
      // "…, given that, as The Times reported, he has …": an "as" clause with a clause after
      // its comma vouches for that clause, not the words before it ("…, as X noted." does)
      if (
        tokens[speaker.from - 1]?.lower === 'as' &&
        speaker.to <= cue.from &&
        content.to <= speaker.from &&
        clauseAfterComma(ctx, cue.to)
      )
        continue
      // "calculations by the institute at": a speaker phrase cut off inside its own phrase
      if (OPEN_ENDED.has(tokens[speaker.to - 1]!.lower)) continue
      // "Family members with patients in the emergency room at X said": a source that opens
      // inside a prepositional phrase before its cue is that phrase's object, not who spoke
      if (speaker.to <= cue.from && insidePlacePhrase(ctx, speaker.from)) continue
      // "According to the plates on the car, it is …": a content that opens on what another
      // "according to" names is that phrase's source, not what was said
      if (
        tokens[content.from - 1]?.lower === 'to' &&
        tokens[content.from - 2]?.lower === 'according'
      )
        continue
      // "… .” According to a police spokesman, “…”": what "according to" vouches for is in
      // its own sentence, never wholly in the one before
      if (
        tokens[cue.from]!.lower === 'according' &&
        tokens[content.to - 1]!.sentence < tokens[cue.from]!.sentence
      )
        continue
      // "tells Fox News Digital this …": a content that starts inside a name ("told CNN Russia
      // would …" starts on a name of its own)
      const before = tokens[content.from - 1]
      const mi = ctx.mentionAt[content.from]!
      if (
        content.from > cue.to &&
        before?.upper &&
        !before.punct &&
        tokens[content.from]!.upper &&
        before.sentence === tokens[content.from]!.sentence &&
        (mi < 0 || ctx.mentions[mi]!.from !== content.from)
      )
        continue
      // "X said on Monday that A, two sources told Reuters": a content cut out of another
      // speech verb's clause, after it and its time, is that verb's, not this cue's
      if (content.to <= cue.from && complementOfOtherVerb(ctx, content.from)) continue
      // "said addressing the congress": the setting of the speech, not what was said
      if (content.from === cue.to && SETTING_PARTICIPLES.has(tokens[content.from]!.lower)) continue
      // "According to the paper, Vell, who grew up in X, is …": a content that opens on a
      // relative pronoun is the rest of a phrase, not what was said
      if (RELATIVE_OPENERS.has(tokens[content.from]!.lower)) continue
      // "who" is kept as written (PolNeAR marks it so) and resolved to the phrase it stands
      // for; with none ("41 percent who said") there is no speaker to show
      const stands = relativeAntecedent(ctx, speaker)
      if (
        taken(cue) ||
        taken(content) ||
        notAClaim(ctx, cue) ||
        !stands ||
        // "…, which suggests": the writer's inference whatever "which" stands for
        inference(ctx, cue, speaker) ||
        (stands !== speaker && inference(ctx, cue, stands)) ||
        noSubject(ctx, speaker, cue) ||
        cueIsSubjectNoun(ctx, cue, speaker) ||
        question(ctx, cue)
      )
        continue
      const h = cueHead(ctx, cue)
      // "forces continue to attack", "he continued his pleas": an activity; only "“…,” he
      // continued" (the quotation before the cue) is speech, and "continued to claim" is
      // headed by "claim"
      if (
        CONTINUES.has(tokens[h]!.lower) &&
        content.from >= cue.to &&
        ctx.inQuote[content.from]! < 0 &&
        !(content.from + 1 < content.to && ctx.inQuote[content.from + 1]! >= 0)
      )
        continue
      const verb = ctx.lex.verbs.get(tokens[h]!.lower)
      const lemma = verb ?? ctx.lex.nouns.get(tokens[h]!.lower)
      if (actWithoutClause(ctx, cue, content)) continue
      // "“…,” he countered" has its content before the cue; the object test is for content after it
      if (verb && content.from >= cue.to && objectIsNoSpeech(ctx, h, verb.lemma, content.to))
        continue
      if (verb && topicOf(ctx, h, verb.lemma, content.from)) continue
      if (opensOnObject(ctx, cue, content, lemma?.lemma)) continue
      content = withoutQuoteMarks(ctx, content)
      let quoted = 0
      for (let k = content.from; k < content.to; k++) if (ctx.inQuote[k]! >= 0) quoted++
      out.push({
        sentence: tokens[cue.from]!.sentence,
        speaker,
        cue: {
          ...cue,
          lemma: lemma?.lemma ?? tokens[h]!.lower,
          polarity: lemma?.polarity ?? 'asserts',
        },
        content,
        mode: quoted === content.to - content.from ? 'direct' : quoted > 0 ? 'mixed' : 'reported',
        rule: r.why.rule,
        confidence: Math.round(r.confidence * 0.9 * 100) / 100,
      })
    }
  }
  return out
}

/**
 * "told journalists at an event …", "said on ABC's show that …", "told of only a few": a
 * content after its cue that opens on a preposition's object is a setting or a topic, not
 * what was said ("warned of further attacks" names the warning).
 */
export function opensOnObject(
  ctx: Context,
  cue: TokSpan,
  content: TokSpan,
  lemma: string | undefined,
): boolean {
  const prep = ctx.tokens[content.from - 1]?.lower ?? ''
  return content.from >= cue.to && CONTENT_PREPS.has(prep) && !(prep === 'of' && lemma === 'warn')
}
/** "About 10:03 p.m.", "on Monday": a span that holds only a time. */
export function timeOnly(ctx: Context, span: TokSpan): boolean {
  const { tokens } = ctx
  let k = APPROX.has(tokens[span.from]!.lower) ? span.from + 1 : span.from
  if (isTimeAt(ctx, k)) k = skipTime(ctx, k)
  for (; k < span.to; k++) {
    const t = tokens[k]!
    if (!t.punct && !/^\d/.test(t.text) && !CLOCK_WORDS.has(t.lower)) return false
  }
  return true
}
// the stop or comma before a closing quotation mark
const STOPS_BEFORE_CLOSE = new Set([',', ';', ':', '.'])
const APPROX = new Set(['about', 'around', 'shortly', 'just', 'at', 'by'])
const CLOCK_WORDS = new Set(['a.m', 'p.m', 'am', 'pm', 'a', 'p', 'm', 'gmt', 'utc', 'et'])
const CONTENT_PREPS = new Set(['by', 'with', 'of', 'in', 'on', 'at', 'for', 'from', 'about'])

/** A comma after token `k` in its sentence, with at least three words after it. */
function clauseAfterComma(ctx: Context, k: number): boolean {
  const { tokens } = ctx
  const s = tokens[k]?.sentence
  for (let j = k; j < tokens.length && tokens[j]!.sentence === s; j++) {
    if (tokens[j]!.text !== ',') continue
    let words = 0
    for (let w = j + 1; w < tokens.length && tokens[w]!.sentence === s; w++)
      if (!tokens[w]!.punct) words++
    return words >= 3
  }
  return false
}

/**
 * "Graham called both Trump and Clinton “crazy” and said …": a source right after another
 * verb in -ed (past "both") is its object; "what X said that …" is a free relative
 * whose "that" opens no content.
 */
export function objectSource(ctx: Context, source: TokSpan, cue: TokSpan): boolean {
  const { tokens } = ctx
  let b = source.from - 1
  if (tokens[b]?.lower === 'what') return true
  if (tokens[b]?.lower === 'both') b--
  // ("“…,” scoffed Jo Vell": the cue itself comes before its source)
  if (b >= cue.from && b < cue.to) return false
  return (
    tokens[b]?.sentence === tokens[source.from]!.sentence &&
    otherVerbAt(ctx, b, /[a-z]{2}ed$/) &&
    !FINITE_AUXILIARIES.has(tokens[b]!.lower)
  )
}

/**
 * "hearing him say it", "let them speak": an object pronoun right before the cue is what
 * another verb acts on, not who made a statement.
 */
export function objectBeforeCue(ctx: Context, source: TokSpan, cue: TokSpan): boolean {
  return (
    source.to - source.from === 1 &&
    source.to === cue.from &&
    OBJECT_PRONOUNS.has(ctx.tokens[source.from]!.lower)
  )
}

/**
 * "“…,” he continued": PolNeAR's contents take in the quotation marks (and the comma before the
 * closing one); a content that is one whole quotation is its words alone, and so direct.
 */
export function withoutQuoteMarks(ctx: Context, content: TokSpan): TokSpan {
  const tail = ctx.quotes[ctx.inQuote[content.to - 2] ?? -1]
  // "… this country,”" from inside a quotation that opened before it: its closing mark and
  // the comma before it are no part of what was said
  if (tail?.closed && tail.from < content.from && tail.to === content.to - 1) {
    let to = content.to - 1
    while (to > content.from && STOPS_BEFORE_CLOSE.has(ctx.tokens[to - 1]!.text)) to--
    return { from: content.from, to }
  }
  const q = ctx.quotes[ctx.inQuote[content.from + 1] ?? -1]
  if (!q || q.from < content.from || q.from > content.from + 1 || q.to > content.to) return content
  for (let k = q.to; k < content.to; k++) if (!ctx.tokens[k]!.punct) return content
  // a quotation inside it ("… the “Heroes” memorial,”) keeps its marks and the span as it was
  for (let k = q.from; k < q.to; k++) if (DOUBLE_MARKS.has(ctx.tokens[k]!.text)) return content
  // (and the stop before the closing mark, as the rules' quotations have none)
  let to = q.to
  while (to > q.from && STOPS_BEFORE_CLOSE.has(ctx.tokens[to - 1]!.text)) to--
  return to > q.from ? { from: q.from, to } : content
}

/**
 * A reported content after its cue ends with its sentence: the model reads whole paragraphs
 * and runs on into the writer's next sentence ("… not real.It was …"). A colon after the cue
 * or a quotation that goes on is speech that may run longer.
 */
export function oneSentence(
  ctx: Context,
  content: TokSpan | null,
  cue: TokSpan | null,
): TokSpan | null {
  if (!content || !cue || content.from < cue.to) return content
  const { tokens } = ctx
  const end = ctx.sentenceTokens[tokens[content.from]!.sentence]!.to
  // a quotation opened inside the content may carry it on; one opened before it (an unclosed
  // quote mark earlier in a flattened page) may not
  const q = ctx.inQuote[end]!
  const quoted = q >= 0 && ctx.quotes[q]!.from > content.from - 2
  if (content.to <= end || tokens[cue.to]?.text === ':' || quoted) return content
  let to = end
  while (to > content.from && tokens[to - 1]!.punct && !/^[”"’)]$/.test(tokens[to - 1]!.text)) to--
  return { from: content.from, to }
}

/**
 * A content that holds its own cue: "“…,” said X. “…”" keeps the quotation before the cue;
 * "the ban, which experts say is unlikely" has none that stands alone, so it is dropped.
 * Reported speech interrupted by its cue ("The damage, officials said, came from …") stays whole.
 */
export function aroundCue(
  ctx: Context,
  content: TokSpan | null,
  cue: TokSpan,
  speaker: TokSpan,
): TokSpan | null {
  if (!content || content.from >= cue.from || content.to <= cue.to) return content
  const lo = Math.min(cue.from, speaker.from)
  const first = ctx.tokens[content.from]!
  if (RELATIVES.has(first.lower)) return null
  // "the kind of job that economists say is the future": a relative clause with its gap
  // after the cue; what was said is about the noun before it, which no span here holds
  if (
    lo - 1 > content.from &&
    RELATIVES.has(ctx.tokens[lo - 1]!.lower) &&
    FINITE_AUXILIARIES.has(ctx.tokens[cue.to]?.lower ?? '')
  )
    return null
  // "X, 37, told AFP: “There is …": a colon or quotation that opens after the cue and its
  // listener is what was said; the words before the cue are the speaker's
  for (let k = cue.to; speaker.to <= cue.from && k < Math.min(content.to - 1, cue.to + 4); k++) {
    const t = ctx.tokens[k]!
    if (t.text === ':' || (/^[“"]$/.test(t.text) && ctx.inQuote[k + 1]! >= 0)) {
      const from = t.text === ':' && /^[“"]$/.test(ctx.tokens[k + 1]!.text) ? k + 2 : k + 1
      return from < content.to ? { from, to: content.to } : null
    }
    if (t.punct || FINITE_AUXILIARIES.has(t.lower) || ctx.lex.verbs.has(t.lower)) break
  }
  if (ctx.inQuote[content.from]! < 0 && !/^[“"]$/.test(first.text)) return content
  // the quotation without its marks and the comma before the cue, as the quote rules give it
  const from = /^[“"]$/.test(first.text) ? content.from + 1 : content.from
  let to = lo
  while (to > from && /^[,–—”"-]$/.test(ctx.tokens[to - 1]!.text)) to--
  return to > from ? { from, to } : null
}

const RELATIVES = new Set(['which', 'what', 'who', 'whom', 'whose', 'that'])

const OPEN_ENDED = new Set(['at', 'of', 'in', 'by', 'for', 'to', 'the', 'and', 'from', 'with', 'a'])

/**
 * The token of a model cue that carries its meaning: the last one the lexicon knows as a verb,
 * else as a noun, else the last. The model's cues take in what PolNeAR's do: "said in an
 * interview", "asked about", "said Friday".
 */
export function cueHead(ctx: Context, cue: TokSpan): number {
  for (let k = cue.to - 1; k >= cue.from; k--) if (ctx.lex.verbs.has(ctx.tokens[k]!.lower)) return k
  for (let k = cue.to - 1; k >= cue.from; k--) if (ctx.lex.nouns.has(ctx.tokens[k]!.lower)) return k
  return cue.to - 1
}

// activities, not speech, unless a quotation comes before the cue or opens the content
const CONTINUES = new Set([
  'continue',
  'continues',
  'continued',
  'continuing',
  // "a resident spoke to the governor about …": the listener and the topic, not a content
  'spoke',
  'speak',
  'speaks',
  'speaking',
  'talked',
  'talks',
  'talk',
])

// what someone means to do is no claim about the world: "plans to meet", "wants to …"
const INTENTIONS = new Set([
  'plan',
  'plans',
  'planned',
  'intend',
  'intends',
  'intended',
  'want',
  'wants',
  'wanted',
  'hope',
  'hopes',
  'hoped',
  'seek',
  'seeks',
  'seeking',
  'sought',
  'aim',
  'aims',
  'aimed',
  'try',
  'tries',
  'tried',
  'attempt',
  'attempts',
  'attempted',
])

/**
 * Model relations our users could not quote as someone's claim: an intention ("plans to
 * meet") or a hedge read as a cue ("many reportedly operating …").
 */
export function notAClaim(ctx: Context, cue: TokSpan): boolean {
  const h = cueHead(ctx, cue)
  const head = ctx.tokens[h]!.lower
  if (INTENTIONS.has(head) || NOT_SPEECH.has(head) || head.endsWith('ly')) return true
  // "attempted to portray", "likely hoped for": an intention inside the cue, unless what was
  // sought is speech ("sought to emphasize") or the aim was taken ("took aim at")
  if (!ctx.lex.verbs.has(head))
    for (let k = cue.from; k < cue.to; k++) {
      const w = ctx.tokens[k]!.lower
      if (
        (INTENTIONS.has(w) || STATES.has(w)) &&
        !(w === 'aim' && /^t[oa]ke?n?s?$|^took$|^taking$/.test(ctx.tokens[k - 1]?.lower ?? ''))
      )
        return true
    }
  // "have not confirmed": a negated cue asserts nothing (the rules drop these too)
  for (let k = cue.from; k < cue.to; k++) if (NEGATIONS.has(ctx.tokens[k]!.lower)) return true
  // "urged the allies to …", "called for talks", "named themselves": a request or a naming
  if (REQUESTS.has(head)) return true
  for (let k = cue.from; k < cue.to; k++) {
    const w = ctx.tokens[k]!.lower
    // "commented on a video": what was commented on, not what was said
    if (
      /^comment(?:s|ed|ing)?$/.test(w) &&
      ctx.tokens[k + 1]?.lower === 'on' &&
      !isTimeAt(ctx, k + 1) &&
      !isTimeAt(ctx, k + 2)
    )
      return true
    if (/^call(?:s|ed|ing)?$/.test(w) && /^(?:for|on|upon)$/.test(ctx.tokens[k + 1]?.lower ?? ''))
      return true
    // "signed a decree to declare …": an act of office
    if (w === 'signed' || w === 'decree') return true
  }
  // "is reported to be", "was announced by", "are believed to": in a passive the subject the
  // model took for the source is what was spoken of
  for (let k = cue.from; k + 1 < cue.to; k++)
    if (BE_FORMS.has(ctx.tokens[k]!.lower) && PAST_PARTICIPLE.test(ctx.tokens[k + 1]!.lower))
      return true
  // "is expected to declare", "may announce", "would agree": speech not (yet) made
  for (let k = cue.from; k < h; k++) if (UNREAL.has(ctx.tokens[k]!.lower)) return true
  return false
}

const REQUESTS = new Set(
  'urge urges urged urging demand demands demanded demanding appeal appeals appealed appealing name names named naming'.split(
    ' ',
  ),
)

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being'])
const PAST_PARTICIPLE =
  /^(?:\w+ed|said|told|thought|known|seen|shown|held|written|given|taken|read)$/

const UNREAL = new Set(['expected', 'may', 'might', 'could', 'would', 'will', 'likely', 'set'])

const NEGATIONS = new Set(['not', "n't", 'never', 'no'])
const SUBJECT_OF = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'remain', 'appear'])
// a feeling or a state is not speech: "reportedly feel pressured", "have remained cagey about"
// … or an expectation others hold, or fighting: "is expected to declare", "continued to fight"
const STATES = new Set([
  'feel',
  'feels',
  'felt',
  'remain',
  'remains',
  'remained',
  'expected',
  'fight',
  'fighting',
  'fought',
  // "appears confident that", "seems to be setting conditions", "became outspoken in their
  // criticism of": the writer's reading of someone, not what they said
  'appear',
  'appears',
  'appeared',
  'seem',
  'seems',
  'seemed',
  'become',
  'becomes',
  'became',
])
// cue words the model learnt from the corpus's descriptions of actions, not speech
const NOT_SPEECH = new Set([
  'decide',
  'decides',
  'decided',
  'supporting',
  'sign',
  'signs',
  'signed',
  // "He refers to the imperial past", "X ordered the stations closed": a mention, a command
  'refer',
  'refers',
  'referred',
  'referring',
  'order',
  'orders',
  'ordered',
  // "…, citing the defence ministry": the source of a report, not what it says
  'cite',
  'cites',
  'cited',
  'citing',
  // a question asks, it does not assert
  'ask',
  'asks',
  'asked',
  'asking',
  'wonder',
  'wonders',
  'wondered',
  'wondering',
  // "Hungary has backed EU sanctions", "I knew that …": support and knowledge, not speech
  'back',
  'backs',
  'backed',
  'backing',
  'support',
  'supports',
  'supported',
  'know',
  'knows',
  'knew',
  // "Beijing refused to name Moscow's activities": a refusal says nothing about the world
  'refuse',
  'refuses',
  'refused',
  // "the parliament passed a law", "the council adopted a resolution": an act, not a statement
  'pass',
  'passes',
  'passed',
  'adopt',
  'adopts',
  'adopted',
  'approve',
  'approves',
  'approved',
  'enact',
  'enacts',
  'enacted',
  'vote',
  'votes',
  'voted',
])

// verbs of evidence: "the reports of X's dismissal indicate that …" is the writer's inference
const INFERENCE = new Set([
  'indicate',
  'indicates',
  'indicated',
  'support',
  'supports',
  'supported',
  'suggest',
  'suggests',
  'suggested',
  'show',
  'shows',
  'showed',
  'highlight',
  'highlights',
  'highlighted',
  'demonstrate',
  'demonstrates',
  'reflect',
  'reflects',
  // "Forces began shelling the city on Monday, indicating …": the clause is the evidence
  'indicating',
  'suggesting',
  'showing',
  'highlighting',
  'demonstrating',
  'reflecting',
])

/** An evidence verb whose source is a thing (a report, an announcement), not a speaker. */
export function inference(ctx: Context, cue: TokSpan, source: TokSpan): boolean {
  if (!INFERENCE.has(ctx.tokens[cueHead(ctx, cue)]!.lower)) return false
  const k = source.to - 1
  const head = ctx.tokens[k]!
  // footage and imagery that show something stay: the evidence itself is what users weigh
  let evidence = false
  for (let j = source.from; j < source.to && !evidence; j++) {
    const w = ctx.tokens[j]!.lower
    evidence =
      w === 'imagery' ||
      ctx.lex.evidence
        .get(w)
        ?.some((e) => e.words.length === 1 && e.kind !== 'document' && e.kind !== 'statement') ===
        true
  }
  // "These reports indicate that …": the writer's reading of what was reported before
  if (
    !evidence &&
    RECAP.has(ctx.tokens[source.from]!.lower) &&
    (ctx.lex.nouns.has(head.lower) || head.lower === 'data')
  )
    return true
  return (
    !head.upper &&
    !evidence &&
    ctx.mentionAt[k]! < 0 &&
    !SPEAKER_NOUNS.has(head.lower) &&
    !ctx.lex.pronouns.has(head.lower)
  )
}
const RECAP = new Set(['these', 'those', 'such', 'both', 'all', 'this', 'that'])

/**
 * "Similar claims have been made": a cue noun that is the subject of a verb, with a modifier
 * the model took for its source, is no speech act. "which Russia claims is …" (a name or a
 * pronoun before the verb "claims") is one.
 */
export function cueIsSubjectNoun(ctx: Context, cue: TokSpan, source: TokSpan): boolean {
  const h = cueHead(ctx, cue)
  const head = ctx.tokens[h]!.lower
  if (!ctx.lex.nouns.has(head) || !SUBJECT_OF.has(ctx.tokens[h + 1]?.lower ?? '')) return false
  const last = source.to - 1
  return (
    ctx.mentionAt[last]! < 0 &&
    !ctx.lex.pronouns.has(ctx.tokens[last]!.lower) &&
    !SPEAKER_NOUNS.has(ctx.tokens[last]!.lower)
  )
}

/**
 * A source that is no clause's subject: the agent of a participle before the cue ("a yacht
 * sanctioned by the UK told the paper", where the crew member told it).
 */
export function noSubject(ctx: Context, source: TokSpan, cue: TokSpan): boolean {
  const { tokens } = ctx
  if (source.to > cue.from) return false
  const before = tokens[source.from - 1]
  return before?.lower === 'by' && /ed$/.test(tokens[source.from - 2]?.lower ?? '')
}

/**
 * A cue in a question ("What did the world say?") asserts nothing; a quoted question after the
 * cue ("X wrote: “Why send troops?”") is still X's statement.
 */
export function question(ctx: Context, cue: TokSpan): boolean {
  const s = ctx.sentenceTokens[ctx.tokens[cue.from]!.sentence]!
  for (let k = cue.to; k < s.to; k++) if (ctx.inQuote[k]! >= 0) return false
  for (let k = s.to - 1; k >= Math.max(s.from, s.to - 3); k--) {
    const t = ctx.tokens[k]!.text
    if (t === '?') return true
    if (!/^[”"’')\]]$/.test(t)) break
  }
  return false
}

/**
 * The source without adverbs the model took along ("Mayor X similarly stated"), or null when
 * what is left is no noun phrase ("X's restatement of Y's objectives, nearly").
 */
const PARTICIPLE_NEXT = new Set(
  'by on in at for with from to about over under during after before as into'.split(' '),
)
/** Does the content start right after another speech verb (and a time: "said on | Monday")? */
function complementOfOtherVerb(ctx: Context, from: number): boolean {
  const { tokens } = ctx
  let k = from - 1
  // the content starts inside a time ("on | Monday") or right after one ("on Monday | that")
  const at = tokens[from]!.start
  const prevEnd = k >= 0 ? tokens[k]!.end : at
  const t = ctx.times.find((x) => x.start < at && (x.end > at || x.end === prevEnd))
  if (t) while (k >= 0 && tokens[k]!.start >= t.start) k--
  return k >= 0 && ctx.lex.verbs.has(tokens[k]!.lower) && !tokens[k]!.upper
}

// irregular past forms that end a subject ("Jo Vell met …")
const PAST_VERBS = new Set(
  'met told held made sent took gave wrote went came saw led won lost paid kept brought found spoke'.split(
    ' ',
  ),
)

export function sourcePhrase(ctx: Context, source: TokSpan): TokSpan | null {
  const adverb = (k: number) => {
    const t = ctx.tokens[k]!
    return !t.upper && t.lower.endsWith('ly') && ctx.mentionAt[k]! < 0
  }
  const { tokens } = ctx
  let to = source.to
  while (to > source.from + 1 && adverb(to - 1)) to--
  if (to < source.to && (tokens[to - 1]!.punct || adverb(to - 1))) return null
  // a live blog's time stamp before the name ("2022 Blinken also said") is no part of it
  let from = source.from
  while (from < to && (tokens[from]!.punct || /^\d/.test(tokens[from]!.text))) from++
  // nor is a time set off by a comma ("This year, Mojang, the company that …, told")
  if (isTimeAt(ctx, from)) {
    const after = skipTime(ctx, from)
    if (after < to - 1 && tokens[after]!.text === ',') from = after + 1
  }
  if (from > source.from && (from === to || !tokens[from]!.upper)) return null
  // "Dubious (allegations of …)", "Conflicting (reports …)": one adjective is no source
  if (
    to - from === 1 &&
    ctx.mentionAt[from]! < 0 &&
    ADJECTIVE_SHAPE.test(tokens[from]!.lower) &&
    isEnglishWord(tokens[from]!.lower) &&
    !SPEAKER_NOUNS.has(tokens[from]!.lower)
  )
    return null
  // "Jo Vell, commenting on the invasion of Northland (said)": the participle
  // phrase is what he was doing, not who he is
  for (let k = from + 1; k + 1 < to; k++)
    if (
      tokens[k]!.text === ',' &&
      /^\p{Ll}+ing$/u.test(tokens[k + 1]!.text) &&
      !ING_PREPOSITIONS.has(tokens[k + 1]!.text)
    ) {
      to = k
      break
    }
  // "Photograph: Agency/REX/Shutterstock Trudeau (echoed)": a photo credit run into the name
  for (let k = to - 2; k > from; k--)
    if (tokens[k]!.text === '/') {
      from = k + 2
      break
    }
  if (from >= to) return null
  // "equipment movements into Russia (indicate)": where things moved is no part of who speaks
  for (let k = from + 1; k < to; k++)
    if (MOTION_PREPS.has(tokens[k]!.lower)) {
      to = k
      break
    }
  // "Jo Vell met Northland's prime minister Jan Roe (and described …)", "The minister rallied
  // industry leaders (…, warning)": a source run past its own verb ends at that verb
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k]!
    if (t.upper || !(PAST_VERBS.has(t.lower) || /^[a-z]{3,}ed$/.test(t.lower))) continue
    // ("a report released on Saturday by X", "a person briefed on the talks": a participle)
    if (PARTICIPLE_NEXT.has(tokens[k + 1]!.lower) || tokens[k + 1]!.punct || isTimeAt(ctx, k + 1))
      continue
    const prev = tokens[k - 1]!
    const mi = ctx.mentionAt[k - 1]!
    if ((mi >= 0 && ctx.mentions[mi]!.to === k) || SPEAKER_NOUNS.has(prev.lower)) {
      to = k
      break
    }
  }
  // "(…, 29 July) writes": the end of a bracket the source does not open is no one
  let depth = 0
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text === '(') depth++
    else if (tokens[k]!.text === ')' && --depth < 0) return null
  }
  // "My (fear is that …)": a possessive alone is no one
  if (to - from === 1 && POSSESSIVES.has(tokens[from]!.lower)) return null
  // "he blocked the appointment of …": a pronoun and more is a clause
  if (to - from > 2 && SUBJECT_PRONOUNS.has(tokens[from]!.lower)) return null
  // "Northland's oil company on Sunday (reported)": the day is when, not who
  for (let k = from + 1; k < to; k++) {
    if (!isTimeAt(ctx, k) || skipTime(ctx, k) < to) continue
    to = k
    if (TIME_PREPOSITIONS.has(tokens[to - 1]!.lower) && to - 1 > from) to--
    break
  }
  let relative = false
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    if (t.lower === 'who' || t.lower === 'which') relative = true
    // a clause ("records and interviews, Skopin was arrested at") is no speaker
    if (FINITE_AUXILIARIES.has(t.lower) && !relative) return null
    // a negated verb ("Won't Trigger War"): a heading's clause, not who spoke
    if (/n['’]t$/.test(t.lower)) return null
    // nor is text run across a lost sentence break ("the illness of Putin.Irish Premier X")
    if (t.text === '.' && gluedStop(ctx, k)) return null
  }
  return { from, to }
}

/**
 * "said in a statement the company was …": where the model starts a content on the medium
 * noun after the cue, the content starts after it, if a clause opens there.
 */
export function pastMedium(ctx: Context, from: number, cue: TokSpan): number {
  // "said in the release this case shows …": a content that opens on the medium phrase itself
  if (from === cue.to) {
    for (let m = from + 1; m <= from + 6 && m < ctx.tokens.length; m++) {
      if (mediumAdjunctEndingAt(ctx, m, cue.to - 1) !== from) continue
      const after = pastMedium(ctx, m, cue)
      return after > m ? after : from
    }
    return from
  }
  if (from < cue.to) return from
  const medium = mediumAdjunctEndingAt(ctx, from, cue.to - 1)
  const next = ctx.tokens[from + 1]
  return medium >= cue.to && next && (next.upper || AFTER_MEDIUM.has(next.lower)) ? from + 1 : from
}

/**
 * Token `from` is inside the object of an in/at/with phrase (past its article and up to two
 * modifiers: "in the intensive care unit") within a sentence.
 */
function insidePlacePhrase(ctx: Context, from: number): boolean {
  const { tokens } = ctx
  let k = from - 1
  for (let n = 0; n < 2 && modifier(ctx, k); n++) k--
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--
  const p = tokens[k]
  // (a sentence that opens on the phrase sets the scene: "At the ministry officials said")
  return (
    p !== undefined &&
    PLACE_PREPS.has(p.lower) &&
    p.sentence === tokens[from]!.sentence &&
    tokens[k - 1]?.sentence === p.sentence &&
    !tokens[k - 1]!.punct
  )
}
/** A lower-case word that may modify a noun: no verb, pronoun or joining word. */
function modifier(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]
  return (
    t !== undefined &&
    !t.upper &&
    /^\p{Ll}+$/u.test(t.text) &&
    !ctx.lex.verbs.has(t.lower) &&
    !ctx.lex.pronouns.has(t.lower) &&
    !JOINING.has(t.lower) &&
    !ARTICLES.has(t.lower) &&
    !PLACE_PREPS.has(t.lower) &&
    !OTHER_PREPS.has(t.lower)
  )
}
const OTHER_PREPS = new Set(
  'of for from to by on into onto over about under after before between against during without within across'.split(
    ' ',
  ),
)
const JOINING = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'as', 'when', 'while', 'if'])
const PLACE_PREPS = new Set(['in', 'at', 'with', 'near', 'inside', 'outside', 'among'])

const ADJECTIVE_SHAPE = /(?:ous|ful|ive|able|ible|ing)$/
const MOTION_PREPS = new Set(['into', 'toward', 'towards', 'across', 'through'])
const POSSESSIVES = new Set(['my', 'his', 'her', 'its', 'our', 'their', 'your'])
// words in -ing that open a prepositional phrase, not an activity
const ING_PREPOSITIONS = new Set([
  'including',
  'according',
  'regarding',
  'concerning',
  'following',
  'during',
  'excluding',
])

// words that open a clause after a medium phrase: "said in a statement the company …"
const AFTER_MEDIUM = new Set([
  ...['the', 'a', 'an', 'this', 'these', 'those'],
  ...['it', 'he', 'she', 'they', 'we', 'i', 'there'],
])

// words that open a time phrase without being part of it

/**
 * "refused to name X", "thanked him for X", "proposed a confiscation": with a cue whose head
 * the cue lexicon does not know, the model found an act, unless a "that" clause, a colon or a
 * quotation opens the content ("emphasized that …"). "According to X, …" is no act.
 */
export function actWithoutClause(ctx: Context, cue: TokSpan, content: TokSpan): boolean {
  const { tokens } = ctx
  const head = tokens[cueHead(ctx, cue)]!.lower
  // "emphasized the importance of …", "recalled its ambassador": these cues need a clause too
  // ("observed troops crossing" is sight)
  const verb = ctx.lex.verbs.get(head)
  if ((verb && !CLAUSE_ONLY.has(verb.lemma) && verb.lemma !== 'observe') || ctx.lex.nouns.has(head))
    return false
  if (content.from < cue.to || tokens[cue.from]!.lower === 'according') return false
  for (let k = cue.from + 1; k <= content.from && k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.lower === 'that' || t.text === ':' || ctx.inQuote[k]! >= 0 || /^[“"‘]$/.test(t.text))
      return false
  }
  return true
}

/** A full stop with a word on each side and no space: "Putin.Irish", not "Jr." or "D.C." */
function gluedStop(ctx: Context, k: number): boolean {
  const { tokens } = ctx
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  return (
    before !== undefined &&
    after !== undefined &&
    before.end === tokens[k]!.start &&
    after.start === tokens[k]!.end &&
    /[a-z]{3}$/.test(before.text) &&
    after.upper
  )
}
