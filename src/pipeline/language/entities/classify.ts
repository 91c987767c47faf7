import { isEnglishWord, type Lexicon } from '../lexicon.js'
import type { EntityType, PlaceLookup, Token } from '../types.js'
import type { Chunk } from './chunks.js'
import { isCalendarWord } from './normalize.js'

/** What a capitalised run names, and why we think so. */
export interface Classified {
  type: EntityType
  /** Token range of the name itself, titles and demonyms stripped. */
  from: number
  to: number
  /** A side read off the run itself ("Russian Defence Ministry", "Armed Forces of Ukraine"). */
  affiliation: { code: string; rule: string; confidence: number } | null
  rule: string
  confidence: number
  /** Place kind hinted by the words around it ("Donetsk region"). */
  placeKind?: 'region' | 'city'
  /** For region mentions, the token after the name that says so ("region", "oblast"). */
  suffixTo?: number
}

const GEO_FEATURES = new Set([
  'Sea',
  'River',
  'Ocean',
  'Mountains',
  'Island',
  'Islands',
  'Peninsula',
  'Bay',
  'Strait',
  'Lake',
  'Gulf',
  'Canal',
  'Valley',
  'Desert',
  'Forest',
  'Plant',
  'Station',
  'Bridge',
  'Dam',
  'Airport',
  'Square',
  'Street',
  'Avenue',
  'Road',
  'Highway',
  'Oblast',
  'Region',
  'Province',
  'District',
  'Raion',
  'County',
  'Port',
  'Harbour',
  'Harbor',
  'Base',
  'Airfield',
  'Reservoir',
])
const REGION_WORDS = new Set([
  'region',
  'oblast',
  'province',
  'district',
  'raion',
  'krai',
  'governorate',
  'state',
])
const CITY_WORDS = new Set(['city', 'town', 'village', 'settlement', 'capital'])

/** "the town of X": a word of settlement and "of" just before the name at `at`. */
function afterCityWord(tokens: Token[], at: number): boolean {
  const kind = tokens[at - 2]
  return tokens[at - 1]?.lower === 'of' && kind !== undefined && CITY_WORDS.has(kind.lower)
}
const COMPOUND_MODIFIER =
  /-(based|controlled|backed|occupied|held|led|born|run|owned|linked|installed|appointed|made|friendly|aligned|allied|leaning|style|era|bound)$/i
export const SPEECH_CUES = new Set([
  'said',
  'says',
  'told',
  'added',
  'claimed',
  'stated',
  'wrote',
  'announced',
  'denied',
  'insisted',
  'warned',
  'confirmed',
  'argued',
  'admitted',
  'noted',
  'explained',
  'tweeted',
  'posted',
])

/**
 * Decides what a capitalised run names. Returns 'defer' for a lone word that only the rest
 * of the article can explain (a surname, a short form), and null for what is no entity.
 */
