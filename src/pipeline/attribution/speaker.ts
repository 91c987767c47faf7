import { readFileSync } from 'node:fs'
import { isPossessiveS } from '../language/entities/normalize.js'
import { lexicon } from '../language/lexicon.js'
import type { ArticleEntity, EntityType, Token } from '../language/types.js'
import { type Context, inTime, type TokenMention } from './context.js'
import type { Statement } from './types.js'

export const SPEAKER_NOUNS = new Set(
  readFileSync(new URL('./data/speaker-nouns.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')),
)

// words that may sit between a subject and its verb: "has also said", "had earlier claimed"
const BETWEEN = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'also',
  'previously',
  'repeatedly',
  'later',
  'earlier',
  'again',
  'already',
  'then',
  'now',
  'since',
  'once',
  'had',
  'reportedly',
  'publicly',
  'openly',
  'privately',
  'separately',
  'quickly',
  'immediately',
  'swiftly',
  'further',
  'first',
  'initially',
  'subsequently',
  'recently',
  'officially',
  'explicitly',
  'flatly',
  'strongly',
  'categorically',
  'not',
  'never',
])
const STOP = new Set([
  'and',
  'but',
  'or',
  'while',
  'as',
  'after',
  'before',
  'when',
  'because',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'if',
  'though',
  'although',
  'since',
  'where',
  'than',
  'amid',
  // "when even some diplomats warned": a focus word before the phrase
  'even',
  // "unclear why a Kremlin official announced …": a question word opens a clause of its own
  'why',
  'how',
  'whether',
])
export const ARTICLES = new Set(['the', 'a', 'an'])
// words that grade an unnamed speaker: "a senior official", "an unnamed source"
const GRADES = new Set([
  'senior',
  'top',
  'unnamed',
  'anonymous',
  'another',
  'former',
  'high-ranking',
  'high-level',
  'independent',
])
// nouns that "state" modifies as owner: "state department", "state media"
export const STATE_NOUNS = new Set([
  'department',
  'media',
  'television',
  'tv',
  'news',
  'agency',
  'broadcaster',
  'company',
  'companies',
  'officials',
  'secretary',
  'duma',
  'council',
  'prosecutors',
  'security',
  'enterprise',
  'enterprises',
  'corporation',
  'outlet',
  'outlets',
  'channel',
  'channels',
])
// single title words, with and without their period ("Gen.", "Mayor")
const TITLES = new Set([...lexicon().titles.values()].flat().flat())

/** A title word before a name: "General", "Gen.", "Colonel-General" (each part a title). */
export function isTitle(text: string): boolean {
  return (
    TITLES.has(text) ||
    TITLES.has(`${text}.`) ||
    (text.includes('-') && text.split('-').every((p) => TITLES.has(p)))
  )
}

const ROLE_LIKE = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'president',
  'governor',
  'mayor',
  'commander',
  'leader',
  'head',
  'chief',
  'official',
  'analyst',
  'general',
  'colonel',
  'captain',
  'senator',
  'lawyer',
  'prosecutor',
  'diplomat',
  'officer',
  'activist',
  'journalist',
  'reporter',
  'correspondent',
  'blogger',
])
const SUBJECT_BLOCKERS = new Set([
  'in',
  'on',
  'at',
  'with',
  'by',
  'from',
  'for',
  'of',
  'to',
  'into',
  'through',
  'during',
  'under',
  'over',
  'about',
  'against',
  'among',
  'between',
  'via',
  'than',
  'like',
  // "Russian efforts around X indicate", "reporting from within X claimed"
  'around',
  'within',
  'near',
  'inside',
  'outside',
  'across',
  'throughout',
  'toward',
  'towards',
  'beyond',
])
const PREPS_AFTER = new Set([
  'of',
  'in',
  'on',
  'at',
  'for',
  'from',
  'to',
  'with',
  'by',
  'over',
  'near',
])
const NEGATION = new Set(['not', 'never', "n't", 'no'])

// people named by their tie to a body who do not speak for it
const OUTSIDERS = new Set([
  'relatives',
  'families',
  'family',
  'residents',
  'critics',
  'opponents',
  'victims',
  'friends',
  'neighbours',
  'neighbors',
  'observers',
  'experts',
  'analysts',
  'people',
])

// where or how something was said, between a subject and its cue: "the army in a statement said"
const MEDIUM_PREPS = new Set(['in', 'at', 'during', 'on', 'via', 'through'])
const MEDIA = new Set([
  'statement',
  'statements',
  'post',
  'posts',
  'interview',
  'conference',
  'briefing',
  'speech',
  'address',
  'message',
  'video',
  'letter',
  'tweet',
  'broadcast',
  'remarks',
  'comments',
  'hearing',
  'call',
  'appearance',
  'update',
  'report',
  'summary',
  'release',
  'email',
  'memo',
  'filing',
])

