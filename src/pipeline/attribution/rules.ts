import { isEnglishWord, lexicon } from '../language/lexicon.js'
import type { Context } from './context.js'
import type { CueEntry } from './lexicon.js'
import { DASHES } from './quotes.js'
import {
  ARTICLES,
  FINITE_AUXILIARIES,
  isTitle,
  listenerAt,
  mannerAdverb,
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  OFFICE_TIMES,
  SPEAKER_NOUNS,
  subjectBefore,
  type TokSpan,
  titledPersonAt,
} from './speaker.js'
import type { Mode } from './types.js'

/** A statement as token spans, before it is resolved and qualified. */
export interface Draft {
  sentence: number
  speaker: TokSpan | null
  /** A speaker carried over from another statement (participles, floating quotes). */
  inherit?: Draft
  cue: TokSpan & CueEntry
  content: TokSpan
  mode: Mode
  rule: string
  confidence: number
  /** Token span of cited media named by the rule itself ("released a video"). */
  media?: TokSpan
}

const PREPS = new Set([
  'in',
  'on',
  'at',
  'via',
  'during',
  'through',
  'to',
  'from',
  'over',
  'after',
  'before',
  'late',
  'early',
  'earlier',
  'later',
  'with',
  'by',
])
const RELEASE = new Set([
  'released',
  'published',
  'posted',
  'shared',
  'issued',
  'uploaded',
  'broadcast',
  'aired',
  'circulated',
  'distributed',
  'releases',
  'publishes',
  'posts',
  'shares',
])
const SHOWING = new Set([
  'showing',
  'shows',
  'showed',
  'depicting',
  'depicts',
  'displaying',
  'displays',
])
const MEDIA_NOUNS = new Set([
  'video',
  'videos',
  'footage',
  'photo',
  'photos',
  'photograph',
  'photographs',
  'image',
  'images',
  'picture',
  'pictures',
  'clip',
  'recording',
  'audio',
  'statement',
  'map',
  'maps',
])
const CAPTION_NOUNS = new Set([
  'caption',
  'message',
  'text',
  'words',
  'inscription',
  'slogan',
  'title',
  'headline',
  'banner',
  'sign',
])
const CAPTION_VERBS = new Set(['reading', 'saying', 'read', 'reads', 'says', 'stating'])
const CUT_AT = new Set([
  // ", although …": the writer's contrast, not the speaker's words
  'although',
  'adding',
  'saying',
  'according',
  'amid',
  'citing',
  'insisting',
  'claiming',
  'noting',
  'warning',
  'stressing',
])
const DENY_OBJECT_END = new Set([
  'with',
  'by',
  'citing',
  'saying',
  'as',
  'because',
  'after',
  'amid',
  'and',
  'on',
  'in',
])

const MAX_CONTENT = 150

const isClosingPunct = (s: string) => s === '.' || s === '!' || s === '?' || s === '...'
const isClosingQuote = (s: string) => s === '”' || s === '"' || s === '’'

/** Runs every rule over the article; later steps dedupe by cue. */
export function findDrafts(ctx: Context): Draft[] {
  const out: Draft[] = []
  // order matters: quotes claim their cues before the reported-speech rule sees them
  quoteRules(ctx, out)
  captionRule(ctx, out)
  mediaReleaseRule(ctx, out)
  const used = new Set(out.map((d) => d.cue.from))
  for (let s = 0; s < ctx.sentences.length; s++) {
    const { from, to } = ctx.sentenceTokens[s]!
    for (let c = from; c < to; c++) {
      if (used.has(c) || ctx.inQuote[c]! >= 0) continue
      const t = ctx.tokens[c]!
      const noun = ctx.lex.nouns.get(t.lower)
      const verb = ctx.lex.verbs.get(t.lower)
      // "rejected Russian claims that …": after a demonym standing for its country, "claims" is
      // the noun, not a verb with "Russian" as its subject
      // (mentions[-1] would be a slow property lookup, not an array read)
      const bi = c > from ? ctx.mentionAt[c - 1]! : -1
      const before = bi >= 0 ? ctx.mentions[bi] : undefined
      const nounFirst = noun !== undefined && before?.kind === 'reference' && before.to === c
      let d = nounFirst ? nounCue(ctx, c, noun, s) : null
      // "despite official Russian claims to the contrary": after a demonym the word stays a noun
      if (!d && verb && !nounFirst && !pluralNounCue(ctx, c)) {
        d =
          t.lower.endsWith('ing') && t.lower !== 'during'
            ? participle(ctx, c, verb, s, out)
            : (reported(ctx, c, verb, s) ??
              inverted(ctx, c, verb, s) ??
              coordinated(ctx, c, verb, s, out))
      }
      if (d) {
        out.push(d)
        used.add(c)
        continue
      }
      if (t.lower === 'according' && ctx.tokens[c + 1]?.lower === 'to') {
        const a = accordingTo(ctx, c, s)
        if (a) out.push(a)
        continue
      }
      if (noun && !nounFirst) {
        const n = nounCue(ctx, c, noun, s)
        if (n) {
          out.push(n)
          used.add(c)
        }
      }
    }
  }
  floatingQuotes(ctx, out)
  return out
}

/**
 * "Social media reports indicate …", "the ministry reports generally match …": a cue word
 * that is also a plural noun, with a plural verb after it, is the noun.
 */
export function pluralNounCue(ctx: Context, c: number): boolean {
  const { tokens } = ctx
  const t = tokens[c]!
  if (!t.lower.endsWith('s') || !ctx.lex.nouns.has(t.lower)) return false
  let k = c + 1
  while (tokens[k] && !tokens[k]!.upper && tokens[k]!.lower.endsWith('ly')) k++
  return PLURAL_VERBS.has(tokens[k]?.lower ?? '')
}
// verbs that agree with a plural subject and take no "that" clause as a speech verb would
const PLURAL_VERBS = new Set(
  'are were have match show suggest indicate remain appear seem contradict confirm'.split(' '),
)

/** Words that go with the time expression after them ("on | Monday", "late | Sunday"). */
export const TIME_PREPOSITIONS = new Set(
  'on in at during late early earlier later this last next'.split(' '),
)

/** `“…,” the ministry said.` / `“…,” said Jane Doe.` / `The ministry said: “…”` */
function quoteRules(ctx: Context, out: Draft[]) {
  const { tokens } = ctx
  for (const q of ctx.quotes) {
    const lastInside = tokens[q.to - 1]!
    const fullQuote = q.words >= 4 || /[,.!?]/.test(lastInside.text)
    if (!fullQuote || !q.closed) continue
    const content = trimContent(ctx, { from: q.from, to: q.to })
    // trailing attribution; when the quotation is a fragment inside a clause, as in `He called it
    // “a disgrace,” the agency said.`, what the speaker said is the whole clause
    const opener = q.from - 1
    // a dash quotation may open the text, with no mark before it
    const sentenceFrom = ctx.sentenceTokens[tokens[Math.max(0, opener)]!.sentence]!.from
    // a quotation that opens on a capital after other words is a sentence of its own, mostly
    // after a photo credit the cleaner left ("Photograph: Agency “We will…”")
    const fragment =
      !q.dash &&
      opener > sentenceFrom &&
      !/^[:—–-]$/.test(tokens[opener - 1]!.text) &&
      !tokens[q.from]!.upper
    const said = fragment ? trimContent(ctx, { from: sentenceFrom, to: q.to + 1 }) : content
    const saidMode: Mode = fragment ? 'mixed' : 'direct'
    let k = q.to + 1
    if (tokens[k]?.text === ',') k++
    const endSentence = ctx.sentenceTokens[tokens[Math.min(k, tokens.length - 1)]!.sentence]!.to
    const t = tokens[k]
    // `… never will." He added that …` starts a sentence of its own, with its own content
    const closed = lastInside.text === '.' && t && t.sentence !== lastInside.sentence
    // a paragraph that ends on its quotation has no attribution after it
    const broken = t !== undefined && ctx.text.slice(tokens[k - 1]!.end, t.start).includes('\n')
    if (t && !t.punct && !closed && !broken) {
      const cueAfter = ctx.lex.verbs.get(t.lower)
      if (cueAfter && !t.lower.endsWith('ing') && !TAKES_OBJECT.has(cueAfter.lemma)) {
        // "- said on Friday the minister"
        // ("said in June the spokesman": the preposition goes with the time)
        const at =
          TIME_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && isTimeAt(ctx, k + 2) ? k + 2 : k + 1
        const first = isTimeAt(ctx, at) ? skipTime(ctx, at) : k + 1
        const np = nounPhraseStartingAt(ctx, first, endSentence)
        // "“…,” said the head of the army, Jo Vell": the name set off after the role
        const sp = np && withNameAfterRole(ctx, np)
        if (sp) {
          out.push({
            sentence: tokens[k]!.sentence,
            speaker: sp,
            cue: { from: k, to: k + 1, ...cueAfter },
            content: said,
            mode: saidMode,
            rule: 'quote-trailing:cue-speaker',
            confidence: 0.95,
          })
          continue
        }
      }
      for (let c = k; c < Math.min(endSentence, k + 30); c++) {
        const cue = ctx.lex.verbs.get(tokens[c]!.lower)
        if (!cue || tokens[c]!.lower.endsWith('ing')) continue
        // "the head of state said": after "of" or a determiner the word is a noun
        if (NOUN_BEFORE.has(tokens[c - 1]!.lower)) continue
        let sp = subjectBefore(ctx, c, k)
        // "NATO Secretary-General X said": the body the speaker holds office in opens the phrase
        if (sp && sp.from > k && startsWithMention(ctx, k, sp.from)) sp = { ...sp, from: k }
        // "“…,” Czech Education Minister Jo Doe said": a demonym before the office opens the phrase
        if (sp && sp.from > k && openedByModifiers(ctx, k, sp.from)) sp = { ...sp, from: k }
        // "“…,” planetary scientist Jo Doe said": a role in lower case before the name
        if (sp && sp.from > k && roleBefore(ctx, k, sp.from)) sp = { ...sp, from: k }
        // "“…,” former Gov. Jo Vell said": a word that dates the office opens the phrase
        if (
          sp &&
          sp.from > k &&
          sp.from - k <= 2 &&
          tokens[sp.from]!.upper &&
          officeDated(ctx, k, sp.from)
        )
          sp = { ...sp, from: k }
        if (!sp || sp.from !== k) sp = namedWithApposition(ctx, k, c) ?? describedName(ctx, k, sp)
        // "“…,” Kowalczyk said": a name the article gives no other form, right after the quotation
        if (!sp && c - k >= 1 && c - k <= 2 && unknownName(ctx, k, c))
          sp = { from: k, to: c, negated: false }
        if (sp && !sp.negated && sp.from === k) {
          out.push({
            sentence: tokens[c]!.sentence,
            speaker: sp,
            cue: { from: c, to: c + 1, ...cue },
            content: said,
            mode: saidMode,
            rule: 'quote-trailing:speaker-cue',
            confidence: 0.95,
          })
        }
        break
      }
      if (out.at(-1)?.content === said) continue
    }
    // leading attribution: the cue, maybe a short phrase, then ":" or "," and the quote
    // (a quotation known only by the dash after it has its attribution there)
    if (q.unopened) continue
    const open = q.from - 1
    const startSentence = ctx.sentenceTokens[tokens[Math.max(0, open - 1)]!.sentence]!.from
    let p = open - 1
    if (p >= 0 && (tokens[p]!.text === ':' || tokens[p]!.text === ',')) p--
    if (p >= 0 && tokens[p]!.lower === 'that') p--
    for (let c = p; c >= Math.max(startSentence, p - 6); c--) {
      const cue = ctx.lex.verbs.get(tokens[c]!.lower)
      if (!cue) continue
      // ("said in a statement:", "said of the aid:", but not "warned of a “…”")
      const ofTopic = tokens[c + 1]!.lower === 'of' && p < open - 1
      if (c !== p && !PREPS.has(tokens[c + 1]!.lower) && !ofTopic) break
      // "X said that …, adding that “…”": a participle's speaker is its clause's subject, which
      // the participial rule finds; the words just before it are the previous content
      if (tokens[c]!.lower.endsWith('ing')) break
      const sp = subjectBefore(ctx, c, startSentence)
      if (sp && !sp.negated) {
        const after = tokens[q.to + 1]
        const runsOn =
          after &&
          !isClosingPunct(after.text) &&
          tokens[q.to]?.sentence === after.sentence &&
          !isClosingPunct(tokens[q.to - 1]!.text)
        out.push({
          sentence: tokens[c]!.sentence,
          speaker: sp,
          cue: { from: c, to: c + 1, ...cue },
          content,
          mode: runsOn ? 'mixed' : 'direct',
          rule: 'quote-leading',
          confidence: 0.9,
        })
      }
      break
    }
  }
}

/**
 * `“…,” a commander in the regiment, Jo Doe, said`: a description set before the name by a
 * comma; the name speaks, and the phrase runs from the description.
 */
function describedName(
  ctx: Context,
  k: number,
  sp: (TokSpan & { negated: boolean }) | null,
): (TokSpan & { negated: boolean }) | null {
  if (!sp || sp.from <= k + 1 || ctx.tokens[sp.from - 1]!.text !== ',') return sp
  const mi = ctx.mentionAt[sp.from]!
  if (mi < 0 || ctx.mentions[mi]!.type !== 'person' || sp.from - k > 12) return sp
  // a noun phrase naming a role ("the regional governor"), not a clause or a new conjunct
  if (JOINERS.has(ctx.tokens[k]!.lower)) return sp
  let role = false
  for (let j = k; j < sp.from - 1; j++) {
    const t = ctx.tokens[j]!
    if ((t.punct && t.text !== "'s" && t.text !== '’s') || ctx.lex.verbs.has(t.lower)) return sp
    if (CLAUSE_SIGNS.has(t.lower)) return sp
    const cap = t.text.charAt(0).toUpperCase() + t.text.slice(1)
    if (SPEAKER_NOUNS.has(t.lower) || isTitle(cap)) role = true
  }
  return role ? { ...sp, from: k } : sp
}

