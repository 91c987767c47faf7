import { lexicon, readList } from './lexicon.js'
import type { Sentence, Token } from './types.js'

const common = () => lexicon().commonWords

let abbreviations: Map<string, 'title' | 'other'> | undefined

function abbrevs(): Map<string, 'title' | 'other'> {
  if (!abbreviations) {
    abbreviations = new Map()
    for (const l of readList('abbreviations.txt')) {
      const [w, kind] = l.split('\t')
      if (w) abbreviations.set(w, kind === 'title' ? 'title' : 'other')
    }
  }
  return abbreviations
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»'])
// '.', '!', '?', '...' or '…', by char code: a set lookup would hash every token's text
function isEnder(s: string): boolean {
  if (s.length === 1) {
    const c = s.charCodeAt(0)
    return c === 46 || c === 33 || c === 63 || c === 0x2026
  }
  return s === '...'
}
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«'])
const TIME_ZONES = new Set(
  'ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET CEST EET EEST MSK AEST AEDT JST IST'.split(
    ' ',
  ),
)

/**
 * Splits tokens into sentences, marking each token with its sentence index. A paragraph
 * break always ends a sentence. A period after an abbreviation ("Gen.", "Nov. 20") or an
 * initial does not; closing quotes stay with the sentence they close, and a quotation
 * followed by a lower-case word ("… win," he said / "… win." he said) is not cut.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const ab = abbrevs()
  const out: Sentence[] = []
  let first = 0
  const close = (last: number) => {
    if (last < first) return
    const index = out.length
    for (let k = first; k <= last; k++) tokens[k]!.sentence = index
    out.push({ index, start: tokens[first]!.start, end: tokens[last]!.end })
    first = last + 1
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]
    if (!next) break
    if (paragraphBreak(text, t.end, next.start)) {
      close(i)
      continue
    }
    // list items flattened with ";," between them ("… toward the capital;,Company-level attacks …")
    if (t.text === ';' && next.text === ',' && next.start === t.end && tokens[i + 2]?.upper) {
      close(i + 1)
      i++
      continue
    }
    // empty flattened paragraphs between a heading and its text ("… power),,Russian forces …")
    if (t.text === ',' && next.text === ',' && next.start === t.end && tokens[i - 1]?.punct) {
      let k = i + 1
      while (tokens[k + 1]?.text === ',') k++
      if (tokens[k + 1]?.upper && tokens[k + 1]!.start === tokens[k]!.end) {
        close(k)
        i = k
        continue
      }
    }
    if (!isEnder(t.text)) {
      // "… in the U.S. The talks …": a dotted acronym ends a sentence before a common opener
      if (
        t.text.length > 2 &&
        t.text.endsWith('.') &&
        next.upper &&
        common().has(next.lower) &&
        next.start > t.end
      )
        close(i)
      continue
    }
    let last = i
    while (
      tokens[last + 1] &&
      CLOSERS.has(tokens[last + 1]!.text) &&
      tokens[last + 1]!.start === tokens[last]!.end
    )
      last++
    const after = tokens[last + 1]
    if (!after) break
    // text flattened with commas for paragraph breaks ("… details.,The next …")
    // … and flattened numbered lists ("… on February 25.,4) Crimea axis: …")
    // … and several empty ones in a row ("… Oblasts.,, , ,Mobilization …")
    let commas = last + 1
    while (tokens[commas + 1]?.text === ',') commas++
    const item =
      /^\d{1,2}$/.test(tokens[commas + 1]?.text ?? '') && tokens[commas + 2]?.text === ')'
    if (
      after.text === ',' &&
      after.start === tokens[last]!.end &&
      (tokens[commas + 1]?.upper || item)
    ) {
      close(commas)
      i = commas
      continue
    }
    if (
      after.start === tokens[last]!.end &&
      !OPENERS.has(after.text) &&
      !(last === i && gluedSentence(tokens, i, ab))
    )
      continue
    if (!startsSentence(after)) continue
    if (t.text === '.') {
      const prev = tokens[i - 1]
      if (prev && prev.end === t.start) {
        const kind = ab.get(prev.lower)
        if (kind === 'title') continue
        if (kind === 'other' && (/^\p{N}/u.test(after.text) || !after.upper)) continue
        // a single capital is an initial: "J. K. Rowling"
        if (/^\p{Lu}$/u.test(prev.text) && after.upper) continue
        // "at 11:00 a.m. ET Friday": a time zone after the clock time goes on with it
        if (/^[ap]\.m$/i.test(prev.text) && TIME_ZONES.has(after.text)) continue
      }
    }
    close(last)
    i = last
  }
  close(tokens.length - 1)
  return out
}

/**
 * Scraped text glues sentences at a stop ("… wrote Nikolenko.He added …", "… the war?The …"): a
 * period, question or exclamation mark between a lower-case word and a capitalised common
 * opener ("He", "The") with no space ends a sentence,
 * and so does one before a capitalised word that a lower-case word follows ("… for
 * Ukraine.Russia is not …"). Names and domains ("St.Petersburg", "example.com") do neither.
 */
function gluedSentence(tokens: Token[], i: number, ab: Map<string, unknown>): boolean {
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (
    (tokens[i]!.text !== '.' && tokens[i]!.text !== '?' && tokens[i]!.text !== '!') ||
    prev === undefined ||
    next === undefined ||
    prev.end !== tokens[i]!.start ||
    !/\p{Ll}{2}$/u.test(prev.text) ||
    ab.has(prev.lower) ||
    !next.upper
  )
    return false
  if (common().has(next.lower)) return true
  const then = tokens[i + 2]
  // "… of the world.Vladimir Putin replied": a given name and a surname open a sentence too
  if (lexicon().givenNames.has(next.text) && then?.upper && then.start > next.end) return true
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(next.text) &&
    then !== undefined &&
    then.start > next.end &&
    /^\p{Ll}+$/u.test(then.text)
  )
}

function startsSentence(t: Token): boolean {
  return t.upper || /^\p{N}/u.test(t.text) || OPENERS.has(t.text) || !/^\p{L}/u.test(t.text)
}

function paragraphBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true
  return false
}