/** Where a "in a Facebook post" that ends at `last` begins, or -1. */
export function mediumAdjunctEndingAt(ctx: Context, last: number, floor: number): number {
  const { tokens } = ctx
  if (!MEDIA.has(tokens[last]!.lower)) return -1
  for (let k = last - 1; k > floor && k >= last - 6; k--) {
    const t = tokens[k]!
    if (MEDIUM_PREPS.has(t.lower)) return k
    if ((t.punct && !/^['’]s$/.test(t.text)) || ctx.lex.verbs.has(t.lower)) return -1
  }
  return -1
}

export interface TokSpan {
  from: number
  to: number
}

/** "The ministry falsely claimed": an adverb of manner between the subject and its cue. */
export function mannerAdverb(t: Token): boolean {
  return (
    !t.upper &&
    t.lower.length >= 6 &&
    t.lower.endsWith('ly') &&
    !LY_NOUNS.has(t.lower) &&
    !WRITER_GUESSES.has(t.lower)
  )
}

// "X likely maintains …": the writer's guess about the speaker, not a report of speech
const WRITER_GUESSES = new Set(['likely', 'apparently', 'probably', 'possibly', 'presumably'])

// nouns that end like adverbs: "the family said", "the assembly voted"
const LY_NOUNS = new Set([
  'family',
  'assembly',
  'supply',
  'anomaly',
  'monopoly',
  'butterfly',
  'homily',
  'jelly',
  'belly',
  'bully',
  'rally',
  'reply',
  'italy',
])

/** The subject just before a cue: skip auxiliaries, adverbs and a time phrase, then take the noun phrase. */
export function subjectBefore(
  ctx: Context,
  cue: number,
  floor: number,
): (TokSpan & { negated: boolean }) | null {
  const { tokens } = ctx
  let p = cue - 1
  let negated = false
  let bracketed = false
  while (p >= floor) {
    const t = tokens[p]!
    if (BETWEEN.has(t.lower) || t.lower === "n't" || mannerAdverb(t)) {
      if (NEGATION.has(t.lower)) negated = true
      p--
      continue
    }
    const time = ctx.times.find((x) => x.end === t.end)
    if (time && time.start >= tokens[floor]!.start) {
      while (p >= floor && tokens[p]!.start >= time.start) p--
      continue
    }
    const medium = mediumAdjunctEndingAt(ctx, p, floor)
    if (medium >= 0) {
      p = medium - 1
      continue
    }
    // "the Ministry of Defense (MoD) claimed": the short form in brackets after a name, before
    // a cue that can only be a verb ("Russia's Gross Domestic Product (GDP) estimate" is none)
    if (
      t.text === ')' &&
      tokens[p - 2]?.text === '(' &&
      p - 3 >= floor &&
      shortForm(tokens[p - 1]!) &&
      inflected(tokens[cue]!)
    ) {
      p -= 3
      bracketed = true
      continue
    }
    break
  }
  if (p < floor) return null
  // "X, a close ally of Y, has vowed", "X, the former president of Y, said": the name before the
  // apposition speaks, not the name inside it (a description the article resolves still does)
  if (tokens[p]!.text === ',') {
    // "Other nations, including A, B and C, have accused": the phrase before the list
    for (let k = p - 1; k > floor && k >= p - 20; k--)
      if (tokens[k]!.text === ',' && LIST_OPENERS.has(tokens[k + 1]!.lower)) {
        const head = nounPhraseEndingAt(ctx, k - 1, floor)
        return head ? { ...head, negated } : null
      }
    // "Jo Vell, who left his home in X, Y to fight, said": a "who" clause with commas of its
    // own; the phrase before it speaks
    for (let k = p - 1; k > floor && k >= p - 30; k--)
      if (tokens[k]!.text === ',' && tokens[k + 1]!.lower === 'who') {
        // ("Officials in Vell, Northland, who …, confirmed": an address before the clause)
        const city = addressBefore(ctx, k)
        const located = city && postModified(ctx, city.to - 1, floor)
        if (located) return { from: located.from, to: k, negated }
        let inner = false
        for (let j = k + 2; j < p && !inner; j++) inner = tokens[j]!.text === ','
        if (!inner) break
        const np = nounPhraseEndingAt(ctx, k - 1, floor)
        // ("In a letter to Jo Vell, who …, and Ana Kell, …, said": the object of a preposition)
        if (!np || SUBJECT_BLOCKERS.has(tokens[np.from - 1]?.lower ?? '')) return null
        return { ...np, negated }
      }
    // "Officials in Kharkiv, Ukraine, confirmed": the region after a city is part of an
    // address, not the speaker ("researchers in Greenbelt, Maryland, confirmed" either)
    const city = addressBefore(ctx, p)
    if (city) {
      const inner = postModified(ctx, city.to - 1, floor)
      if (inner) return { from: inner.from, to: p, negated }
      // "Paul Wallace of Long Beach, Calif., admits"
      const of = city.from - 1
      const pi = ctx.mentionAt[of - 1] ?? -1
      if (
        (tokens[of]?.lower === 'of' || tokens[of]?.lower === 'from') &&
        pi >= 0 &&
        ctx.mentions[pi]!.to === of &&
        ctx.mentions[pi]!.type === 'person' &&
        ctx.mentions[pi]!.from >= floor
      )
        return { from: ctx.mentions[pi]!.from, to: p, negated }
      // "Jo Vell, 28, a soldier speaking from Derik, Syria, said": the person the apposition
      // that holds the address describes
      for (let k = city.from - 2; k > floor && k >= p - 24; k--) {
        if (tokens[k]!.text !== ',') continue
        const mi = ctx.mentionAt[k - 1]!
        if (mi < 0 || ctx.mentions[mi]!.to !== k || ctx.mentions[mi]!.type !== 'person') continue
        const np = nounPhraseEndingAt(ctx, k - 1, floor)
        return np ? { ...np, negated } : null
      }
      return null
    }
    const named = namedBeforeApposition(ctx, p, floor)
    if (named) return { ...named, negated }
  }
  // "Jo Vell, 31, who works at a port in X said": the person before an unclosed "who" clause
  const rel =
    tokens[p]!.text === ',' || tokens[cue]!.lower.endsWith('ing')
      ? -1
      : openRelativeSubject(ctx, p, floor)
  if (rel >= 0) return { from: rel, to: p + 1, negated }
  let found = nounPhraseEndingAt(ctx, p, floor)
  // "… not likely to alter the campaign, noted X": a phrase before ", cue" that no comma opens
  // is the end of a clause, not an apposition
  if (
    found &&
    tokens[p]!.text === ',' &&
    found.from > floor &&
    ctx.lex.verbs.has(tokens[found.from - 1]!.lower) === false &&
    /^\p{Ll}+$/u.test(tokens[found.from - 1]!.text) &&
    !ARTICLES.has(tokens[found.from - 1]!.lower) &&
    // ("Maiduguri resident Jo Vell, said")
    !SPEAKER_NOUNS.has(tokens[found.from - 1]!.lower)
  )
    found = null
  // "The website, citing anonymous officials, reported": the website speaks, citing its source
  if (found && tokens[p]!.text === ',') {
    const at = CITING.has(tokens[found.from]!.lower)
      ? found.from
      : CITING.has(tokens[found.from - 1]?.lower ?? '')
        ? found.from - 1
        : -1
    if (at >= 0 && tokens[at - 1]?.text === ',' && at - 2 >= floor)
      found = nounPhraseEndingAt(ctx, at - 2, floor)
  }
  // "X (ABC) and Y (DEF) said": a coordination of bracketed names is not read
  if (
    bracketed &&
    found &&
    COORDINATORS.has(tokens[found.from - 1]?.lower ?? '') &&
    tokens[found.from - 2]?.text === ')'
  )
    return null
  let np = found && withCoordinate(ctx, found, floor)
  // "In a statement posted …": a phrase after a preposition is no subject
  if (np && np.from > floor && SUBJECT_BLOCKERS.has(tokens[np.from - 1]!.lower)) return null
  // "In a statement posted on X": a phrase that opens on a preposition is none either, but
  // "In a stark message the department said" has its subject after the adjunct ("with X
  // saying": a participle's own subject keeps the preposition, which its rule takes off)
  if (np && SUBJECT_BLOCKERS.has(tokens[np.from]!.lower) && !tokens[cue]!.lower.endsWith('ing')) {
    let j = np.to - 1
    while (
      j > np.from + 1 &&
      !(
        ARTICLES.has(tokens[j]!.lower) &&
        !tokens[j - 1]!.punct &&
        !ARTICLES.has(tokens[j - 1]!.lower) &&
        !SUBJECT_BLOCKERS.has(tokens[j - 1]!.lower)
      )
    )
      j--
    if (j <= np.from + 1) return null
    np = { ...np, from: j }
  }
  // "the family of a man jailed for fighting Northland forces has said": the object of a
  // gerund is no subject
  if (np && np.from - 1 > floor && gerundObject(ctx, np.from)) return null
  // "…, pushing back on recent media reports": a participle opens no subject
  if (
    np &&
    /^\p{Ll}+ing$/u.test(tokens[np.from]!.text) &&
    !SPEAKER_NOUNS.has(tokens[np.from]!.lower)
  )
    return null
  if (np) return { ...np, negated }
  // "X, speaking on condition of anonymity, said" / "X, who resigned last week, said"
  if (tokens[p]!.text === ',') {
    for (let k = p - 1; k >= Math.max(floor, p - 14); k--) {
      if (tokens[k]!.text !== ',') continue
      // "…, the worst area being Vell, where no one could leave, said X": a place before its
      // relative clause is no speaker
      if (
        RELATIVE_ADVERBS.has(tokens[k + 1]?.lower ?? '') &&
        barePlace(ctx, ctx.mentionAt[k - 1]!, k, floor)
      )
        return null
      // "…, which involved X agencies, will prove useful, said Y": a predicate, not an aside
      if (PREDICATE_OPENERS.has(tokens[k + 1]?.lower ?? '')) return null
      // "the judge who sentenced X, Jo A. Doe, said": the name set off is the speaker's
      if (givenNameRun(ctx, k + 1, p)) return { from: k + 1, to: p, negated }
      const inner = nounPhraseEndingAt(ctx, k - 1, floor)
      // "Jo Vell, the head of the agency, which …, said": the person the description is set
      // off after
      let c = k - 1
      while (c > floor && k - c < 16 && tokens[c]!.text !== ',') c--
      const ni =
        inner && tokens[c]?.text === ',' && ARTICLES.has(tokens[c + 1]?.lower ?? '')
          ? ctx.mentionAt[c - 1]!
          : -1
      const named = ni >= 0 ? ctx.mentions[ni]! : null
      if (named && named.type === 'person' && named.to === c && named.from >= floor)
        return { from: named.from, to: p, negated }
      return inner ? { ...inner, negated } : null
    }
  }
  return null
}

/**
 * Where the person named before ", who" begins, when that relative clause runs on to the
 * cue with no comma to close it ("Jo Vell, 31, who works in X said"), or -1.
 */
function openRelativeSubject(ctx: Context, p: number, floor: number): number {
  const { tokens } = ctx
  // the clause ends in a noun of its own ("who said", "who has often said": the cue is its verb)
  const end = tokens[p]!
  if (
    ctx.lex.verbs.has(end.lower) ||
    ctx.lex.pronouns.has(end.lower) ||
    FINITE_AUXILIARIES.has(end.lower) ||
    BETWEEN.has(end.lower) ||
    /^\p{Ll}+ly$/u.test(end.text)
  )
    return -1
  for (let k = p - 2; k > floor + 1 && k >= p - 20; k--) {
    const t = tokens[k]!
    if (t.lower === 'who' && tokens[k - 1]!.text === ',') {
      // an object or a setting of its own: "who works at the airport"
      let object = false
      for (let j = k + 2; j <= p && !object; j++)
        object = ARTICLES.has(tokens[j]!.lower) || PREPOSITIONS.has(tokens[j]!.lower)
      if (!object) return -1
      let e = k - 2
      // "Jo Vell, 31, who": an age set off after the name
      if (/^\d+$/.test(tokens[e]!.text) && tokens[e - 1]?.text === ',') e -= 2
      const mi = ctx.mentionAt[e] ?? -1
      const m = mi >= 0 ? ctx.mentions[mi]! : null
      return m && m.to === e + 1 && m.type === 'person' && m.from >= floor ? m.from : -1
    }
    if (t.punct && !/^['’]s$/.test(t.text) && t.text !== '-') return -1
  }
  return -1
}

/** The city mention of "City, Region" that ends just before the comma at `comma`, if any. */
function addressBefore(ctx: Context, comma: number) {
  const place = (k: number) => {
    const mi = ctx.mentionAt[k] ?? -1
    const m = mi >= 0 ? ctx.mentions[mi]! : undefined
    return m && m.to === k + 1 && m.entityKey?.startsWith('place:') ? m : undefined
  }
  // "Long Beach, Calif.,", "Myrtle Beach, S.C.,": a state's abbreviation
  const t = ctx.tokens
  const abbreviated =
    t[comma - 1]?.text === '.' && /^\p{Lu}\p{Ll}{1,4}$/u.test(t[comma - 2]?.text ?? '')
      ? comma - 2
      : /^(?:\p{Lu}\.){2}$/u.test(t[comma - 1]?.text ?? '')
        ? comma - 1
        : -1
  const region = abbreviated >= 0 ? { from: abbreviated } : place(comma - 1)
  if (!region || t[region.from - 1]?.text !== ',') return undefined
  return place(region.from - 2)
}

const MEMBERS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'representatives',
])

/** "claimed", "says", "said": a verb form no noun shares. */
function inflected(t: Token): boolean {
  return /(?:ed|s)$/.test(t.lower) || IRREGULAR_PAST.has(t.lower)
}

const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'wrote',
  'thought',
  'held',
  'found',
  'swore',
  'knew',
])

/** "MoD", "GUR", "U.N.": a body's short form, as written in brackets after its name. */
function shortForm(t: Token): boolean {
  return t.text.length <= 8 && /^\p{Lu}[\p{L}.]*\p{Lu}[\p{L}.]*$/u.test(t.text)
}

function gerundObject(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k - 1]!
  const g = t.lower
  if (!/[a-z]ing$/.test(g)) return false
  // "despite being the envoy in X, said": what follows a copula is its complement
  if (g === 'being' || SUBJECT_BLOCKERS.has(ctx.tokens[k - 2]!.lower)) return true
  // "attempts targeting pro-Northland officials suggest": a noun's participle takes an object
  return !t.upper && g.length > 5 && !ING_NOUNS.has(g) && /^\p{Ll}/u.test(ctx.tokens[k - 2]!.text)
}

