import { findAnchor, type PageHints, slugOverlap, slugWords } from './anchor.js'
import type { Annotation } from './annotate.js'
import { isWordChar } from './furniture.js'
import { ANY_STOPWORD } from './lexicon.js'
import type { Line } from './lines.js'

/** Per-line numbers the body classifier reads; names are stored in the model to catch drift. */
export const FEATURE_NAMES = [
  'logChars',
  'logWords',
  'endPunct',
  'commaRate',
  'punctRatio',
  'digitRatio',
  'capRatio',
  'allCapsRatio',
  'stopRatio',
  'shortTokRatio',
  'meanWordLen',
  'glue',
  'separators',
  'sentences',
  'quote',
  'bullet',
  'urlLike',
  'cjkRatio',
  'dupCount',
  'furnWidget',
  'furnPrompt',
  'furnMenu',
  'relatedHeader',
  'inlineRelated',
  'caption',
  'creditOnly',
  'byline',
  'dateLine',
  'cuedDate',
  'relPos',
  'relCharPos',
  'sinceRelated',
  'afterBlank',
  'prev1Chars',
  'prev1End',
  'prev1Furn',
  'prev2Chars',
  'prev2End',
  'next1Chars',
  'next1End',
  'next1Furn',
  'next2Chars',
  'next2End',
  'win2Prose',
  'win5Prose',
  'win10Prose',
  'win5Chars',
  'proseBefore',
  'proseAfter',
  'inMainBlock',
  'distMainBlock',
  'distProse',
  'relChars',
  'pageLines',
  'pageProse',
  'slugOverlap',
  'hasAnchor',
  'anchorDist',
] as const

export const FEATURE_COUNT = FEATURE_NAMES.length

const TERMINAL = /[.!?。！？…:;"”’»)\]]$/u
const URL_LIKE = /https?:\/\/|www\.|@\w|\.(?:com|org|net)\b/i
const BULLET = /^(?:[-–—•*·▪►>]|\d{1,3}[.)]\s)/u

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0
}

interface Basic {
  cjk: boolean
  chars: number
  logChars: number
  end: number
  furn: number
  prose: number
}

// Character classes as bits in one table over the BMP, so the per-character loop is lookups.
const DIGIT = 1
const UPPER = 2
const LOWER = 4
const WORD = 8
const ENDER = 16
const FULL_ENDER = 32
const CLOSER = 64
const SEPARATOR = 128
const QUOTE_MARK = 256
const CJK_CHAR = 512
const CLASS = new Uint16Array(65536)
for (let c = 0; c < 65536; c++) {
  let k = 0
  if (c >= 48 && c <= 57) k |= DIGIT
  if (isWordChar(c) && !(c >= 0xd800 && c <= 0xdfff)) {
    k |= WORD
    const ch = String.fromCharCode(c)
    if (ch !== ch.toLowerCase()) k |= UPPER
    else if (ch !== ch.toUpperCase()) k |= LOWER
  }
  if (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3130 && c <= 0x318f)
  )
    k |= CJK_CHAR
  CLASS[c] = k
}
const mark = (chars: string, bit: number) => {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] = CLASS[ch.charCodeAt(0)]! | bit
}
mark('.!?', ENDER)
mark('。！？', FULL_ENDER)
mark('"”’»)', CLOSER)
mark('|•·›»/', SEPARATOR)
mark('"“”«»„', QUOTE_MARK)

const isUpper = (c: number) => (CLASS[c]! & UPPER) !== 0

// stop words by length and first character, so a word is compared in place, not cut out
const shape = (length: number, firstChar: number) => length * 65536 + firstChar
const STOP_BY_SHAPE = new Map<number, string[]>()
for (const w of ANY_STOPWORD) {
  const key = shape(w.length, w.charCodeAt(0))
  STOP_BY_SHAPE.set(key, [...(STOP_BY_SHAPE.get(key) ?? []), w])
}

/** True when the `len` characters at `at` of a lower-cased line are a stop word. */
function stopWordAt(lower: string, at: number, len: number): boolean {
  const candidates = STOP_BY_SHAPE.get(shape(len, lower.charCodeAt(at)))
  return candidates?.some((w) => lower.startsWith(w, at)) ?? false
}

// Bounds checked: reading past either end of the line would make the optimiser give up on
// the whole character loop (about twice as slow) for one separator at a line's edge.
const isSpaced = (text: string, i: number) =>
  i > 0 && i + 1 < text.length && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32