/** "MINSK, 21 July (BelTA) – The West …", "WASHINGTON — The …": the dateline is not the content. */
function afterDateline(ctx: Context, from: number, to: number): number {
  const { tokens } = ctx
  // "(CNN)President …": an outlet's tag in brackets with no dash after it
  const tag = tokens[from + 1]?.text ?? ''
  if (
    tokens[from]!.text === '(' &&
    tokens[from + 2]?.text === ')' &&
    from + 3 < to &&
    tag.length > 1 &&
    tag === tag.toUpperCase() &&
    !DASHES.has(tokens[from + 3]!.text)
  )
    return from + 3
  for (let k = from + 1; k < Math.min(to - 2, from + 9); k++) {
    if (!DASHES.has(tokens[k]!.text)) continue
    const p = tokens[k - 1]!
    // ("KYIV, Ukraine —": a place in capitals, then its country)
    const f = tokens[from]!
    const capsPlace =
      k - from <= 4 && f.text.length > 1 && f.text === f.text.toUpperCase() && f.upper
    return p.text === ')' ||
      (p.text.length > 1 && p.text === p.text.toUpperCase() && p.upper) ||
      capsPlace
      ? k + 1
      : from
  }
  return from
}

/** Is [from, to) exactly one name the entity finder found? */
/**
 * Up to three capitalised words before a speaker's phrase that open it (a demonym and an
 * office: "Polish Education"), none of them a verb or a time.
 */
function openedByModifiers(ctx: Context, from: number, to: number): boolean {
  if (to - from > 3) return false
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!
    if (!t.upper || t.punct || ctx.lex.verbs.has(t.lower) || isTimeAt(ctx, k)) return false
  }
  return true
}

/**
 * Tokens [from, to): up to four words, no verbs, prepositions or times, that end in a role
 * noun before a person's name ("planetary scientist", "Goddard planetary scientist").
 */
function roleBefore(ctx: Context, from: number, to: number): boolean {
  if (to - from > 4 || ctx.mentions[ctx.mentionAt[to]!]?.type !== 'person') return false
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!
    if (t.punct || ctx.lex.verbs.has(t.lower) || PREPS.has(t.lower) || isTimeAt(ctx, k))
      return false
    if (ARTICLES.has(t.lower) || t.lower === 'of' || t.lower === 'and') return false
  }
  const head = ctx.tokens[to - 1]!
  return !head.upper && (SPEAKER_NOUNS.has(head.lower) || ROLE_SUFFIX.test(head.lower))
}
const ROLE_SUFFIX = /^[a-z]{3,}(?:ist|er|or|ian|ant|ent)$/

/**
 * "members of this deep state embedded in …", "the police state": "state" after a singular
 * word is a noun; as a verb it follows a plural or a pronoun ("officials state that").
 */
function stateNoun(ctx: Context, c: number): boolean {
  const { tokens } = ctx
  if (tokens[c]!.lower !== 'state') return false
  const prev = tokens[c - 1]
  if (!prev || prev.punct || prev.upper) return false
  return (
    !/s$/.test(prev.lower) &&
    !/ly$/.test(prev.lower) &&
    !SUBJECT_PRONOUNS.has(prev.lower) &&
    !STATE_VERB_BEFORE.has(prev.lower)
  )
}
const STATE_VERB_BEFORE = new Set(
  'to not also will would can could should may might must do did then still who that which'.split(
    ' ',
  ),
)

/** Tokens [from, to) are words that date an office: "former", "then", "acting". */
function officeDated(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!OFFICE_TIMES.has(ctx.tokens[k]!.lower)) return false
  return true
}

/**
 * "Wang said …" opening a sentence (or a clause after a comma): a name the article gives no
 * other form is still the subject.
 */
function bareName(ctx: Context, c: number, s: number): (TokSpan & { negated: boolean }) | null {
  const from = ctx.sentenceTokens[s]!.from
  for (const n of [1, 2]) {
    const k = c - n
    // (an English word only before a verb that is no noun: "Baker said", not "False reports")
    const word = n === 1 && BARE_NAME_CUES.has(ctx.tokens[c]!.lower) && surnameLike(ctx, k)
    if (k < from || !(unknownName(ctx, k, c) || word)) continue
    if (k === from || ctx.tokens[k - 1]!.text === ',') return { from: k, to: c, negated: false }
  }
  return null
}

/** One capitalised word that is also some English word ("Wang", "Baker"), but no common one. */
function surnameLike(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || ctx.mentionAt[k]! >= 0 || isTimeAt(ctx, k)) return false
  if (ctx.lex.verbs.has(t.lower) || ctx.lex.pronouns.has(t.lower)) return false
  if (INDEFINITES.has(t.lower)) return false
  const lex = lexicon()
  return !lex.commonWords.has(t.lower) && !SPEAKER_NOUNS.has(t.lower) && !t.lower.endsWith('s')
}
const BARE_NAME_CUES = new Set(
  'said says told tells added adds claimed noted stated explained insisted denied argued wrote'.split(
    ' ',
  ),
)
const INDEFINITES = new Set(
  'nobody everyone everybody someone somebody anyone anybody noone nothing everything'.split(' '),
)

/** Tokens [from, to): capitalised words that are no English words, times, verbs or pronouns. */
function unknownName(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text)) return false
    // ("Foley said" where the article names James and Diane Foley: an English word, but theirs)
    if (ctx.lex.verbs.has(t.lower) || ctx.lex.pronouns.has(t.lower)) return false
    if (isEnglishWord(t.lower) && !surnamesOf(ctx).has(t.text)) return false
    if (isTimeAt(ctx, k) || ctx.mentionAt[k]! >= 0) return false
  }
  return true
}

const SURNAMES = new WeakMap<Context, Set<string>>()

/** The last words of the names of the people the article names in full. */
function surnamesOf(ctx: Context): Set<string> {
  let out = SURNAMES.get(ctx)
  if (!out) {
    out = new Set()
    for (const e of ctx.entities.values()) {
      const words = e.name.split(' ')
      if (e.type === 'person' && words.length > 1) out.add(words.at(-1)!)
    }
    SURNAMES.set(ctx, out)
  }
  return out
}

function startsWithMention(ctx: Context, from: number, to: number): boolean {
  const mi = ctx.mentionAt[from]!
  if (mi < 0) return false
  const m = ctx.mentions[mi]!
  return m.from === from && m.to === to
}

/**
 * `“…,” Jane Doe, 44, a nurse at the hospital, said.`: a name, then an apposition between
 * commas, then the cue. The name is the speaker.
 */
function namedWithApposition(
  ctx: Context,
  k: number,
  c: number,
): { from: number; to: number; negated: boolean } | null {
  const { tokens } = ctx
  let e = k
  while (e < c && e - k < 4 && tokens[e]!.upper && !tokens[e]!.punct) e++
  // "“…,” Fatima, daughter of Gul said": a role after the name, its closing comma left out
  if (e > k && tokens[e]?.text === ',' && tokens[c - 1]?.text !== ',' && c - e <= 11) {
    let role = false
    for (let j = e + 1; j < c; j++) {
      const t = tokens[j]!
      if (t.punct || ctx.lex.verbs.has(t.lower) || FINITE_AUXILIARIES.has(t.lower)) return null
      role ||= SPEAKER_NOUNS.has(t.lower)
    }
    const mi = ctx.mentionAt[k]!
    const person = mi >= 0 && ctx.mentions[mi]!.type === 'person' && ctx.mentions[mi]!.to === e
    return role && (person || e - k === 1) ? { from: k, to: e, negated: false } : null
  }
  if (e === k || tokens[e]?.text !== ',' || tokens[c - 1]?.text !== ',' || c - e > 24) return null
  // a long apposition holds no quotation and no other comma ("a former envoy at large for war
  // crimes issues and now a senior fellow of X"), but for one inside a name ("at Acme Defense,
  // Space, and Security")
  const inName = (j: number) =>
    tokens[j - 1]!.upper &&
    (tokens[j + 1]!.upper || (tokens[j + 1]!.lower === 'and' && tokens[j + 2]?.upper === true))
  if (c - e > 14)
    for (let j = e + 1; j < c - 1; j++)
      if ((tokens[j]!.text === ',' && !inName(j)) || ctx.inQuote[j]! >= 0) return null
  return { from: k, to: e, negated: false }
}

// cues that are speech only with a clause after them
const POINTERS = new Set(['that', "that's", 'that’s', 'this', 'which'])

// "maintained a blockade", "threaten supply lines", "recalled its ambassador", "lamented the
// loss": speech only with a clause after them
export const CLAUSE_ONLY = new Set([
  'threaten',
  'maintain',
  'emphasize',
  'conclude',
  'reiterate',
  'remark',
  'reply',
  'caution',
  'recall',
  'comment',
  'underline',
  'testify',
  'complain',
  'lament',
])

/**
 * A cue whose object shows it is no speech act: "dismissed General X from his post" (removal
 * from office), "countering the neighbour" (counter and contradict answer only what was said:
 * "countered that …", "contradicted the ministry's claims").
 */
export function objectIsNoSpeech(ctx: Context, c: number, lemma: string, end: number): boolean {
  // "added his seventh goal", "added another", "wrote a long rant": a thing added or written,
  // no words
  if (['add', 'write', 'tweet'].includes(lemma) && ADDED_THINGS.has(ctx.tokens[c + 1]?.lower ?? ''))
    return true
  // "Russia claims strategic city", "claimed the village": taking ground, not saying
  if (lemma === 'claim') {
    for (let k = c + 1; k <= c + 3; k++) {
      const t = ctx.tokens[k]
      if (!t || t.punct || t.lower === 'that') break
      // ("claimed the city had fallen" is a clause: the noun must end its phrase)
      const after = ctx.tokens[k + 1]
      if (
        TAKEN_GROUND.has(t.lower) &&
        (!after || after.punct || after.sentence !== t.sentence || GROUND_AFTER.has(after.lower))
      )
        return true
    }
  }
  // "tells one joke about X", "told the story of": a thing told, not a claim
  if (lemma === 'tell') {
    for (let k = c + 1; k <= c + 3; k++) {
      const t = ctx.tokens[k]
      if (!t || t.punct || t.lower === 'that') break
      if (TOLD_THINGS.has(t.lower)) return true
    }
  }
  // "the photo he posted because …": a post's words follow "that", a colon or a quotation
  if (lemma === 'post' && BECAUSE.has(ctx.tokens[c + 1]?.lower ?? '')) return true
  // "posted a loss", "posted job listings": results and notices, not words
  if (lemma === 'post') {
    for (let k = c + 1; k <= c + 3; k++) {
      const t = ctx.tokens[k]
      if (!t || t.punct || t.lower === 'of') break
      if (POSTED_THINGS.has(t.lower)) return true
    }
  }
  if (lemma === 'dismiss') return removedFromOffice(ctx, c + 1, end)
  if (lemma === 'declare') return declaredAct(ctx, c + 1)
  // "denying him a victory", "denied them access": withholding, not a denial
  if (lemma === 'deny' && OBJECT_PRONOUNS.has(ctx.tokens[c + 1]?.lower ?? '')) return true
  return OBJECT_IS_SPEECH.has(lemma) && !answersSpeech(ctx, c + 1, end)
}

/**
 * "said of the discovery", "thought of the plan": a content that opens on "of" after a verb
 * of saying or thinking is its topic; the words are elsewhere (a quotation before the cue, or
 * one after a colon). "his home state of Florida", "a report of shelling": a noun.
 */
export function topicOf(ctx: Context, c: number, lemma: string, contentFrom: number): boolean {
  return (
    (contentFrom === c + 1 &&
      ctx.tokens[c + 1]?.lower === 'of' &&
      (lemma === 'say' ||
        lemma === 'write' ||
        lemma === 'add' ||
        lemma === 'think' ||
        NOUNS_BEFORE_OF.has(ctx.tokens[c]!.lower))) ||
    // "will report out on the fighting": a topic, not what was reported ("reported on X" is
    // read as a topic later, where a statement coordinated with it keeps its speaker)
    (contentFrom === c + 1 &&
      lemma === 'report' &&
      ctx.tokens[c + 1]?.lower === 'out' &&
      ctx.tokens[c + 2]?.lower === 'on')
  )
}
const NOUNS_BEFORE_OF = new Set(['state', 'states', 'report'])

/** "declared independence", "declared its intention to", "declared them annexed": an act. */
function declaredAct(ctx: Context, k: number): boolean {
  const { tokens } = ctx
  if (OBJECT_PRONOUNS.has(tokens[k]?.lower ?? '')) return true
  while (DECLARED_DETERMINERS.has(tokens[k]?.lower ?? '')) k++
  // "declared a state of emergency"
  if (tokens[k]?.lower === 'state' && tokens[k + 1]?.lower === 'of') return true
  return DECLARED_ACTS.has(tokens[k]?.lower ?? '')
}

const DECLARED_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our'])
const DECLARED_ACTS = new Set(
  'independence war martial neutrality intention intent bankruptcy emergency dividend bid candidacy ceasefire mobilization mobilisation sovereignty annexation end readiness desire need support solidarity'.split(
    ' ',
  ),
)