// words in -ing that are nouns or prepositions, after which a subject may follow
const ING_NOUNS = new Set([
  'morning',
  'evening',
  'meeting',
  'briefing',
  'building',
  'wedding',
  'nothing',
  'something',
  'anything',
  'everything',
  'during',
  'according',
  'following',
  'including',
  'regarding',
])

/** A description the article resolves ("the founder of the group") that ends just before `to`. */
function descriptionEndingAt(ctx: Context, to: number, floor: number): TokSpan | undefined {
  for (const d of ctx.descriptionAt.values()) if (d.to === to && d.from >= floor) return d
  return undefined
}

/** The named subject of "X, <apposition>," where `close` is the comma after the apposition. */
const CITING = new Set(['citing', 'quoting'])
const LEGAL_FORMS = new Set(['Inc', 'Ltd', 'LLC', 'LLP', 'Corp', 'plc', 'PLC', 'GmbH', 'AG'])

function namedBeforeApposition(ctx: Context, close: number, floor: number): TokSpan | null {
  if (descriptionEndingAt(ctx, close, floor)) return null
  for (let k = close - 1; k > floor && k >= close - 14; k--) {
    // "Jo Doe, Vice President of Sales for Acme, Inc., said": the comma of a legal form
    if (ctx.tokens[k]!.text !== ',' || LEGAL_FORMS.has(ctx.tokens[k + 1]!.text)) continue
    const mi = ctx.mentionAt[k - 1]!
    // "Vell, where no one could leave, said X": a place before its relative clause
    if (RELATIVE_ADVERBS.has(ctx.tokens[k + 1]!.lower) && barePlace(ctx, mi, k, floor)) return null
    // a description ("the former president of …", "Northland's foreign minister"), not a name
    // ("The head of X, Jo Doe, said"); but a person's capitalised office after the person's
    // name is a description too ("Jo Doe, First Deputy Minister of Foreign Affairs, said")
    if (ctx.tokens[k + 1]!.upper && ctx.tokens[close - 1]!.upper) {
      const ai = ctx.mentionAt[close - 1]!
      const person = mi >= 0 && ctx.mentions[mi]!.type === 'person'
      if (!person || (ai >= 0 && ctx.mentions[ai]!.type === 'person')) return null
      // "the judge who sentenced Mr. X, Jo A. Doe, said": a given name opening a run of names
      // and initials is the speaker's name, even where the entities missed it
      if (givenNameRun(ctx, k + 1, close)) return null
    }
    if (mi < 0 || ctx.mentions[mi]!.to !== k) return null
    const np = nounPhraseEndingAt(ctx, k - 1, floor)
    // "the family of Jo Doe, a rabbi, announced": the family speaks, not Jo Doe
    const of = np ? np.from - 1 : -1
    if (np && of - 1 >= floor && ctx.tokens[of]!.lower === 'of') {
      const noun = ctx.tokens[of - 1]!.lower
      if (OUTSIDERS.has(noun))
        return {
          from: of - 2 >= floor && ARTICLES.has(ctx.tokens[of - 2]!.lower) ? of - 2 : of - 1,
          to: np.to,
        }
    }
    return np
  }
  return null
}

/**
 * Tokens [from, to): capitalised words, initials and stops only, opening on a known given name
 * or holding a middle initial ("Jo A. Doe").
 */
function givenNameRun(ctx: Context, from: number, to: number): boolean {
  const { tokens } = ctx
  let initial = false
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    if (!t.upper && t.text !== '.') return false
    if (k > from && /^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.text === '.') initial = true
  }
  return initial || lexicon().givenNames.has(tokens[from]!.text)
}

/**
 * "Ambassador Jo Vell, an envoy at the UN," "The Northland Agency (NA), a watchdog that oversees
 * the treaty,": the name just before a description set off by a comma and an article heads the
 * phrase, whatever the description names.
 */
function nameBeforeDescription(ctx: Context, span: TokSpan, last: number): TokenMention | null {
  const { tokens } = ctx
  for (let k = span.from + 1; k < last; k++) {
    if (tokens[k]!.text !== ',' || !ARTICLES.has(tokens[k + 1]?.text ?? '')) continue
    let e = k - 1
    while (e > span.from && (tokens[e]!.text === '.' || tokens[e]!.text === ')')) e--
    // "(NA)": the short form in brackets after the name
    if (tokens[e + 1]?.text === ')' && tokens[e - 1]?.text === '(') e -= 2
    const mi = ctx.mentionAt[e]!
    const m = mi >= 0 ? ctx.mentions[mi]! : null
    return m && m.type !== 'place' ? m : null
  }
  return null
}

/**
 * "Ukrainian and Russian sources", "Zelensky and Biden": two names joined by "and" or "or" speak
 * together, so the phrase takes in the first one too (and resolves to neither).
 */
function withCoordinate(ctx: Context, np: TokSpan, floor: number): TokSpan {
  const { tokens } = ctx
  const j = np.from - 1
  if (j - 1 < floor || !COORDINATORS.has(tokens[j]!.lower)) return np
  const prev = tokens[j - 1]!
  // "his family and Northland news outlets": a speaker noun before the joiner is the first one
  if (!prev.upper && SPEAKER_NOUNS.has(prev.lower) && tokens[np.from]!.upper) {
    const left = nounPhraseEndingAt(ctx, j - 1, floor)
    return left ? { from: left.from, to: np.to } : np
  }
  if (!prev.upper || prev.punct || !tokens[np.from]!.upper) return np
  const mi = ctx.mentionAt[j - 1]!
  const from = mi >= 0 && ctx.mentions[mi]!.to === j ? ctx.mentions[mi]!.from : j - 1
  return from >= floor ? { from, to: np.to } : np
}

const COORDINATORS = new Set(['and', 'or', '&'])

/** Is there a top-level "X and Y" in the phrase (two capitalised words around the joiner)? */
function isCoordinated(ctx: Context, span: TokSpan): boolean {
  const { tokens } = ctx
  for (let k = span.from + 1; k < span.to - 1; k++) {
    if (!COORDINATORS.has(tokens[k]!.lower) || ctx.mentionAt[k]! >= 0) continue
    if (tokens[k - 1]!.upper && tokens[k + 1]!.upper) return true
    // "his family and Northland news outlets": a name after the coordinator is the second one
    const mi = ctx.mentionAt[k + 1]!
    if (mi >= 0 && ctx.mentions[mi]!.from === k + 1) return true
  }
  return false
}