export function classifyChunk(
  c: Chunk,
  tokens: Token[],
  lex: Lexicon,
  gaz: PlaceLookup,
  lowerVocab: Set<string>,
): Classified | 'defer' | null {
  let from = c.from
  const to = c.to
  if (to - from === 1 && isCalendarWord(tokens[from]!.lower)) return null
  if (tokens[from]!.lower === 'the' && to - from > 1) from++
  // "Washington-based X", "Ukraine-controlled Y": the compound describes, it does not name;
  // "Russian-appointed X" still says whose camp X is in
  let camp: string | null = null
  while (to - from > 1 && compoundModifier(tokens[from]!.text)) {
    camp ??= campOf(tokens[from]!.text, lex, gaz)
    from++
  }
  if (compoundModifier(tokens[from]!.text)) return null

  const whole = textOf(c, tokens, from, to)
  const wholeLower = whole.toLowerCase()
  if (lex.outlets.has(wholeLower) || outletsAfterThe(lex).has(wholeLower))
    return hit('outlet', from, to, null, 'outlet-lexicon', 0.95)
  const inst = lex.institutions.get(whole)
  if (inst) {
    const aff = inst.affiliation
      ? { code: inst.affiliation, rule: 'institution-lexicon', confidence: 0.9 }
      : null
    return hit('organization', from, to, aff, 'institution-lexicon', 0.9)
  }

  // a leading demonym gives the side: "Russian Defence Ministry", "Ukrainian President X"
  let affiliation: Classified['affiliation'] = null
  let nameFrom = from
  if (to - from > 1) {
    const d = gaz.country(tokens[from]!.text)
    if (d?.rule === 'demonym') {
      // "a British ISIS fighter", "American ISIS hostages": the demonym is the person's, not
      // the body's that names what the person is
      const person = isMemberNoun(tokens[to])
      if (!person) affiliation = { code: d.code, rule: 'demonym', confidence: 0.9 }
      nameFrom = from + 1
    }
    // "US Defence Secretary X", "Ukraine President X": a country's name before an office
    else if (d?.rule === 'country-name' && matchTitle(tokens, from + 1, to, lex) > from + 1) {
      affiliation = { code: d.code, rule: 'country-name', confidence: 0.85 }
      nameFrom = from + 1
    }
  }
  // a name split off a longer run keeps the run's leading demonym ("Northlandish Defence Staff
  // deputy chief X" is Northlandish) or camp ("Russian-appointed … head X")
  if (c.runFrom !== undefined && affiliation === null) {
    const d = gaz.country(tokens[c.runFrom]!.text)
    const runCamp = campOf(tokens[c.runFrom]!.text, lex, gaz)
    if (d?.rule === 'demonym') affiliation = { code: d.code, rule: 'demonym', confidence: 0.8 }
    else if (runCamp) affiliation = { code: runCamp, rule: 'camp-modifier', confidence: 0.8 }
    // "President of Northland X", as "Northlandish President X"
    else
      affiliation =
        ofCountry(tokens, c.runFrom, from, gaz) ?? ofDemonymBody(tokens, c.runFrom, from, gaz)
  }
  if (camp && affiliation === null)
    affiliation = { code: camp, rule: 'camp-modifier', confidence: 0.8 }

  if (isOrganization(tokens, nameFrom, to, lex)) {
    affiliation ??= ofCountry(tokens, from, to, gaz) ?? countryFirst(tokens, from, to, gaz)
    return hit('organization', from, to, affiliation, 'org-keyword', 0.85)
  }

  // "President Jo K. Vell of Northland": a name, then the place it is of, each on its own
  if (placeAfterOf(tokens, nameFrom, to, lex, gaz)) return null

  // titles make a person of what follows: "President X", "Gen. X", "Lt. Col. X"
  const title = matchTitle(tokens, nameFrom, to, lex)
  if (title > nameFrom && title < to) {
    // "Minister of X" is an office, whose parts are named on their own
    const next = tokens[title]!.text
    if (next === 'of' || next === 'for') return null
    return hit('person', title, to, affiliation, 'title', 0.9)
  }
  // "Deputy Justice Minister Jo Vell", "Treasury Secretary Jo K. Vell": an office of common
  // words, ending in a title or role, run into a known given name and surname
  const held = officeThenName(tokens, nameFrom, to, lex, gaz)
  if (held > nameFrom) return hit('person', held, to, affiliation, 'office-title', 0.85)

  const name = textOf(c, tokens, nameFrom, to)
  if (to - nameFrom === 1 && tokens[nameFrom]!.acronym && tokens[nameFrom]!.text.length <= 6) {
    const country = gaz.country(name)
    if (country?.rule === 'country-name')
      return hit('place', nameFrom, to, affiliation, 'gazetteer-country', 0.9)
    // "the CEO said": a title's short form alone names no body
    if (lex.titles.has(name)) return null
    return hit('organization', nameFrom, to, affiliation, 'acronym', 0.6)
  }
  const next = tokens[to]
  if (gaz.isPlaceName(name)) {
    const nl = next?.lower ?? ''
    if (REGION_WORDS.has(nl) && !next!.upper) {
      return {
        ...hit('place', nameFrom, to, null, 'gazetteer+region-word', 0.9),
        placeKind: 'region',
        suffixTo: to + 1,
      }
    }
    const p = hit('place', nameFrom, to, null, 'gazetteer', 0.85)
    return afterCityWord(tokens, nameFrom) ? { ...p, placeKind: 'city' } : p
  }
  if (GEO_FEATURES.has(tokens[to - 1]!.text) && to - nameFrom > 1) {
    return hit('place', nameFrom, to, null, 'geo-feature-word', 0.7)
  }
  // "the town of Vell", "the village of Kas": the text names the kind, so a settlement the
  // gazetteer lacks is still a place (with no coordinates)
  if (
    afterCityWord(tokens, nameFrom) &&
    !tokens[nameFrom - 2]!.upper &&
    to - nameFrom <= 3 &&
    !lex.givenNames.has(tokens[nameFrom]!.text) &&
    // "the city of Tver Photograph: …", "the city of Belgorod Two people …": a run glued
    // onto the next sentence holds an English word or a place the gazetteer knows
    !gaz.isPlaceName(tokens[nameFrom]!.text) &&
    tokens.slice(nameFrom, to).every((t) => !t.punct && !isEnglishWord(t.lower))
  )
    return { ...hit('place', nameFrom, to, null, 'kind-named', 0.7), placeKind: 'city' }

  // the name's words: tokens nameFrom..to
  // a middle initial's period is no word: "Jo K. Vell" is three
  let wsLength = to - nameFrom
  for (let k = nameFrom + 1; k < to; k++) if (initialStop(tokens, k)) wsLength--
  // "Multiple Russian (sources)", "Three Ukrainian (soldiers)": no name ends in a nationality,
  // unless a given name opens it ("Tracey German")
  if (
    wsLength >= 2 &&
    gaz.country(tokens[to - 1]!.text)?.rule === 'demonym' &&
    !lex.givenNames.has(tokens[nameFrom]!.text)
  )
    return null
  // "the New Jersey Generals", "the Chicago Bears": a run after "the" that ends in a plural
  // of a common word names a team or a body, not a person
  const last = tokens[to - 1]!.lower
  if (
    wsLength >= 2 &&
    tokens[nameFrom - 1]?.lower === 'the' &&
    !lex.givenNames.has(tokens[nameFrom]!.text) &&
    /[^su]s$/.test(last) &&
    isEnglishWord(last) &&
    tokens.slice(nameFrom, to).every((t) => t.upper && !t.punct)
  )
    return hit('organization', nameFrom, to, affiliation, 'name-after-the', 0.5)
  // "Committee on Defense Andrei Kartapolov": a body's last word run into the holder's name
  if (wsLength >= 3 && placeBeforeName(tokens, c.from, lex, gaz)) return null
  if (c.holder && wsLength >= 2)
    return hit('person', nameFrom, to, affiliation, 'office-holder', 0.8)
  if (
    wsLength >= 2 &&
    wsLength <= 4 &&
    lex.givenNames.has(tokens[nameFrom]!.text) &&
    !lowerVocab.has(tokens[to - 1]!.lower)
  ) {
    return hit('person', nameFrom, to, affiliation, 'given-name', 0.85)
  }
  // "Shira A. Vell": a middle initial between two capitalised words that are no dictionary
  // words names a person whose given name the lexicon does not know
  if (
    wsLength === 3 &&
    initialStop(tokens, nameFrom + 2) &&
    !isEnglishWord(tokens[nameFrom]!.lower) &&
    !lowerVocab.has(tokens[to - 1]!.lower) &&
    !lex.orgKeywords.has(tokens[to - 1]!.text)
  )
    return hit('person', nameFrom, to, affiliation, 'initial-name', 0.8)
  if (wsLength >= 2 && wsLength <= 3 && nameLike(tokens, nameFrom, to, lex, lowerVocab)) {
    if (thingLike(tokens, nameFrom, to, lex))
      return hit('organization', nameFrom, to, affiliation, 'capitalised-thing', 0.4)
    // "Minister of Foreign Affairs Serbia": what an office is of, with no given name, is no person
    if (c.officeOf) return null
    const after = tokens[to]
    const after2 = tokens[to + 1]
    const prev = tokens[nameFrom - 1]
    const speech = after && SPEECH_CUES.has(after.lower)
    const appos =
      after?.text === ',' &&
      (after2?.lower === 'the' ||
        after2?.lower === 'a' ||
        after2?.lower === 'an' ||
        after2?.lower === 'who')
    const roleBefore = prev && lex.roles.has(prev.lower)
    // "Divining Putin", "Reuters Justin Trudeau": a heading's verb or a photo credit before a name
    // (tested where the chunk starts, as the caller splits it there)
    if (leadingNoise(tokens[c.from]!, lex, lowerVocab)) return null
    if (placeBeforeName(tokens, c.from, lex, gaz)) return null
    if (speech || appos || roleBefore)
      return hit('person', nameFrom, to, affiliation, 'name-in-context', 0.7)
    return hit('person', nameFrom, to, affiliation, 'capitalised-name', 0.5)
  }
  if (wsLength === 1) return 'defer'
  return null
}

