import { isEnglishWord, type Lexicon } from '../lexicon.js'
import type { PlaceLookup, Sentence, Token } from '../types.js'
import { campOf, matchTitle } from './classify.js'

/** A run of capitalised tokens: the raw material of names. */
export interface Chunk {
  /** Token indices, inclusive start, exclusive end. */
  from: number
  to: number
  start: number
  end: number
  text: string
  /** It came from a title-case line (a headline), where capitals say little. */
  titleCase: boolean
  /** For a name split off a longer run ("Russian Defence Ministry spokesman X"): where that run began, so a leading demonym still gives the side. */
  runFrom?: number
  /** The run's office says these words are its holder's name ("Minister of Health Jo Vell"). */
  holder?: boolean
  /** What an office is of ("Minister of Foreign Affairs"): never the office's holder. */
  officeOf?: boolean
}

const JOINERS = new Set([
  'of',
  'the',
  'for',
  'de',
  'del',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'le',
  'la',
  '&',
])
// words whose possessive begins the rest of a name, not a new phrase
const POSSESSIVE_INSIDE = new Set(['People', 'Peoples', 'Workers', 'Women', 'Children', 'Veterans'])
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '(', '['])

/**
 * Finds capitalised runs in each sentence. A sentence-initial word that the article
 * also writes in lower case, or that is a common function word, is not part of a name.
 */
export function findChunks(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  lex: Lexicon,
  gaz: PlaceLookup,
  lowerVocab: Set<string>,
): Chunk[] {
  const out: Chunk[] = []
  let i = 0
  for (const s of sentences) {
    const titleCase = isTitleCase(tokens, i, s)
    let sentenceStart = true
    while (i < tokens.length && tokens[i]!.start < s.end) {
      const t = tokens[i]!
      if (t.punct) {
        if (!OPEN_QUOTES.has(t.text)) sentenceStart = false
        i++
        continue
      }
      if (!t.upper) {
        sentenceStart = false
        i++
        continue
      }
      let j = i + 1
      while (j < tokens.length && tokens[j]!.start < s.end) {
        const u = tokens[j]!
        if (u.upper && !u.punct) {
          j++
          continue
        }
        // "Gen. Smith", "Lt. Col. Jones": a title's period stays inside the name
        if (
          u.text === '.' &&
          tokens[j - 1]!.end === u.start &&
          lex.titles.has(`${tokens[j - 1]!.text}.`) &&
          tokens[j + 1]?.upper
        ) {
          j++
          continue
        }
        // "William J. Burns": a middle initial's period stays inside the name
        if (
          u.text === '.' &&
          tokens[j - 1]!.end === u.start &&
          /^\p{Lu}$/u.test(tokens[j - 1]!.text) &&
          j - 1 > i &&
          tokens[j + 1]?.upper &&
          !tokens[j + 1]!.punct
        ) {
          j++
          continue
        }
        // "Donetsk People's Republic", "People's Liberation Army": the possessive is inside the name
        if (
          (u.text === "'s" || u.text === '’s') &&
          POSSESSIVE_INSIDE.has(tokens[j - 1]!.text) &&
          tokens[j + 1]?.upper &&
          !tokens[j + 1]!.punct
        ) {
          j += 2
          continue
        }
        if (JOINERS.has(u.lower) && !u.upper) {
          let k = j + 1
          while (k < tokens.length && JOINERS.has(tokens[k]!.lower) && !tokens[k]!.upper) k++
          if (
            k < tokens.length &&
            tokens[k]!.upper &&
            !tokens[k]!.punct &&
            tokens[k]!.start < s.end &&
            k - j <= 2
          ) {
            j = k
            continue
          }
        }
        break
      }
      let from = i
      // "Photograph: Agency/REX/Shutterstock Trudeau said": the word glued to a credit's slash is
      // the credit's, not part of the name after it
      if (
        j - from > 1 &&
        tokens[from - 1]?.text === '/' &&
        tokens[from - 1]!.end === tokens[from]!.start
      )
        from++
      if (sentenceStart && !titleCase) {
        const first = tokens[from]!
        // "President Biden spoke …" keeps its title even where "the president" is written too
        // "US Defence Secretary X": an acronym in a longer run is not the common word "us"
        const common =
          (lex.commonWords.has(first.lower) && !(first.acronym && j - from > 1)) ||
          (lowerVocab.has(first.lower) &&
            !lex.givenNames.has(first.text) &&
            !(lex.titles.has(first.text) && j - from > 1))
        if (common) from++
      }
      // names neither start nor end with a joiner ("Officials of the X" less "Officials")
      while (from < j && JOINERS.has(tokens[from]!.lower) && !tokens[from]!.upper) from++
      let to = j
      while (to > from && (JOINERS.has(tokens[to - 1]!.lower) || tokens[to - 1]!.text === '.')) to--
      if (to > from) {
        const parts = titleCase ? null : splitRun(text, tokens, from, to, lex, gaz, lowerVocab)
        if (parts) out.push(...parts)
        else out.push(chunkOf(text, tokens, from, to, titleCase))
      }
      sentenceStart = false
      i = j
    }
  }
  return out
}