/** A noun phrase that ends at token `last`, or null when none can be a speaker. */
export function nounPhraseEndingAt(ctx: Context, last: number, floor: number): TokSpan | null {
  const { tokens } = ctx
  let end = last
  // "X, the founder of Y, said": the apposition's description names the speaker
  if (tokens[end]!.text === ',' && end > floor) end--
  const d = descriptionEndingAt(ctx, end + 1, floor)
  if (d) return { from: d.from, to: d.to }
  const mi = ctx.mentionAt[end]!
  if (mi >= 0) {
    const m = ctx.mentions[mi]!
    if (m.to === end + 1 && m.from >= floor) {
      // "a spokesman for the Kremlin", "officials of X": the phrase before the name heads it
      let from = extendLeftOverHead(ctx, m.from, floor)
      // "Britain's prime minister": an office named after its country's possessive keeps it
      if (from === m.from && ctx.entities.get(m.entityKey)?.why.rule === 'demonym+office') {
        const owner = ctx.mentionAt[from - 2] ?? -1
        if (owner >= 0 && isPossessiveS(tokens[from - 1]!.text)) {
          const o = ctx.mentions[owner]!
          if (o.to === from - 1 && o.from >= floor) from = o.from
        }
      }
      // titles and roles written before the name belong to the phrase: "Mayor Jane Roe", "the spokesman Jo Bloggs"
      while (from - 1 >= floor && m.from - from < 5 && isTitleWord(ctx, from - 1)) from--
      // "the Minister of National Defense Jo Doe": an office "of" a body, then the name
      const titled = from
      from = officeOfBefore(ctx, from, floor)
      // "Rostov Oblast Governor Jo Vell", "Homeland Security Secretary Jo Vell": the place or
      // body the title is of, named just before it, belongs to the phrase
      if (from === titled && from < m.from && from - 1 >= floor) {
        const bi = ctx.mentionAt[from - 1]!
        const b = bi >= 0 ? ctx.mentions[bi]! : null
        if (
          b &&
          b.to === from &&
          b.from >= floor &&
          (b.type === 'place' || b.type === 'organization') &&
          // (not the object of an office's own preposition: "Spokesperson for the Eastern
          // Group of Forces Colonel Jo Vell")
          (b.from === floor ||
            tokens[b.from - 1]!.punct ||
            (ARTICLES.has(tokens[b.from - 1]!.lower) &&
              !OFFICE_PREPOSITIONS.has(tokens[b.from - 2]?.lower ?? '')))
        )
          from = b.from
      }
      // "the foreign ministry spokesperson Jo Doe": words before a role say whose role it is
      // (a phrase that opens on its article has no such words: "despite being the envoy in X")
      if (from < m.from && !tokens[from]!.upper && !ARTICLES.has(tokens[from]!.lower)) {
        let k = from
        while (k - 1 >= floor && from - k < 3 && officeModifier(ctx, k - 1)) k--
        // "Kremlin spokesman Jo Doe", "British defence minister Jo Doe", "Northland's foreign
        // minister Jo Doe": a name, a demonym or a possessive before the office says whose it is
        let c = k
        if (c - 2 >= floor && isPossessiveS(tokens[c - 1]!.text) && namePart(ctx, c - 2)) c -= 2
        else while (c - 1 >= floor && k - c < 2 && namePart(ctx, c - 1)) c--
        const opens = (j: number) =>
          j === floor || ARTICLES.has(tokens[j - 1]!.lower) || tokens[j - 1]!.punct
        if (c < k && opens(c)) from = c
        else if (k < from && (k === floor || ARTICLES.has(tokens[k - 1]!.lower))) from = k
      }
      // "a senior US defense official": the words that grade the speaker are part of the phrase
      while (from - 1 >= floor && from > m.from - 3 && GRADES.has(tokens[from - 1]!.lower)) from--
      if (from - 1 >= floor && ARTICLES.has(tokens[from - 1]!.lower)) from--
      return { from, to: end + 1 }
    }
  }
  const t = tokens[end]!
  if (ctx.lex.pronouns.has(t.lower)) return { from: end, to: end + 1 }
  if (!SPEAKER_NOUNS.has(t.lower)) return postModified(ctx, end, floor)
  let from = end
  let words = 0
  // six words, or ten with a possessive inside ("the head of Britain's foreign intelligence
  // service"); an auxiliary ends the phrase ("… was a board member")
  let reach = 6
  while (from - 1 >= floor && words < reach) {
    const u = tokens[from - 1]!
    if (u.punct && !/^['’]s$/.test(u.text) && u.text !== '-') break
    // "WASHINGTON (Reuters) - The senator": a hyphen with spaces round it is a dash
    // ("high -ranking", glued on one side, is still a hyphen)
    if (u.text === '-' && u.end < tokens[from]!.start && u.start > (tokens[from - 2]?.end ?? -1))
      break
    const owner = u.lower === 'state' && STATE_NOUNS.has(tokens[from]!.lower)
    if (STOP.has(u.lower) || (ctx.lex.verbs.has(u.lower) && !owner)) break
    if (FINITE_AUXILIARIES.has(u.lower)) break
    // "sent to the site directly from a source": an adverb before a preposition ends it
    if (/[a-z]ly$/.test(u.text) && !LY_NOUNS.has(u.lower) && PREPOSITIONS.has(tokens[from]!.lower))
      break
    if (from - 1 > floor && gerundObject(ctx, from)) break
    if (/^['’]s$/.test(u.text)) reach = 10
    from--
    words++
  }
  // "one of the senior officials": the quantifier heads the phrase; a bare "of …" heads nothing
  if (tokens[from]!.lower === 'of') {
    if (from - 1 >= floor && QUANTIFIERS.has(tokens[from - 1]!.lower)) from--
    else from++
  }
  return from <= end ? { from, to: end + 1 } : null
}

/** Finite auxiliaries: a noun phrase does not run over one, and a source holding one is a clause. */
export const FINITE_AUXILIARIES = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
])

const QUANTIFIERS = new Set([
  'one',
  'two',
  'three',
  'some',
  'many',
  'several',
  'most',
  'none',
  'each',
  'all',
  'few',
  'any',
  'both',
  'either',
  'neither',
])

/**
 * A speaker noun with a short phrase after it: "sources familiar with the matter",
 * "people close to the talks", "officials in the region".
 */
function postModified(ctx: Context, end: number, floor: number): TokSpan | null {
  const { tokens } = ctx
  for (let k = end - 1; k >= Math.max(floor, end - 7); k--) {
    const t = tokens[k]!
    if (t.punct || STOP.has(t.lower) || ctx.lex.verbs.has(t.lower)) return null
    if (!SPEAKER_NOUNS.has(t.lower) || !POST_MODIFIER.has(tokens[k + 1]!.lower)) continue
    let from = k
    while (
      from - 1 >= floor &&
      from > k - 3 &&
      !tokens[from - 1]!.punct &&
      !STOP.has(tokens[from - 1]!.lower) &&
      !ctx.lex.verbs.has(tokens[from - 1]!.lower)
    )
      from--
    return { from, to: end + 1 }
  }
  return null
}

const OFFICE_PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'in', 'on', 'from', 'with'])

const POST_MODIFIER = new Set([
  'familiar',
  'close',
  'briefed',
  'with',
  'in',
  'at',
  'from',
  'for',
  'of',
  'on',
  'inside',
  'near',
  'involved',
  'knowledgeable',
  'based',
])

// capitalised at a sentence's start, no part of a name: "Meanwhile, …", "Also …"
const SENTENCE_ADVERBS = new Set(
  'meanwhile also however then now still yet so thus instead later earlier separately similarly likewise'.split(
    ' ',
  ),
)

/** A capitalised word that is no verb and no part of a time: "Kremlin", "British". */
function namePart(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!
  return (
    t.upper &&
    !t.punct &&
    !STOP.has(t.lower) &&
    !SENTENCE_ADVERBS.has(t.lower) &&
    !ARTICLES.has(t.lower) &&
    !ctx.lex.verbs.has(t.lower) &&
    !inTime(ctx, k)
  )
}

/** A lower-case word that can stand before a role noun: "foreign", "ministry", "press". */
function officeModifier(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!
  return (
    /^[a-z][a-z-]*$/.test(t.text) &&
    !STOP.has(t.lower) &&
    !ARTICLES.has(t.lower) &&
    !PREPOSITIONS.has(t.lower) &&
    !ctx.lex.verbs.has(t.lower) &&
    !ctx.lex.pronouns.has(t.lower)
  )
}