/**
 * "dismissed General X from his post", "dismissed him": removing someone from office, not
 * speech. The object is a person (a name, a title, a pronoun) or "from" a post follows.
 */
function removedFromOffice(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx
  const t = tokens[k]
  if (!t) return false
  if (OBJECT_PRONOUNS.has(t.lower)) return true
  let j = k
  if (tokens[j]?.lower === 'the') j++
  while (j < end && j - k < 4 && isRoleWord(ctx, j)) j++
  const mi = ctx.mentionAt[j] ?? -1
  const m = mi >= 0 ? ctx.mentions[mi]! : null
  // "dismissed Truss's comments" dismisses what she said
  const possessive = m && /^['’]s$|['’]s$/.test(tokens[m.to]?.text ?? tokens[m.to - 1]!.text)
  if (m && m.type === 'person' && m.from === j && !possessive) return true
  for (let e = k; e < Math.min(end, k + 12); e++)
    if (
      tokens[e]!.lower === 'from' &&
      ['his', 'her', 'their', 'the'].includes(tokens[e + 1]?.lower ?? '') &&
      OFFICES.has(tokens[e + 2]?.lower ?? '')
    )
      return true
  return false
}

const OBJECT_IS_SPEECH = new Set(['counter', 'contradict'])
const GROUND_AFTER = new Set(
  'in near of on at after from outside inside north south east west'.split(' '),
)
const TAKEN_GROUND = new Set(
  'city town village settlement territory territories ground land airport bridge island'.split(' '),
)
const TOLD_THINGS = new Set(
  'joke jokes story stories tale tales anecdote anecdotes lie lies truth'.split(' '),
)

function answersSpeech(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx
  const t = tokens[k]
  if (!t) return false
  if (t.lower === 'that' || t.text === ':' || t.text === ',' || ctx.inQuote[k]! >= 0) return true
  for (let j = k; j < Math.min(end, k + 5); j++)
    if (ctx.lex.nouns.has(tokens[j]!.lower)) return true
  return false
}

export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them'])
const OFFICES = new Set([
  'post',
  'position',
  'posts',
  'positions',
  'duties',
  'job',
  'office',
  'role',
])

function isRoleWord(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!
  return !t.punct && t.upper && isTitle(t.text)
}

/**
 * Is the inverted draft's speaker a plain name or role that ends the sentence, perhaps with an
 * apposition ("…, reported the Independent.", "…, said Jo Vell, the coordinator.")? Only then
 * does it beat a subject before the cue ("X, an editor, said Jo Vell, the head of Y, had …").
 */
function speakerAfter(ctx: Context, d: Draft | null): boolean {
  const sp = d?.speaker
  if (!d || !sp || sp.from !== d.cue.to) return false
  const { tokens } = ctx
  for (let k = sp.from; k < sp.to; k++) {
    const t = tokens[k]!
    const nominal =
      t.upper ||
      ARTICLES.has(t.lower) ||
      /^['’]s$/.test(t.text) ||
      SPEAKER_NOUNS.has(t.lower) ||
      t.lower === 'of' ||
      t.lower === 'for'
    if (!nominal || t.punct) return false
  }
  const end = ctx.sentenceTokens[d.sentence]!.to
  const next = tokens[sp.to]
  if (!next || sp.to >= end || isClosingPunct(next.text)) return true
  if (next.text !== ',' || !ARTICLES.has(tokens[sp.to + 1]?.lower ?? '')) return false
  for (let k = sp.to + 1; k < end; k++)
    if (RESUMING.has(tokens[k]!.lower) || ctx.lex.verbs.has(tokens[k]!.lower)) return false
  return true
}

/** `X said (that) …`, `X denied …`, `X told reporters that …` */
function reported(ctx: Context, c: number, cue: CueEntry, s: number): Draft | null {
  // "Bary lived in Maida Vale, located in west London, reported the Independent.": after a
  // comma, a speaker after the cue that ends the sentence is the inverted form's (returned
  // here, so that it is not read twice)
  if (ctx.tokens[c - 1]?.text === ',') {
    const inv = inverted(ctx, c, cue, s)
    if (speakerAfter(ctx, inv)) return inv
  }
  let sp = subjectBefore(ctx, c, ctx.sentenceTokens[s]!.from) ?? bareName(ctx, c, s)
  // "the families continue to claim", "officials appeared to confirm": the subject is before
  // the raising verb
  if (
    sp &&
    sp.to - sp.from > 2 &&
    ctx.tokens[sp.to - 1]!.lower === 'to' &&
    RAISING.has(ctx.tokens[sp.to - 2]!.lower)
  )
    sp = { ...sp, to: sp.to - 2 }
  if (!sp || sp.negated || claimRelative(ctx, sp.from) || demanded(ctx, sp)) return null
  // "… and then to sell a magazine say X": an infinitive or an adverb opens no speaker's phrase
  if (NO_SPEAKER_OPENERS.has(ctx.tokens[sp.from]!.lower)) return null
  // "A patient who saw the man at the clinic told …": a phrase inside the relative clause
  // is no subject (the subject is the phrase before "who")
  if (
    ctx.tokens[sp.from - 1]?.lower === 'who' &&
    !ctx.tokens[sp.from]!.upper &&
    !ARTICLES.has(ctx.tokens[sp.from]!.lower)
  )
    return null
  // "The campaign (like the aide X, who called him …), has emphasized": a name inside a
  // parenthesis that closes before the cue is no subject
  // (a bracket opened after the name, "the Ministry of Defense (MoD) said", is its own)
  for (let k = sp.to; k < c; k++) {
    if (ctx.tokens[k]!.text === '(') break
    if (ctx.tokens[k]!.text === ')') return null
  }
  // "…, yet harbour officials said": the conjunction joins the clause, it is no part of who spoke
  if (
    sp.to - sp.from > 1 &&
    CLAUSE_CONJUNCTIONS.has(ctx.tokens[sp.from]!.lower) &&
    !AFTER_SO.has(ctx.tokens[sp.from + 1]!.lower)
  )
    sp = { ...sp, from: sp.from + 1 }
  // "an invitation, which Jo Doe stated he would accept": the content's object is the
  // relative pronoun's, outside it ("in which Jo Doe stated that …" holds a whole clause)
  if (
    ctx.tokens[sp.from - 1]?.lower === 'which' &&
    !WHICH_PREPS.has(ctx.tokens[sp.from - 2]?.lower ?? '')
  )
    return null
  // "Panic is our best friend, says the president": a complement of "is" set off before the
  // cue by a comma is no subject (the speaker comes after the cue)
  const { tokens } = ctx
  if (
    tokens[c - 1]?.text === ',' &&
    sp.to === c - 1 &&
    FINITE_AUXILIARIES.has(tokens[sp.from - 1]?.lower ?? '')
  )
    return null
  return reportedBy(ctx, c, cue, s, { speaker: sp, rule: 'reported', confidence: 0.85 })
}

/**
 * "demanding that the alliance declare them terrorists": a clause someone demands is no
 * statement of its subject's; nor is a subject cut off on a preposition ("pleas to … to").
 */
function demanded(ctx: Context, sp: TokSpan): boolean {
  const { tokens } = ctx
  const last = tokens[sp.to - 1]!.lower
  // ("summoned the envoy for a protest and alleged": a phrase ending on "and" is no subject)
  if (last === 'to' || last === 'of' || last === 'for' || last === 'and' || last === 'or')
    return true
  return tokens[sp.from - 1]?.lower === 'that' && DEMANDS.has(tokens[sp.from - 2]?.lower ?? '')
}
const WHICH_PREPS = new Set(
  'in on at during through from over after before with by along under of for within into'.split(
    ' ',
  ),
)
const RAISING = new Set([
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
  'continue',
  'continues',
  'continued',
  'tend',
  'tends',
  'tended',
])
const DEMANDS = new Set([
  'demand',
  'demands',
  'demanded',
  'demanding',
  'urge',
  'urged',
  'urging',
  'request',
  'requested',
  'requesting',
  'ask',
  'asked',
  'asking',
])

/**
 * "– a claim the US had predicted he would falsely make": a speech noun right before the
 * subject heads a relative clause whose object it is, so the words after the cue are a
 * fragment ("In a statement the ministry said …", after a preposition, is a setting).
 */
function claimRelative(ctx: Context, from: number): boolean {
  const { tokens } = ctx
  const noun = tokens[from - 1]
  const article = tokens[from - 2]
  if (!noun || !article || !ctx.lex.nouns.has(noun.lower)) return false
  if (!ARTICLES.has(article.lower)) return false
  return !PREPS.has(tokens[from - 3]?.lower ?? '')
}

/**
 * `…, and said it was confident …`: a speech verb joined to the clause before it speaks for
 * that clause's statement's speaker.
 */
function coordinated(
  ctx: Context,
  c: number,
  cue: CueEntry,
  s: number,
  found: Draft[],
): Draft | null {
  const { tokens } = ctx
  let j = c - 1
  if (tokens[j]?.lower === 'also') j--
  if (tokens[j]?.lower !== 'and' && tokens[j]?.lower !== 'but') return null
  // "…, and claims by X suggest" is a noun
  if (['by', 'of', 'from', 'about'].includes(tokens[c + 1]?.lower ?? '')) return null
  // only a clause whose subject spoke: not "according to X, …, and says"
  const prior = found.at(-1)
  if (!prior || prior.sentence !== s || prior.cue.from >= j || prior.content.to > j) return null
  if (prior.rule !== 'reported' && prior.rule !== 'reported-coordinated') return null
  return reportedBy(ctx, c, cue, s, {
    speaker: null,
    inherit: prior,
    rule: 'reported-coordinated',
    confidence: 0.8,
  })
}

/** What follows a cue whose speaker is known: the reported-speech content. */
/**
 * Token `k` opens the sentence's first clause: at its start, after a conjunction ("But as X
 * noted, …") or after a short opening phrase and its comma ("Of course, as X noted, …"); or
 * it opens a clause after "that," ("given that, as X noted, …").
 */
function opensClause(ctx: Context, k: number, sentFrom: number): boolean {
  const { tokens } = ctx
  if (k === sentFrom) return true
  if (k === sentFrom + 1) return CLAUSE_CONJUNCTIONS.has(tokens[sentFrom]!.lower)
  // ("given that, as X reported, …": the clause "that" opens)
  if (tokens[k - 1]!.text === ',' && tokens[k - 2]?.lower === 'that') return true
  if (tokens[k - 1]!.text !== ',' || k - 1 - sentFrom > 3) return false
  for (let j = sentFrom; j < k - 1; j++)
    if (tokens[j]!.punct || ctx.lex.verbs.has(tokens[j]!.lower)) return false
  return true
}
const CLAUSE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so'])
const NO_SPEAKER_OPENERS = new Set(['then', 'to', 'or'])
// "so many locals", "the so called experts": "so" as an adverb, not joining a clause
const AFTER_SO = new Set(['many', 'much', 'few', 'far', 'called'])

function reportedBy(
  ctx: Context,
  c: number,
  cue: CueEntry,
  s: number,
  who: Pick<Draft, 'speaker' | 'inherit' | 'rule' | 'confidence'>,
): Draft | null {
  const { tokens } = ctx
  const sent = ctx.sentenceTokens[s]!
  const draft = (content: TokSpan): Draft => ({
    sentence: s,
    cue: { from: c, to: c + 1, ...cue },
    content,
    mode: modeOf(ctx, content),
    ...who,
  })
  // "attacks threaten supply lines" is no speech; "threatened to …", "threatened that …" are
  // (and "emphasized on Friday that …": past a time)
  const at =
    TIME_PREPOSITIONS.has(tokens[c + 1]?.lower ?? '') && isTimeAt(ctx, c + 2) ? c + 2 : c + 1
  const next = tokens[isTimeAt(ctx, at) ? skipTime(ctx, at) : c + 1]?.lower ?? ''
  if (
    CLAUSE_ONLY.has(cue.lemma) &&
    !['to', 'that', ':'].includes(next) &&
    !SUBJECT_PRONOUNS.has(next)
  )
    return null
  // "observed troops crossing" is sight; "observed that …" and "As X observed, …" are speech
  if (cue.lemma === 'observe' && !['that', ':', ','].includes(next)) return null
  let k = c + 1
  // "testified to the intensity of …" is no speech; "threatened to …" and "commented to
  // reporters that …" are
  if (
    CLAUSE_ONLY.has(cue.lemma) &&
    cue.lemma !== 'threaten' &&
    next === 'to' &&
    findThat(ctx, k, Math.min(sent.to, k + 15)) < 0
  )
    return null
  if (objectIsNoSpeech(ctx, c, cue.lemma, sent.to) || topicOf(ctx, c, cue.lemma, c + 1)) return null
  if (stateNoun(ctx, c)) return null
  // "The plan that Obama announced Wednesday includes …": a cue inside a relative clause; what
  // follows it is the main clause's predicate, not what was announced
  // (the word before the speaker's phrase)
  const opener = who.speaker ? who.speaker.from - 1 : -1
  if (
    opener > sent.from &&
    tokens[opener]!.lower === 'that' &&
    !tokens[opener - 1]!.upper &&
    !tokens[opener - 1]!.punct &&
    !ctx.lex.verbs.has(tokens[opener - 1]!.lower) &&
    predicateAfter(ctx, c + 1, sent.to)
  )
    return null
  // "As he wrote on Twitter, he confirmed …": what an "as" clause opening the sentence says
  // was said is the main clause after its comma
  // (only past a setting or a time: "As he wrote on Twitter," not "As he said the army left,")
  const setting =
    tokens[c + 1]?.text === ',' ||
    ADJUNCT_PREPS.has(tokens[c + 1]?.lower ?? '') ||
    AS_SETTINGS.has(tokens[c + 1]?.lower ?? '') ||
    isTimeAt(ctx, c + 1)
  if (tokens[opener]?.lower === 'as' && opensClause(ctx, opener, sent.from) && setting) {
    for (let j = c + 1; j < Math.min(sent.to - 2, c + 10); j++) {
      const t = tokens[j]!
      if (t.text === ',') {
        // ("As Reuters reports, while X announced the deal, it was not confirmed": the
        // subordinate clause and the main one after it)
        const to = SUBORDINATORS.has(tokens[j + 1]?.lower ?? '')
          ? sent.to
          : cutContent(ctx, j + 1, sent.to)
        const content = trimContent(ctx, { from: j + 1, to })
        return content.to - content.from < 3 ? null : draft(content)
      }
      if (
        t.punct ||
        t.lower === 'that' ||
        /[a-z]ed$/.test(t.lower) ||
        ctx.lex.verbs.has(t.lower) ||
        FINITE_AUXILIARIES.has(t.lower) ||
        SUBJECT_PRONOUNS.has(t.lower)
      )
        break
    }
  }
  // "told reporters that", "said in a statement on Monday that"; a venue phrase may be long
  // ("stated in a comment to the weekly on November 7 that")
  const reach = PREPS.has(tokens[k]?.lower ?? '') ? 15 : 9
  let thatAt = findThat(ctx, k, Math.min(sent.to, k + reach))
  // "said on Monday it had retreated, prompting speculation that …": a clause began before it
  let clauseAt = -1
  for (let j = k; j < thatAt; j++) {
    const t = tokens[j]!
    const participle = t.lower.endsWith('ing') && tokens[j - 1]!.text === ','
    if ((CLAUSE_SIGNS.has(t.lower) && !t.upper) || participle) {
      if (SUBJECT_PRONOUNS.has(t.lower)) clauseAt = j
      thatAt = -1
    }
  }
  // "told MPs she was supportive of the idea that …": what was told starts at "she"
  if (thatAt < 0 && clauseAt > k && (tokens[c]!.lower === 'told' || tokens[c]!.lower === 'tells'))
    k = clauseAt
  if (
    thatAt >= 0 &&
    (thatAt === k ||
      tokens[c]!.lower === 'told' ||
      tokens[c]!.lower === 'tells' ||
      tokens[k]!.text === ',' ||
      PREPS.has(tokens[k]!.lower) ||
      isTimeAt(ctx, k) ||
      TIME_ADVERBS.has(tokens[k]!.lower) ||
      // "argued for decades that …"
      (tokens[k]!.lower === 'for' && DURATIONS.has(tokens[k + 1]?.lower ?? '')))
  ) {
    k = thatAt + 1
    // "I said that at summits and forums.": "that" stands for what was said; a setting follows
    // ("that at least 12 soldiers remain …" is a clause)
    if (
      thatAt === c + 1 &&
      sent.to - k <= 7 &&
      !/^(?:least|most)$/.test(tokens[k + 1]?.lower ?? '') &&
      verbless(ctx, k, sent.to)
    )
      return null
  } else if (isTimeAt(ctx, k)) {
    k = skipTime(ctx, k)
    // "announced Wednesday at the air show.": the time and the venue, no content
    if (k < sent.to && PREPS.has(tokens[k]!.lower) && verbless(ctx, k, sent.to)) return null
  }
  // "said earlier the king had …": a time adverb before the content is no part of it
  else if (
    k === c + 1 &&
    TIME_ADVERBS.has(tokens[k]?.lower ?? '') &&
    k + 1 < sent.to &&
    !tokens[k + 1]!.punct
  ) {
    k++
    // "said later that day the …", "confirmed earlier Saturday he would …"
    if (
      tokens[k]!.lower === 'that' &&
      THAT_TIMES.has(tokens[k + 1]?.lower ?? '') &&
      k + 2 < sent.to
    )
      k += 2
    else if (isTimeAt(ctx, k)) k = skipTime(ctx, k)
    // "denied earlier in the day.": a setting, no content
    if (k < sent.to && verbless(ctx, k, sent.to)) return null
  }
  // "wrote on Telegram.", "said during an interview": where and how, not what; the content is
  // elsewhere (before the speaker, or in a quote)
  else if (k === c + 1 && tokens[k]?.lower !== 'to' && verbless(ctx, k, sent.to)) return null
  // "said speaking from Kyiv", "said addressing the crowd": the setting of the speech
  else if (k === c + 1 && SETTING_PARTICIPLES.has(tokens[k]?.lower ?? '')) return null
  // "said that, unlikely as it seemed, the dam held": a parenthesis before the content
  if (tokens[k]?.text === ',' && tokens[k - 1]?.lower === 'that') {
    for (let e = k + 1; e < Math.min(sent.to, k + 10); e++) {
      if (tokens[e]!.text === ',') {
        k = e + 1
        break
      }
    }
  }
  if (tokens[c]!.lower === 'told' || tokens[c]!.lower === 'tells') {
    if (k === c + 1) return null
  }
  if (k >= sent.to || tokens[k]!.punct) {
    const q = ctx.inQuote[k + 1]
    const quoted = q !== undefined && q >= 0
    // `said … that "Russia had …"`: the content opens on the quotation mark
    const opensQuote = quoted && /^[“"‘']$/.test(tokens[k]?.text ?? '') && ctx.inQuote[k]! < 0
    if (!opensQuote) {
      if (!(tokens[k]?.text === ':' && quoted)) return null
      k++
    }
  }
  // "sabotage, which officials acknowledged was a possibility": the content's subject is
  // outside it, so what is left cannot be quoted as the speaker's claim
  if (RESUMING.has(tokens[k]?.lower ?? '')) return null
  let end = cutContent(ctx, k, sent.to)
  // "stated that A and denied X's claim that B", "claimed A but noted B": a speech verb of the
  // cue's own form after "and" or "but" is the speaker's next statement (the coordinated rule
  // reads it), not part of A
  const form = verbForm(tokens[c]!.lower)
  for (let e = k + 2; form && e < end - 1; e++) {
    const v = tokens[e + 1]!
    const joins = tokens[e]!.lower === 'and' || tokens[e]!.lower === 'but'
    if (!joins || ctx.inQuote[e]! >= 0 || !ctx.lex.verbs.has(v.lower)) continue
    if (verbForm(v.lower) !== form) continue
    // "after Russia annexed X, fomented Y and threatened Z": the last of a list of acts
    let list = false
    for (let j = k; j < e && !list; j++)
      list = tokens[j]!.text === ',' && verbForm(tokens[j + 1]?.lower ?? '') === 'past'
    if (list) break
    end = e
    break
  }
  // "While authorities said some had been killed, investigators …": a clause opened by a
  // subordinator ends at its comma, where the main clause begins
  // (over an article and capitalised words the speaker's phrase left out: "though the Chinese CDC")
  const opens = who.speaker?.from ?? 0
  let before = opens - 1
  while (
    before > opens - 3 &&
    before > sent.from &&
    (ARTICLES.has(tokens[before]!.lower) ||
      (tokens[before]!.upper &&
        !tokens[before]!.punct &&
        !SUBORDINATORS.has(tokens[before]!.lower)))
  )
    before--
  const lead = before >= 0 ? tokens[before] : undefined
  // ("when diplomats warned that the more X felt encircled, the higher the risk": the
  // comparative's second half is still the content)
  const correlative = tokens[k]?.lower === 'the' && COMPARATIVES.has(tokens[k + 1]?.lower ?? '')
  if (
    lead &&
    lead.start >= tokens[sent.from]!.start &&
    // ("As officials said the army had left, the town fell": "as" opening the sentence)
    (SUBORDINATORS.has(lead.lower) || (lead.lower === 'as' && before === sent.from)) &&
    !correlative
  )
    for (let e = k + 2; e < end; e++)
      if (tokens[e]!.text === ',' && ctx.inQuote[e]! < 0) {
        end = e
        break
      }
  if (cue.polarity !== 'asserts' && findThat(ctx, c + 1, c + 2) < 0) {
    // a denial's object ends where its justification starts: "dismissed the video, saying …";
    // a clause ("denied the country was in default") runs on past its prepositions
    let clause = false
    for (let e = k + 1; e < end; e++) {
      if (FINITE_AUXILIARIES.has(tokens[e]!.lower)) clause = true
      if (clause && (tokens[e]!.lower === 'in' || tokens[e]!.lower === 'on')) continue
      // "rejected claims by X that …" keeps the claim it rejects whole
      if (
        (tokens[e]!.lower === 'by' || tokens[e]!.lower === 'from') &&
        ctx.lex.nouns.has(tokens[e - 1]!.lower)
      )
        continue
      if (DENY_OBJECT_END.has(tokens[e]!.lower) || tokens[e]!.text === ',') {
        end = e
        break
      }
    }
  }
  if (end - k < 2) return null
  const content = trimContent(ctx, { from: k, to: end })
  // "said nothing", "denied it": one word is no claim anyone could quote
  if (content.to - content.from < 2) return null
  if (objectWithRelative(ctx, content)) return null
  return draft(content)
}

/**
 * "the manager believed the waitress, who said …": a short noun phrase and a relative clause
 * that runs to the end is the verb's object, not a clause anyone said ("the bridge, which was
 * built in 1990, had collapsed" goes on past the relative clause).
 */
function objectWithRelative(ctx: Context, content: TokSpan): boolean {
  const { tokens } = ctx
  for (let k = content.from + 1; k < Math.min(content.to - 1, content.from + 5); k++) {
    if (ctx.lex.verbs.has(tokens[k]!.lower) || ctx.inQuote[k]! >= 0) return false
    if (tokens[k]!.text !== ',') continue
    // (a place's "which" clause leaves a claim: "reported fighting in X, which is north of Y")
    if (tokens[k + 1]!.lower !== 'who' && tokens[k + 1]!.lower !== 'whom') return false
    for (let e = k + 2; e < content.to; e++) if (tokens[e]!.text === ',') return false
    return true
  }
  return false
}

const DURATIONS = new Set(['years', 'decades', 'months', 'weeks', 'days', 'hours', 'centuries'])
const BECAUSE = new Set(['because', 'since', 'after', 'before', 'when', 'while'])
const POSTED_THINGS = new Set(
  'loss losses profit profits gain gains revenue revenues earnings deficit surplus growth decline sales results listings vacancies jobs positions messages links'.split(
    ' ',
  ),
)
const ADDED_THINGS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'another', 'a', 'an'])

