/**
 * The attribution model's own tokenizer: document text in, tokens with UTF-16 offsets out,
 * plus sentence and paragraph indices and the quotation state of every token.
 * @module
 */
import { Slab, slabBytes } from './slab.js'

/** Quote-mark roles a token can have. */
export enum QuoteRole {
  None = 0,
  Open = 1,
  Close = 2,
}

export interface TokenizedDoc {
  text: string
  /** Token surface strings. */
  words: string[]
  starts: Int32Array
  ends: Int32Array
  /** Sentence index of each token (sentences never cross paragraphs). */
  sentence: Int32Array
  /** Paragraph index of each token. */
  paragraph: Int32Array
  /** First token of each sentence, and one past the last. */
  sentStart: Int32Array
  sentEnd: Int32Array
  /** QuoteRole of each token. */
  quote: Uint8Array
  /** Depth of double quotation at each token (quote marks themselves count as inside). */
  inQuote: Uint8Array
  /** Whether whitespace precedes the token. */
  spaceBefore: Uint8Array
}

// Titles and other abbreviations after which a period does not end a sentence.
const NO_BREAK_ABBREV = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col maj capt sgt cpl adm cmdr st ste mt ft rev fr hon pres ' +
    'jr sr no nos vs v etc al approx dept est inc corp co ltd bros jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa ' +
    'tenn tex va vt wash wis wyo d r i sup op ed p pp fig'
  ).split(' '),
)
// Abbreviations that often end a sentence too: break only before a capitalised word that is not a name-like continuation.
const MAY_END_ABBREV = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'etc', 'al'])

const CLOSERS = new Set([')', ']', '}', '”', '’', '"', "'", '»'])