/** Own features of one line, without context, in one pass over its characters. */
function ownFeatures(text: string, ann: Annotation, f: Float64Array): void {
  const chars = text.length
  // the line lower-cased once rather than each word; "İ" lengthens it, and then the words are
  // lower-cased one by one (a Greek final sigma lower-cases by context too, but no stop word
  // holds a sigma)
  const lowered = text.toLowerCase()
  const lower = lowered.length === chars ? lowered : null
  let letters = 0
  let digits = 0
  let punct = 0
  let cjk = 0
  let glue = 0
  let seps = 0
  let breaks = 0
  let quote = 0
  let words = 0
  let cased = 0
  let capital = 0
  let allCaps = 0
  let stop = 0
  let short = 0
  let commas = 0
  // the current space-separated word: start, first and last word character, case flags
  let start = 0
  let first = -1
  let last = -1
  let hasLower = false
  for (let i = 0; i <= chars; i++) {
    const c = i < chars ? text.charCodeAt(i) : 32
    if (c === 32) {
      if (i > start) {
        words++
        if (text.charCodeAt(i - 1) === 44) commas++
        const fc = CLASS[text.charCodeAt(start)]!
        if (fc & (UPPER | LOWER)) {
          cased++
          if (fc & UPPER) {
            capital++
            if (!hasLower && i - start > 1) allCaps++
          }
        }
        if (first >= 0) {
          const len = last - first + 1
          if (len <= 3) short++
          if (len <= 8) {
            const isStop = lower
              ? stopWordAt(lower, first, len)
              : ANY_STOPWORD.has(text.slice(first, last + 1).toLowerCase())
            if (isStop) stop++
          }
        }
      }
      start = i + 1
      first = -1
      last = -1
      hasLower = false
      continue
    }
    const k = CLASS[c]!
    if (k & DIGIT) digits++
    else if (k & WORD) {
      letters++
      if (k & LOWER) {
        hasLower = true
        if (i + 1 < chars && isUpper(text.charCodeAt(i + 1))) glue++
      } else if (k & CJK_CHAR) cjk++
    } else {
      punct++
      if (k & QUOTE_MARK) quote = 1
      if (k & FULL_ENDER) breaks++
      else if (k & ENDER) {
        let j = i + 1
        if (j < chars && CLASS[text.charCodeAt(j)]! & CLOSER) j++
        if (j < chars && text.charCodeAt(j) === 32) {
          j++
          if (j < chars && (CLASS[text.charCodeAt(j)]! & QUOTE_MARK || text.charCodeAt(j) === 40))
            j++
          if (j < chars && isUpper(text.charCodeAt(j))) breaks++
        }
      } else if (k & SEPARATOR && isSpaced(text, i)) seps++
    }
    if (k & (WORD | DIGIT)) {
      if (first < 0) first = i
      last = i
    }
  }
  f[0] = Math.log1p(chars)
  f[1] = Math.log1p(ann.words)
  f[2] = TERMINAL.test(text) ? 1 : 0
  f[3] = ratio(commas, words)
  f[4] = ratio(punct, chars)
  f[5] = ratio(digits, chars)
  f[6] = ratio(capital, cased)
  f[7] = ratio(allCaps, cased)
  f[8] = ratio(stop, words)
  f[9] = ratio(short, words)
  f[10] = ratio(letters + digits, words)
  f[11] = glue
  f[12] = seps
  f[13] = breaks
  f[14] = quote
  f[15] = BULLET.test(text) ? 1 : 0
  f[16] = URL_LIKE.test(text) ? 1 : 0
  f[17] = ratio(cjk, chars)
  f[19] = ann.furniture === 'furniture:widget' || ann.furniture === 'furniture:no-letters' ? 1 : 0
  f[20] = ann.furniture === 'furniture:prompt' ? 1 : 0
  f[21] = ann.furniture === 'furniture:menu' ? 1 : 0
  f[22] = ann.relatedHeader ? 1 : 0
  f[23] = ann.inlineRelated ? 1 : 0
  f[24] = ann.caption?.caption ? 1 : ann.caption ? 0.5 : 0
  f[25] = ann.caption && !ann.caption.caption && ann.caption.rule === 'caption:credit-only' ? 1 : 0
  f[26] = ann.byline ? 1 : 0
  f[27] = ann.headerDate ? 1 : 0
  f[28] = ann.cued ? 1 : 0
}

/** A line that reads like running prose: long enough and ending a sentence. */
function proseScore(chars: number, end: boolean, cjk: boolean): number {
  const long = cjk ? chars >= 40 : chars >= 100
  return long && end ? 1 : chars >= (cjk ? 25 : 60) && end ? 0.5 : 0
}

