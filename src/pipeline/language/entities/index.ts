import type { Why } from '../../clean/types.js'
import { isEnglishWord, type Lexicon, type RoleClass } from '../lexicon.js'
import type {
  ArticleEntity,
  EntityType,
  Geo,
  Mention,
  MentionKind,
  PlaceLookup,
  Sentence,
  Token,
} from '../types.js'
import { type Chunk, findChunks, splitRun } from './chunks.js'
import {
  type Classified,
  campOf,
  classifyChunk,
  isMemberNoun,
  isTitle,
  leadingNoise,
  placeBeforeName,
  SPEECH_CUES,
  titleAfterInstitution,
} from './classify.js'
import { findGroups } from './groups.js'
import { isPossessiveS, normName } from './normalize.js'
import { markedAsPlace, type Within, withinAfterComma } from './place-evidence.js'
import { distanceKm, findRelativePlaces, offset } from './relative-places.js'

interface Draft {
  key: string
  name: string
  type: EntityType
  aliases: Set<string>
  affiliation: string | null
  affiliationWhy: Why | null
  geo: Geo | null
  placeKind?: 'region' | 'city'
  mentions: (Mention & { from: number; to: number })[]
  why: Why
  /** Name tokens, for matching short forms. */
  nameTokens: string[]
  /** For people: their roles in organisations, from appositions and modifiers. */
  roles: { role: string; cls: RoleClass; org: Draft }[]
}

export interface EntityInput {
  text: string
  tokens: Token[]
  sentences: Sentence[]
  outlet: string | null
}

/** What the steps of one article's extraction share. */
interface State {
  text: string
  tokens: Token[]
  lex: Lexicon
  gaz: PlaceLookup
  lowerVocab: Set<string>
  drafts: Map<string, Draft>
  /** Token index -> the mention that starts there, to read the text around names. */
  at: Map<number, { draft: Draft; to: number }>
  covered: Uint8Array
  /**
   * A body named by common words ("Defence Ministry", "Security Council"), or an office with no
   * name ("Foreign Minister"), is a different one in each country: where its own phrase gives a
   * side ("Russia's", "Ukrainian"), the side is part of its key, so one country's ministry never
   * speaks for another's, here or across articles. Keyed by the unsided key they share.
   */
  sidedBodies: Map<string, Draft[]>
  places: { d: Draft; c: Classified }[]
}

// The steps are functions of their own rather than one body with closures: V8 compiles and, after
// a deoptimisation, recompiles each small function far faster than one large one, and an ingest
// reads every article once, so compiling is a good part of its cost.
/**
 * Finds the people, organisations, places, groups and outlets of one article, merges each
 * with its short forms and descriptions, reads their sides, and geocodes the places.
 */
export function extractEntities(
  input: EntityInput,
  lex: Lexicon,
  gaz: PlaceLookup,
): ArticleEntity[] {
  const { text, tokens, sentences } = input
  const s: State = {
    text,
    tokens,
    lex,
    gaz,
    lowerVocab: lowerVocabulary(tokens),
    drafts: new Map(),
    at: new Map(),
    covered: new Uint8Array(tokens.length),
    sidedBodies: new Map(),
    places: [],
  }
  // 1. groups with a side: "Ukrainian marines"
  addGroups(s)
  // 2. capitalised runs
  const { deferred, titleCase, towns } = addChunks(
    s,
    findChunks(text, tokens, sentences, lex, gaz, s.lowerVocab),
  )
  // 3. lone words and headline words that the rest of the article explains
  const shortIndex = shortForms(s)
  mergeTitledSurnames(s, shortIndex)
  addDeferred(s, deferred, shortIndex)
  addTowns(s, towns, shortIndex)
  const byName = knownNames(s, shortIndex)
  for (const c of titleCase) matchKnown(s, byName, c)
  mergeUnsidedBodies(s)
  addDemonymSpeakers(s)
  // 4. places: geocode with the article's countries as context
  geocode(s)
  addRelativePlaces(s)
  dropUnplacedNames(s, shortIndex)
  rekeyPlaces(s.drafts)
  // 5. definite references to organisations: "the group", "the ministry"
  addDefiniteReferences(s)
  addGroupReferences(s)
  // 6. roles: appositions and modifiers tie people to organisations
  retypeByApposition(s)
  addRoles(s)
  addAppositionSides(s)
  addTitleReferences(s)
  addOffices(s)
  // 7. the outlet speaks in its own voice even where the text never names it
  if (input.outlet) {
    const d = draftFor(
      s,
      `outlet:${normName(input.outlet)}`,
      input.outlet,
      'outlet',
      { rule: 'byline', confidence: 0.9 },
      [],
    )
    void d
  }

  return [...s.drafts.values()]
    .filter((d) => d.mentions.length > 0 || d.type === 'outlet')
    .map((d) => ({
      key: d.key,
      name: d.name,
      type: d.type,
      aliases: [...d.aliases].filter((a) => a !== d.name),
      affiliation: d.affiliation,
      affiliationWhy: d.affiliationWhy,
      geo: d.geo,
      // the fields in the order mention() wrote them, less the token range; a rest pattern copies slowly
      mentions: d.mentions
        .map(
          (m): Mention => ({
            start: m.start,
            end: m.end,
            text: m.text,
            kind: m.kind,
            rule: m.rule,
            confidence: m.confidence,
          }),
        )
        .sort((a, b) => a.start - b.start),
      why: d.why,
      ...(d.roles.length > 0 ? { memberOf: [...new Set(d.roles.map((r) => r.org.key))] } : {}),
    }))
}

/** Which capitalised words does the article also write in lower case? ("Similar", "Officials") */
function lowerVocabulary(tokens: Token[]): Set<string> {
  const capitalised = new Set<string>()
  for (const t of tokens) if (t.upper) capitalised.add(t.lower)
  const lowerVocab = new Set<string>()
  for (const t of tokens)
    if (!t.upper && !t.punct && capitalised.has(t.lower)) lowerVocab.add(t.lower)
  return lowerVocab
}

function mention(
  s: State,
  d: Draft,
  from: number,
  to: number,
  kind: MentionKind,
  rule: string,
  confidence: number,
) {
  const { tokens, covered } = s
  // a description holds other names ("the head of X Group"), so it may cover them
  if (kind === 'description') {
    if (d.mentions.some((m) => m.from < to && m.to > from)) return
  } else {
    for (let k = from; k < to; k++) if (covered[k]) return
    for (let k = from; k < to; k++) covered[k] = 1
  }
  const start = tokens[from]!.start
  const end = tokens[to - 1]!.end
  const surface = s.text.slice(start, end)
  d.mentions.push({ start, end, text: surface, kind, rule, confidence, from, to })
  if (surface !== d.name && kind !== 'reference') d.aliases.add(surface)
  if (kind !== 'description') s.at.set(from, { draft: d, to })
}

function draftFor(
  s: State,
  key: string,
  name: string,
  type: EntityType,
  why: Why,
  nameTokens: string[],
): Draft {
  let d = s.drafts.get(key)
  if (!d) {
    d = {
      key,
      name,
      type,
      aliases: new Set(),
      affiliation: null,
      affiliationWhy: null,
      geo: null,
      mentions: [],
      why,
      nameTokens,
      roles: [],
    }
    s.drafts.set(key, d)
  } else if (name.length > d.name.length && type !== 'place') {
    d.aliases.add(d.name)
    d.name = name
    d.nameTokens = nameTokens
  }
  if (why.confidence > d.why.confidence) d.why = why
  return d
}

function setAffiliation(d: Draft, code: string, rule: string, confidence: number) {
  if (!d.affiliation || (d.affiliationWhy && confidence > d.affiliationWhy.confidence)) {
    d.affiliation = code
    d.affiliationWhy = { rule, confidence }
  }
}

function nameText(s: State, from: number, to: number): string {
  return s.text.slice(s.tokens[from]!.start, s.tokens[to - 1]!.end)
}