const PREPOSITIONS = new Set(['of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'about'])

/** Where "Minister of National Defense" begins before `from` (up to four capitalised words after "of"), or `from`. */
function officeOfBefore(ctx: Context, from: number, floor: number): number {
  const { tokens } = ctx
  let k = from - 1
  while (k >= floor && from - k <= 4 && tokens[k]!.upper && !tokens[k]!.punct) k--
  // "Head of the committee Jo Doe": the body may be a mention in lower case
  const body = ctx.mentionAt[from - 1] ?? -1
  if (k === from - 1 && body >= 0 && ctx.mentions[body]!.to === from) {
    const b = ctx.mentions[body]!
    if (b.from - 1 >= floor && from - b.from <= 4 && tokens[b.from - 1]!.lower === 'of')
      k = b.from - 1
  } else if (k === from - 1) {
    // or plain words after an article ("Head of the committee Jo Doe")
    let j = from - 1
    while (j >= floor && from - j <= 3 && officeModifier(ctx, j)) j--
    if (
      j < from - 1 &&
      j - 1 >= floor &&
      tokens[j]!.lower === 'the' &&
      tokens[j - 1]!.lower === 'of'
    )
      k = j - 1
  }
  // "Minister of Defence Jo Doe": the title words after "of" may already be in the phrase
  const taken = isTitleWord(ctx, from) && tokens[from]!.upper && tokens[k - 1]?.upper === true
  if (
    (k === from - 1 && !taken) ||
    k - 1 < floor ||
    tokens[k]?.lower !== 'of' ||
    !isTitleWord(ctx, k - 1)
  )
    return from
  // "US Secretary of State X", "Deputy Ukrainian Minister of Defense X": whose office it is
  const owner = (j: number) =>
    namePart(ctx, j) ||
    isTitleWord(ctx, j) ||
    // "United States": a capitalised verb form inside a name
    (tokens[j]!.upper && j - 1 >= floor && namePart(ctx, j - 1))
  let office = k - 1
  for (;;) {
    let start = office
    while (start - 1 >= floor && isTitleWord(ctx, start - 1)) start--
    let c = start
    while (c - 1 >= floor && start - c < 3 && owner(c - 1)) c--
    const before = ARTICLES.has(tokens[c - 1]?.lower ?? '') ? c - 2 : c - 1
    // "Chairman of the Joint Chiefs of Staff Gen. X": an office of an office is still his
    if (before - 1 >= floor && tokens[before]!.lower === 'of' && isTitleWord(ctx, before - 1)) {
      office = before - 1
      continue
    }
    // ("Advisor to the Mayor of X Jo Doe": an office after a preposition is someone else's; the
    // phrase keeps the name alone)
    if (before >= floor && OFFICE_PREPS.has(tokens[before]!.lower)) return from
    const opens = c === floor || ARTICLES.has(tokens[c - 1]!.lower) || tokens[c - 1]!.punct
    return opens ? c : start
  }
}
const OFFICE_PREPS = new Set(['to', 'of', 'for', 'by', 'with', 'from', 'at', 'in', 'on'])

function isTitleWord(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!
  if (t.text === '.') return k > 0 && TITLES.has(`${ctx.tokens[k - 1]!.text}.`)
  return (
    (t.upper && (TITLES.has(t.text) || TITLES.has(`${t.text}.`))) ||
    // "the Joint Chiefs of Staff": a title's plural before "of" in a body's name
    (t.upper &&
      t.text.endsWith('s') &&
      ctx.tokens[k + 1]?.lower === 'of' &&
      TITLES.has(t.text.slice(0, -1))) ||
    (!t.upper && SPEAKER_NOUNS.has(t.lower) && ROLE_LIKE.has(t.lower))
  )
}

function extendLeftOverHead(ctx: Context, name: number, floor: number): number {
  const { tokens } = ctx
  // "the governor of the Luhansk region": an article may stand between
  const from = ARTICLES.has(tokens[name - 1]?.lower ?? '') ? name - 1 : name
  const prep = tokens[from - 1]
  // ("officials in X": whom they speak for is left to resolveSpeaker)
  if (!prep || from - 1 < floor || !['for', 'of', 'at', 'from', 'in'].includes(prep.lower))
    return name
  // "Jo Vell of the University of Leeds": a person named before "of" heads the phrase
  const pi = ctx.mentionAt[from - 2] ?? -1
  if ((prep.lower === 'of' || prep.lower === 'at') && pi >= 0) {
    const pm = ctx.mentions[pi]!
    if (pm.to === from - 1 && pm.from >= floor) {
      if (pm.type === 'person' && prep.lower === 'of') return pm.from
      // ("X of the Astronomy Center at the University of Y": the body's own "of" before it)
      if (pm.type === 'organization' && prep.lower === 'at') {
        const outer = extendLeftOverHead(ctx, pm.from, floor)
        if (outer < pm.from && ctx.mentions[ctx.mentionAt[outer]!]?.type === 'person') return outer
      }
    }
  }
  let k = from - 2
  while (k >= floor && !tokens[k]!.punct && !STOP.has(tokens[k]!.lower) && from - k < 6) {
    if (SPEAKER_NOUNS.has(tokens[k]!.lower)) {
      let start = k
      while (
        start - 1 >= floor &&
        [
          'a',
          'an',
          'the',
          'one',
          'two',
          'senior',
          'top',
          'chief',
          'deputy',
          'press',
          'military',
          'foreign',
          'defence',
          'defense',
          'ministry',
        ].includes(tokens[start - 1]!.lower)
      )
        start--
      // "the Russian embassy at the UN": a demonym or name before the head belongs to it
      let named = start
      while (
        named - 1 >= floor &&
        start - named < 2 &&
        tokens[named - 1]!.upper &&
        !tokens[named - 1]!.punct &&
        !ctx.lex.verbs.has(tokens[named - 1]!.lower)
      )
        named--
      // ("that Northland forces in X confirmed": a clause's first word opens it too)
      if (
        named < start &&
        (named === floor ||
          ARTICLES.has(tokens[named - 1]!.lower) ||
          tokens[named - 1]!.punct ||
          STOP.has(tokens[named - 1]!.lower))
      )
        start =
          ARTICLES.has(tokens[named - 1]?.lower ?? '') && named - 1 >= floor ? named - 1 : named
      // "the office of the Prosecutor General of X": a head may have a head of its own
      return extendLeftOverHead(ctx, start, floor)
    }
    k--
  }
  return name
}

/** A noun phrase starting at token `first` ("said Jane Doe, a spokeswoman"), up to a comma or the end. */
export function nounPhraseStartingAt(ctx: Context, first: number, ceil: number): TokSpan | null {
  const { tokens } = ctx
  const t = tokens[first]
  if (!t || first >= ceil) return null
  // "…, said in a video interview from Kyiv": a setting, not a speaker
  if (SUBJECT_BLOCKERS.has(t.lower)) return null
  const mi = ctx.mentionAt[first]!
  const d = ctx.descriptionAt.get(first)
  if (d && d.to <= ceil) return { from: d.from, to: d.to }
  if (mi >= 0 && ctx.mentions[mi]!.from === first) {
    let to = Math.min(ceil, ctx.mentions[mi]!.to)
    // "said White House Press Secretary Jo Vell": the office holder named after the body speaks
    const holder = titledPersonAt(ctx, to, ceil)
    if (holder) return { from: first, to: holder }
    // "Southland rebels": a name used as a modifier of the head noun after it; "Jo Vell's
    // lawyer", "Woods’ agent": the possessor's people speak, not the possessor
    const own = possessiveAt(ctx, to)
    const start = own ? to + 1 : to
    // ("noted Northland TV’s Jo Vell": the person named after the possessive)
    const named = own ? personEndingFrom(ctx, start, ceil) : -1
    if (named > 0) return { from: first, to: named }
    let k = start
    while (
      k < ceil &&
      k - to < 3 &&
      !tokens[k]!.upper &&
      !tokens[k]!.punct &&
      !STOP.has(tokens[k]!.lower) &&
      !ctx.lex.verbs.has(tokens[k]!.lower) &&
      !PREPS_AFTER.has(tokens[k]!.lower)
    )
      k++
    const head = k > start && SPEAKER_NOUNS.has(tokens[k - 1]!.lower)
    if (own && !head) return null
    if (head) {
      // "said Northland spokesperson Jo Vell": the name after the role is the speaker's
      const end = personEndingFrom(ctx, k, ceil)
      to = end > 0 ? end : k
    }
    return { from: first, to }
  }
  if (ctx.lex.pronouns.has(t.lower)) return { from: first, to: first + 1 }
  let to = first
  while (to < ceil && to - first < 8) {
    const u = tokens[to]!
    // "Rear Adm. Jo Vell", "retired Gen. Jo Vell": the stop of a title, or of an abbreviation
    // in a run of capitalised words, stays inside the phrase ("signed by Mr. X" ends before it)
    const abbreviation =
      u.text === '.' &&
      to > first &&
      ((lexicon().titles.has(`${tokens[to - 1]!.text}.`) &&
        !['Mr', 'Mrs', 'Ms'].includes(tokens[to - 1]!.text)) ||
        tokens.slice(first, to).every((w) => w.upper || w.text === '.')) &&
      tokens[to - 1]!.end === u.start &&
      /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[to - 1]!.text) &&
      tokens[to + 1]?.upper === true
    if (u.punct && !/^['’]s$/.test(u.text) && !abbreviation) break
    // "…, said all five are still in Qatar": a clause, not a speaker
    if (STOP.has(u.lower) || FINITE_AUXILIARIES.has(u.lower)) break
    // "the President of the United States": a capital inside a name is no verb
    if (to > first && ctx.lex.verbs.has(u.lower) && !(u.upper && ctx.mentionAt[to]! >= 0)) break
    // "said Jane Roe in an interview" and "said Jane Roe in Warsaw": the phrase ends before a
    // setting ("sources in the ministry" are the ministry's)
    if (to > first && SETTING_PREPS.has(u.lower) && setting(ctx, to)) break
    // "said Jo Vell's mother to CNN": the listener is no part of the speaker
    if (to > first && u.lower === 'to' && listenerAt(ctx, to + 1)) break
    // "According to three outlets an unknown number of …": an article after the speaker's noun
    // opens the next phrase (the comma left out)
    if (to > first && ARTICLES.has(u.lower) && SPEAKER_NOUNS.has(tokens[to - 1]!.lower)) break
    to++
  }
  if (to === first) return null
  const head = tokens[to - 1]!.lower
  const hasMention = ctx.mentionAt[to - 1]! >= 0
  return hasMention || SPEAKER_NOUNS.has(head) ? { from: first, to } : null
}

/** Where a person's name that starts at token j ends (within ceil), or -1. */
function personEndingFrom(ctx: Context, j: number, ceil: number): number {
  // ("expert Dr Jo Vell", "spokesman Maj. Gen. Jo Vell": titles before the name)
  for (let n = 0; n < 3 && j < ceil && isTitleWord(ctx, j) && ctx.mentionAt[j]! < 0; n++)
    j += ctx.tokens[j + 1]?.text === '.' ? 2 : 1
  const mi = ctx.mentionAt[j] ?? -1
  const m = mi >= 0 ? ctx.mentions[mi]! : null
  return m && m.type === 'person' && m.from === j && m.to <= ceil ? m.to : -1
}

/** Is token k the possessive after a name: "'s", or an apostrophe glued to a plural in s? */
function possessiveAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]
  if (!t) return false
  if (isPossessiveS(t.text)) return true
  const prev = ctx.tokens[k - 1]
  return (
    (t.text === '’' || t.text === "'") &&
    prev !== undefined &&
    prev.end === t.start &&
    /s$/.test(prev.text) &&
    ctx.inQuote[k] === ctx.inQuote[k - 1]
  )
}

/** "reporters", "CNN": whom a speaker talks to. */
export function listenerAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]
  if (!t) return false
  if (LISTENERS.has(t.lower)) return true
  const mi = ctx.mentionAt[k]!
  return mi >= 0 && ctx.mentions[mi]!.type === 'outlet'
}
const LISTENERS = new Set(['reporters', 'journalists', 'lawmakers'])