// the outlets whose names begin "the ", without it: `x` is one where "the x" is an outlet
const afterThe = new WeakMap<Lexicon, Set<string>>()
function outletsAfterThe(lex: Lexicon): Set<string> {
  let s = afterThe.get(lex)
  if (!s) {
    s = new Set()
    for (const o of lex.outlets) if (o.startsWith('the ')) s.add(o.slice(4))
    afterThe.set(lex, s)
  }
  return s
}

function hit(
  type: EntityType,
  a: number,
  b: number,
  aff: Classified['affiliation'],
  rule: string,
  confidence: number,
): Classified {
  return { type, from: a, to: b, affiliation: aff, rule, confidence }
}

/** The chunk's text from token a to token b, with runs of odd white space made one space. */
function textOf(c: Chunk, tokens: Token[], a: number, b: number): string {
  const s = c.text.slice(tokens[a]!.start - c.start, tokens[b - 1]!.end - c.start)
  return oddSpace(s) ? s.replace(/\s+/g, ' ') : s
}

/** The same as /\s\s|[\n\t\u00a0]/.test(s), without a regular expression a call. */
function oddSpace(s: string): boolean {
  let prev = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 10 || c === 9 || c === 0xa0) return true
    const ws = isJsSpace(c)
    if (ws && prev) return true
    prev = ws
  }
  return false
}