const NOUN_BEFORE = new Set(['of', 'the', 'a', 'an', 'this', 'its', 'their', 'his', 'her'])
export const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you'])
const AUXILIARIES = [
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
]
// a pronoun subject or an auxiliary: a clause has begun
const CLAUSE_SIGNS = new Set([...SUBJECT_PRONOUNS, ...AUXILIARIES])

// verbs that carry a sentence on after an interrupting "…, X said, …"
const RESUMING = new Set([...AUXILIARIES, 'remains', 'remained'])

// conjunctions that open a clause which cannot stand alone as what was said
const SUBORDINATORS = new Set([
  'if',
  'unless',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'when',
  'once',
  'since',
])

/** A finite verb within a short time or setting after `k`: "announced Wednesday includes …". */
function predicateAfter(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx
  if (isTimeAt(ctx, k)) k = skipTime(ctx, k)
  const t = tokens[k]
  if (!t || k >= end || t.upper || t.punct) return false
  return FINITE_AUXILIARIES.has(t.lower) || /^[a-z]{3,}(?:es|s)$/.test(t.lower)
}

/** "the regional governor, Jo Vell" over [from, to): a role phrase, a comma, then a person's name. */
function roleThenName(ctx: Context, from: number, to: number): TokSpan | null {
  const { tokens } = ctx
  const mi = ctx.mentionAt[to - 1]!
  const m = mi >= 0 ? ctx.mentions[mi]! : null
  if (m?.type !== 'person' || m.to !== to || tokens[m.from - 1]?.text !== ',') return null
  let role = false
  for (let k = from; k < m.from - 1; k++) {
    const t = tokens[k]!
    if (t.punct || FINITE_AUXILIARIES.has(t.lower) || t.lower === 'that') return null
    role ||= SPEAKER_NOUNS.has(t.lower) || isTitle(t.text)
  }
  return role && m.from - 1 > from ? { from, to } : null
}

/** "told reporters.", "told Northland Radio.": a listener, then the sentence's end. */
function listenerToEnd(ctx: Context, k: number, end: number): boolean {
  if (!listenerAt(ctx, k)) return false
  const mi = ctx.mentionAt[k]!
  const to = mi >= 0 ? ctx.mentions[mi]!.to : k + 1
  return to < end && isClosingPunct(ctx.tokens[to]!.text) && to + 1 >= end
}

// what may follow the cue of an opening "as" clause before its comma: "As ISW assessed
// throughout June, …", "As Jo Vell reports for NPR, …", "As ISW has previously reported, …"
const AS_SETTINGS = new Set(
  'throughout for since earlier previously repeatedly recently'.split(' '),
)

// prepositions that open where or how something was said ("on Telegram", "in an interview"):
// PREPS less its time words
const ADJUNCT_PREPS = new Set(
  [...PREPS].filter((p) => !['late', 'early', 'earlier', 'later'].includes(p)),
)