function sidedKey(
  s: State,
  k: Classified,
  left: { code: string } | null,
): { key: string; bare: string } | null {
  if (k.type !== 'organization' && k.type !== 'person') return null
  const own = k.affiliation?.rule === 'demonym' ? k.affiliation.code : null
  if (k.affiliation && !own) return null
  const code = own ?? left?.code
  if (!code) return null
  const { tokens } = s
  const from = s.gaz.country(tokens[k.from]!.text)?.rule === 'demonym' ? k.from + 1 : k.from
  if (!commonWordsOnly(tokens, from, k.to)) return null
  // a person only where the whole name is an office ("Foreign Minister"): surnames can be words
  if (k.type === 'person' && !isTitle(tokens, from, k.to, s.lex)) return null
  const norm = bodyNorm(normName(nameText(s, from, k.to)))
  return { key: `${k.type}:${code.toLowerCase()}:${norm}`, bare: `${k.type}:${norm}` }
}

function addGroups(s: State) {
  const { lex } = s
  for (const g of findGroups(s.tokens, lex, s.gaz)) {
    const surface = nameText(s, g.from, g.to)
    const type = lex.institutionalNouns.has(g.noun) ? 'organization' : 'group'
    // "Kremlin-affiliated milbloggers" are a camp of their own, not every "Russian milblogger"
    const camp = g.rule === 'camp+group-noun' ? `${s.tokens[g.countryAt]!.lower} ` : ''
    const d = draftFor(
      s,
      `${type}:${g.code.toLowerCase()}:${camp}${g.noun}`,
      surface,
      type,
      { rule: g.rule, confidence: 0.85 },
      [g.noun],
    )
    if (type === 'organization')
      push(s.sidedBodies, `organization:${bodyNorm(normName(g.noun))}`, d)
    setAffiliation(d, g.code, g.rule, 0.9)
    mention(s, d, g.from, g.to, 'name', g.rule, 0.85)
  }
}

function addChunks(
  s: State,
  chunks: Chunk[],
): { deferred: Chunk[]; titleCase: Chunk[]; towns: Town[] } {
  const { text, tokens, lex, gaz, covered } = s
  const deferred: Chunk[] = []
  const titleCase: Chunk[] = []
  const towns: Town[] = []
  const work = [...chunks].reverse()
  while (work.length) {
    const c = work.pop()!
    if (covered[c.from]) continue
    if (c.titleCase) {
      titleCase.push(c)
      continue
    }
    const k = classifyChunk(c, tokens, lex, gaz, s.lowerVocab)
    if (k === null) {
      const at = titleAfterInstitution(c, tokens, lex)
      const parts = at > 0 ? null : splitRun(text, tokens, c.from, c.to, lex, gaz, s.lowerVocab)
      // "NATO Secretary General X": the body, then its office holder, each on its own
      if (at > 0) work.push(subChunk(text, tokens, at, c.to), subChunk(text, tokens, c.from, at))
      // "Chief of Staff X", split off "WMD Chief of Staff X": the office's body, then its holder
      else if (parts) work.push(...parts.reverse())
      // "Divining Putin": the name after a heading's word
      else if (
        !c.officeOf &&
        c.to - c.from > 1 &&
        (leadingNoise(tokens[c.from]!, lex, s.lowerVocab) ||
          placeBeforeName(tokens, c.from, lex, gaz))
      )
        work.push(
          subChunk(text, tokens, c.from + 1, c.to),
          subChunk(text, tokens, c.from, c.from + 1),
        )
      // "Kherson and Mykolaiv of …", "X of the Y": what no rule names as a whole may name in parts
      else work.push(...splitAtJoiners(text, tokens, c).reverse())
      continue
    }
    if (k === 'defer') {
      deferred.push(c)
      continue
    }
    const name = nameText(s, k.from, k.to)
    const nameTokens: string[] = []
    for (let q = k.from; q < k.to; q++) if (!tokens[q]!.punct) nameTokens.push(tokens[q]!.text)
    if (k.type === 'place') {
      // a lone town's name may be the surname of a person the article names in full
      if (surnameLike(s, k)) towns.push({ k, nameTokens })
      else addPlace(s, k, nameTokens)
      continue
    }
    const why = { rule: k.rule, confidence: k.confidence }
    let d: Draft
    // a name split off a longer run takes the side written before the run; an institution's
    // side is the lexicon's ("Ukraine's EU bid" does not make the EU Ukrainian)
    // ("an Iraqi ISIS fighter": a side written before a body named as what a person is, is
    // the person's)
    const member = k.type === 'organization' && isMemberNoun(tokens[k.to])
    const left =
      k.rule === 'institution-lexicon' || member
        ? null
        : leftContextSide(tokens, c.runFrom ?? c.from, lex, gaz)
    const sided = sidedKey(s, k, left)
    d = draftFor(s, sided?.key ?? `${k.type}:${normName(name)}`, name, k.type, why, nameTokens)
    if (sided) push(s.sidedBodies, sided.bare, d)
    if (k.affiliation)
      setAffiliation(d, k.affiliation.code, k.affiliation.rule, k.affiliation.confidence)
    if (left && (k.type === 'organization' || k.type === 'person')) {
      setAffiliation(d, left.code, left.rule, 0.85)
    }
    // an organisation's mention keeps its demonym ("Russian Defence Ministry"), a person's drops the title
    mention(s, d, k.from, k.to, 'name', k.rule, k.confidence)
  }
  return { deferred, titleCase, towns }
}

/** A lone word the gazetteer knows, which the rest of the article may show is a surname. */
interface Town {
  k: Classified
  nameTokens: string[]
}

function addPlace(s: State, k: Classified, nameTokens: string[]) {
  const name = nameText(s, k.from, k.suffixTo ?? k.to)
  const why = { rule: k.rule, confidence: k.confidence }
  const d = draftFor(s, `place:name:${normName(name)}`, name, 'place', why, nameTokens)
  if (k.placeKind) d.placeKind = k.placeKind
  s.places.push({ d, c: k })
  mention(s, d, k.from, k.suffixTo ?? k.to, 'name', k.rule, k.confidence)
}

/**
 * One word the gazetteer knows, with nothing around it that says place ("Donetsk region", "in X"),
 * that is no country or capital: a capital speaks for its government ("Moscow said"), a small
 * town's name is as often a surname ("Jo Selby … Selby said").
 */
function surnameLike(s: State, k: Classified): boolean {
  if (k.rule !== 'gazetteer' || k.placeKind || k.to - k.from !== 1) return false
  const [p2, p1] = [s.tokens[k.from - 2], s.tokens[k.from - 1]]
  if (LOCATIVES.has(p1?.lower ?? '')) return false
  // "in central X", "near embattled X"
  if (p1 && /^[a-z]+$/.test(p1.text) && LOCATIVES.has(p2?.lower ?? '')) return false
  const w = s.tokens[k.from]!.text
  return !s.gaz.country(w) && !s.gaz.capitalOf(w)
}
// "in Selby", "near Selby": the word is the place, whoever else bears the name
const LOCATIVES = new Set(['in', 'near', 'outside', 'around', 'toward', 'towards', 'into'])

/** A town's name alone is the surname of the one person the article names with it. */
function addTowns(s: State, towns: Town[], shortIndex: Map<string, Draft[]>) {
  for (const { k, nameTokens } of towns) {
    const person = bearerOf(shortIndex, nameTokens[0]!)
    if (person) mention(s, person, k.from, k.to, 'short', 'short-form', 0.8)
    else addPlace(s, k, nameTokens)
  }
}

/** The one person the article names in full with this surname, if one. */
function bearerOf(shortIndex: Map<string, Draft[]>, word: string): Draft | undefined {
  // two capitalised words with nothing else for a person are as often "Western Donetsk"
  const people = shortIndex
    .get(word)
    ?.filter((d) => d.type === 'person' && d.why.rule !== 'capitalised-name')
  return people?.length === 1 ? people[0] : undefined
}

function shortForms(s: State): Map<string, Draft[]> {
  const shortIndex = new Map<string, Draft[]>()
  for (const d of s.drafts.values()) {
    if (d.type === 'person' && d.nameTokens.length > 1) push(shortIndex, d.nameTokens.at(-1)!, d)
    // "the town of Vell … Vell": the settlement the text named by its kind, named again alone
    if (d.type === 'place' && d.why.rule === 'kind-named') push(shortIndex, d.name, d)
    if (
      d.type === 'organization' &&
      d.nameTokens.length > 1 &&
      s.lex.orgKeywords.has(d.nameTokens.at(-1)!)
    ) {
      // "Acme" for "Acme Group", but not "Russian" for "Russian MoD"
      const short = d.nameTokens.slice(0, -1).join(' ')
      if (!s.gaz.country(short)) push(shortIndex, short, d)
    }
  }
  // "Carter" after "President Carter" too, where no fuller name ends in it: the title made the
  // name, and the surname alone repeats it
  for (const d of s.drafts.values())
    if (d.type === 'person' && d.nameTokens.length === 1 && !shortIndex.has(d.nameTokens[0]!))
      push(shortIndex, d.nameTokens[0]!, d)
  return shortIndex
}

