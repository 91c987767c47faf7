/**
 * The attribution model's own tokenizer: document text in, tokens with UTF-16 offsets out,
 * plus sentence and paragraph indices and the quotation state of every token.
 * @module
 */

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
const TOKEN_RE =
  /https?:\/\/[^\s"“”<>]+|www\.[^\s"“”<>]+|[\w.+-]+@[\w-]+\.[\w.-]+|[$£€]?\d[\d,.:]*\d%?|[$£€]?\d%?|(?:[A-Za-z]\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:['’.\-&]\p{L}[\p{L}\p{M}\d]*)*\.?|``|''|--+|\.\.\.+|[^\s]/gu

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

/** Split raw text into token offsets (no sentence logic). */
function rawTokens(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let s = m.index
    let w = m[0]
    const e = s + w.length
    if (LETTER_START.test(w)) {
      // a trailing period is kept only on abbreviations
      if (w.endsWith('.') && !isAbbrev(w)) {
        w = w.slice(0, -1)
        pushWord(out, s, w)
        out.push([e - 1, e])
        continue
      }
      pushWord(out, s, w)
      continue
    }
    if (/^[$£€]\d/.test(w) && w.length > 1) {
      out.push([s, s + 1])
      s += 1
      w = w.slice(1)
    }
    if (/^\d.*[.,:]$/.test(w)) {
      out.push([s, s + w.length - 1])
      out.push([s + w.length - 1, s + w.length])
      continue
    }
    out.push([s, s + w.length])
  }
  return out
}

/** Push a word, splitting English clitics ('s, n't, 're ...) the way PTB does. */
function pushWord(out: Array<[number, number]>, s: number, w: string): void {
  if (!w.includes("'") && !w.includes('’')) {
    out.push([s, s + w.length])
    return
  }
  const nt = NT_RE.exec(w)
  if (nt?.[1] && nt[1].length > 0 && !w.includes('.')) {
    const a = nt[1]
    // "can't" -> "ca" + "n't"
    out.push([s, s + a.length])
    out.push([s + a.length, s + w.length])
    return
  }
  const cl = CLITIC_RE.exec(w)
  if (cl?.[1] && cl[2]) {
    out.push([s, s + cl[1].length])
    out.push([s + cl[1].length, s + w.length])
    return
  }
  out.push([s, s + w.length])
}

/** Tokenize a document: tokens, sentences, paragraphs and quotation state. */
export function tokenize(text: string): TokenizedDoc {
  const raw = rawTokens(text)
  const n = raw.length
  const words: string[] = new Array(n)
  const starts = new Int32Array(n)
  const ends = new Int32Array(n)
  const spaceBefore = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const r = raw[i]!
    starts[i] = r[0]
    ends[i] = r[1]
    words[i] = text.slice(r[0], r[1])
    spaceBefore[i] = i === 0 || r[0] > raw[i - 1]![1] ? 1 : 0
  }
  const paragraph = new Int32Array(n)
  const sentence = new Int32Array(n)
  const sentStartList: number[] = []
  let para = 0
  let sent = 0
  if (n > 0) sentStartList.push(0)
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      let newPara = false
      for (let c = ends[i - 1]!; c < starts[i]!; c++) if (text.charCodeAt(c) === 10) newPara = true
      let newSent = newPara
      if (!newSent) newSent = endsSentence(words, spaceBefore, i)
      if (newPara) para++
      if (newSent) {
        sent++
        sentStartList.push(i)
      }
    }
    paragraph[i] = para
    sentence[i] = sent
  }
  const sentStart = Int32Array.from(sentStartList)
  const sentEnd = new Int32Array(sentStart.length)
  for (let s = 0; s < sentStart.length; s++) {
    sentEnd[s] = s + 1 < sentStart.length ? sentStart[s + 1]! : n
  }
  const { quote, inQuote } = quoteState(words, paragraph, ends, text)
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
  // walk back over closing quotes/brackets to the terminal punctuation
  let j = i - 1
  while (j >= 0 && CLOSERS.has(words[j]!) && spaceBefore[j] === 0) j--
  if (j < 0) return false
  const p = words[j]!
  const cur = words[i]!
  if (spaceBefore[i] === 0) return false
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
): { quote: Uint8Array; inQuote: Uint8Array } {
  const n = words.length
  const quote = new Uint8Array(n)
  const inQuote = new Uint8Array(n)
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
  return { quote, inQuote }
}