// One token: URL/email, number with separators, word with inner apostrophes/hyphens/periods, or one symbol.
// Sticky: it is tried at the first non-space character, where its last branch always matches.
const TOKEN_RE =
  /https?:\/\/[^\s"“”<>]+|www\.[^\s"“”<>]+|[\w.+-]+@[\w-]+\.[\w.-]+|[$£€]?\d[\d,.:]*\d%?|[$£€]?\d%?|(?:[A-Za-z]\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:['’.\-&]\p{L}[\p{L}\p{M}\d]*)*\.?|``|''|--+|\.\.\.+|[^\s]/uy
const SPACE_RE = /\s/u

const LETTER_START = /^\p{L}/u

const CLITIC_RE = /^(.+?)(['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M))$/
const NT_RE = /^(.+?)([nN]['’][tT])$/

/** Whether a word ending in '.' keeps the period as an abbreviation. */
function isAbbrev(w: string): boolean {
  const base = w.slice(0, -1)
  if (base.length === 0) return false
  if (base.includes('.')) return true
  if (base.length === 1 && /\p{Lu}/u.test(base)) return true
  return NO_BREAK_ABBREV.has(base.toLowerCase())
}

// Raw token offsets of the text being tokenized, reused from call to call.
let rawStarts = new Int32Array(4096)
let rawEnds = new Int32Array(4096)
let rawCount = 0

function pushRaw(s: number, e: number): void {
  if (rawCount === rawStarts.length) {
    const starts = new Int32Array(rawCount * 2)
    const ends = new Int32Array(rawCount * 2)
    starts.set(rawStarts)
    ends.set(rawEnds)
    rawStarts = starts
    rawEnds = ends
  }
  rawStarts[rawCount] = s
  rawEnds[rawCount++] = e
}

const isDigit = (c: number) => c >= 48 && c <= 57

/** `\s`: ASCII spaces by code, the others (no-break space, …) by the regex. */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE_RE.test(String.fromCharCode(c)))

/** Whether w starts with a letter (`^\p{L}`), without a regex for ASCII. */
function letterStart(w: string): boolean {
  const c = w.charCodeAt(0)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  return LETTER_START.test(w)
}

/** Split raw text into token offsets (no sentence logic), into rawStarts/rawEnds; returns the count. */
function rawTokens(text: string): number {
  rawCount = 0
  // no match objects: skip spaces, test the sticky regex there, read the end from lastIndex
  for (let at = 0; ; ) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++
    if (at >= text.length) break
    TOKEN_RE.lastIndex = at
    let s = at
    const e = TOKEN_RE.test(text) ? TOKEN_RE.lastIndex : at + 1
    let w = text.slice(s, e)
    at = e
    if (letterStart(w)) {
      // a trailing period is kept only on abbreviations
      if (w.charCodeAt(w.length - 1) === 46 && !isAbbrev(w)) {
        w = w.slice(0, -1)
        pushWord(s, w)
        pushRaw(e - 1, e)
        continue
      }
      pushWord(s, w)
      continue
    }
    // a currency sign before a digit ($£€) is a token of its own
    const c0 = w.charCodeAt(0)
    if ((c0 === 36 || c0 === 163 || c0 === 8364) && w.length > 1 && isDigit(w.charCodeAt(1))) {
      pushRaw(s, s + 1)
      s += 1
      w = w.slice(1)
    }
    // a number (or the like) ending in '.', ',' or ':' leaves that mark as a token
    const last = w.charCodeAt(w.length - 1)
    if (w.length > 1 && isDigit(w.charCodeAt(0)) && (last === 46 || last === 44 || last === 58)) {
      pushRaw(s, s + w.length - 1)
      pushRaw(s + w.length - 1, s + w.length)
      continue
    }
    pushRaw(s, s + w.length)
  }
  return rawCount
}

/** Whether w holds an apostrophe (' or ’); a loop is quicker than includes on short words. */
function hasApostrophe(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c === 39 || c === 8217) return true
  }
  return false
}

/** Push a word, splitting English clitics ('s, n't, 're ...) the way PTB does. */
function pushWord(s: number, w: string): void {
  if (!hasApostrophe(w)) {
    pushRaw(s, s + w.length)
    return
  }
  const nt = NT_RE.exec(w)
  if (nt?.[1] && nt[1].length > 0 && !w.includes('.')) {
    const a = nt[1]
    // "can't" -> "ca" + "n't"
    pushRaw(s, s + a.length)
    pushRaw(s + a.length, s + w.length)
    return
  }
  const cl = CLITIC_RE.exec(w)
  if (cl?.[1] && cl[2]) {
    pushRaw(s, s + cl[1].length)
    pushRaw(s + cl[1].length, s + w.length)
    return
  }
  pushRaw(s, s + w.length)
}

/** Tokenize a document: tokens, sentences, paragraphs and quotation state. */
export function tokenize(text: string): TokenizedDoc {
  const n = rawTokens(text)
  // sentence starts get room for one sentence a token, and are cut to the count
  const slab = new Slab(6 * n, slabBytes(3, n))
  const words: string[] = new Array(n)
  const starts = slab.i32(n)
  const ends = slab.i32(n)
  const spaceBefore = slab.u8(n)
  starts.set(rawStarts.subarray(0, n))
  ends.set(rawEnds.subarray(0, n))
  for (let i = 0; i < n; i++) {
    words[i] = text.slice(starts[i]!, ends[i]!)
    spaceBefore[i] = i === 0 || starts[i]! > ends[i - 1]! ? 1 : 0
  }
  const paragraph = slab.i32(n)
  const sentence = slab.i32(n)
  const starting = slab.i32(n)
  let para = 0
  let sent = 0
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      let newPara = false
      for (let c = ends[i - 1]!; c < starts[i]!; c++) if (text.charCodeAt(c) === 10) newPara = true
      let newSent = newPara
      if (!newSent) newSent = endsSentence(words, spaceBefore, i)
      if (newPara) para++
      if (newSent) starting[++sent] = i
    }
    paragraph[i] = para
    sentence[i] = sent
  }
  const count = n > 0 ? sent + 1 : 0
  const sentStart = starting.subarray(0, count)
  const sentEnd = slab.i32(n).subarray(0, count)
  for (let s = 0; s < count; s++) sentEnd[s] = s + 1 < count ? sentStart[s + 1]! : n
  const quote = slab.u8(n)
  const inQuote = slab.u8(n)
  quoteState(words, paragraph, ends, text, quote, inQuote)
  return {
    text,
    words,
    starts,
    ends,
    sentence,
    paragraph,
    sentStart,
    sentEnd,
    quote,
    inQuote,
    spaceBefore,
  }
}