// what \s matches
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

// every compound modifier has a hyphen: most first words have none and skip the expression
// "Russian-appointed X", "Kremlin-backed Y", "pro-Moscow Z": the compound names a camp
const CAMP =
  /^(?:[Pp]ro-(\p{Lu}[\p{L}]+)|(\p{Lu}[\p{L}]+)-(?:appointed|installed|backed|imposed|controlled|led|aligned|affiliated|linked|sponsored|funded|allied))$/u

export function campOf(text: string, lex: Lexicon, gaz: PlaceLookup): string | null {
  const m = CAMP.exec(text)
  if (!m) return null
  const name = m[1] ?? m[2]!
  const c = gaz.country(name)
  if (c) return c.code
  // "Moscow-installed", "Kremlin-backed": a capital or an institution with a side
  return gaz.capitalOf(name) ?? lex.institutions.get(name)?.affiliation ?? null
}

function compoundModifier(text: string): boolean {
  return text.includes('-') && COMPOUND_MODIFIER.test(text)
}

/**
 * Where a title starts after a leading institution or acronym, as in "NATO Secretary General
 * X" or "Kremlin Spokesman Y": the run names two things, the body and its office holder.
 * Returns -1 when the run does not open that way.
 */
export function titleAfterInstitution(c: Chunk, tokens: Token[], lex: Lexicon): number {
  let head = ''
  for (let j = c.from + 1; j < Math.min(c.to - 1, c.from + 4); j++) {
    // the words c.from..j-1, joined by spaces
    head = j === c.from + 1 ? tokens[c.from]!.text : `${head} ${tokens[j - 1]!.text}`
    const known =
      lex.institutions.has(head) ||
      lex.outlets.has(head.toLowerCase()) ||
      (j === c.from + 1 && tokens[c.from]!.acronym)
    if (!known) continue
    const t = matchTitle(tokens, j, c.to, lex)
    // the title must leave a name of up to four words after it
    if (t > j && c.to - t <= 4) return j
  }
  return -1
}