const SETTING_PREPS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'from'])

/**
 * The end of a person's name after up to four capitalised title words at `k` ("Press Secretary
 * Jo Vell", "Rear Adm. Jo Vell"), or 0.
 */
export function titledPersonAt(ctx: Context, k: number, ceil: number): number {
  const { tokens } = ctx
  let j = k
  while (j < ceil && j - k < 5 && ctx.mentionAt[j]! < 0) {
    const t = tokens[j]!
    const stop = t.text === '.' && j > k && tokens[j - 1]!.end === t.start
    if (!stop && (!t.upper || t.punct)) return 0
    j++
  }
  const m = ctx.mentions[ctx.mentionAt[j] ?? -1]
  return j > k && m && m.from === j && m.type === 'person' ? Math.min(ceil, m.to) : 0
}

function setting(ctx: Context, k: number): boolean {
  const next = ctx.tokens[k + 1]?.lower
  if (ctx.tokens[k]!.lower === 'during' || next === 'a' || next === 'an') return true
  const mi = ctx.mentionAt[k - 1]!
  return mi >= 0 && ctx.mentions[mi]!.type === 'person'
}

/** Who a speaker span is: the entity it names, the antecedent of a pronoun, or no one known. */
export function resolveSpeaker(ctx: Context, span: TokSpan): NonNullable<Statement['speaker']> {
  const { tokens, text } = ctx
  const start = tokens[span.from]!.start
  const end = tokens[span.to - 1]!.end
  const base = { text: text.slice(start, end), start, end }
  const d = ctx.descriptionAt.get(span.from)
  if (d && d.to === span.to) return { ...base, entityKey: d.entityKey, resolvedBy: 'description' }
  // "Jane Roe, who said": the relative pronoun is the phrase before it
  if (span.to - span.from === 1 && RELATIVES.has(tokens[span.from]!.lower)) {
    const np = relativeAntecedent(ctx, span)
    const r = np ? resolveSpeaker(ctx, np) : null
    return { ...base, entityKey: r?.entityKey ?? null, resolvedBy: 'relative' }
  }
  // two speakers at once are neither one of them (nor one side)
  if (isCoordinated(ctx, span)) return { ...base, entityKey: null, resolvedBy: 'coordinated' }
  // the mention that ends the phrase is its head: "a spokesman for the Kremlin" is the Kremlin's
  let best: TokenMention | null = null
  // only a name that heads the phrase speaks: "Northland officials" are not Northland
  let last = span.to - 1
  while (last > span.from && ctx.tokens[last]!.punct) last--
  // "the Ministry of Defense (MoD)": the name before a short form in brackets that names
  // no entity of its own heads it
  if (
    tokens[last + 1]?.text === ')' &&
    tokens[last - 1]?.text === '(' &&
    last - 2 > span.from &&
    ctx.mentionAt[last]! < 0
  ) {
    last -= 2
    while (last > span.from && ctx.tokens[last]!.punct) last--
  }
  const mi = ctx.mentionAt[last]!
  // "Jane Doe, head of the agency," is Jane Doe and "Beijing, a partner of Russia," is Beijing:
  // a name before its apposition heads the phrase
  // ("Gen. Jo Vell, then chairman of …,": a title before the name opens the phrase)
  // ("former Gov. Jo Vell of X": so does a word that dates the office)
  let first = span.from
  while (
    first < last &&
    ((tokens[first]!.upper && isTitle(tokens[first]!.text) && ctx.mentionAt[first]! < 0) ||
      OFFICE_TIMES.has(tokens[first]!.text))
  )
    first += tokens[first + 1]?.text === '.' ? 2 : 1
  const fi = ctx.mentionAt[first]!
  const named = fi >= 0 ? ctx.mentions[fi]! : null
  const apposed =
    named !== null &&
    named.from === first &&
    named.to < last &&
    ((tokens[named.to]?.text === ',' &&
      (named.type === 'person' ||
        (ARTICLES.has(tokens[named.to + 1]?.lower ?? '') && ofBeforeLast(ctx, span.from, last)))) ||
      // "Jo Vell of the University of Leeds" is Jo Vell
      (tokens[named.to]?.lower === 'of' && named.type === 'person'))
  const head = apposed ? named : nameBeforeDescription(ctx, span, last)
  if (head) best = head
  else if (mi >= 0) {
    const m = ctx.mentions[mi]!
    // "the mayor of Kherson" is not the city; "a spokesman for the Kremlin" speaks for it
    const before = ARTICLES.has(ctx.tokens[m.from - 1]?.lower ?? '') ? m.from - 2 : m.from - 1
    const headed =
      before >= span.from &&
      ['of', 'for', 'from', 'in', 'at'].includes(ctx.tokens[before]?.lower ?? '')
    // "the ambassador to Poland" does not speak for Poland
    const addressee = before >= span.from && ctx.tokens[before]?.lower === 'to'
    const place = m.type === 'place' && ctx.entities.get(m.entityKey)?.geo?.kind !== 'country'
    // "relatives of the regiment" ("of Northland's regiment") do not speak for it
    let k = m.from - 1
    while (k > span.from && /^(?:[A-Z0-9]|['’]s$|the$)/.test(ctx.tokens[k]!.text)) k--
    const outsiders =
      k - 1 >= span.from &&
      ctx.tokens[k]?.lower === 'of' &&
      OUTSIDERS.has(ctx.tokens[k - 1]?.lower ?? '')
    // "an adviser to President Jane Roe" is not Jane Roe
    const served = m.type === 'person' && k - 1 >= span.from && attendant(ctx, m, SERVANTS)
    // "the Russian embassy at the UN" is Russia's, not the UN's
    const hosted =
      headed &&
      ['at', 'in', 'to'].includes(ctx.tokens[before]!.lower) &&
      MISSIONS.has(ctx.tokens[before - 1]?.lower ?? '')
    // "a former head of the army" no longer speaks for it
    let former = false
    for (let j = span.from; j < m.from && headed; j++)
      if (FORMER.has(tokens[j]!.lower)) former = true
    // "a former Northland official" no longer speaks for Northland either
    if (
      m.type === 'group' &&
      FORMER.has(tokens[m.from - 1]?.lower ?? '') &&
      m.from - 1 >= span.from
    )
      former = true
    // "sources in Northland", "a plumber from Vell, Northland,": where a speaker is, or comes
    // from, is not whom the speaker speaks for
    // ("a service in Latin America": a "person" after "in" is a place the lists lack)
    const locative =
      m.type === 'place'
        ? locatedAt(ctx, m, span.from)
        : m.type === 'person' && headed && LOCATED.has(ctx.tokens[before]!.lower)
          ? before
          : -1
    const located = locative >= 0
    if (
      m.from >= span.from &&
      m.to === last + 1 &&
      !(headed && place) &&
      !located &&
      !outsiders &&
      !addressee &&
      !served &&
      !former &&
      !hosted
    )
      best = m
    else if (hosted) {
      const oi = ctx.mentionAt[before - 1]!
      const own = oi >= 0 ? ctx.mentions[oi]! : null
      if (own && own.to === before && own.from >= span.from) best = own
    } else if (m.to === last + 1 && (located || (headed && place))) {
      // "Northland forces in Vell", "the Northland embassy in Vell": the body before the place
      const prep = located ? locative : before
      const oi = ctx.mentionAt[prep - 1] ?? -1
      const own = oi >= 0 ? ctx.mentions[oi]! : null
      // (only the phrase's first name: "Jo Vell (R), now running for the Senate in X" is Jo
      // Vell's, and "the X Institute in Vell and the Y Centre in Kas" two bodies)
      let first = true
      for (let j = span.from; j < (own?.from ?? 0) && first; j++)
        first = ctx.mentionAt[j]! < 0 && !tokens[j]!.punct && !COORDINATORS.has(tokens[j]!.lower)
      if (
        own &&
        first &&
        own.to === prep &&
        own.from >= span.from &&
        (own.type === 'group' || own.type === 'organization')
      )
        best = own
    }
  }
  // "Kremlin officials", "a Pentagon spokesman": a body's own people speak for it
  // ("an independent Northland media source" is not the state's media)
  if (
    !best &&
    MEMBERS.has(tokens[last]!.lower) &&
    last > span.from &&
    tokens[last - 1]!.lower !== 'media'
  ) {
    const bi = ctx.mentionAt[last - 1]!
    const b = bi >= 0 ? ctx.mentions[bi]! : null
    if (b && b.to === last && b.from >= span.from && b.type === 'organization')
      return { ...base, entityKey: b.entityKey, resolvedBy: 'member-of-body' }
  }
  // "Northland's infrastructure ministry", "Northland's general staff": a country's own body or
  // office speaks for it (not "Northland's critics")
  if (!best && STATE_BODIES.has(tokens[last]!.lower)) {
    const ci = ctx.mentionAt[span.from]!
    const c = ci >= 0 ? ctx.mentions[ci]! : null
    if (
      c &&
      c.from === span.from &&
      c.type === 'place' &&
      isCountry(ctx, c.entityKey) &&
      possessiveAt(ctx, c.to) &&
      last - c.to <= 4
    ) {
      let plain = true
      for (let j = c.to + 1; j < last && plain; j++)
        plain = /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]!.text)
      if (plain) return { ...base, entityKey: c.entityKey, resolvedBy: 'country-body' }
    }
  }
  if (best) {
    // a town does not speak; a capital does, for its government ("Moscow said"). "Bishop
    // said" with no full name anywhere is a surname the gazetteer also knows as a town
    const e = best.type === 'place' ? ctx.entities.get(best.entityKey) : undefined
    if (e?.geo?.kind === 'city' && e.affiliationWhy?.rule !== 'capital-city')
      return { ...base, entityKey: null, resolvedBy: 'unresolved:town' }
    return {
      ...base,
      entityKey: best.entityKey,
      resolvedBy: best.kind === 'reference' ? 'reference' : 'mention',
    }
  }
  if (span.to - span.from === 1) {
    const p = tokens[span.from]!.lower
    const types = ctx.lex.pronouns.get(p)
    if (types) {
      if (p === 'we' || p === 'i') {
        const quoted = ctx.inQuote[span.from]! >= 0
        if (!quoted && p === 'we' && ctx.outletKey)
          return { ...base, entityKey: ctx.outletKey, resolvedBy: 'outlet-voice' }
        // an "I" outside quotation marks is the writer, whom the text does not name
        if (!quoted && p === 'i') return { ...base, entityKey: null, resolvedBy: 'writer' }
      }
      const ante = antecedent(ctx, start, types, p === 'they', PRONOUN_GENDER[p])
      if (ante) return { ...base, entityKey: ante.entityKey, resolvedBy: `pronoun:${p}` }
    }
  }
  return { ...base, entityKey: null, resolvedBy: 'unresolved' }
}

const RELATIVE_ADVERBS = new Set(['where', 'when'])
const LIST_OPENERS = new Set(['including', 'among', 'like'])
const PREDICATE_OPENERS = new Set([
  ...FINITE_AUXILIARIES,
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
])

/** Is the phrase ending before the comma at `comma` only a place's name ("the Vell region")? */
function barePlace(ctx: Context, mi: number, comma: number, floor: number): boolean {
  const m = mi >= 0 ? ctx.mentions[mi]! : null
  if (m?.type !== 'place' || m.to !== comma) return false
  const np = nounPhraseEndingAt(ctx, comma - 1, floor)
  return !np || np.from >= m.from - 1
}
const LOCATED = new Set(['in', 'at', 'inside', 'near', 'outside', 'across', 'throughout'])
// people sent from a country speak for it: "a delegation from Northland"
const ENVOYS = new Set([
  ...MEMBERS,
  'delegation',
  'delegations',
  'diplomats',
  'envoy',
  'envoys',
  'negotiators',
  'ministers',
])
// words that end the phrase before a place rather than describe it
const NOT_MODIFIERS = new Set(['of', 'for', 'to', 'by', 'with', 'and', 'or', 'who', 'that'])

/**
 * Does the place say where the speaker is or comes from ("officials in Northland", "a man from
 * Vell, Northland", "in neighbouring Northland")? An address's town comes first and the phrase
 * is located by the town. Gives the preposition's index, or -1.
 */
function locatedAt(ctx: Context, m: TokenMention, from: number): number {
  const { tokens } = ctx
  let k = m.from - 1
  let address = false
  if (tokens[k]?.text === ',') {
    const pi = ctx.mentionAt[k - 1]!
    const p = pi >= 0 ? ctx.mentions[pi]! : null
    if (p?.type !== 'place' || p.from <= from) return -1
    k = p.from - 1
    address = true
  }
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--
  for (let n = 0; n < 2 && k > from; n++) {
    const t = tokens[k]!
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || LOCATED.has(t.lower) || t.lower === 'from') break
    if (NOT_MODIFIERS.has(t.lower)) break
    k--
  }
  if (k <= from) return -1
  const prep = tokens[k]!.lower
  if (LOCATED.has(prep)) return k
  if (prep === 'from') return address || !ENVOYS.has(tokens[k - 1]?.lower ?? '') ? k : -1
  // "the city of Vell, Northland": a town's name after "of" is an address too
  return address && (prep === 'of' || prep === 'for') ? k : -1
}