/**
 * The parts of a run that ends in a person's name or holds an office: "Ministry of Foreign
 * Affairs Jo Doe", "Sevastopol Jo Doe", "Minister of Health Jo Vell", "the President of
 * Northland (said)". Null where the run is one name.
 */
export function splitRun(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  lex: Lexicon,
  gaz: PlaceLookup,
  lowerVocab: Set<string>,
): Chunk[] | null {
  // "Jo Vell of the University of Leeds": a person's name, then the body the person is of
  const of = nameThenBody(tokens, from, to, lex)
  if (of > 0) {
    const body = tokens[of + 1]!.lower === 'the' ? of + 2 : of + 1
    return [chunkOf(text, tokens, from, of, false), chunkOf(text, tokens, body, to, false)]
  }
  const office = officeBody(tokens, from, to, lex, gaz)
  let p = nameAtEnd(tokens, from, to, lex, lowerVocab)
  const holder = p < 0 && office >= 0
  if (holder) p = holderAt(tokens, office, to, lex, gaz, lowerVocab)
  // "(Ambassador) to Northland Jo Vell": after a preposition, a country and then a name
  if (p < 0 && office < 0 && countryThenName(tokens, from, to, lex, gaz, lowerVocab)) {
    const name = chunkOf(text, tokens, from + 1, to, false)
    return [chunkOf(text, tokens, from, from + 1, false), name]
  }
  if (p < 0) {
    // "Northport Mayor Jo Vell": a place, then an office and its holder
    const t = office < 0 ? titledNameAt(tokens.slice(from, to), lex, gaz, lowerVocab) : -1
    if (t < 0) return null
    const name = { ...chunkOf(text, tokens, from + t, to, false), runFrom: from }
    return [chunkOf(text, tokens, from, from + t, false), name]
  }
  const out: Chunk[] = []
  // a body or place, then a person
  let end = p
  while (end > from && JOINERS.has(tokens[end - 1]!.lower)) end--
  // "White House Press Secretary Jo Vell": a title that runs up to the name ends the body, and
  // an organisation word that opens it ("Press") is the title's
  for (let t = from + 1; t < end; t++)
    if (matchTitle(tokens, t, to, lex) === end) {
      end = t
      break
    }
  // "Defence Staff Operations Deputy Chief": the body ends at its last organisation
  // word; the role words after it are the person's
  const bodyWord = (k: number) =>
    lex.orgKeywords.has(tokens[k]!.text) && !(matchTitle(tokens, k, to, lex) > k)
  let k = end - 1
  while (k > from && !bodyWord(k) && !JOINERS.has(tokens[k]!.lower)) k--
  if (bodyWord(k)) end = k + 1
  let head = from
  // "(Northlandish) Foreign Minister of Northland Jo Doe": the title belongs to the
  // person, the rest is a place
  if (lex.titles.has(tokens[from]!.text) || lex.titles.has(tokens[from + 1]!.text)) {
    let k = end - 1
    while (k > from && !JOINERS.has(tokens[k]!.lower)) k--
    // "Northlandish General Directorate": a title word inside a body's own name
    const body = !lex.titles.has(tokens[from]!.text) && lex.orgKeywords.has(tokens[end - 1]!.text)
    head = k > from ? k + 1 : body ? from : end
  }
  // "Deputy Head of the Ministry of Emergencies": the whole body the office is of
  if (office >= 0) head = office
  // "the US Secretary of State said", with no name, is still a mention of the country,
  // as "the President of Northland said" is
  if (office >= 0 && p === to && gaz.country(tokens[from]!.text)?.rule === 'country-name')
    out.push(chunkOf(text, tokens, from, from + 1, false))
  if (end > head) {
    const body = chunkOf(text, tokens, head, end, false)
    // "Northlandish Deputy Chief of the Main Directorate": the body keeps the run's side
    out.push(office >= 0 ? { ...body, runFrom: from, officeOf: true } : body)
  }
  // an office run with no name at its end names no person: "the President of Northland said"
  if (p < to) {
    const name = { ...chunkOf(text, tokens, p, to, false), runFrom: from }
    out.push(holder ? { ...name, holder } : name)
  }
  return out
}