/**
 * A prepositional phrase with no verb up to the end of the sentence ("during an interview on
 * Sunday"); "at least 50 people died" and "in recent days to have pushed back" have verbs.
 */
function verbless(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx
  if (!ADJUNCT_PREPS.has(tokens[k]?.lower ?? '')) return false
  for (let j = k + 1; j < end; j++) {
    const w = tokens[j]!.lower
    // "said in an interview with AFP, BelTA has learned": the rest attributes the report
    if (w === ',' && (trailingAttribution(ctx, j + 1, end) || end - j <= 6)) return true
    // "said this week at an event in X — an apparent reversal of …": the writer's aside
    // (a dash set off by spaces, not the hyphen in "10-article")
    if (DASHES.has(w) && /\s/.test(ctx.text[tokens[j]!.start - 1] ?? '')) return true
    // "in a statement released by the ministry", "an interview posted on YouTube"
    if (/[a-z]ed$/.test(w) && VENUE_NOUNS.has(tokens[j - 1]!.lower)) continue
    if (RESUMING.has(w) || ctx.lex.verbs.has(w) || w === 'to' || /[a-z]ed$/.test(w)) return false
  }
  return true
}

const VENUE_NOUNS = new Set(['statement', 'interview', 'post', 'video', 'briefing', 'speech'])

/** `…, the governor wrote on Telegram.`: a short prepositional phrase that ends the sentence. */
function adjunctToEnd(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx
  if (!ADJUNCT_PREPS.has(tokens[k]?.lower ?? '')) return false
  // a venue phrase runs longer ("in an interview with the agency in the capital on Friday")
  const venue =
    VENUE_NOUNS.has(tokens[k + 1]?.lower ?? '') || VENUE_NOUNS.has(tokens[k + 2]?.lower ?? '')
  for (let j = k + 1; j < Math.min(end, k + (venue ? 16 : 11)); j++) {
    const t = tokens[j]!
    if (isClosingPunct(t.text)) return j === end - 1
    // "…, the president said in an interview with AFP in Minsk, the agency has learned."
    if (t.text === ',' && j - k >= 3 && end - j <= 6) return true
    if (t.lower === 'that' || t.text === ',' || t.text === ':' || ctx.lex.verbs.has(t.lower))
      return false
  }
  return false
}

// cues whose next noun phrase is their object, never an inverted subject: in "…, told CNN"
// CNN is the listener and in "…, accused the army" the accused
const TAKES_OBJECT = new Set(['tell', 'accuse'])
export const SETTING_PARTICIPLES = new Set([
  'speaking',
  'talking',
  'addressing',
  'writing',
  'appearing',
  'responding',
  'commenting',
  'referring',
])

export const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose'])