/**
 * "Mr Putin" or "President Biden" after "Vladimir Putin": a title before a lone surname made a
 * person of its own; it is the one person the article names in full with that surname.
 */
function mergeTitledSurnames(s: State, shortIndex: Map<string, Draft[]>) {
  for (const d of [...s.drafts.values()]) {
    if (d.type !== 'person' || d.nameTokens.length !== 1) continue
    const word = d.nameTokens[0]!
    let full = shortIndex.get(word)?.filter((c) => c !== d && c.nameTokens.length > 1)
    // "Mr Xi" after "Xi Jinping": a family name written first (no title stands before a
    // given name alone)
    if (!full?.length)
      full = [...s.drafts.values()].filter(
        (c) => c.type === 'person' && c.nameTokens.length === 2 && c.nameTokens[0] === word,
      )
    if (full?.length !== 1) continue
    const into = full[0]!
    if (d.affiliation && d.affiliationWhy)
      setAffiliation(into, d.affiliation, d.affiliationWhy.rule, d.affiliationWhy.confidence)
    mergeDraft(s, d, into)
  }
}

/** One draft's mentions and names become another's. */
function mergeDraft(s: State, from: Draft, into: Draft) {
  into.mentions.push(...from.mentions)
  for (const a of [from.name, ...from.aliases]) if (a !== into.name) into.aliases.add(a)
  for (const m of s.at.values()) if (m.draft === from) m.draft = into
  s.drafts.delete(from.key)
}

function addDeferred(s: State, deferred: Chunk[], shortIndex: Map<string, Draft[]>) {
  const { gaz } = s
  const speakers = loneSpeakers(s, deferred, shortIndex)
  for (const c of deferred) {
    const lone = speakers.get(c.text)
    if (lone) {
      mention(s, lone, c.from, c.to, 'name', 'name-in-context', 0.6)
      continue
    }
    const word = c.text
    const cands = shortIndex.get(word)
    if (cands?.length === 1) {
      mention(s, cands[0]!, c.from, c.to, 'short', 'short-form', 0.8)
      continue
    }
    // "Foley said" after "James Foley" and "Diane Foley": one of them, not a town called Foley
    if (cands && cands.length > 1 && cands.every((d) => d.type === 'person')) continue
    const p = gaz.resolve(word) ? word : null
    if (p && gaz.isPlaceName(p)) {
      const k = classifyChunk(c, s.tokens, s.lex, gaz, s.lowerVocab)
      const d = draftFor(
        s,
        `place:name:${normName(word)}`,
        word,
        'place',
        { rule: 'gazetteer', confidence: 0.8 },
        [word],
      )
      s.places.push({
        d,
        c:
          k && k !== 'defer'
            ? k
            : {
                type: 'place',
                from: c.from,
                to: c.to,
                affiliation: null,
                rule: 'gazetteer',
                confidence: 0.8,
              },
      })
      mention(s, d, c.from, c.to, 'name', 'gazetteer', 0.8)
    }
  }
}

/**
 * "Lavrov said …", "…, said Peskov": a lone capitalised word that speaks is a person, where the
 * article names no one in full with it, it is no place, and it is no word the article also
 * writes in lower case or the dictionary knows.
 */
function loneSpeakers(
  s: State,
  deferred: Chunk[],
  shortIndex: Map<string, Draft[]>,
): Map<string, Draft> {
  const { tokens, gaz } = s
  const out = new Map<string, Draft>()
  for (const c of deferred) {
    const word = c.text
    if (out.has(word) || shortIndex.has(word) || c.to - c.from !== 1) continue
    const next = tokens[c.to]?.text === ',' ? tokens[c.to + 1] : tokens[c.to]
    const prev = tokens[c.from - 1]
    // "…,” said Peskov": the cue after a quotation or a comma, not "he said Europe had …"
    const before = tokens[c.from - 2]
    const speaks =
      (next !== undefined && SPEECH_CUES.has(next.lower)) ||
      (prev !== undefined &&
        SPEECH_CUES.has(prev.lower) &&
        before !== undefined &&
        /^[,”"]$/.test(before.text))
    if (!speaks || s.lowerVocab.has(word.toLowerCase()) || isEnglishWord(word.toLowerCase()))
      continue
    if (gaz.resolve(word) || gaz.country(word) || gaz.isPlaceName(word)) continue
    // "MPs", "S.C.", "I've", "Soviet-ruled": no surname ("Thomas-Greenfield" is)
    if (s.lex.outlets.has(word.toLowerCase()) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word))
      continue
    // "in Europe", "across Prussia": a place the gazetteer does not know
    if (afterLocative(tokens, word)) continue
    // a person, not a channel or a company: "he" or "she" follows within two sentences
    if (!personalPronounAfter(tokens, c.from)) continue
    const d = draftFor(
      s,
      `person:${normName(word)}`,
      word,
      'person',
      { rule: 'name-in-context', confidence: 0.6 },
      [word],
    )
    out.set(word, d)
  }
  return out
}

function afterLocative(tokens: Token[], word: string): boolean {
  for (let k = 1; k < tokens.length; k++)
    if (tokens[k]!.text === word && PLACE_PREPOSITIONS.has(tokens[k - 1]!.lower)) return true
  return false
}

const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'across', 'into', 'throughout', 'near'])

function personalPronounAfter(tokens: Token[], from: number): boolean {
  const last = tokens[from]!.sentence + 2
  for (let k = from + 1; k < tokens.length && tokens[k]!.sentence <= last; k++)
    if (PERSONAL_PRONOUNS.has(tokens[k]!.lower)) return true
  return false
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her'])

function knownNames(s: State, shortIndex: Map<string, Draft[]>): Map<string, Draft> {
  const byName = new Map<string, Draft>()
  for (const d of s.drafts.values()) {
    byName.set(normName(d.name), d)
    for (const a of d.aliases) byName.set(normName(a), d)
  }
  for (const [w, ds] of shortIndex) if (ds.length === 1) byName.set(normName(w), ds[0]!)
  // "Defence Ministry" alone, where two countries' ministries bear that name, is neither
  for (const ds of s.sidedBodies.values()) {
    const sides = new Set(ds)
    if (sides.size < 2) continue
    const seen = new Map<string, number>()
    for (const d of sides)
      for (const n of new Set([d.name, ...d.aliases].map(normName)))
        seen.set(n, (seen.get(n) ?? 0) + 1)
    for (const [n, count] of seen) if (count > 1) byName.delete(n)
  }
  return byName
}

/** "The Defence Ministry" with no side is the one country's ministry the article names, if one. */
function mergeUnsidedBodies(s: State) {
  const { drafts, sidedBodies } = s
  // with no sided body no draft finds one to merge into
  if (sidedBodies.size === 0) return
  const sided = new Set([...sidedBodies.values()].flat())
  for (const bare of [...drafts.values()]) {
    if (bare.affiliation || sided.has(bare)) continue
    const type = `${bare.type}:`
    if (!bare.key.startsWith(type)) continue
    const norm = bodyNorm(bare.key.slice(type.length))
    const sides = [...new Set(sidedBodies.get(`${type}${norm}`) ?? [])]
    if (sides.length !== 1) continue
    mergeDraft(s, bare, sides[0]!)
  }
}

function matchKnown(s: State, byName: Map<string, Draft>, c: Chunk) {
  // longest known name inside a title-case run
  for (let a = c.from; a < c.to; a++) {
    for (let b = c.to; b > a; b--) {
      const name = nameText(s, a, b)
      const d = byName.get(normName(name))
      if (d) {
        mention(s, d, a, b, 'name', 'known-name', 0.75)
        a = b - 1
        break
      }
      if (b - a <= 3 && s.gaz.isPlaceName(name) && /^\p{Lu}/u.test(name)) {
        const pd = draftFor(
          s,
          `place:name:${normName(name)}`,
          name,
          'place',
          { rule: 'gazetteer', confidence: 0.7 },
          [name],
        )
        s.places.push({
          d: pd,
          c: {
            type: 'place',
            from: a,
            to: b,
            affiliation: null,
            rule: 'gazetteer',
            confidence: 0.7,
          },
        })
        mention(s, pd, a, b, 'name', 'gazetteer', 0.7)
        a = b - 1
        break
      }
    }
  }
}

/** "Russian claims that …": the demonym stands for its country, which makes the claims. */
function addDemonymSpeakers(s: State) {
  const { tokens, lex, gaz, covered, places } = s
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.upper || t.punct || covered[i] || !lex.speechNouns.has(tokens[i + 1]!.lower)) continue
    const c = gaz.country(t.text)
    if (c?.rule !== 'demonym') continue
    const d =
      places.find((p) => gaz.country(p.d.name)?.code === c.code)?.d ??
      draftFor(
        s,
        `place:name:${normName(c.name)}`,
        c.name,
        'place',
        { rule: 'demonym+speech-noun', confidence: 0.8 },
        [c.name],
      )
    if (!places.some((p) => p.d === d)) {
      places.push({
        d,
        c: {
          type: 'place',
          from: i,
          to: i + 1,
          affiliation: { code: c.code, rule: 'demonym+speech-noun', confidence: 0.9 },
          rule: 'demonym+speech-noun',
          confidence: 0.8,
        },
      })
    }
    setAffiliation(d, c.code, 'demonym+speech-noun', 0.9)
    mention(s, d, i, i + 1, 'reference', 'demonym+speech-noun', 0.8)
  }
}