function chunkOf(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  titleCase: boolean,
): Chunk {
  const a = tokens[from]!
  const b = tokens[to - 1]!
  return { from, to, start: a.start, end: b.end, text: text.slice(a.start, b.end), titleCase }
}

/**
 * Where a person's name ends a longer capitalised run, or -1: "Ministry of Foreign Affairs Jo
 * Doe", "Secretary of State for Northland Jo Doe", "(governor of) Sevastopol Jo Doe". The name
 * opens on a known given name and is two to four words; what comes before it must read as a
 * body or a place (it holds "of"/"for" or an organisation word, or the run itself follows
 * "of"/"to"/"for"), never as another given name. The last such given name wins, so "… of
 * Israel Yair Lapid" is Yair Lapid.
 */
function nameAtEnd(
  tokens: Token[],
  from: number,
  to: number,
  lex: Lexicon,
  lowerVocab: Set<string>,
): number {
  // a run ending in a word the article also writes in lower case ends in no name
  if (to - from < 3 || lowerVocab.has(tokens[to - 1]!.lower)) return -1
  const after = tokens[from - 1]?.lower
  const afterPreposition = after === 'of' || after === 'to' || after === 'for'
  for (let p = to - 2; p > from && to - p <= 4; p--) {
    const t = tokens[p]!
    const prev = tokens[p - 1]!
    if (!lex.givenNames.has(t.text) || lex.givenNames.has(prev.text) || JOINERS.has(prev.lower))
      continue
    let bodyLike = afterPreposition
    for (let k = from; k < p && !bodyLike; k++) {
      const u = tokens[k]!
      bodyLike = (JOINERS.has(u.lower) && !u.upper) || lex.orgKeywords.has(u.text)
    }
    if (bodyLike) return p
  }
  return -1
}

/**
 * Where "of" follows a person's name that opens the run (a known given name and one or two
 * more name words), with an organisation word after it ("Jo Vell of the Institute of
 * Physics"), or -1. "Bank of England" and "Duke of York" open on no given name.
 */
function nameThenBody(tokens: Token[], from: number, to: number, lex: Lexicon): number {
  if (!lex.givenNames.has(tokens[from]!.text)) return -1
  for (let p = from + 2; p <= from + 3 && p < to - 1; p++) {
    const t = tokens[p]!
    if (t.upper) {
      if (JOINERS.has(t.lower) || lex.orgKeywords.has(t.text) || lex.titles.has(t.text)) return -1
      continue
    }
    if (t.lower !== 'of') return -1
    for (let k = p + 1; k < to; k++) if (lex.orgKeywords.has(tokens[k]!.text)) return p
    return -1
  }
  return -1
}

/**
 * Where a title opens the end of a run that ends in a known given name and a surname, after
 * words that are no side and no title ("Northport Oblast Governor Jo Vell"), or -1.
 */
function titledNameAt(
  run: Token[],
  lex: Lexicon,
  gaz: PlaceLookup,
  lowerVocab: Set<string>,
): number {
  const p = run.length - 2
  if (p < 2) return -1
  // a given name the lists lack ("Homeland Security Secretary Jeh Johnson") right after the
  // title, where both words read as names and no place
  const named =
    lex.givenNames.has(run[p]!.text) ||
    (lex.titles.has(run[p - 1]!.text) &&
      nameWord(run[p]!, lex, gaz, lowerVocab, false) &&
      nameWord(run[p + 1]!, lex, gaz, lowerVocab, true) &&
      !gaz.isPlaceName(`${run[p]!.text} ${run[p + 1]!.text}`))
  if (!named) return -1
  for (let k = 0; k < p; k++) {
    const t = run[k]!
    if (t.punct || gaz.country(t.text) || campOf(t.text, lex, gaz)) return -1
    if (k > 0 && matchTitle(run, k, run.length, lex) === p) return k
    if (lex.titles.has(t.text)) return -1
  }
  return -1
}

/**
 * Is the run a country's name and then a person's two or three name words, after "of", "to",
 * "for" or "in" ("Ambassador to Northland Jo Vell")? The name words must not be dictionary
 * words, titles, bodies or places, so "Northland Today" stays whole.
 */