/** `The town has fallen, the ministry said.` / `…, said Jane Doe.` */
function inverted(ctx: Context, c: number, cue: CueEntry, s: number): Draft | null {
  const { tokens } = ctx
  const sent = ctx.sentenceTokens[s]!
  const next = tokens[c + 1]
  let comma = -1
  let sp: TokSpan | null = null
  // ("…, Jo Vell, head of the council, told reporters.": the listener is no speaker)
  const toListener = cue.lemma === 'tell' && listenerToEnd(ctx, c + 1, sent.to)
  if (tokens[c - 1]?.text === ',' && next && !next.punct && !toListener) {
    // "…, said Jane Doe."
    if (TAKES_OBJECT.has(cue.lemma)) return null
    // "The measures, announced by the trade secretary, bring …": a passive participle
    if (next.lower === 'by') return null
    let np = nounPhraseStartingAt(ctx, c + 1, sent.to)
    if (!np) return null
    // "…, said the head of the agency, Jo Vell.": the name set off after the role ends it
    np = withNameAfterRole(ctx, np)
    const after = tokens[np.to]
    if (after && !isClosingPunct(after.text) && after.text !== ',') return null
    sp = np
    comma = c - 1
  } else {
    if (
      !next ||
      !(
        isClosingPunct(next.text) ||
        next.text === ',' ||
        isTimeAt(ctx, c + 1) ||
        adjunctToEnd(ctx, c + 1, sent.to) ||
        // "…, Jo Vell told reporters."
        toListener
      )
    )
      return null
    for (let k = c - 1; k > sent.from; k--) {
      if (tokens[k]!.text === ',') {
        comma = k
        break
      }
    }
    if (comma < 0) return null
    // "The town fell, Jo Vell, head of the council, said.": the name before its apposition
    if (comma === c - 1) {
      for (let j = c - 2, tries = 0; j > sent.from && j >= c - 26 && tries < 3; j--) {
        if (tokens[j]!.text !== ',') continue
        tries++
        // (the name with an apposition of its own, or a role and then the name: "…, the
        // regional governor, Jo Vell, said")
        const named = namedWithApposition(ctx, j + 1, c)
        const found = named && named.to < c - 1 ? named : roleThenName(ctx, j + 1, c - 1)
        if (found) {
          sp = found
          comma = j
          break
        }
      }
    }
    let found = sp ? { ...sp, negated: false } : subjectBefore(ctx, c, comma + 1)
    // "…, Belarusian President Jo Doe said": a demonym before the name opens the phrase
    if (found?.from === comma + 2 && openedByModifiers(ctx, comma + 1, found.from))
      found = { ...found, from: comma + 1 }
    if (!found || found.negated || found.from !== comma + 1) return null
    // "X symbolizes Y, yet officials emphasized that Z": a clause joined on, with its own
    // content after the cue, not an inverted attribution of the words before
    if (CLAUSE_CONJUNCTIONS.has(tokens[comma + 1]!.lower)) return null
    sp = found
  }
  // "The motive, the ministry said, was revenge" and "If talks fail, she said, the war goes on":
  // the content runs on past the cue (a clause opening on "if" is not whole on its own)
  // ("The key to success, says Jo Vell, is speed": the same after the speaker)
  const after = sp.to <= c ? c + 1 : sp.to
  // "During the call, he claims, he suggested …", "Last year, officials said, the plant …": an
  // adverbial is no content on its own, the clause after the speaker is
  const adverbial = sp.to <= c && adverbialOnly(ctx, sent.from, comma)
  // "When she asked him, he replied, “Don't …”": a quotation after the cue is what was said
  // (the quote rules read it), not the clause before
  // ("Notification, said Haas, “is taking place.”": after the speaker it is the rest of one)
  if (sp.to <= c && tokens[after]?.text === ',' && /^[“"‘]$/.test(tokens[after + 1]?.text ?? ''))
    return null
  const resumes =
    tokens[after]?.text === ',' &&
    (RESUMING.has(tokens[after + 1]?.lower ?? '') ||
      // "The nominee, he said, watched the games": a subject, then its past-tense verb
      (sp.to <= c && pastVerbAfterSubject(ctx, sent.from, comma, after + 1)) ||
      (sp.to <= c && SUBORDINATORS.has(tokens[sent.from]!.lower)) ||
      (adverbial && after + 2 < sent.to)) &&
    sent.to - sent.from <= MAX_CONTENT
  if (!resumes && adverbial) return null
  if (!resumes && (comma - sent.from < 3 || comma - sent.from > MAX_CONTENT)) return null
  // "…, which, he claimed, is why …": what is claimed is the relative clause about something
  // said before, which the sentence's own statement already holds
  if (RELATIVE_OPENERS.has(tokens[comma - 1]?.lower ?? '')) return null
  const from = afterDateline(ctx, sent.from, comma)
  // "Asked whether X, the minister replied": the question is the reporter's, not the content
  if (tokens[from]!.lower === 'asked' && ASKED_ABOUT.has(tokens[from + 1]?.lower ?? '')) return null
  const content = trimContent(ctx, { from, to: resumes ? sent.to : comma })
  return {
    sentence: s,
    speaker: sp,
    cue: { from: c, to: c + 1, ...cue },
    content,
    mode: modeOf(ctx, content),
    rule: resumes ? 'reported-interrupted' : 'reported-inverted',
    confidence: 0.85,
  }
}

/**
 * Tokens [from, comma) are a short noun phrase (no verb in -ed, no auxiliary) and token `k`
 * a lower-case verb in -ed: "The Republican nominee, he said, watched …".
 */
function pastVerbAfterSubject(ctx: Context, from: number, comma: number, k: number): boolean {
  const { tokens } = ctx
  const v = tokens[k]
  if (!v || v.upper || v.punct || !/[a-z]ed$/.test(v.lower) || comma - from > 6) return false
  for (let j = from; j < comma; j++) {
    const t = tokens[j]!
    if (t.punct || /ed$/.test(t.lower) || AUXILIARIES.includes(t.lower)) return false
  }
  return true
}

const COMPARATIVES = new Set(
  'more less fewer longer higher greater bigger better worse sooner faster stronger weaker'.split(
    ' ',
  ),
)

const TIME_ADVERBS = new Set(['earlier', 'later', 'previously', 'recently', 'separately'])

/** Is tokens[from, to) only a time or a short prepositional phrase ("During the call", "In March")? */
function adverbialOnly(ctx: Context, from: number, to: number): boolean {
  if (isTimeAt(ctx, from) && skipTime(ctx, from) >= to) return true
  if (!ADVERBIAL_OPENERS.has(ctx.tokens[from]!.lower) || to - from > 6) return false
  // "At least 10 people were injured, officials said" is a clause
  if (QUANTITY_AFTER.has(ctx.tokens[from + 1]?.lower ?? '')) return false
  for (let k = from + 1; k < to; k++) if (RESUMING.has(ctx.tokens[k]!.lower)) return false
  return true
}

const QUANTITY_AFTER = new Set(['least', 'most', 'about', 'around', 'roughly'])

const ADVERBIAL_OPENERS = new Set([
  'during',
  'in',
  'on',
  'at',
  'after',
  'before',
  'since',
  'over',
  'throughout',
  'within',
  'earlier',
  'later',
  'last',
])

const ASKED_ABOUT = new Set([
  'whether',
  'if',
  'about',
  'why',
  'how',
  'what',
  'when',
  'who',
  'where',
  'to',
  'by',
  'on',
])

/** `…, saying …` / `…, adding that …`: the speaker is the clause's subject. */
function participle(
  ctx: Context,
  c: number,
  cue: CueEntry,
  s: number,
  found: Draft[],
): Draft | null {
  const { tokens } = ctx
  const sent = ctx.sentenceTokens[s]!
  let k = c + 1
  // "telling reporters that …", "telling CNN that …": the listener is not the content
  for (let j = k; j < Math.min(sent.to, k + 4); j++) {
    if (tokens[j]!.punct) break
    if (tokens[j]!.lower === 'that' && j > k) {
      k = j
      break
    }
  }
  if (tokens[k]?.lower === 'that') k++
  if (k >= sent.to || (tokens[k]!.punct && ctx.inQuote[k + 1]! < 0)) return null
  const end = cutContent(ctx, k, sent.to)
  if (end - k < 2) return null
  const prior = [...found].reverse().find((d) => d.sentence === s && d.cue.from < c)
  const content = trimContent(ctx, { from: k, to: end })
  const base = {
    sentence: s,
    cue: { from: c, to: c + 1, ...cue },
    content,
    mode: modeOf(ctx, content),
    rule: 'participial',
  }
  // "authorities are also dismissing staff": a progressive verb, not a participial clause
  if (passiveBefore(tokens, c)) return null
  // "…, denying him a victory": an object that shows no speech
  if (cue.lemma === 'deny' && objectIsNoSpeech(ctx, c, cue.lemma, sent.to)) return null
  // "…, maintaining military pressure": the act, unless a clause or a quotation follows
  if (
    tokens[c]!.lower === 'maintaining' &&
    tokens[c + 1]?.lower !== 'that' &&
    ctx.inQuote[c + 1]! < 0 &&
    ctx.inQuote[c + 2]! < 0
  )
    return null
  // "with sources telling CNN that …": a noun right before the participle is its own subject
  const before = tokens[c - 1]
  // "joined X in warning that …" speaks; "issues in maintaining a workforce" does not
  if (before?.lower === 'in' && tokens[c + 1]?.lower !== 'that') return null
  // "issued a statement saying …" speaks for the clause's subject, like ", saying …"
  if (before && !before.punct && !JOINS_CLAUSE.has(before.lower) && !ISSUED.has(before.lower)) {
    const own = withSubject(ctx, c, sent.from) ?? subjectBefore(ctx, c, sent.from)
    if (!own || own.negated || own.to !== c) return null
    // "The son then unwittingly makes a comment at his mother saying …": a phrase that opens on
    // an adverb is the rest of a clause, not the participle's subject
    if (mannerAdverb(tokens[own.from]!)) return null
    // "with sources telling …": the preposition is not part of who speaks
    const from = PREPS.has(tokens[own.from]!.lower) ? own.from + 1 : own.from
    return from < c ? { ...base, speaker: { from, to: c }, confidence: 0.75 } : null
  }
  // "X reported that residents received messages warning them …": inside X's content the
  // messages are someone else's, and their sender is not named
  if (prior && ISSUED.has(before?.lower ?? '') && prior.content.from <= c && c < prior.content.to)
    return null
  // "X said Jo Vell had implicated Y by admitting …": a means adjunct inside another
  // statement's content has that content's subject, not its speaker
  if (prior && before?.lower === 'by' && prior.content.from <= c && c < prior.content.to) {
    // (only when the content opens on that subject: "Jo Vell, the leader of X, had …")
    const inner = clauseSubject(ctx, prior.content.from, c)
    const opens = inner && inner.from <= prior.content.from + 1
    if (opens && ctx.mentionAt[inner.from]! >= 0)
      return { ...base, speaker: inner, confidence: 0.7 }
  }
  if (prior) return { ...base, speaker: null, inherit: prior, confidence: 0.8 }
  const subject = clauseSubject(ctx, sent.from, c)
  return subject ? { ...base, speaker: subject, confidence: 0.75 } : null
}

/**
 * "with witnesses saying …", "with local officials saying …": a short phrase after "with" that
 * ends on a speaker noun is the participle's subject ("with knowledge of the talks" is none).
 */
function withSubject(ctx: Context, c: number, floor: number) {
  if (!SPEAKER_NOUNS.has(ctx.tokens[c - 1]?.lower ?? '')) return null
  for (let j = c - 1; j >= Math.max(floor, c - 4); j--) {
    const t = ctx.tokens[j]!
    if (t.punct || ctx.lex.verbs.has(t.lower) || PREPS.has(t.lower)) {
      return t.lower === 'with' && j + 1 < c ? { from: j + 1, to: c, negated: false } : null
    }
  }
  return null
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am'])
const PASSIVE_ADVERBS = new Set([
  'also',
  'not',
  'never',
  'later',
  'often',
  'first',
  'then',
  'still',
])

/** A form of "be" just before the word, perhaps with one adverb between ("was also told"). */
export function passiveBefore(tokens: Context['tokens'], c: number): boolean {
  let k = c - 1
  const adverb = tokens[k]?.lower ?? ''
  if (PASSIVE_ADVERBS.has(adverb) || (adverb.length > 4 && adverb.endsWith('ly'))) k--
  return BE.has(tokens[k]?.lower ?? '')
}

// things a speaker issues: "a statement saying …" is the issuer's statement
const ISSUED = new Set([
  'statement',
  'statements',
  'video',
  'videos',
  'footage',
  'post',
  'posts',
  'message',
  'messages',
  'tweet',
  'tweets',
  'letter',
  'report',
  'release',
  'communique',
  'announcement',
  'document',
  'note',
  'caption',
])

// words that can stand between a clause and a participle whose subject is the clause's
const JOINS_CLAUSE = new Set([
  'and',
  'in',
  'while',
  'before',
  'after',
  'when',
  'by',
  'also',
  'again',
  'repeatedly',
  'publicly',
  'later',
  'then',
  'even',
  'further',
  'separately',
  'previously',
  'earlier',
])

/**
 * The first name in a clause that is not inside a prepositional phrase, and comes before the
 * clause's speech verb or "that": "X dismissed suggestions that Russia …, stressing …" has no
 * name before "dismissed" that the rules know, and Russia is no answer.
 */
// a clause opening on a preposition may put its subject after the verb
const FRONTED = new Set([
  'among',
  'in',
  'on',
  'at',
  'with',
  'from',
  'behind',
  'beside',
  'here',
  'there',
])

function clauseSubject(ctx: Context, from: number, to: number): TokSpan | null {
  // "The regime criticizes the supply of arms to Ukraine, claiming …": past a verb, a name is
  // its object until a comma closes the phrase ("In an article penned in 2021, X underlined …")
  let pastVerb = false
  // "Southern front: (Region),Officials …": a heading run into the sentence ends at its colon
  for (let k = to - 1; k > from; k--)
    if (ctx.tokens[k]!.text === ':' && ctx.inQuote[k]! < 0) {
      from = k + 1
      break
    }
  // "He began his term by promising to get Northland into …, vowing": a pronoun that opens
  // the clause is its subject, whatever names follow
  if (PERSONAL_SUBJECTS.has(ctx.tokens[from]!.lower) && from + 1 < to) return { from, to: from + 1 }
  for (let k = from; k < to; k++) {
    const lower = ctx.tokens[k]!.lower
    // "X (a critic of Y) said": the aside names no subject
    if (lower === '(') {
      while (k < to && ctx.tokens[k]!.text !== ')') k++
      continue
    }
    if (lower === 'that' || ctx.lex.verbs.has(lower)) return null
    if (lower === ',') pastVerb = false
    // "X is urging banks not to help Y …": past a finite auxiliary, names are objects too
    // ("Among those absent is Jo Vell, …" puts its subject after the verb)
    else if (k > from && FINITE_AUXILIARIES.has(lower) && !FRONTED.has(ctx.tokens[from]!.lower))
      pastVerb = true
    // (a word in -ed after an article is an adjective: "the attacked city")
    else if (
      k > from &&
      !ctx.tokens[k]!.upper &&
      FINITE_SHAPE.test(lower) &&
      !ARTICLES.has(ctx.tokens[k - 1]!.lower)
    )
      pastVerb = true
    const d = ctx.descriptionAt.get(k)
    if (
      d &&
      d.to <= to &&
      !PREPS.has(ctx.tokens[k - 1]?.lower ?? '') &&
      ctx.tokens[k - 1]?.text !== ','
    )
      return { from: d.from, to: d.to }
    const mi = ctx.mentionAt[k]!
    if (mi < 0) continue
    const m = ctx.mentions[mi]!
    if (m.from !== k) continue
    // "Photograph: Agency/REX/Shutterstock Jo Vell said": names in a photo credit are no subject
    if (pastVerb || ctx.tokens[m.to]?.text === '/' || ctx.tokens[m.from - 1]?.text === '/') {
      k = m.to - 1
      continue
    }
    const prev = ctx.tokens[k - 1]?.lower ?? ''
    const usable = m.type !== 'place' || ctx.entities.get(m.entityKey)?.geo?.kind === 'country'
    if (
      usable &&
      !PREPS.has(prev) &&
      prev !== 'of' &&
      prev !== "'s" &&
      prev !== '’s' &&
      !ofNoun(ctx, k)
    ) {
      // "the Northland Group financier Jo Vell …, claiming": the person the body's role names
      const holder = roleHolder(ctx, m.to, to)
      if (holder) return holder
      // "senior US officials …, saying": the officials speak, not the name that modifies them
      let head = modifiedSpeakerNoun(ctx, m.to, to)
      // "Secretary of State", "Minister of Defence": the office's own "of" phrase
      if (head >= 0 && ctx.tokens[head]!.upper && ctx.tokens[head + 1]?.lower === 'of')
        while (head + 2 < to && ctx.tokens[head + 2]!.upper && !ctx.tokens[head + 2]!.punct)
          head += 2
      if (head >= 0)
        return {
          from: ARTICLES.has(ctx.tokens[m.from - 1]?.lower ?? '') ? m.from - 1 : m.from,
          to: head + 1,
        }
      return possessed(ctx, m.from, m.to, to) ?? { from: m.from, to: m.to }
    }
    k = m.to - 1
  }
  return null
}

const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they'])
const FINITE_SHAPE = /^[a-z]{3,}(?:izes|ises|ed)$/

/** "The wives of at least two Northlandish soldiers": is the name the complement of an "of"? */
function ofNoun(ctx: Context, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = ctx.tokens[j]!
    // "one of the most senior US officials" is one of them
    if (t.lower === 'of') return !PART_OF.has(ctx.tokens[j - 1]?.lower ?? '')
    if (t.upper || t.punct || ctx.lex.verbs.has(t.lower)) return false
  }
  return false
}
const PART_OF = new Set([
  'one',
  'some',
  'many',
  'most',
  'all',
  'several',
  'two',
  'three',
  'each',
  'both',
  'none',
  'few',
])

/** A person named after a body's name and one or two role nouns ("financier"), or null. */
function roleHolder(ctx: Context, at: number, limit: number): TokSpan | null {
  const roles = lexicon().roles
  for (let e = at + 1; e < Math.min(limit, at + 3); e++) {
    const role = ctx.tokens[e - 1]!
    // "NATO Secretary General Jo Vell": titles in capitals too
    const titled = role.upper && (OFFICE_HEADS.has(role.lower) || isTitle(role.text))
    if (!titled && (role.upper || !(roles.has(role.lower) || SPEAKER_NOUNS.has(role.lower))))
      return null
    const mi = ctx.mentionAt[e]!
    const m = mi >= 0 ? ctx.mentions[mi]! : null
    if (m && m.from === e && ctx.entities.get(m.entityKey)?.type === 'person')
      return { from: m.from, to: m.to }
  }
  return null
}

// offices that head a phrase in capitals after a country or body ("US Secretary of State")
const OFFICE_HEADS = new Set([
  'secretary',
  'minister',
  'president',
  'chief',
  'ambassador',
  'envoy',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'commander',
])

/** The speaker noun a name modifies ("US officials", "Northland army spokesmen"), or -1. */
function modifiedSpeakerNoun(ctx: Context, at: number, limit: number): number {
  for (let e = at; e < Math.min(limit, at + 3); e++) {
    const t = ctx.tokens[e]!
    // "the US Secretary of State", "the EU Foreign Policy Chief": a title written in capitals
    if (t.upper && !t.punct && OFFICE_HEADS.has(t.lower)) return e
    if (t.punct || t.upper || ctx.lex.verbs.has(t.lower) || /ed$/.test(t.lower)) return -1
    if (ARTICLES.has(t.lower) || t.lower === 'this') return -1
    if (SPEAKER_NOUNS.has(t.lower)) {
      // "the UN secretary general", "US army commanders": the last noun of the run heads it
      while (
        e + 1 < limit &&
        !ctx.tokens[e + 1]!.upper &&
        SPEAKER_NOUNS.has(ctx.tokens[e + 1]!.lower)
      )
        e++
      return e
    }
  }
  return -1
}

/** "Lithuania's foreign minister": the person a name's possessive introduces speaks, not the name. */
function possessed(ctx: Context, from: number, to: number, limit: number): TokSpan | null {
  const { tokens } = ctx
  const s = tokens[to]?.lower
  if (s !== "'s" && s !== '’s') return null
  for (let e = to + 1; e < Math.min(limit, to + 5); e++) {
    const t = tokens[e]!
    // "Northland's Chief Rabbi Jo Vell": titles in capitals, then the person they name
    if (t.upper && !t.punct && (isTitle(t.text) || OFFICE_HEADS.has(t.lower))) {
      const mi = ctx.mentionAt[e + 1]!
      const m = mi >= 0 ? ctx.mentions[mi]! : null
      if (m && m.from === e + 1 && m.type === 'person' && m.to <= limit)
        return { from: m.from, to: m.to }
      continue
    }
    if (t.punct || t.upper) return null
    if (SPEAKER_NOUNS.has(t.lower)) {
      // "Putin's spokesman Dmitry Peskov": the person named after the noun is the one
      const mi = ctx.mentionAt[e + 1]!
      const m = mi >= 0 ? ctx.mentions[mi]! : null
      if (m && m.from === e + 1 && m.type === 'person' && m.to <= limit)
        return { from: m.from, to: m.to }
      return { from, to: e + 1 }
    }
  }
  return null
}

/** "the head of the agency, Jo Vell" (then a stop or a comma): the role and the person it names. */
function withNameAfterRole(ctx: Context, sp: TokSpan): TokSpan {
  const { tokens } = ctx
  // (a role "of Northland's army" may end on a body's name, not on a person's)
  // ("According to AFP, Jo Vell, …": a name alone is no role)
  const last = ctx.mentions[ctx.mentionAt[sp.to - 1]!]
  if (tokens[sp.to]?.text !== ',' || (last && (last.type === 'person' || last.from === sp.from)))
    return sp
  const mi = ctx.mentionAt[sp.to + 1]!
  const m = mi >= 0 ? ctx.mentions[mi]! : null
  // ("the head of the army, Air Chief Marshal Jo Vell,": the name may follow its titles)
  const end =
    m && m.from === sp.to + 1 && m.type === 'person'
      ? m.to
      : titledPersonAt(ctx, sp.to + 1, tokens.length)
  const after = end ? tokens[end] : undefined
  return end && (!after || after.punct) ? { from: sp.from, to: end } : sp
}

/** `According to X, …` / `…, according to X.` */
function accordingTo(ctx: Context, c: number, s: number): Draft | null {
  const { tokens } = ctx
  const sent = ctx.sentenceTokens[s]!
  // "aid, which according to experts is of key importance": what they said is the relative
  // clause about something outside it
  const before = tokens[c - 1]?.lower ?? ''
  if (
    RELATIVE_OPENERS.has(before) ||
    (before === 'that' && !ctx.lex.verbs.has(tokens[c - 2]?.lower ?? ''))
  )
    return null
  let sp = nounPhraseStartingAt(ctx, c + 2, sent.to)
  if (!sp) return null
  // "according to the bloc's energy commissioner, Jo Vell": the name set off after the role
  sp = withNameAfterRole(ctx, sp)
  // "That's according to X": what X said is the sentence before, which this one points back to
  if (c - sent.from <= 3 && POINTERS.has(tokens[sent.from]!.lower)) return null
  let content: TokSpan
  let quoted = false
  // "… tables — according to the report, he had won …": a dash or semicolon opens a clause
  const dashed = DASHES.has(tokens[c - 1]?.text ?? '') || tokens[c - 1]?.text === ';'
  const lead =
    c === sent.from ||
    // "…in the 7th month.According to doctors, …": a capital "According" opens a sentence the
    // splitter missed (no space after the stop)
    tokens[c]!.text === 'According' ||
    // ("But according to X, …"; in "Spiders, according to X, do not …" the word before is
    // the subject of what follows)
    (c - sent.from <= 2 &&
      !ctx.mentionAt.subarray(sent.from, c).some((m) => m >= 0) &&
      (tokens.slice(sent.from, c).every((t) => t.punct || LEAD_WORDS.has(t.lower)) ||
        !interruptsSubject(ctx, c, sp, sent))) ||
    dashed
  // "X - according to the media - is Y": a parenthetical between dashes; what it vouches for
  // is the clause after it (only when the source's phrase ends at the closing dash)
  let closing = -1
  if (dashed)
    for (let j = c + 2; j < sent.to && closing < 0; j++)
      if (DASHES.has(tokens[j]!.text)) closing = j
  if (closing >= 0) {
    if (closing !== sp.to || sent.to - closing < 4) return null
    content = trimContent(ctx, { from: closing + 1, to: sent.to })
  } else if (lead) {
    let k = sp.to
    // "According to three outlets an unknown number of …": the comma left out
    if (ARTICLES.has(tokens[k]?.lower ?? '')) k--
    else while (k < sent.to && tokens[k]!.text !== ',') k++
    // "According to Jo Vell, who posted the video, the footage …": past the relative clause
    if (RELATIVE_OPENERS.has(tokens[k + 1]?.lower ?? '')) {
      k++
      while (k < sent.to && tokens[k]!.text !== ',') k++
    }
    // ("Prices rose — according to the ministry.": the clause before the dash)
    if (k >= sent.to - 2 && dashed && c - 1 - sent.from >= 3)
      content = trimContent(ctx, { from: sent.from, to: c - 1 })
    else if (k >= sent.to - 2) return null
    else content = trimContent(ctx, { from: k + 1, to: sent.to })
  } else if (interruptsSubject(ctx, c, sp, sent)) {
    // "The man, according to police, fled the scene": the subject before and the predicate
    // after are one content, as in "The motive, the ministry said, was …"
    content = trimContent(ctx, { from: afterDateline(ctx, sent.from, c - 1), to: sent.to })
  } else {
    let e = c
    if (tokens[e - 1]?.text === ',') e--
    if (e - sent.from < 3) return null
    // "“… . …,” according to X": the whole quotation, over all its sentences, when it opens
    // a sentence (a quote that opens mid-sentence stays the sentence's)
    const q = ctx.quotes.find(
      (x) =>
        x.to === e - 1 &&
        x.from <= sent.from + 1 &&
        x.from - 1 === ctx.sentenceTokens[tokens[x.from - 1]!.sentence]!.from,
    )
    content = trimContent(
      ctx,
      q ? { from: q.from, to: q.to } : { from: afterDateline(ctx, sent.from, e), to: e },
    )
    if (q) quoted = true
  }
  return {
    sentence: s,
    speaker: sp,
    cue: { from: c, to: c + 2, lemma: 'according to', polarity: 'asserts' },
    content,
    mode: quoted ? 'direct' : modeOf(ctx, content),
    rule: 'according-to',
    confidence: 0.85,
  }
}

// conjunctions and sentence adverbs that may come before an "according to" opening a sentence
const LEAD_WORDS = new Set(
  'but and or yet so also however meanwhile now still then thus instead indeed moreover furthermore besides'.split(
    ' ',
  ),
)

// words that cannot open the predicate a parenthetical "according to X," interrupts
const NO_PREDICATE = new Set([
  ...RELATIVE_OPENERS,
  ...SUBORDINATORS,
  ...PREPS,
  ...'a an the this that these those his her its their our and but or nor as of for'.split(' '),
])

/**
 * "The strike, according to officials, killed 12": a subject with no comma of its own, the
 * source set off by commas, then a lower-case word that can open a predicate.
 */
function interruptsSubject(
  ctx: Context,
  c: number,
  sp: TokSpan,
  sent: { from: number; to: number },
): boolean {
  const { tokens } = ctx
  if (tokens[c - 1]?.text !== ',' || tokens[sp.to]?.text !== ',') return false
  const next = tokens[sp.to + 1]
  if (!next || next.punct || next.upper || NO_PREDICATE.has(next.lower)) return false
  if (sent.to - (sp.to + 1) < 2 || sent.to - sent.from > MAX_CONTENT) return false
  const from = afterDateline(ctx, sent.from, c - 1)
  for (let k = from; k < c - 1; k++) if (tokens[k]!.punct && tokens[k]!.text !== '.') return false
  return c - 1 - from <= 12
}

// a verb straight after "claims that" makes "that" a relative pronoun
const RELATIVE_VERBS = new Set([
  ...FINITE_AUXILIARIES,
  ...'can could may might must should remain remains remained appear appears appeared seem seems seemed'.split(
    ' ',
  ),
])

/**
 * `claims by X that …`, `X's claim that …`, `a statement from X that …`, and a named or
 * demonym speaker written before the noun: `Russian claims that …`, `Kremlin reports that …`.
 */
function nounCue(ctx: Context, n: number, cue: CueEntry, s: number): Draft | null {
  const { tokens } = ctx
  const sent = ctx.sentenceTokens[s]!
  let sp: TokSpan | null = null
  let k = n + 1
  const nxt = tokens[k]?.lower
  const before = n - 1 >= sent.from ? ctx.mentionAt[n - 1]! : -1
  if (nxt === 'by' || nxt === 'from') {
    sp = nounPhraseStartingAt(ctx, k + 1, sent.to)
    if (!sp) return null
    k = sp.to
  } else if (/^['’]s$/.test(tokens[n - 1]?.text ?? '')) {
    sp = nounPhraseEndingAt(ctx, n - 2, sent.from)
  } else if (
    before >= 0 &&
    ctx.mentions[before]!.to === n &&
    ctx.mentions[before]!.from >= sent.from &&
    // "Moscow's ambassador to Washington warning that …": a name after a preposition is its
    // object, not the noun's owner ("with Russian reports that …" keeps its demonym)
    !(
      ctx.mentions[before]!.kind !== 'reference' &&
      PREPS.has(tokens[ctx.mentions[before]!.from - 1]?.lower ?? '')
    )
  ) {
    // only the mention itself: "rejected Russian claims" must not take "rejected" along
    sp = { from: ctx.mentions[before]!.from, to: n }
  }
  if (!sp) return null
  // "Russian claims of the town's fall": after a demonym the noun may take "of" and a noun phrase
  const ofAfterDemonym = tokens[k]?.lower === 'of' && before >= 0 && sp.to === n
  // "Russian claims to have repelled the attack": the claim is the infinitive, as after the verb
  const toHave =
    tokens[k]?.lower === 'to' && tokens[k + 1]?.lower === 'have' && before >= 0 && sp.to === n
  if (tokens[k]?.lower !== 'that' && !ofAfterDemonym && !toHave) return null
  if (!toHave) k++
  // "claims from Moscow that are familiar": a "that" with a verb after it opens a relative
  // clause about the claims, not their content
  if (!ofAfterDemonym && RELATIVE_VERBS.has(tokens[k]?.lower ?? '')) return null
  let end = cutContent(ctx, k, sent.to)
  // "Russian claims of a surrender are false": the claim is the noun phrase; the verb after
  // it opens the writer's own clause about the claim
  if (ofAfterDemonym) end = nounPhraseEnd(ctx, k, end)
  // "… to have recaptured X were confirmed": the writer's verb ends the infinitive
  if (toHave) end = nounPhraseEnd(ctx, k + 2, end)
  if (end - k < 2) return null
  const content = trimContent(ctx, { from: k, to: end })
  // "said nothing", "denied it": one word is no claim anyone could quote
  if (content.to - content.from < 2) return null
  return {
    sentence: s,
    speaker: sp,
    cue: { from: n, to: n + 1, ...cue },
    content,
    mode: modeOf(ctx, content),
    rule: 'noun-cue',
    confidence: 0.8,
  }
}

/**
 * Where a noun phrase from `from` ends: at its first finite verb, unless a relative clause comes
 * first. A comma before the verb ends it there ("While X cannot confirm claims of attacks near
 * Y, the troops are …"), unless a list goes on after it ("attacks on X, Y and Z are …").
 */
function nounPhraseEnd(ctx: Context, from: number, to: number): number {
  let comma = -1
  let list = false
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!
    if (ctx.inQuote[k]! >= 0) continue
    if (RELATIVES.has(t.lower)) return to
    if (t.text === ',') {
      comma = k
      list = false
    } else if (t.lower === 'and' || t.lower === 'or') list = true
    if (FINITE_AUXILIARIES.has(t.lower)) return comma > from && !list ? comma : k
  }
  return to
}
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where'])

/** `… published with a caption reading “…”`: the words belong to whoever released the media. */
function captionRule(ctx: Context, out: Draft[]) {
  const { tokens } = ctx
  for (const q of ctx.quotes) {
    const open = q.from - 1
    const verb = tokens[open - 1]
    const noun = tokens[open - 2]
    if (!verb || !noun || !CAPTION_VERBS.has(verb.lower) || !CAPTION_NOUNS.has(noun.lower)) continue
    const s = tokens[open]!.sentence
    const publisher = findPublisher(ctx, s)
    out.push({
      sentence: s,
      speaker: publisher,
      cue: { from: open - 2, to: open, lemma: 'caption', polarity: 'asserts' },
      content: trimContent(ctx, { from: q.from, to: q.to }),
      mode: 'direct',
      rule: 'media-caption',
      confidence: publisher ? 0.75 : 0.5,
    })
  }
}

/** Who released the media a sentence talks about: a release verb's subject here or in the two sentences before. */
function findPublisher(ctx: Context, s: number): TokSpan | null {
  for (let si = s; si >= Math.max(0, s - 2); si--) {
    const { from, to } = ctx.sentenceTokens[si]!
    for (let k = to - 1; k >= from; k--) {
      if (!RELEASE.has(ctx.tokens[k]!.lower)) continue
      const sp = subjectBefore(ctx, k, from)
      if (sp && !sp.negated) return sp
    }
  }
  return null
}

/** `X released a video (purportedly) showing …`: the media makes a claim for its publisher. */
function mediaReleaseRule(ctx: Context, out: Draft[]) {
  const { tokens } = ctx
  for (let r = 0; r < tokens.length; r++) {
    if (!RELEASE.has(tokens[r]!.lower) || ctx.inQuote[r]! >= 0) continue
    const s = tokens[r]!.sentence
    const sent = ctx.sentenceTokens[s]!
    let media = -1
    for (let k = r + 1; k < Math.min(sent.to, r + 5); k++)
      if (MEDIA_NOUNS.has(tokens[k]!.lower)) media = k
    if (media < 0) continue
    let show = -1
    for (let k = media + 1; k < Math.min(sent.to, media + 10); k++) {
      if (SHOWING.has(tokens[k]!.lower)) {
        show = k
        break
      }
      if (tokens[k]!.text === ',' || tokens[k]!.text === '.') break
      // "released a statement about the video that shows …": the showing is the topic's
      if (MEDIA_TOPICS.has(tokens[k]!.lower)) break
    }
    if (show < 0) continue
    const sp = subjectBefore(ctx, r, sent.from)
    if (!sp || sp.negated) continue
    const k = show + 1
    const end = cutContent(ctx, k, sent.to)
    if (end - k < 2) continue
    out.push({
      sentence: s,
      speaker: sp,
      cue: { from: r, to: media + 1, lemma: 'release', polarity: 'asserts' },
      content: trimContent(ctx, { from: k, to: end }),
      mode: 'reported',
      rule: 'media-release',
      confidence: 0.75,
      media: { from: r + 1, to: media + 1 },
    })
  }
}

const MEDIA_TOPICS = new Set(['about', 'regarding', 'concerning'])

/** A quotation standing alone right after a statement continues that statement's speaker. */
function floatingQuotes(ctx: Context, out: Draft[]) {
  const { tokens } = ctx
  const claimed = new Set(out.map((d) => `${d.content.from}:${d.content.to}`))
  for (const q of ctx.quotes) {
    const content = trimContent(ctx, { from: q.from, to: q.to })
    if (claimed.has(`${content.from}:${content.to}`) || q.words < 4) continue
    const s = tokens[q.from]!.sentence
    const sent = ctx.sentenceTokens[s]!
    // the quote must be the whole sentence: `“…,” Jo said.` names its own speaker, even one
    // no rule could resolve
    if (q.from - 1 !== sent.from || !endsSentence(ctx, q.to, sent.to)) continue
    // a quoted line with no stop of its own is a heading ("“Talks are difficult” In March …")
    const last = ctx.sentenceTokens[tokens[q.to - 1]!.sentence]!
    // (a stop may sit inside a nested quote: "… say, ‘Enough.’”")
    if (!stopsAt(ctx, Math.max(q.from, q.to - 3), Math.max(last.to, q.to + 1))) continue
    const prev = [...out]
      .filter((d) => d.sentence < s && d.sentence >= s - 2)
      .sort((a, b) => b.sentence - a.sentence)[0]
    // a quotation or a cue in a sentence between belongs to someone the rules may have missed
    if (!prev || spokenBetween(ctx, ctx.sentenceTokens[prev.sentence]!.to, sent.from)) continue
    // a quote over several sentences whose own cue after it names someone else ("“…,” said Jo
    // Vell's agent, Ana Kell") is theirs, even where no rule read that cue
    if (namesOther(ctx, q.to, last.to, prev)) continue
    out.push({
      sentence: s,
      speaker: null,
      inherit: prev,
      cue: prev.cue,
      content,
      mode: 'direct',
      rule: 'floating-quote',
      confidence: 0.6,
    })
  }
}

function spokenBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (ctx.inQuote[k]! >= 0 || ctx.lex.verbs.has(ctx.tokens[k]!.lower)) return true
  return false
}

/** Is there a full stop, question or exclamation mark from token k to the sentence's end? */
function stopsAt(ctx: Context, k: number, end: number): boolean {
  for (end = Math.min(end, ctx.tokens.length); k < end; k++)
    if (/^[.!?…,]/.test(ctx.tokens[k]!.text)) return true
  return false
}

/** Only closing punctuation from the quote's closing mark to the sentence's end. */
/**
 * Does a person or body other than the statement's speaker appear in tokens [from, to), and
 * the speaker not (other than as a possessor: "Jo Vell's agent, Ana Kell")?
 */
function namesOther(ctx: Context, from: number, to: number, statement: Draft): boolean {
  let d: Draft = statement
  while (!d.speaker && d.inherit) d = d.inherit
  const own = new Set<string>()
  if (d.speaker)
    for (let k = d.speaker.from; k < d.speaker.to; k++) {
      const mi = ctx.mentionAt[k]!
      own.add(ctx.tokens[k]!.text)
      if (mi >= 0) own.add(ctx.mentions[mi]!.entityKey)
    }
  let other = false
  for (let k = from; k < to; k++) {
    const mi = ctx.mentionAt[k]!
    const t = ctx.tokens[k]!
    if (mi >= 0) {
      const m = ctx.mentions[mi]!
      if (own.has(m.entityKey)) {
        const after = ctx.tokens[m.to]?.text ?? ''
        if (!/^['’]s?$/.test(after)) return false
      } else if (m.type === 'person' || m.type === 'organization') other = true
      k = m.to - 1
      continue
    }
    // a name the entities missed ("said von der Kell"), not a word ("Foreign Affairs")
    if (
      t.upper &&
      !t.punct &&
      t.text.length > 2 &&
      !own.has(t.text) &&
      !ctx.lex.pronouns.has(t.lower) &&
      !isTitle(t.text) &&
      !isEnglishWord(t.lower)
    )
      other = true
  }
  return other
}

function endsSentence(ctx: Context, close: number, end: number): boolean {
  for (let k = close + 1; k < end; k++) if (!ctx.tokens[k]!.punct) return false
  return true
}

function findThat(ctx: Context, from: number, to: number): number {
  // "they say, a stark fact that X acknowledged": "that" opens a clause about the fact
  if (ctx.tokens[from]?.text === ',' && /^an?$/.test(ctx.tokens[from + 1]?.lower ?? '')) return -1
  let comma = false
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!
    // ("said later that day the …": "that day" is a time, the content follows it)
    if (t.lower === 'that' && THAT_TIMES.has(ctx.tokens[k + 1]?.lower ?? '')) {
      k++
      continue
    }
    if (t.lower === 'that') return k
    // ("at the close of the alliance’s summit that …": a possessive is no stop, but "the
    // congressman's assertion that …" is a noun's clause)
    if (t.lower === "'s" || t.lower === '’s') {
      if (ctx.lex.nouns.has(ctx.tokens[k + 1]?.lower ?? '')) return -1
      continue
    }
    if (t.punct && t.text !== ',') return -1
    if (t.text === ',') comma = true
    // "wrote to the UN this summer claiming that …": the participle says how it was written
    // ("…, while acknowledging that …" is a clause of its own)
    if (
      !comma &&
      t.lower.endsWith('ing') &&
      ctx.lex.verbs.has(t.lower) &&
      ctx.tokens[k + 1]?.lower === 'that'
    )
      return k + 1
    // "said Wednesday, as local media reported that …": that "that" is the other cue's
    // ("said in a report that …": after a determiner the word is a noun)
    if (ctx.lex.verbs.has(t.lower) && !afterDeterminer(ctx, k)) return -1
  }
  return -1
}

const THAT_TIMES = new Set([
  'day',
  'night',
  'morning',
  'afternoon',
  'evening',
  'week',
  'month',
  'year',
])

const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our'])

/** "a report", "its latest report": a determiner, perhaps with an adjective of reports between. */
function afterDeterminer(ctx: Context, k: number): boolean {
  const one = ctx.tokens[k - 1]?.lower ?? ''
  if (NOUN_DETERMINERS.has(one)) return true
  return REPORT_ADJECTIVES.has(one) && NOUN_DETERMINERS.has(ctx.tokens[k - 2]?.lower ?? '')
}

const REPORT_ADJECTIVES = new Set(['latest', 'new', 'own', 'annual', 'weekly', 'daily', 'recent'])

/** Does a time expression start at token k? */
export function isTimeAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]
  return t !== undefined && ctx.times.some((x) => x.start === t.start)
}