function geocode(s: State) {
  const { gaz, places } = s
  const countries = new Set<string>()
  for (const { d } of places) {
    const c = gaz.country(d.name)
    if (c?.rule === 'country-name') countries.add(c.code)
  }
  for (const d of s.drafts.values()) if (d.affiliation) countries.add(d.affiliation)
  const placeDrafts = new Set(places.map((p) => p.d))
  for (const d of placeDrafts) {
    const ctx: { countries: ReadonlySet<string>; kind?: 'region' | 'city' } = { countries }
    if (d.placeKind) ctx.kind = d.placeKind
    const r = gaz.resolve(d.name, ctx)
    if (r) setGeo(s, d, r)
  }
}

function setGeo(s: State, d: Draft, r: NonNullable<ReturnType<PlaceLookup['resolve']>>) {
  const { gaz } = s
  d.geo = {
    lat: r.place.lat,
    lon: r.place.lon,
    placeId: r.place.id,
    kind: r.place.kind,
    country: r.place.country,
    rule: r.rule,
    confidence: r.confidence,
  }
  if (r.place.kind === 'country') setAffiliation(d, r.place.country, 'country-itself', 0.95)
  // "Moscow denied …", "Kyiv says …": a capital speaks for its country's government
  else if (r.place.kind === 'city' && gaz.capitalOf(d.name) === r.place.country)
    setAffiliation(d, r.place.country, 'capital-city', 0.8)
}

/**
 * A one-word town name the gazetteer cannot place among the article's countries is as often a
 * team, a show, a surname or a word of another language: it stays a place only where a mention
 * says so ("in X", "X, CT", "the X area", "south of X", a list of places), and "X, CT" places it
 * in that state. The others are no entity, or the short form of the one
 * person the article names with that surname.
 */
function dropUnplacedNames(s: State, shortIndex: Map<string, Draft[]>) {
  const doubtful = new Set<Draft>()
  const media = new Set<Draft>()
  for (const { d } of s.places) {
    if (namedMedium(s, d)) media.add(d)
    if (unplaced(d) || surnameOfPerson(d, shortIndex) || media.has(d)) doubtful.add(d)
  }
  if (doubtful.size === 0) return
  const kept = new Set<Draft>()
  for (const d of doubtful)
    for (const m of d.mentions) {
      const within = withinAfterComma(s.tokens, m.to, s.gaz)
      if (within && !d.geo) placeWithin(s, d, within)
      if (within || markedAsPlace(s.tokens, m.from, m.to, s.gaz)) kept.add(d)
    }
  // "in Barry, Vell and Corby": a list's names share what marks one of them
  const ends = new Map<number, Draft>()
  for (const d of s.drafts.values())
    if (d.type === 'place') for (const m of d.mentions) if (m.kind === 'name') ends.set(m.to, d)
  const firm = (d: Draft | undefined) => d?.type === 'place' && (!doubtful.has(d) || kept.has(d))
  for (let grown = true; grown; ) {
    grown = false
    for (const d of doubtful)
      if (!kept.has(d) && d.mentions.some((m) => listedWith(s, m, ends, firm))) {
        kept.add(d)
        grown = true
      }
  }
  for (const d of doubtful) {
    if (kept.has(d)) continue
    if (!media.has(d)) {
      dropPlace(s, d, shortIndex)
      continue
    }
    // the outlet, not the town: its mentions move to an organisation of that name
    const why = { rule: 'medium-name', confidence: 0.7 }
    const org = draftFor(s, `organization:${normName(d.name)}`, d.name, 'organization', why, [
      d.name,
    ])
    s.places = s.places.filter((p) => p.d !== d)
    mergeDraft(s, d, org)
  }
}

/**
 * "Tolland, CT": the town of that name in the state's country, where it lies in the state
 * ("Walden, Ore." is not the bigger Walden in New York).
 */
function placeWithin(s: State, d: Draft, w: Within) {
  const r = s.gaz.resolve(d.name, { countries: new Set([w.country]) })
  if (!r || r.place.country !== w.country) return
  if (w.centre && distanceKm(w.centre, r.place) > STATE_RADIUS_KM) return
  setGeo(s, d, r)
}
// farther from a state's centre than this is another state's town (Texas reaches 700 km)
const STATE_RADIUS_KM = 800

/**
 * "Foley told reporters" after "James Foley" and "Diane Foley": a town's one-word name that is
 * the surname of someone the article names in full is that person unless the text marks a place.
 */
function surnameOfPerson(d: Draft, shortIndex: Map<string, Draft[]>): boolean {
  if (!oneWordTown(d)) return false
  return (
    shortIndex.get(d.name)?.some((p) => p.type === 'person' && p.nameTokens.length > 1) ?? false
  )
}

/** A place of one word that is no country: a name a person or an outlet may also bear. */
function oneWordTown(d: Draft): boolean {
  return d.type === 'place' && !/\s/.test(d.name) && d.geo?.kind !== 'country'
}

/** "Russian news outlet Baza reported": a one-word name right after a medium's noun is its name. */
function namedMedium(s: State, d: Draft): boolean {
  if (!oneWordTown(d)) return false
  return d.mentions.some((m) => MEDIUM_NOUNS.has(s.tokens[m.from - 1]?.lower ?? ''))
}
const MEDIUM_NOUNS = new Set(
  'outlet newspaper paper daily tabloid channel website site broadcaster magazine agency publication blog'.split(
    ' ',
  ),
)

/** A place of one word that the gazetteer could not place and the classifier gave no kind. */
function unplaced(d: Draft): boolean {
  return (
    d.type === 'place' &&
    !d.geo &&
    !d.placeKind &&
    d.why.rule === 'gazetteer' &&
    // some rules keep a whole name as one token ("As Russia" of a headline)
    !/\s/.test(d.name)
  )
}

/** Is the mention an item of a list ("X, Y and Z") next to a place that is firm? */
function listedWith(
  s: State,
  m: { from: number; to: number },
  ends: Map<number, Draft>,
  firm: (d: Draft | undefined) => boolean,
): boolean {
  const before = s.tokens[m.from - 1]?.lower ?? ''
  const after = s.tokens[m.to]?.lower ?? ''
  // "in Paris, Vell said" is no list: an "and" or commas on both sides make one
  if (!LIST_JOINERS.has(before) && !LIST_JOINERS.has(after) && !(before === ',' && after === ','))
    return false
  return (
    ((before === ',' || LIST_JOINERS.has(before)) && firm(ends.get(m.from - 1))) ||
    ((after === ',' || LIST_JOINERS.has(after)) && firm(s.at.get(m.to + 1)?.draft))
  )
}
const LIST_JOINERS = new Set(['and', 'or', '&'])

/** The draft is no place: its words are free again, or a surname's short form. */
function dropPlace(s: State, d: Draft, shortIndex: Map<string, Draft[]>) {
  s.drafts.delete(d.key)
  s.places = s.places.filter((p) => p.d !== d)
  for (const m of d.mentions) {
    if (s.at.get(m.from)?.draft === d) s.at.delete(m.from)
    s.covered.fill(0, m.from, m.to)
  }
  const person = bearerOf(shortIndex, d.name)
  if (person)
    for (const m of d.mentions) mention(s, person, m.from, m.to, 'short', 'short-form', 0.8)
}