function isOrganization(tokens: Token[], from: number, to: number, lex: Lexicon): boolean {
  // "Donetsk People's Republic", "People's Militia": a people's body is an organisation
  for (let k = from + 1; k < to - 1; k++)
    if (tokens[k - 1]!.text === 'People' && (tokens[k]!.text === "'s" || tokens[k]!.text === '’s'))
      return true
  const last = tokens[to - 1]!.text
  const last2 = to - from >= 2 ? `${tokens[to - 2]!.text} ${last}` : ''
  if (lex.orgKeywords.has(last) || (last2 && lex.orgKeywords.has(last2))) return true
  // "Ministry of Defence", "Institute for the Study of War", "Staff of the Armed Forces of X"
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k]!
    const n = tokens[k + 1]!
    if (lex.orgKeywords.has(t.text) && (n.lower === 'of' || n.lower === 'for')) return true
  }
  return false
}

/**
 * A person's name of two words or more, opening on a title or a known given name, then "of"
 * and a place the gazetteer knows ("Democratic Republic of X" opens on neither).
 */
function placeAfterOf(
  tokens: Token[],
  from: number,
  to: number,
  lex: Lexicon,
  gaz: PlaceLookup,
): boolean {
  let words = 0
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k]!
    if (t.lower === 'of' && !t.upper) {
      const person =
        lex.givenNames.has(tokens[from]!.text) || matchTitle(tokens, from, k, lex) > from
      const a = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1
      const place = tokens
        .slice(a, to)
        .map((u) => u.text)
        .join(' ')
      return words >= 2 && person && a < to && gaz.isPlaceName(place)
    }
    if (!t.punct) words++
  }
  return false
}

/** "… of Ukraine" at the end of an organisation's name. */
function ofCountry(
  tokens: Token[],
  from: number,
  to: number,
  gaz: PlaceLookup,
): Classified['affiliation'] {
  for (let k = to - 2; k > from; k--) {
    if (tokens[k]!.lower !== 'of') continue
    let a = k + 1
    if (tokens[a]?.lower === 'the') a++
    const name = tokens
      .slice(a, to)
      .map((t) => t.text)
      .join(' ')
    const c = gaz.country(name)
    if (c?.rule === 'country-name') return { code: c.code, rule: 'of-country', confidence: 0.9 }
    return null
  }
  return null
}

/**
 * "UK Ministry of Defence", "US Department of Defense", "Ukraine Defence Ministry": a state
 * body named after its country. Only state bodies: a "Ukraine Defense Contact Group" or a
 * "Russia Fund" is not the country's.
 */
function countryFirst(
  tokens: Token[],
  from: number,
  to: number,
  gaz: PlaceLookup,
): Classified['affiliation'] {
  let c = gaz.country(tokens[from]!.text)
  let k = from + 1
  if (!c && to - from > 2) {
    c = gaz.country(`${tokens[from]!.text} ${tokens[from + 1]!.text}`)
    k++
  }
  if (c?.rule !== 'country-name') return null
  for (; k < to; k++)
    if (STATE_BODIES.has(tokens[k]!.text))
      return { code: c.code, rule: 'country-name', confidence: 0.85 }
  return null
}

const STATE_BODIES = new Set([
  'Ministry',
  'Department',
  'Office',
  'Administration',
  'Command',
  'Police',
  'Directorate',
  'Bureau',
  'Cabinet',
  'Government',
  'Embassy',
  'Army',
  'Navy',
  'Staff',
  'MoD',
  'DoD',
  'DoJ',
  'MoJ',
])