export function skipTime(ctx: Context, k: number): number {
  const t = ctx.tokens[k]!
  const x = ctx.times.find((y) => y.start === t.start)!
  while (k < ctx.tokens.length && ctx.tokens[k]!.start < x.end) k++
  return k
}

/** Content ends at the sentence's end or where a participle or "according to" starts another statement. */
/** A speech verb's finite form: past ("stated", "said") or present ("says"), else null. */
function verbForm(w: string): 'past' | 'present' | null {
  if (w.endsWith('ed') || IRREGULAR_SPEECH_PAST.has(w)) return 'past'
  return w.endsWith('s') && !w.endsWith('ss') ? 'present' : null
}
const IRREGULAR_SPEECH_PAST = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'held'])

function cutContent(ctx: Context, from: number, to: number): number {
  const { tokens } = ctx
  // a "sentence" this long is text without stops: no statement runs that far
  if (to - from > MAX_CONTENT) return from
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!
    if (ctx.inQuote[k]! >= 0) continue
    // `…, an observer said.`: the rest is another speaker's attribution of the clause
    const prev = tokens[k - 1]!
    const afterComma =
      prev.text === ',' || (isClosingQuote(prev.text) && tokens[k - 2]?.text === ',')
    if (afterComma && (trailingAttribution(ctx, k, to) || joinedAttribution(ctx, k, to)))
      return prev.text === ',' ? k - 1 : k
    // "… in the region - said the minister" or "- the minister added": dashes set off speech
    if (DASHES.has(t.text) && t.start > prev.end && tokens[k + 1]?.start !== t.end) {
      const n = tokens[k + 1]
      const cue = n !== undefined && ctx.lex.verbs.has(n.lower) && !n.lower.endsWith('ing')
      if (cue || trailingAttribution(ctx, k + 1, to)) return k
    }
    // "reported X but did not specify …", "claimed X but provided no evidence": what the speaker
    // did not do is the writer's remark, not part of what was said
    if (t.lower === 'but' && speakerOmission(tokens, k + 1)) return prev.text === ',' ? k - 1 : k
    // "…, but ISW cannot verify …", "…, and we have not seen …": the writer's own voice
    if (afterComma && WRITER_JOINS.has(t.lower) && writerAt(ctx, k + 1))
      return prev.text === ',' ? k - 1 : k
    // "…, and Prime Minister Jo Vell this week announced …": another speaker's statement
    if (
      prev.text === ',' &&
      (t.lower === 'and' || t.lower === 'but') &&
      speakerNext(ctx, k + 1, to)
    )
      return k - 1
    // ", rejecting claims …": any speech participle after a comma starts its own statement
    const participle = t.lower.endsWith('ing') && ctx.lex.verbs.has(t.lower)
    if (
      (CUT_AT.has(t.lower) || participle) &&
      (tokens[k - 1]!.text === ',' || t.lower === 'according' || t.lower === 'amid')
    )
      return tokens[k - 1]!.text === ',' ? k - 1 : k
    // "… the situation with a spokesman saying …": the spokesman's statement is his own
    if (participle && k - 1 > from) {
      const own = withSubject(ctx, k, from + 1)
      if (own) return tokens[own.from - 2]?.text === ',' ? own.from - 2 : own.from - 1
    }
  }
  return to
}