/** Feature vectors of every line of a page (rows of FEATURE_COUNT numbers). */
export function lineFeatures(
  lines: Line[],
  anns: Annotation[],
  hints: PageHints = {},
): Float64Array[] {
  const n = lines.length
  // one buffer per page and a view of it per line: a buffer per line costs more to allocate
  const buffer = new Float64Array(n * FEATURE_COUNT)
  const rows = lines.map((_, i) => buffer.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT))
  const basic: Basic[] = new Array(n)
  const counts = new Map<string, number>()
  let totalChars = 0
  for (const l of lines) {
    counts.set(l.text, (counts.get(l.text) ?? 0) + 1)
    totalChars += l.text.length
  }
  const logs: number[] = []
  for (let i = 0; i < n; i++) {
    const f = rows[i]!
    const ann = anns[i]!
    const text = lines[i]!.text
    ownFeatures(text, ann, f)
    f[18] = Math.log((counts.get(text) ?? 1) as number)
    const furn = ann.furniture || ann.relatedHeader ? 1 : 0
    const cjk = f[17]! > 0.3
    const prose = proseScore(text.length, f[2] === 1, cjk)
    basic[i] = { cjk, chars: text.length, logChars: f[0]!, end: f[2]!, furn, prose }
    logs.push(f[0]!)
  }
  let maxLog = 1
  for (const l of logs) if (l > maxLog) maxLog = l
  let proseTotal = 0
  for (const b of basic) proseTotal += b.prose
  // prefix sums of prose and length for window means
  const proseSum = new Float64Array(n + 1)
  const charSum = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) {
    proseSum[i + 1] = proseSum[i]! + basic[i]!.prose
    charSum[i + 1] = charSum[i]! + basic[i]!.logChars
  }
  const win = (sum: Float64Array, i: number, k: number) => {
    const a = Math.max(0, i - k)
    const b = Math.min(n, i + k + 1)
    return (sum[b]! - sum[a]!) / (b - a)
  }
  // main block: the run of lines with the most prose characters, each other line costing 50
  let bestSum = 0
  let bestA = 0
  let bestB = -1
  let cur = 0
  let curA = 0
  for (let i = 0; i < n; i++) {
    const b = basic[i]!
    const s = (b.prose > 0 ? Math.min(b.chars, 1500) * (b.cjk ? 2.5 : 1) : 0) - 50
    if (cur <= 0) {
      cur = s
      curA = i
    } else cur += s
    if (cur > bestSum) {
      bestSum = cur
      bestA = curA
      bestB = i
    }
  }
  // nearest prose line on either side
  const lastProse = new Int32Array(n)
  const nextProse = new Int32Array(n)
  let lp = -1_000_000
  for (let i = 0; i < n; i++) {
    lastProse[i] = lp
    if (basic[i]!.prose >= 1) lp = i
  }
  let np = 1_000_000
  for (let i = n - 1; i >= 0; i--) {
    nextProse[i] = np
    if (basic[i]!.prose >= 1) np = i
  }
  const overlap = hints.url ? slugOverlap(lines, slugWords(hints.url)) : lines.map(() => 0)
  const anchor = findAnchor(lines, anns, overlap, hints)
  let sinceRelated = 1_000
  let charsBefore = 0
  for (let i = 0; i < n; i++) {
    const f = rows[i]!
    const b = basic[i]!
    f[29] = n > 1 ? i / (n - 1) : 0
    f[30] = ratio(charsBefore, totalChars)
    charsBefore += b.chars
    f[31] = Math.log1p(Math.min(sinceRelated, 1_000))
    if (anns[i]!.relatedHeader) sinceRelated = 0
    else sinceRelated++
    f[32] = lines[i]!.afterBlank ? 1 : 0
    const p1 = basic[i - 1]
    const p2 = basic[i - 2]
    const n1 = basic[i + 1]
    const n2 = basic[i + 2]
    f[33] = p1 ? p1.logChars : -1
    f[34] = p1 ? p1.end : -1
    f[35] = p1 ? p1.furn : -1
    f[36] = p2 ? p2.logChars : -1
    f[37] = p2 ? p2.end : -1
    f[38] = n1 ? n1.logChars : -1
    f[39] = n1 ? n1.end : -1
    f[40] = n1 ? n1.furn : -1
    f[41] = n2 ? n2.logChars : -1
    f[42] = n2 ? n2.end : -1
    f[43] = win(proseSum, i, 2)
    f[44] = win(proseSum, i, 5)
    f[45] = win(proseSum, i, 10)
    f[46] = win(charSum, i, 5)
    f[47] = ratio(proseSum[i]!, proseTotal)
    f[48] = ratio(proseTotal - proseSum[i + 1]!, proseTotal)
    f[49] = i >= bestA && i <= bestB ? 1 : 0
    f[50] = Math.log1p(i < bestA ? bestA - i : i > bestB ? i - bestB : 0)
    f[51] = Math.log1p(Math.min(i - lastProse[i]!, nextProse[i]! - i, 1_000))
    f[52] = b.logChars - maxLog
    f[53] = Math.log1p(n)
    f[54] = ratio(proseTotal, n)
    f[55] = overlap[i]!
    f[56] = anchor >= 0 ? 1 : 0
    f[57] = anchor >= 0 ? Math.sign(i - anchor) * Math.log1p(Math.abs(i - anchor)) : 0
  }
  return rows
}