/**
 * "Ardenkivka (20km south of Northport)": a village no gazetteer holds, or one the gazetteer put
 * elsewhere, is where the text says it is, relative to a place already geocoded. Its key is its
 * name in the anchor's country, so reports that place it from other towns agree.
 */
function addRelativePlaces(s: State) {
  const { tokens, covered } = s
  const why = { rule: 'relative-to-place', confidence: 0.7 }
  for (const r of findRelativePlaces(tokens, isEnglishWord)) {
    const anchor = s.at.get(r.anchor)?.draft
    if (!anchor?.geo || anchor.type !== 'place') continue
    const name = nameText(s, r.from, r.to)
    const point = offset(anchor.geo.lat, anchor.geo.lon, r.km, r.bearing)
    const country = anchor.geo.country
    const geo: Geo = {
      ...point,
      placeId: `local:${country}:${normName(name)}`,
      kind: 'city',
      country,
      ...why,
    }
    const at = s.at.get(r.from)
    let d = at && at.to === r.to ? at.draft : undefined
    if (d) {
      if (d.type !== 'place' && d.type !== 'organization') continue
      // the gazetteer's town of that name is another one, far from here; a compass point and a
      // rounded distance put a place only roughly, so "far" is farther than the anchor itself
      if (d.geo && (d.geo.kind !== 'city' || distanceKm(d.geo, point) < Math.max(30, r.km)))
        continue
      if (d.type === 'organization') {
        d.affiliation = null
        d.affiliationWhy = null
      }
      d.type = 'place'
      d.geo = geo
      d.why = why
    } else {
      if (covered.subarray(r.from, r.to).includes(1)) continue
      const words = tokens.slice(r.from, r.to).map((t) => t.text)
      d = draftFor(s, `place:${geo.placeId}`, name, 'place', why, words)
      d.geo = geo
      mention(s, d, r.from, r.to, 'name', why.rule, why.confidence)
    }
    // the same name elsewhere in the article is the same village
    const n = r.to - r.from
    for (let k = 0; k + n <= tokens.length; k++) {
      if (k === r.from || covered[k] || tokens[k]!.text !== tokens[r.from]!.text) continue
      let same = true
      for (let j = 1; j < n && same; j++) same = tokens[k + j]!.text === tokens[r.from + j]!.text
      if (same && !tokens[k + n]?.upper) mention(s, d, k, k + n, 'name', why.rule, why.confidence)
    }
  }
}

function addDefiniteReferences(s: State) {
  const { tokens, covered } = s
  const orgsByHead = new Map<string, Draft[]>()
  for (const d of s.drafts.values()) {
    const head = d.type === 'organization' ? d.nameTokens.at(-1)?.toLowerCase() : undefined
    if (head) push(orgsByHead, head, d)
  }
  for (let i = 0; orgsByHead.size > 0 && i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the' || covered[i] || covered[i + 1]) continue
    const noun = tokens[i + 1]!
    const orgs = orgsByHead.get(noun.lower)
    if (!orgs || noun.upper) continue
    const org = nearestOrgWithHead(orgs, noun.lower, tokens[i]!.start)
    if (org) mention(s, org, i, i + 2, 'reference', 'definite-reference', 0.7)
  }
}

/**
 * "A Russian milblogger claimed … The milblogger added …", "Another milblogger said": a group
 * noun after "the", "this", "one" or "another" is the group of that noun named last, within three
 * sentences, so it keeps the group's side.
 */
function addGroupReferences(s: State) {
  const { tokens, covered } = s
  const byNoun = new Map<string, Draft[]>()
  for (const d of s.drafts.values())
    if (d.type === 'group') push(byNoun, d.nameTokens[0]!.split(' ').at(-1)!, d)
  if (byNoun.size === 0) return
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!GROUP_DETERMINERS.has(tokens[i]!.lower) || covered[i] || covered[i + 1]) continue
    const noun = tokens[i + 1]!
    if (noun.upper || noun.punct) continue
    const cands = byNoun.get(noun.lower) ?? byNoun.get(`${noun.lower}s`)
    if (!cands) continue
    let best: Draft | undefined
    let bestAt = -1
    for (const d of cands)
      for (const m of d.mentions)
        if (m.from < i && m.from > bestAt) {
          best = d
          bestAt = m.from
        }
    if (!best || tokens[i]!.sentence - tokens[bestAt]!.sentence > 3) continue
    mention(s, best, i, i + 2, 'reference', 'group-reference', 0.7)
  }
}
const GROUP_DETERMINERS = new Set(['the', 'this', 'one', 'another'])

// what an apposition calls a body, not a person: "X, a Jesuit publication"
const BODY_NOUNS = new Set(
  'publication newspaper magazine journal daily weekly website outlet broadcaster channel network agency company firm group organisation organization party institute foundation charity bank'.split(
    ' ',
  ),
)

/**
 * A "person" with no known given name that an apposition calls a body ("La Stampa, an Italian
 * daily", "X, a Jesuit publication") is an organisation, so "he" and "she" pass it by.
 */
