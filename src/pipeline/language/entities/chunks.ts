import type { Lexicon } from '../lexicon.js'
import type { Sentence, Token } from '../types.js'

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
      if (sentenceStart && !titleCase) {
        const first = tokens[from]!
        const common =
          lex.commonWords.has(first.lower) ||
          (lowerVocab.has(first.lower) && !lex.givenNames.has(first.text))
        if (common) from++
      }
      // names neither start nor end with a joiner ("Officials of the X" less "Officials")
      while (from < j && JOINERS.has(tokens[from]!.lower) && !tokens[from]!.upper) from++
      let to = j
      while (to > from && (JOINERS.has(tokens[to - 1]!.lower) || tokens[to - 1]!.text === '.')) to--
      if (to > from) {
        const p = titleCase ? -1 : nameAtEnd(tokens, from, to, lex, lowerVocab)
        if (p < 0) out.push(chunkOf(text, tokens, from, to, titleCase))
        else {
          // "Ministry of Foreign Affairs Jo Doe", "Sevastopol Jo Doe": a body or place, then a person
          let end = p
          while (end > from && JOINERS.has(tokens[end - 1]!.lower)) end--
          // "Defence Staff Operations Deputy Chief": the body ends at its last organisation
          // word; the role words after it are the person's
          let k = end - 1
          while (
            k > from &&
            !lex.orgKeywords.has(tokens[k]!.text) &&
            !JOINERS.has(tokens[k]!.lower)
          )
            k--
          if (lex.orgKeywords.has(tokens[k]!.text)) end = k + 1
          let head = from
          // "(Northlandish) Foreign Minister of Northland Jo Doe": the title belongs to the
          // person, the rest is a place
          if (lex.titles.has(tokens[from]!.text) || lex.titles.has(tokens[from + 1]!.text)) {
            let k = end - 1
            while (k > from && !JOINERS.has(tokens[k]!.lower)) k--
            // "Northlandish General Directorate": a title word inside a body's own name
            const body =
              !lex.titles.has(tokens[from]!.text) && lex.orgKeywords.has(tokens[end - 1]!.text)
            head = k > from ? k + 1 : body ? from : end
          }
          if (end > head) out.push(chunkOf(text, tokens, head, end, titleCase))
          out.push({ ...chunkOf(text, tokens, p, to, titleCase), runFrom: from })
        }
      }
      sentenceStart = false
      i = j
    }
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