// the last words of the lexicon's titles ("Minister", "Secretary"; not "Defense" of "Defense
// Secretary")
const titleEndsOf = new WeakMap<Lexicon, Set<string>>()
function titleEnds(lex: Lexicon): Set<string> {
  let s = titleEndsOf.get(lex)
  if (!s) {
    s = new Set()
    for (const cands of lex.titles.values()) for (const words of cands) s.add(words.at(-1)!)
    titleEndsOf.set(lex, s)
  }
  return s
}

function officeThenName(
  tokens: Token[],
  from: number,
  to: number,
  lex: Lexicon,
  gaz: PlaceLookup,
): number {
  for (let p = to - 2; p > from && to - p <= 4; p--) {
    if (!lex.givenNames.has(tokens[p]!.text)) continue
    const prev = tokens[p - 1]!
    if (!titleEnds(lex).has(prev.text) && !lex.roles.has(prev.lower)) return -1
    // a body's or a place's name before the office is read by the rules for those
    for (let k = from; k < p; k++) {
      const t = tokens[k]!
      if (
        t.punct ||
        t.acronym ||
        lex.orgKeywords.has(t.text) ||
        lex.institutions.has(t.text) ||
        gaz.isPlaceName(t.text) ||
        gaz.country(t.text)
      )
        return -1
    }
    return p
  }
  return -1
}

/** "Head of the Northlandish Investigative Committee X": the body the office is of has a side. */
function ofDemonymBody(
  tokens: Token[],
  from: number,
  to: number,
  gaz: PlaceLookup,
): Classified['affiliation'] {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]!.lower !== 'of') continue
    const a = tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1
    const d = a < to - 1 ? gaz.country(tokens[a]!.text) : null
    return d?.rule === 'demonym'
      ? { code: d.code, rule: 'office-of-demonym', confidence: 0.8 }
      : null
  }
  return null
}

export function matchTitle(tokens: Token[], from: number, to: number, lex: Lexicon): number {
  // titles are written with their periods as separate tokens: "Lt" "." "Col" "."
  let k = from
  let matched = from
  while (k < to) {
    const t = tokens[k]!
    const withDot = tokens[k + 1]?.text === '.' ? `${t.text}.` : t.text
    const cands = lex.titles.get(withDot) ?? lex.titles.get(t.text)
    if (!cands) break
    let advanced = false
    for (const words of cands) {
      let p = k
      let ok = true
      for (const w of words) {
        const tok = tokens[p]
        if (!tok || p >= to) {
          ok = false
          break
        }
        if (w.endsWith('.') && tok.text === w.slice(0, -1) && tokens[p + 1]?.text === '.') p += 2
        else if (tok.text === w) p++
        else {
          ok = false
          break
        }
      }
      if (ok && p < to) {
        k = p
        matched = p
        advanced = true
        break
      }
    }
    if (!advanced) break
  }
  return matched
}

/** The period after a middle initial: "K" "." in "Jo K. Vell". */
function initialStop(tokens: Token[], k: number): boolean {
  return tokens[k]!.text === '.' && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? '')
}

function nameLike(
  tokens: Token[],
  from: number,
  to: number,
  lex: Lexicon,
  lowerVocab: Set<string>,
): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    if (initialStop(tokens, k)) continue
    if (!t.upper || t.acronym || /\p{N}/u.test(t.text)) return false
    if (lex.commonWords.has(t.lower) || lowerVocab.has(t.lower) || isCalendarWord(t.lower))
      return false
  }
  return true
}

/**
 * A capitalised run that ends in a dictionary word names a thing or a body, not a person
 * ("Warsaw Pact", "Winter Olympics", "Hajun Project"), unless a given name or an honorific is
 * in it ("Rand Paul", "Analyst Oliver Alexander", "Mr Trump") or the words are an office.
 */
function thingLike(tokens: Token[], from: number, to: number, lex: Lexicon): boolean {
  if (!isEnglishWord(tokens[to - 1]!.lower) || HONORIFICS.has(tokens[from]!.text)) return false
  for (let k = from; k < to; k++) if (lex.givenNames.has(tokens[k]!.text)) return false
  return !isTitle(tokens, from, to, lex)
}