function retypeByApposition(s: State) {
  const { tokens } = s
  for (const d of [...s.drafts.values()]) {
    if (d.type !== 'person' || d.why.rule === 'given-name') continue
    const body = d.mentions.some((m) => {
      if (tokens[m.to]?.text !== ',') return false
      let k = m.to + 1
      if (!['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) return false
      // up to three words before the noun, which may be a demonym ("an Italian daily")
      for (let n = 0; n < 4 && tokens[++k]; n++) {
        const t = tokens[k]!
        // "the head of the agency" describes a person; "the World Health Organization" is a name
        if (t.punct || ['of', 'for', 'at', 'in', 'with', 'to'].includes(t.lower)) return false
        if (!t.upper && BODY_NOUNS.has(t.lower)) return true
      }
      return false
    })
    if (!body) continue
    s.drafts.delete(d.key)
    d.type = 'organization'
    d.key = `organization:${normName(d.name)}`
    const same = s.drafts.get(d.key)
    if (same) {
      for (const m of d.mentions) same.mentions.push(m)
      for (const a of d.aliases) same.aliases.add(a)
    } else s.drafts.set(d.key, d)
  }
}

function addRoles(s: State) {
  const { tokens, at, drafts } = s
  const people = () => [...drafts.values()].filter((d) => d.type === 'person')
  const descs = findRoleDescriptions(tokens, at, s.covered, s.lex)
  for (const desc of descs) {
    const before = tokens[desc.from - 1]
    const after = tokens[desc.to]
    let person: Draft | undefined
    if (before?.text === ',') person = personEndingAt(at, desc.from - 1)
    if (!person && after?.text === ',') {
      const m = at.get(desc.to + 1)
      if (m?.draft.type === 'person') person = m.draft
    }
    if (desc.modifierOf !== undefined) {
      const m = at.get(desc.modifierOf)
      if (m?.draft.type === 'person') person = m.draft
    }
    if (person) {
      person.roles.push({ role: desc.role, cls: desc.cls, org: desc.org })
      if (!desc.modifierOf)
        mention(s, person, desc.from, desc.to, 'description', 'apposition', 0.85)
      desc.resolved = true
    }
  }
  // a description no apposition explains names the one person who holds that kind of role there
  for (const desc of descs) {
    if (desc.resolved || desc.modifierOf !== undefined) continue
    const holders = people().filter((p) =>
      p.roles.some((r) => r.org === desc.org && r.cls === desc.cls),
    )
    if (holders.length === 1)
      mention(s, holders[0]!, desc.from, desc.to, 'description', 'role-description', 0.75)
  }
  for (const p of people()) {
    const r = p.roles.find((x) => x.org.affiliation)
    if (r?.org.affiliation) setAffiliation(p, r.org.affiliation, `role-of:${r.role}`, 0.75)
  }
}

/**
 * "X, the foreign minister of Northland, said", "X, Northland's ambassador to Southland,":
 * an office set off after a person's name gives the person the office's country. Only a
 * closed apposition holding a role or title, with one country in it, and not the country a
 * role is posted to ("ambassador to Southland").
 */
function addAppositionSides(s: State) {
  const { tokens, gaz, lex } = s
  for (const d of s.drafts.values()) {
    if (d.type !== 'person' || d.affiliation) continue
    for (const m of d.mentions) {
      if (m.kind !== 'name' || tokens[m.to]?.text !== ',') continue
      // an apposition opens on an article, a capitalised word or a role: "X, said …" and "X,
      // along with …" are no appositions
      const open = tokens[m.to + 1]
      if (!open || !(open.upper || ARTICLE_WORDS.has(open.lower) || lex.roles.has(open.lower)))
        continue
      let role = false
      const codes = new Set<string>()
      let closed = false
      for (let k = m.to + 1; k < tokens.length && k <= m.to + 12; k++) {
        const t = tokens[k]!
        if (t.text === ',') {
          closed = k > m.to + 1
          break
        }
        // ("X, a journalist who covered the Northland army,": a clause, not an office; "X,
        // Northlandish President Y, …": a list of people)
        if ((t.punct && !isPossessiveS(t.text)) || CLAUSE_WORDS.has(t.lower)) break
        const named = s.at.get(k)
        if (named && named.draft.type === 'person') break
        if (lex.roles.has(t.lower) || PERSON_LABELS.has(t.lower)) role = true
        const c = t.upper ? countryEndingAt(tokens, k + 1, gaz) : null
        if (!c) continue
        const prev = tokens[k - 1]?.lower === 'the' ? tokens[k - 2] : tokens[k - 1]
        if (prev?.lower === 'to') continue
        // the side comes before the office ("a Northlandish diplomat", "Northland's envoy") or
        // closes it ("the foreign minister of Northland,"); "an analyst of the Northlandish
        // army" or "director of Northland studies" names a subject, not a side
        const before = !role && (c.rule === 'demonym' || isPossessiveS(tokens[k + 1]?.text ?? ''))
        const closing = prev?.lower === 'of' && tokens[k + 1]?.text === ','
        if (before || closing) codes.add(c.code)
      }
      if (closed && role && codes.size === 1) {
        setAffiliation(d, [...codes][0]!, 'apposition-country', 0.75)
        break
      }
    }
  }
}

const ARTICLE_WORDS = new Set(['the', 'a', 'an'])
// words that make a clause of what follows a name and comma
const CLAUSE_WORDS = new Set(
  'who whose which that whom said says has have had is was were are will would and with'.split(' '),
)

// nouns that "the …" may use for a person the article has named with them as title or role
const PERSON_LABELS = new Set(
  'president minister premier chancellor governor mayor ambassador envoy spokesman spokeswoman spokesperson commander commander-in-chief general senator politician milblogger blogger leader chief secretary official diplomat lawmaker analyst journalist pope king queen'.split(
    ' ',
  ),
)

/**
 * "Russian Foreign Minister X … the minister stated": a definite description names the one
 * person the article has already given that title or role (before the name, or set off after
 * it). A demonym in the description must match the person's side ("the French president").
 */
function addTitleReferences(s: State) {
  const { tokens, gaz } = s
  const labelled: { d: Draft; labels: Set<string>; first: number }[] = []
  for (const d of s.drafts.values()) {
    if (d.type !== 'person') continue
    const labels = new Set<string>()
    let first = Number.POSITIVE_INFINITY
    for (const m of d.mentions) {
      if (m.kind !== 'name' && m.kind !== 'short') continue
      first = Math.min(first, m.from)
      // "Russian Foreign Minister X", "milblogger X"
      for (let k = m.from - 1; k >= 0 && k >= m.from - 5; k--) {
        const w = tokens[k]!
        if (w.text === '.') continue
        if (PERSON_LABELS.has(w.lower)) labels.add(w.lower)
        else if (!(w.upper && s.lex.titles.has(w.text)) && !gaz.country(w.text)) break
      }
      // "X, Russia's foreign minister, said"
      if (tokens[m.to]?.text === ',')
        for (let k = m.to + 1; k < tokens.length && k <= m.to + 6; k++) {
          const w = tokens[k]!
          if (w.punct && !isPossessiveS(w.text)) break
          if (PERSON_LABELS.has(w.lower)) labels.add(w.lower)
        }
    }
    for (const r of d.roles) {
      const last = r.role.split(' ').at(-1)!
      if (PERSON_LABELS.has(last)) labels.add(last)
    }
    if (labels.size > 0) labelled.push({ d, labels, first })
  }
  if (labelled.length === 0) return
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the' || s.covered[i + 1]) continue
    // "X, the prime minister, said": an apposition, read with its name
    if (tokens[i - 1]?.text === ',' && personEndingAt(s.at, i - 1)) continue
    let j = i + 1
    let side: string | null = null
    // "the French president", "the regional governor", "the prime minister"
    for (; j < tokens.length && j <= i + 3; j++) {
      const w = tokens[j]!
      const c = w.upper ? gaz.country(w.text) : null
      if (c?.rule === 'demonym') side = c.code
      else if (w.upper || !DESCRIPTION_MODIFIERS.has(w.lower)) break
    }
    const head = tokens[j]
    if (!head || head.upper) continue
    // "the head of state" is the president or the king; "the Belarusian leader" its president
    let labels = PERSON_LABELS.has(head.lower) ? [head.lower] : null
    if (
      head.lower === 'head' &&
      tokens[j + 1]?.lower === 'of' &&
      tokens[j + 2]?.lower === 'state'
    ) {
      labels = HEADS_OF_STATE
      j += 2
    } else if (head.lower === 'leader' && side) labels = LEADERS
    if (!labels) continue
    const next = tokens[j + 1]
    // "the president of the region", "the minister Jo Vell": other references
    if (next && (next.lower === 'of' || next.lower === 'for' || (next.upper && !next.punct)))
      continue
    const cands = labelled.filter(
      (x) =>
        x.first < i &&
        labels.some((l) => x.labels.has(l)) &&
        (side === null || x.d.affiliation === side),
    )
    if (cands.length !== 1) continue
    const d = cands[0]!.d
    // the person is in the last few sentences, and no "another milblogger" or "officials"
    // came between to bring in someone unnamed
    const last = d.mentions.reduce((a, m) => (m.from < i ? Math.max(a, m.from) : a), -1)
    if (tokens[i]!.sentence - tokens[last]!.sentence > 3) continue
    if (labels.some((l) => unnamedBetween(tokens, last, i, l))) continue
    mention(s, d, i, j + 1, 'description', 'title-reference', 0.7)
  }
}

/**
 * "The Ukrainian president said", "Britain's prime minister said": an office with a side that
 * no title reference gave a holder is an office entity of that country (`person:ua:president`),
 * so that what it says has a side.
 */
function addOffices(s: State) {
  const { tokens, gaz } = s
  const described = new Set<number>()
  for (const d of s.drafts.values()) for (const m of d.mentions) described.add(m.from)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.upper || described.has(i - 1)) continue
    // "the former Russian president", "the office of the Ukrainian president": someone else
    const before = tokens[i - 1]?.lower === 'the' ? tokens[i - 2] : tokens[i - 1]
    if (before && (FORMER_WORDS.has(before.lower) || before.lower === 'of')) continue
    const c = gaz.country(t.text)
    let k = i + 1
    // "Britain's prime minister": the country keeps its own mention, the office follows it
    if (c?.rule === 'country-name' && isPossessiveS(tokens[k]?.text ?? '')) k++
    // "the US president", "the UK Prime Minister": a country's short form as a modifier
    else if (
      !(
        c?.rule === 'country-name' &&
        /^(?:\p{Lu}\.?){2,3}$/u.test(t.text) &&
        tokens[i - 1]?.lower === 'the'
      ) &&
      (c?.rule !== 'demonym' || s.covered[i] || described.has(i))
    )
      continue
    const two = `${tokens[k]?.lower} ${tokens[k + 1]?.lower}`
    const words = OFFICES.has(two) ? 2 : OFFICES.has(tokens[k]?.lower ?? '') ? 1 : 0
    // "the Ukrainian President said" as "the Ukrainian president said"; not a title before a name
    if (words === 0 || (tokens[k]!.upper && tokens[i - 1]?.lower !== 'the')) continue
    const end = k + words
    const next = tokens[end]
    // "the Ukrainian president Volodymyr Zelensky", "the president of …": other phrases
    if (next && ((next.upper && !next.punct) || next.lower === 'of' || next.lower === 'for'))
      continue
    const from = k > i + 1 ? k : i
    if (s.covered.subarray(from, end).includes(1) || described.has(k)) continue
    const office = tokens
      .slice(k, end)
      .map((x) => x.lower)
      .join(' ')
    // the article names a holder of that side's office elsewhere ("Prime Minister Jo Vell"):
    // the phrase is that person's, though too far away to tell for sure, so it stays unlinked
    if (namedHolder(s, c!.code, tokens[end - 1]!.lower)) continue
    const d = draftFor(
      s,
      `person:${c!.code.toLowerCase()}:${office}`,
      nameText(s, i, end),
      'person',
      { rule: 'demonym+office', confidence: 0.75 },
      [office],
    )
    setAffiliation(d, c!.code, 'demonym+office', 0.85)
    mention(s, d, from, end, 'name', 'demonym+office', 0.75)
    i = end - 1
  }
}
/** Is a person of this side, or of none, named with this office word before or after a name? */
function namedHolder(s: State, code: string, head: string): boolean {
  const { tokens } = s
  for (const d of s.drafts.values()) {
    if (d.type !== 'person' || d.why.rule === 'demonym+office') continue
    if (d.affiliation !== null && d.affiliation !== code) continue
    if (d.roles.some((r) => r.role.endsWith(head))) return true
    for (const m of d.mentions) {
      if (m.kind !== 'name') continue
      for (let k = m.from - 1; k >= 0 && k >= m.from - 4; k--)
        if (tokens[k]!.lower === head) return true
      for (let k = m.to; k < tokens.length && k <= m.to + 6; k++)
        if (tokens[k]!.lower === head) return true
    }
  }
  return false
}