// a state's bodies and offices, after its possessive: they speak for it
const STATE_BODIES = new Set([
  'ministry',
  'staff',
  'government',
  'military',
  'army',
  'navy',
  'forces',
  'officials',
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'president',
  'minister',
  'head',
  'chief',
  'general',
  'prosecutor',
  'ambassador',
  'envoy',
  'embassy',
  'parliament',
  'command',
  'service',
  'authorities',
  'council',
  'agency',
  'administration',
  'cabinet',
  'diplomats',
  'delegation',
])

// bodies sent to another: what they say is their sender's
const MISSIONS = new Set(['embassy', 'embassies', 'mission', 'missions', 'delegation', 'consulate'])

/** Is the mention that ends the phrase the object of "of" ("a partner of Russia")? */
function ofBeforeLast(ctx: Context, from: number, last: number): boolean {
  const mi = ctx.mentionAt[last]!
  if (mi < 0) return false
  const m = ctx.mentions[mi]!
  const before = ARTICLES.has(ctx.tokens[m.from - 1]?.lower ?? '') ? m.from - 2 : m.from - 1
  return before > from && ctx.tokens[before]!.lower === 'of'
}

/** The nearest earlier mention a pronoun can stand for, within three sentences. */
function antecedent(
  ctx: Context,
  offset: number,
  types: Set<EntityType>,
  plural = false,
  gender?: 'female' | 'male',
): TokenMention | null {
  const here =
    ctx.tokens[ctx.mentionAt.length ? Math.max(0, tokenIndexBefore(ctx, offset)) : 0]?.sentence ?? 0
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!
    if (m.start >= offset) continue
    if (here - ctx.tokens[m.from]!.sentence > 3) break
    if (!types.has(m.type)) continue
    if (m.type === 'place' && !isCountry(ctx, m.entityKey)) continue
    // an office with no holder named ("the Ukrainian president") stands for whoever holds it;
    // a pronoun goes on to the person the article names
    if (m.type === 'person' && ctx.entities.get(m.entityKey)?.why.rule === 'demonym+office')
      continue
    // "the kindergarten in Stanica X": a "person" after a locative is a place the lists lack
    // (only one the article never names anywhere else: "interested in McCarthy" stays)
    if (m.type === 'person' && onlyAfterLocatives(ctx, m.entityKey)) continue
    // "she" is not a man the name lists know as one, nor "he" a woman
    if (gender && m.type === 'person' && otherGender(ctx, m.entityKey, gender)) continue
    // mentions inside quotes belong to the quoted speaker's world
    if (ctx.inQuote[m.from]! >= 0 && ctx.inQuote[tokenIndexBefore(ctx, offset)]! < 0) continue
    // a line in capitals is a headline or a teaser for another story, not the narrative
    if (shouted(ctx, ctx.tokens[m.from]!.sentence)) continue
    if (plural && !nearestCollective(ctx, m, offset)) return null
    if (m.type !== 'person') return m
    const s = subjectFirst(ctx, m, i, offset, gender)
    // "He thanked Jo Vell, who …. He also said": a name that is no subject, in a sentence
    // whose subject is the same pronoun, passes the pronoun on to whom that one stands for
    if (gender && aside(ctx, s) && pronounBefore(ctx, s, gender)) continue
    // "…, according to an adviser to Jane Roe. He added …": he is the adviser, whom the text
    // does not name, not Jane Roe
    return s === m && attendant(ctx, m) ? null : s
  }
  return null
}

/** A subject pronoun of this gender, outside quotations, before the mention in its sentence. */
function pronounBefore(ctx: Context, m: TokenMention, gender: 'female' | 'male'): boolean {
  const { tokens } = ctx
  const from = ctx.sentenceTokens[tokens[m.from]!.sentence]!.from
  for (let k = from; k < m.from; k++)
    if (PRONOUN_GENDER[tokens[k]!.lower] === gender && ctx.inQuote[k]! < 0) return true
  return false
}