/**
 * "in Ukraine Vladimir Putin …", "the Committee on Defense Andrei Kartapolov": a place's or a
 * body's word run into the given name and surname after it.
 */
export function placeBeforeName(
  tokens: Token[],
  from: number,
  lex: Lexicon,
  gaz: PlaceLookup,
): boolean {
  const first = tokens[from]!
  const next = tokens[from + 1]
  if (next === undefined || !lex.givenNames.has(next.text)) return false
  if (gaz.isPlaceName(first.text)) return true
  // any other capitalised word, where a surname follows the given name
  const last = tokens[from + 2]
  return (
    last?.upper === true &&
    !last.punct &&
    !lex.givenNames.has(first.text) &&
    !lex.titles.has(first.text) &&
    !first.acronym
  )
}

/**
 * A capitalised word that starts a run but is no part of a person's name: an outlet's credit,
 * or a dictionary word with the shape of a verb, adjective or noun of its own ("Divining",
 * "Independent", "Analyst"). The dictionary alone would take names too ("Artis", "Ami").
 */
export function leadingNoise(t: Token, lex: Lexicon, lowerVocab: Set<string>): boolean {
  if (lex.outlets.has(t.lower)) return true
  if (lex.givenNames.has(t.text) || lex.titles.has(t.text)) return false
  if (LEADING_PREPOSITIONS.has(t.lower)) return true
  // "Kremlin-backed", "Russia-emphasized": a compound modifier, never part of a name
  if (LOWER_COMPOUND.test(t.text)) return true
  // the end of a body's name before its office holder: "… Security Council Jo Vell"
  if (lex.orgKeywords.has(t.text) || STATE_NOUNS.has(t.text)) return true
  const shaped = WORD_SHAPE.test(t.lower) || lowerVocab.has(t.lower) || lex.roles.has(t.lower)
  return shaped && isEnglishWord(t.lower)
}

// "Inside Kramatorsk the lights were out": a sentence's first word, capitalised by its place
const LEADING_PREPOSITIONS = new Set(
  'inside outside across despite near around during after before under over since until along amid beyond within without towards toward through throughout between among beside behind'.split(
    ' ',
  ),
)

const LOWER_COMPOUND = /^\p{Lu}[\p{L}']*-\p{Ll}+$/u

const STATE_NOUNS = new Set(['Kingdom', 'Republic', 'States', 'Nations', 'Emirates'])

const WORD_SHAPE =
  /(?:ing|ed|ly|ive|ous|ful|less|ism|ist|ists|ship|ness|ment|ern|ral|cal|nal|tic|dic|ent|ant|ion|ions|ity|ary|ory)$/

const HONORIFICS = new Set(['Mr', 'Ms', 'Mrs', 'Mx', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady'])

/** The words are one title of the lexicon, with no name after it. */
export function isTitle(tokens: Token[], from: number, to: number, lex: Lexicon): boolean {
  // the words are the tokens from..to less punctuation, compared in place
  let count = 0
  let first = ''
  for (let k = from; k < to; k++)
    if (!tokens[k]!.punct) {
      if (count === 0) first = tokens[k]!.text
      count++
    }
  const cands = lex.titles.get(first)
  if (!cands) return false
  for (const title of cands) {
    if (title.length !== count) continue
    let i = 0
    let same = true
    for (let k = from; k < to && same; k++) {
      const t = tokens[k]!
      if (!t.punct) same = title[i++] === t.text
    }
    if (same) return true
  }
  return false
}

/** A person named after a body they belong to or are held by: "an ISIS fighter", "Taliban hostages". */
export function isMemberNoun(t: Token | undefined): boolean {
  return t !== undefined && !t.upper && MEMBER_NOUNS.has(t.lower)
}
const MEMBER_NOUNS = new Set(
  'fighter fighters militant militants hostage hostages captive captives prisoner prisoners recruit recruits member members jihadist jihadists jihadi jihadis bride brides supporter supporters sympathizer sympathizers sympathiser sympathisers volunteer volunteers victim victims detainee detainees suspect suspects'.split(
    ' ',
  ),
)