const FORMER_WORDS = new Set(['former', 'ex', 'late', 'then', 'previous', 'next', 'future'])
const OFFICES = new Set([
  'president',
  'prime minister',
  'foreign minister',
  'defence minister',
  'defense minister',
  'economy minister',
  'finance minister',
  'interior minister',
  'energy minister',
  'health minister',
  'justice minister',
  'foreign secretary',
  'defence secretary',
  'defense secretary',
  'home secretary',
  'vice president',
  'chancellor',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
])

const HEADS_OF_STATE = ['president', 'king', 'queen']
const LEADERS = ['leader', 'president', 'premier', 'chancellor', 'king', 'queen']

const INDEFINITES = new Set(['a', 'an', 'one', 'another', 'other', 'some', 'several'])

/** Does "a senior official", "another milblogger" or "officials" stand between from and to? */
function unnamedBetween(tokens: Token[], from: number, to: number, head: string): boolean {
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k]!.lower
    if (w === `${head}s`) return true
    if (w !== head) continue
    for (let b = k - 1; b >= from && b >= k - 3; b--)
      if (INDEFINITES.has(tokens[b]!.lower)) return true
  }
  return false
}

// words between "the" and a title noun that keep the reference to one person
const DESCRIPTION_MODIFIERS = new Set([
  'regional',
  'prime',
  'foreign',
  'defence',
  'defense',
  'senior',
  'top',
])

function personEndingAt(at: State['at'], end: number): Draft | undefined {
  for (let k = end - 1; k >= 0 && k >= end - 6; k--) {
    const m = at.get(k)
    if (m && m.to === end) return m.draft.type === 'person' ? m.draft : undefined
  }
  return undefined
}

/**
 * A side written just before a name: "Russia's private mercenary X Group",
 * "Ukraine's defence minister Jane Doe", "the Russian-backed X".
 */
// words that, between a demonym and a name, describe the named ("Russian private military
// company X", "Ukrainian journalist Y"); role nouns are in the lexicon's roles
const DESCRIPTORS = new Set([
  'private',
  'mercenary',
  'military',
  'paramilitary',
  'state',
  'state-owned',
  'state-run',
  'opposition',
  'independent',
  'pro-government',
  'nationalist',
  'volunteer',
  'special',
  'armed',
  'security',
  'intelligence',
  'news',
  'media',
  'agency',
  'outlet',
  'channel',
  'company',
  'firm',
  'group',
  'blogger',
  'milblogger',
  'journalist',
  'reporter',
  'activist',
  'analyst',
  'expert',
  'official',
  'politician',
  'lawmaker',
  'diplomat',
  'businessman',
  'oligarch',
  'billionaire',
  'general',
  'colonel',
  'major',
  'captain',
  'lieutenant',
  'soldier',
  'officer',
  'pilot',
  'writer',
  'author',
  'singer',
  'athlete',
  'player',
  'former',
  'top',
  'senior',
  'leading',
  'prominent',
  'veteran',
  'regional',
  'local',
  'national',
  'federal',
  'foreign',
  'defence',
  'defense',
  'energy',
  'oil',
  'gas',
  'telegram',
  'tv',
  'television',
  'radio',
  'newspaper',
  'broadcaster',
  'think',
  'tank',
  'rights',
  'arms',
  'affairs',
  'lawyer',
  'dealer',
  'star',
  'correspondent',
  'commentator',
  'propagandist',
  'host',
  'presenter',
  'editor',
  'economist',
  'scientist',
  'professor',
  'researcher',
  'ombudsman',
  'prosecutor',
  'judge',
  'basketball',
  'football',
  'tennis',
  'ruling',
  'public',
  'relations',
  'specialist',
])

// "Ukrainian collaborator X", "Russian dissident Y": the demonym is a nationality, and the
// person stands against that country's side
const AGAINST_OWN_SIDE = new Set(
  'collaborator collaborationist defector deserter dissident dissidents exile exiled émigré emigre opposition turncoat traitor'.split(
    ' ',
  ),
)

/** Could this lower-case word sit inside a noun phrase before a name (not a verb, joiner or group)? */
function describes(w: string, lex: Lexicon): boolean {
  if (NOT_DESCRIBING.has(w) || lex.groupNouns.has(w)) return false
  // "-ed", "-ing" and "-s" words before a name are mostly verbs ("supports", "repelled")
  return !/(?:ed|ing|[^sui]s)$/.test(w) && /^[a-z][a-z-]*$/.test(w)
}

// prepositions, joiners and the commonest verbs of news sentences
const NOT_DESCRIBING = new Set(
  (
    'of in on at by for with against from to into onto over under near after before during about ' +
    'between among across through without within toward towards than as and or but nor that ' +
    'which who whom whose while when where if because since until so say says claim claims ' +
    'report reports accuse accuses deny denies warn warns urge urges call calls tell tells ' +
    'is are was were be been has have had will would can could may might must should do does ' +
    'did not also still now then its their his her'
  ).split(' '),
)

/**
 * The country named by the capitalised words just before `end`: "North Korea" as a whole
 * before its last word alone ("Korea"), so "North Korea's leader" is not South Korea's.
 */
function countryEndingAt(
  tokens: Token[],
  end: number,
  gaz: PlaceLookup,
): ReturnType<PlaceLookup['country']> {
  for (const n of [3, 2, 1]) {
    const words = tokens.slice(Math.max(0, end - n), end)
    if (words.length < n || words.some((w) => !w.upper || w.punct)) continue
    const c = gaz.country(words.map((w) => w.text).join(' '))
    if (c) return c
  }
  return null
}