const LOCATIVES = new Set(['in', 'near', 'outside', 'inside'])

// per article: the entities named somewhere other than after a locative (built once)
const namedFreely = new WeakMap<Context, Set<string>>()

function onlyAfterLocatives(ctx: Context, key: string): boolean {
  let free = namedFreely.get(ctx)
  if (!free) {
    free = new Set()
    for (const m of ctx.mentions)
      if (!LOCATIVES.has(ctx.tokens[m.from - 1]?.lower ?? '')) free.add(m.entityKey)
    namedFreely.set(ctx, free)
  }
  return !free.has(key)
}

// people known by whom they serve or belong to: "an adviser to X", "a lawyer for X"
const ATTENDANTS = new Set([
  'adviser',
  'advisor',
  'aide',
  'assistant',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'lawyer',
  'attorney',
  'envoy',
  'ally',
  'associate',
  'deputy',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'mother',
  'father',
  'friend',
])

const FORMER = new Set(['former', 'ex', 'retired', 'onetime', 'erstwhile'])
/** Words that date an office before its title: "former", "then", "acting". */
export const OFFICE_TIMES = new Set([
  ...FORMER,
  ...'then acting outgoing incoming interim late current'.split(' '),
])

// a spokesman's words are his principal's; an adviser's or a wife's are their own
const SERVANTS = new Set([...ATTENDANTS].filter((w) => !w.startsWith('spokes')))

/** Is the name the object of "an adviser to …", "a spokesman for …", "the wife of …"? */
function attendant(ctx: Context, m: TokenMention, nouns = ATTENDANTS): boolean {
  let k = m.from - 1
  // past titles and articles: "an adviser to the President Jane Roe"
  while (k > 0 && /^(?:[A-Z]|the$)/.test(ctx.tokens[k]!.text)) k--
  const prep = ctx.tokens[k]?.lower
  const noun = ctx.tokens[k - 1]
  // a capitalised title ("Advisor to the Defence Minister Jo Doe") names its holder after it
  return (
    (prep === 'to' || prep === 'for' || prep === 'of') &&
    noun !== undefined &&
    !noun.upper &&
    nouns.has(noun.lower)
  )
}

/**
 * "They" stands for the named collective only when nothing else that speaks comes between:
 * "… said a western official. …, they added" is the official's, and "milbloggers noted that
 * (…, they say …)" the milbloggers', whatever group the article named before them.
 */
function nearestCollective(ctx: Context, m: TokenMention, offset: number): boolean {
  const at = tokenIndexBefore(ctx, offset)
  if (ctx.tokens[at]!.sentence - ctx.tokens[m.from]!.sentence > 2) return false
  for (let k = m.to; k < at; k++) {
    const t = ctx.tokens[k]!
    if (SPEAKER_NOUNS.has(t.lower) && ctx.mentionAt[k]! < 0) return false
  }
  return true
}

/**
 * "X spoke with the journalist Y. … he said": of the people named in the sentence that holds
 * the nearest candidate, the first one outside a prepositional phrase is the likelier
 * antecedent (the subject), not the nearest.
 */
function subjectFirst(
  ctx: Context,
  nearest: TokenMention,
  at: number,
  offset: number,
  gender?: 'female' | 'male',
): TokenMention {
  if (!aside(ctx, nearest)) return nearest
  const sentence = ctx.tokens[nearest.from]!.sentence
  for (let i = at - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!
    if (ctx.tokens[m.from]!.sentence !== sentence) break
    if (m.start >= offset || m.type !== 'person' || m.entityKey === nearest.entityKey) continue
    if (ctx.inQuote[m.from]! >= 0 || aside(ctx, m)) continue
    if (gender && otherGender(ctx, m.entityKey, gender)) continue
    // the earliest such person wins, so keep looking further back
    nearest = m
  }
  return nearest
}

const OBLIQUE = new Set([
  'with',
  'to',
  'by',
  'from',
  'for',
  'of',
  'at',
  'on',
  'in',
  'about',
  'against',
  'and',
])

/**
 * A name that is no subject: inside a prepositional phrase, the owner in "X's comments", or
 * what someone is compared with ("Trump is like George Patton. He …").
 */
function aside(ctx: Context, m: TokenMention): boolean {
  const next = ctx.tokens[m.to]?.text
  return (
    next === "'s" ||
    next === '’s' ||
    oblique(ctx, m.from) ||
    COMPARED.has(ctx.tokens[m.from - 1]?.lower ?? '') ||
    objectOfVerb(ctx, m.from)
  )
}

/**
 * "X, who calls Trump a sociopath, said …": a name right after a verb (in -s or -ed, and no
 * speech verb, after which a name may be the speaker: "said Jo Vell") is its object.
 */
function objectOfVerb(ctx: Context, k: number): boolean {
  return (
    otherVerbAt(ctx, k - 1, /[a-z]{2}(?:[^s']s|ed)$/) && !ADDRESSED.has(ctx.tokens[k - 1]!.lower)
  )
}

/**
 * Token `k` is a lower-case word shaped like a verb (by `form`) that is no speech verb or
 * noun: the verb a name after it is the object of.
 */
export function otherVerbAt(ctx: Context, k: number, form: RegExp): boolean {
  const v = ctx.tokens[k]
  return (
    v !== undefined &&
    !v.upper &&
    !v.punct &&
    form.test(v.lower) &&
    !ctx.lex.verbs.has(v.lower) &&
    !ctx.lex.nouns.has(v.lower)
  )
}
// "Amanpour asked Zelensky about …. He said": whom these address is who answers next
const ADDRESSED = new Set(
  'asked asks pressed presses questioned interviewed steered urged invited challenged contacted prompted'.split(
    ' ',
  ),
)
const COMPARED = new Set(['like', 'unlike', 'than'])

/** Is the name at token `k` inside a prepositional phrase ("with the journalist X")? */
function oblique(ctx: Context, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const t = ctx.tokens[j]!
    if (t.punct && t.text !== "'s" && t.text !== '’s') return false
    if (OBLIQUE.has(t.lower)) return true
  }
  return false
}

const PRONOUN_GENDER: Record<string, 'female' | 'male'> = { he: 'male', she: 'female' }

function otherGender(ctx: Context, key: string, gender: 'female' | 'male'): boolean {
  const e = ctx.entities.get(key)
  const first = e?.name.split(' ')[0]
  const g = (first ? lexicon().gender.get(first) : undefined) ?? honorificGender(ctx, e)
  return g !== undefined && g !== gender
}

/** "Mr. Bout" is a man and "Ms. Griner" a woman, whatever their given names. */
function honorificGender(
  ctx: Context,
  e: ArticleEntity | undefined,
): 'female' | 'male' | undefined {
  if (!e) return undefined
  for (const m of e.mentions) {
    // the token before the mention's first, past a stop ("Mr." is "Mr" ".")
    const k = tokenIndexBefore(ctx, m.start) - 1
    const w = ctx.tokens[ctx.tokens[k]?.text === '.' ? k - 1 : k]?.lower
    if (w === 'mr') return 'male'
    if (w === 'ms' || w === 'mrs' || w === 'miss') return 'female'
  }
  return undefined
}

function shouted(ctx: Context, sentence: number): boolean {
  const { from, to } = ctx.sentenceTokens[sentence]!
  let words = 0
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!
    if (t.punct) continue
    if (t.text !== t.text.toUpperCase()) return false
    words++
  }
  return words >= 3
}

function isCountry(ctx: Context, key: string): boolean {
  return ctx.entities.get(key)?.geo?.kind === 'country'
}

function tokenIndexBefore(ctx: Context, offset: number): number {
  let lo = 0
  let hi = ctx.tokens.length - 1
  let ans = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (ctx.tokens[mid]!.start <= offset) {
      ans = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return ans
}

const RELATIVES = new Set(['who', 'which', 'that'])

/**
 * A relative pronoun stands for the noun phrase before it: "Olaf Scholz, who stressed …" is
 * Olaf Scholz. Null when there is none the speaker rules accept ("41 percent who said").
 */
export function relativeAntecedent(ctx: Context, source: TokSpan): TokSpan | null {
  const { tokens } = ctx
  if (source.to - source.from !== 1 || !RELATIVES.has(tokens[source.from]!.lower)) return source
  const floor = ctx.sentenceTokens[tokens[source.from]!.sentence]!.from
  if (source.from - 1 < floor) return null
  const np = nounPhraseEndingAt(ctx, source.from - 1, floor)
  if (!np) return null
  // a phrase that holds a verb is a clause's tail ("were also voiced by an official, who")
  for (let k = np.from; k < np.to; k++) {
    const t = tokens[k]!
    if (ctx.lex.verbs.has(t.lower) || t.lower === 'according' || (!t.upper && /ed$/.test(t.lower)))
      return null
  }
  // "relatives from Lipetsk Oblast who reported": a town or region is no relative's antecedent
  const mi = ctx.mentionAt[np.to - 1]!
  const m = mi >= 0 ? ctx.mentions[mi]! : null
  if (m && m.type === 'place' && !isCountry(ctx, m.entityKey)) return null
  return { from: np.from, to: np.to }
}