function countryThenName(
  tokens: Token[],
  from: number,
  to: number,
  lex: Lexicon,
  gaz: PlaceLookup,
  lowerVocab: Set<string>,
): boolean {
  const before = tokens[from - 1]
  if (!before || before.upper || !RUN_PREPOSITIONS.has(before.lower)) return false
  if (to - from < 3 || to - from > 4 || gaz.country(tokens[from]!.text)?.rule !== 'country-name')
    return false
  for (let k = from + 1; k < to; k++)
    if (!nameWord(tokens[k]!, lex, gaz, lowerVocab, k === to - 1)) return false
  return !placeAt(tokens, from + 1, to, gaz)
}
const RUN_PREPOSITIONS = new Set(['of', 'to', 'for', 'in'])

const OFFICE_JOINERS = new Set(['of', 'for'])

/**
 * Where the body of an office run begins, or -1: "(Northlandish) Minister of Foreign Affairs …",
 * "Head of the Northport Oblast Administration …", "Secretary of State …". The run opens on a
 * title, after at most a side ("Northlandish", "Russian-appointed"), and the title is "of" or
 * "for" something; the title is the holder's, not a name of its own.
 */
function officeBody(
  tokens: Token[],
  from: number,
  to: number,
  lex: Lexicon,
  gaz: PlaceLookup,
): number {
  let t = from
  if (to - t > 2 && (gaz.country(tokens[t]!.text) || campOf(tokens[t]!.text, lex, gaz))) t++
  const title = matchTitle(tokens, t, to, lex)
  const joiner = tokens[title]!
  if (title === t || joiner.upper || !OFFICE_JOINERS.has(joiner.lower)) return -1
  let body = title + 1
  while (body < to && JOINERS.has(tokens[body]!.lower)) body++
  return body
}

/**
 * Where the holder's name begins at the end of an office run whose given name the lexicon does
 * not know ("Minister of Foreign Affairs Jo Vell"), or `to` where the run ends on no name ("the
 * President of Northland"). The name is the last one or two words that are neither dictionary
 * words nor bodies, titles or countries; only its surname may be a word ("Liz Truss"). Words
 * that name a place ("Mayor of Northport") are no name.
 */
function holderAt(
  tokens: Token[],
  body: number,
  to: number,
  lex: Lexicon,
  gaz: PlaceLookup,
  lowerVocab: Set<string>,
): number {
  const last = tokens[to - 1]!
  // "Minister of External Affairs J. Doe": the run stops at the initial, the name goes on
  if (to - 1 >= body && /^\p{Lu}$/u.test(last.text) && tokens[to]?.text === '.') return to - 1
  let p = to
  if (to - 1 >= body && nameWord(last, lex, gaz, lowerVocab, false)) p = to - 1
  else if (
    to - 2 >= body &&
    nameWord(last, lex, gaz, lowerVocab, true) &&
    nameWord(tokens[to - 2]!, lex, gaz, lowerVocab, false)
  )
    p = to - 2
  else return to
  if (to - p === 1 && p - 1 >= body && nameWord(tokens[p - 1]!, lex, gaz, lowerVocab, false)) p--
  return placeAt(tokens, p, to, gaz) ? to : p
}

/** Could this word be part of a person's name? A word of the dictionary only where `surname`. */
function nameWord(
  t: Token,
  lex: Lexicon,
  gaz: PlaceLookup,
  lowerVocab: Set<string>,
  surname: boolean,
): boolean {
  if (t.punct || t.acronym || !NAME_SHAPE.test(t.text)) return false
  if (lex.givenNames.has(t.text)) return true
  if (lex.titles.has(t.text) || lex.orgKeywords.has(t.text) || lex.commonWords.has(t.lower))
    return false
  if (lowerVocab.has(t.lower) || gaz.country(t.text)) return false
  return surname || !isEnglishWord(t.lower)
}
// capitalised words of two letters or more, hyphenated only between capitalised parts
// ("Jean-Luc", not "Affairs-ed")
const NAME_SHAPE = /^\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*$/u

/** Do the words p..to, or with the word before them, name a place ("Northport", "Port Vell")? */
function placeAt(tokens: Token[], p: number, to: number, gaz: PlaceLookup): boolean {
  const words = tokens.slice(Math.max(0, p - 1), to).map((t) => t.text)
  return gaz.isPlaceName(words.slice(p > 0 ? 1 : 0).join(' ')) || gaz.isPlaceName(words.join(' '))
}

function isTitleCase(tokens: Token[], from: number, s: Sentence): boolean {
  let words = 0
  let upper = 0
  for (let k = from; k < tokens.length && tokens[k]!.start < s.end; k++) {
    const t = tokens[k]!
    if (t.punct || (t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57)) continue
    words++
    if (t.upper) upper++
  }
  // a title-case headline capitalises nearly every word; a sentence full of names still has verbs
  return words >= 4 && upper / words >= 0.8
}