function leftContextSide(
  tokens: Token[],
  from: number,
  lex: Lexicon,
  gaz: PlaceLookup,
): { code: string; rule: string } | null {
  let free = 0
  for (let k = from - 1, words = 0; k >= 0 && words <= 3; k--) {
    const t = tokens[k]!
    if (isPossessiveS(t.text)) {
      const prev = tokens[k - 1]
      if (!prev) return null
      const c = countryEndingAt(tokens, k, gaz)
      if (c?.rule === 'country-name') return { code: c.code, rule: 'possessive' }
      // "Moscow's Defence Ministry": a capital stands for its government
      const capital = prev.upper ? gaz.capitalOf(prev.text) : null
      return capital ? { code: capital, rule: 'capital-possessive' } : null
    }
    const camp = campOf(t.text, lex, gaz)
    if (camp) return { code: camp, rule: 'camp-modifier' }
    // "Russia's foreign minister, X": a role set off by a comma before the name
    if (t.text === ',' && k === from - 1 && lex.roles.has(tokens[k - 1]?.lower ?? '')) continue
    // "Russia's ambassador to the US X": the country a role is posted to is not its side
    const to = tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1
    if (
      t.upper &&
      tokens[to]?.lower === 'to' &&
      lex.roles.has(tokens[to - 1]?.lower ?? '') &&
      gaz.country(t.text)
    ) {
      k = to
      words++
      continue
    }
    // "Russia's deputy U.N. ambassador X": a body's acronym inside the role
    if (ACRONYM.test(t.text) && !gaz.country(t.text)) {
      if (free++ > 1) return null
      words++
      continue
    }
    if (t.upper && !t.punct) {
      const c = gaz.country(t.text)
      return c?.rule === 'demonym' ? { code: c.code, rule: 'demonym-modifier' } : null
    }
    if (t.punct || lex.commonWords.has(t.lower) || AGAINST_OWN_SIDE.has(t.lower)) return null
    // only words that describe the name may stand between: "Russian private mercenary X",
    // "Ukrainian presidential adviser Y"; "Ukrainian forces repelled X" and "Russia's war
    // against X" say nothing about X's side
    // "Russian 1st Guards Tank Army": unit numbers belong to the name's phrase
    const ordinal = /^\d+(?:st|nd|rd|th)?$/.test(t.lower)
    if (!ordinal && !lex.roles.has(t.lower) && !DESCRIPTORS.has(t.lower)) {
      // two other words at most, none a likely verb: "human rights lawyer" yes,
      // "assessment supports" no
      if (free++ > 1 || !describes(t.lower, lex)) return null
    }
    words++
  }
  return null
}

const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,5})$/u

interface RoleDescription {
  from: number
  to: number
  role: string
  cls: RoleClass
  org: Draft
  /** For "militia founder X": the token where the person's name starts. */
  modifierOf?: number
  resolved?: boolean
}

/**
 * "the head of Russia's private mercenary X Group", "the founder of the group",
 * "X Group founder Jane Doe": a role in an organisation already found.
 */
function findRoleDescriptions(
  tokens: Token[],
  at: Map<number, { draft: Draft; to: number }>,
  covered: Uint8Array,
  lex: Lexicon,
): RoleDescription[] {
  const out: RoleDescription[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.lower === 'the') {
      const role = matchRole(tokens, i + 1, lex)
      if (!role || tokens[role.end]?.lower !== 'of') continue
      // skip a possessive and modifiers before the organisation: "of Russia's private mercenary X"
      for (let k = role.end + 1; k < tokens.length && k <= role.end + 7; k++) {
        const m = covered[k] ? at.get(k) : undefined
        if (m && m.draft.type === 'organization') {
          out.push({ from: i, to: m.to, role: role.role, cls: role.cls, org: m.draft })
          break
        }
        const tk = tokens[k]!
        if (tk.text === ',' || tk.text === '.' || ROLE_SCAN_STOPS.has(tk.lower)) break
      }
      continue
    }
    // "X Group founder Jane Doe", "X's founder Jane Doe"
    // a mention starts only on a covered token: most tokens need no map lookup
    const m = covered[i] ? at.get(i) : undefined
    if (m?.draft.type === 'organization') {
      let k = m.to
      if (isPossessiveS(tokens[k]?.text ?? '')) k++
      const role = matchRole(tokens, k, lex)
      if (role) {
        // "X Group spokesperson Colonel Jane Doe": a rank or title may stand before the name
        let e = role.end
        while (
          e < role.end + 4 &&
          (lex.titles.has(tokens[e]?.text ?? '') || tokens[e]?.text === '.')
        )
          e++
        const p = at.get(e)
        if (p?.draft.type === 'person')
          out.push({
            from: i,
            to: role.end,
            role: role.role,
            cls: role.cls,
            org: m.draft,
            modifierOf: e,
          })
      }
    }
  }
  return out
}

const ROLE_SCAN_STOPS = new Set(['said', 'says', 'claimed', 'who', 'which', 'and'])

// the first words of the roles that have more than one, per lexicon
const roleFirstWords = new WeakMap<Lexicon, Set<string>>()

function matchRole(
  tokens: Token[],
  at: number,
  lex: Lexicon,
): { role: string; cls: RoleClass; end: number } | null {
  const a = tokens[at]
  if (!a) return null
  let firsts = roleFirstWords.get(lex)
  if (!firsts) {
    firsts = new Set()
    for (const r of lex.roles.keys()) {
      const sp = r.indexOf(' ')
      if (sp >= 0) firsts.add(r.slice(0, sp))
    }
    roleFirstWords.set(lex, firsts)
  }
  // only a word that begins a longer role needs the two-word string built
  const two = tokens[at + 1] && firsts.has(a.lower) ? `${a.lower} ${tokens[at + 1]!.lower}` : ''
  if (two && lex.roles.has(two)) return { role: two, cls: lex.roles.get(two)!, end: at + 2 }
  if (lex.roles.has(a.lower)) return { role: a.lower, cls: lex.roles.get(a.lower)!, end: at + 1 }
  return null
}

function nearestOrgWithHead(orgs: Draft[], noun: string, offset: number): Draft | undefined {
  let best: Draft | undefined
  let bestDist = Number.POSITIVE_INFINITY
  // "the Australian government … the Polish government … The government announced": with two
  // sides' bodies named before it, "the government" may be either
  const sides = new Set<string>()
  for (const o of orgs)
    if (
      o.nameTokens.at(-1)?.toLowerCase() === noun &&
      o.affiliation &&
      o.mentions.some((m) => m.kind !== 'reference' && m.start <= offset)
    )
      sides.add(o.affiliation)
  if (sides.size > 1) return undefined
  for (const o of orgs) {
    const head = o.nameTokens.at(-1)?.toLowerCase()
    if (head !== noun) continue
    for (const m of o.mentions) {
      if (m.kind === 'reference') continue
      // prefer an antecedent; a later name counts only when none comes before
      const dist = m.start <= offset ? offset - m.start : 1e9 + m.start - offset
      if (dist < bestDist) {
        bestDist = dist
        best = o
      }
    }
  }
  return best
}

/** Places resolved to one gazetteer entry share one key, whatever the article called them. */
function rekeyPlaces(drafts: Map<string, Draft>) {
  for (const [key, d] of [...drafts]) {
    if (d.type !== 'place' || !d.geo) continue
    const k = `place:${d.geo.placeId}`
    drafts.delete(key)
    const other = drafts.get(k)
    if (other) {
      other.mentions.push(...d.mentions)
      other.aliases.add(d.name)
      for (const a of d.aliases) other.aliases.add(a)
    } else {
      d.key = k
      drafts.set(k, d)
    }
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const l = m.get(k)
  if (l) l.push(v)
  else m.set(k, [v])
}

/** The capitalised runs inside a chunk, split where a lower-case joiner ("of", "the") sits. */
function splitAtJoiners(text: string, tokens: Token[], c: Chunk): Chunk[] {
  const out: Chunk[] = []
  let from = -1
  for (let k = c.from; k <= c.to; k++) {
    const t = tokens[k]
    const inside = k < c.to && t !== undefined && (t.upper || t.text === '.')
    if (inside && from < 0) from = k
    if (!inside && from >= 0) {
      if (from > c.from || k < c.to) out.push(subChunk(text, tokens, from, k))
      from = -1
    }
  }
  return out
}

/** The run of tokens [from, to) as a chunk of its own. */
function subChunk(text: string, tokens: Token[], from: number, to: number): Chunk {
  const a = tokens[from]!
  const b = tokens[to - 1]!
  return {
    from,
    to,
    start: a.start,
    end: b.end,
    text: text.slice(a.start, b.end),
    titleCase: false,
  }
}

/** One form for "Ministry of Defence" and "Defense Ministry", so both name the same body. */
function bodyNorm(norm: string): string {
  const n = norm.replace(/\bdefence\b/g, 'defense')
  const m = /^(\S+) of (?:the )?(\S+(?: \S+)?)$/.exec(n)
  return m && BODY_HEADS.has(m[1]!) ? `${m[2]} ${m[1]}` : n
}
const BODY_HEADS = new Set(['ministry', 'council', 'committee', 'service', 'office', 'department'])

const NAME_JOINERS = new Set(['of', 'for', 'the', 'and', 'on', 'in'])

/** Every word of the name is a common English word, none an acronym or a proper name. */
function commonWordsOnly(tokens: Token[], from: number, to: number): boolean {
  let words = 0
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    if (t.punct) continue
    if (t.acronym || (!NAME_JOINERS.has(t.lower) && !isEnglishWord(t.lower))) return false
    words++
  }
  return words > 0
}
