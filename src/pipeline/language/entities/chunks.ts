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
        const a = tokens[from]!
        const b = tokens[to - 1]!
        out.push({
          from,
          to,
          start: a.start,
          end: b.end,
          text: text.slice(a.start, b.end),
          titleCase,
        })
      }
      sentenceStart = false
      i = j
    }
  }
  return out
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