const UPPER_START = /^[\p{Lu}\d“‘"'([]/u

/** Whether a new sentence starts at token i (within a paragraph). */
function endsSentence(words: string[], spaceBefore: Uint8Array, i: number): boolean {
  if (spaceBefore[i] === 0) return false
  // walk back over closing quotes/brackets to the terminal punctuation
  let j = i - 1
  while (j >= 0 && CLOSERS.has(words[j]!) && spaceBefore[j] === 0) j--
  if (j < 0) return false
  const p = words[j]!
  const cur = words[i]!
  // only a word ending in '.', '!', '?' or '…' can end a sentence
  const end = p.charCodeAt(p.length - 1)
  if (end !== 46 && end !== 33 && end !== 63 && end !== 8230) return false
  const terminal = p === '.' || p === '!' || p === '?' || p === '…' || /^\.\.\.+$/.test(p)
  if (!terminal && !(p.length > 1 && p.endsWith('.'))) return false
  const startsUpper = UPPER_START.test(cur)
  if (terminal) return startsUpper
  if (p.length > 1 && p.endsWith('.') && /\p{L}/u.test(p)) {
    // abbreviation: breaks only for the ones that often end sentences, or initialisms before a capitalised function word
    const base = p.slice(0, -1).toLowerCase()
    if (!startsUpper) return false
    if (MAY_END_ABBREV.has(base)) return true
    if (
      base.includes('.') &&
      /^(The|A|An|He|She|It|They|We|I|But|And|In|On|This|That|His|Her|Their|Its)$/.test(cur)
    )
      return true
    return false
  }
  return false
}

/**
 * Mark opening/closing double quotes and the quote depth of every token.
 * Straight quotes alternate within a paragraph; state resets at paragraph breaks, since a
 * quote running over several paragraphs reopens each one.
 */
function quoteState(
  words: string[],
  paragraph: Int32Array,
  ends: Int32Array,
  text: string,
  quote: Uint8Array,
  inQuote: Uint8Array,
): void {
  const n = words.length
  let depth = 0
  let singleOpen = false
  for (let i = 0; i < n; i++) {
    if (i > 0 && paragraph[i] !== paragraph[i - 1]) {
      depth = 0
      singleOpen = false
    }
    const w = words[i]!
    let role = QuoteRole.None
    if (w === '“' || w === '``' || w === '«') role = QuoteRole.Open
    else if (w === '”' || w === "''" || w === '»') role = QuoteRole.Close
    else if (w === '"') {
      // straight quotes alternate; a paragraph break resets them
      role = depth === 0 ? QuoteRole.Open : QuoteRole.Close
    } else if (w === '‘' || w === '`') {
      role = QuoteRole.Open
      singleOpen = true
    } else if ((w === '’' || w === "'") && singleOpen) {
      const after = text.charAt(ends[i]!)
      if (after === '' || !/\p{L}/u.test(after)) {
        role = QuoteRole.Close
        singleOpen = false
      }
    }
    quote[i] = role
    if (role === QuoteRole.Open && (w === '“' || w === '"' || w === '``' || w === '«')) depth = 1
    inQuote[i] = depth > 0 || role === QuoteRole.Close ? 1 : 0
    if (role === QuoteRole.Close && (w === '”' || w === '"' || w === "''" || w === '»')) depth = 0
  }
}