/** Does a speaker's subject open at `from`, with its speech verb within eight words? */
function speakerNext(ctx: Context, from: number, to: number): boolean {
  for (let v = from + 1; v < Math.min(to, from + 9); v++) {
    const t = ctx.tokens[v]!
    if (t.punct || ctx.inQuote[v]! >= 0) return false
    if (!ctx.lex.verbs.has(t.lower) || t.lower.endsWith('ing')) continue
    const sp = subjectBefore(ctx, v, from)
    if (!sp || sp.negated || sp.from !== from) return false
    // a name, not "and the bridge was later reported …"
    for (let k = sp.from; k < sp.to; k++) if (ctx.mentionAt[k]! >= 0) return true
    return false
  }
  return false
}

// "…, but ISW cannot …", "…, and ISW has previously reported …"
const WRITER_JOINS = new Set(['but', 'though', 'and'])

/** "did not specify", "provided no evidence", "declined to say": the speaker left it out. */
function speakerOmission(tokens: Context['tokens'], k: number): boolean {
  const a = tokens[k]?.lower ?? ''
  const b = tokens[k + 1]?.lower ?? ''
  if ((a === 'did' || a === 'has' || a === 'have' || a === 'had') && (b === 'not' || b === "n't"))
    return OMITTED.has(tokens[k + 2]?.lower ?? '')
  if (a === "didn't") return OMITTED.has(b)
  return (OMITTING.has(a) && b === 'no') || a === 'declined' || a === 'without'
}
const OMITTED = new Set([
  'specify',
  'say',
  'provide',
  'offer',
  'give',
  'elaborate',
  'differentiate',
  'identify',
  'name',
  'explain',
  'comment',
  'clarify',
  'detail',
  'disclose',
  'present',
])
const OMITTING = new Set(['provided', 'gave', 'offered', 'presented', 'cited'])

/** Does the writer speak at k: the outlet by name, or "we" outside a quotation? */
function writerAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]
  if (!t || ctx.inQuote[k]! >= 0) return false
  if (t.lower === 'we') return true
  const mi = ctx.mentionAt[k]!
  if (mi < 0) return false
  const e = ctx.entities.get(ctx.mentions[mi]!.entityKey)
  if (!e) return false
  if (e.type === 'outlet') return true
  // "ISW" for the Institute for the Study of War that publishes the piece
  for (const o of ctx.entities.values()) {
    if (o.type !== 'outlet') continue
    const initials = o.name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('')
    if (e.name === o.name || (initials.length >= 2 && e.name === initials)) return true
  }
  return false
}

const NOT_SUBJECT = new Set([
  'despite',
  'contrary',
  'amid',
  'including',
  'unlike',
  'following',
  'for',
])
const CLAUSE_OPENERS = new Set([
  ...SUBORDINATORS,
  'after',
  'before',
  'as',
  'until',
  'and',
  'but',
  'or',
  'so',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'that',
])

/** Do tokens from `k` read "and spokesman Jo Doe said that …" or "and said …": another statement? */
function joinedAttribution(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx
  if (!JOINERS.has(tokens[k]!.lower)) return false
  const first = tokens[k + 1]
  if (!first || first.punct || /ly$/.test(first.lower)) return false
  // "…, and said it was confident …": the same speaker's next statement
  // ("…, and state company executives" is a noun phrase: the verb must be a finite form)
  if (ctx.lex.verbs.has(first.lower)) return FINITE.test(first.lower) && first.lower !== 'states'
  for (let j = k + 2; j < Math.min(end, k + 10); j++) {
    const t = tokens[j]!
    if (t.punct && !/^['’]s$/.test(t.text)) return false
    if (!ctx.lex.verbs.has(t.lower)) continue
    if (t.lower.endsWith('ing') || NOUN_BEFORE.has(tokens[j - 1]!.lower)) return false
    const n = tokens[j + 1]?.lower ?? ''
    return n === 'that' || n === ':' || isTimeAt(ctx, j + 1)
  }
  return false
}

const JOINERS = new Set(['and', 'but', 'while', 'whereas'])
const FINITE = /(?:ed|s|^said|^told|^wrote|^thought)$/

/** Do tokens from `k` read "the agency said" up to the sentence's end (or a time or place)? */
function trailingAttribution(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx
  // "…, after the ministry announced this week" and "…, despite official claims to the contrary"
  // are phrases of their own, not an attribution
  const first = tokens[k]!.lower
  if (CLAUSE_OPENERS.has(first) || PREPS.has(first) || NOT_SUBJECT.has(first)) return false
  for (let j = k; j < Math.min(end, k + 9); j++) {
    const t = tokens[j]!
    if (t.punct && !/^['’]s$/.test(t.text)) return false
    // "…, Bravo and Charlie as the ministry said" is still a list
    if (j > k && CLAUSE_OPENERS.has(t.lower) && t.lower !== 'and' && t.lower !== 'or') return false
    if (!ctx.lex.verbs.has(t.lower)) continue
    if (j === k || t.lower.endsWith('ing')) return false
    const n = j + 1
    return (
      n >= end || isClosingPunct(tokens[n]!.text) || isTimeAt(ctx, n) || adjunctToEnd(ctx, n, end)
    )
  }
  return false
}

/** Drops trailing punctuation from a content span; a closing quote mark stays with its quotation. */
function trimContent(ctx: Context, span: TokSpan): TokSpan {
  let { from, to } = span
  const { tokens } = ctx
  while (
    to > from &&
    tokens[to - 1]!.punct &&
    // "Disney+" keeps its plus
    !['”', '"', '’', "'", ')', '%', '$', '+'].includes(tokens[to - 1]!.text)
  )
    to--
  while (to > from && [',', ';', ':'].includes(tokens[to - 1]!.text)) to--
  return { from, to }
}

/** Reported content holding a quoted fragment is mixed. */
function modeOf(ctx: Context, span: TokSpan): Mode {
  for (let k = span.from; k < span.to; k++) if (ctx.inQuote[k]! >= 0) return 'mixed'
  return 'reported'
}
