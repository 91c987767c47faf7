import type { Token } from './types.js'

// character classes: 1 letter, 2 digit, 3 mark (combining), 0 other
const LETTER = 1
const DIGIT = 2
const MARK = 3
const ascii = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ascii[c] = LETTER
  else if (c >= 48 && c <= 57) ascii[c] = DIGIT
}
const nonAscii = new Map<number, number>()
const L = /\p{L}/u
const N = /\p{N}/u
const M = /\p{M}/u

function cls(code: number): number {
  if (code < 128) return ascii[code]!
  let k = nonAscii.get(code)
  if (k === undefined) {
    const ch = String.fromCharCode(code)
    k = L.test(ch) ? LETTER : N.test(ch) ? DIGIT : M.test(ch) ? MARK : 0
    nonAscii.set(code, k)
  }
  return k
}

const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 160 ||
  c === 0x2028 ||
  c === 0x2029 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff
const isApos = (c: number) => c === 39 || c === 0x2019
const isUpperChar = (s: string) => s !== s.toLowerCase()

/**
 * Splits text into tokens with UTF-16 offsets: words (with inner hyphens and apostrophes),
 * dotted acronyms ("U.S."), numbers ("3.5", "1,000", "20th"), "..." and single symbols.
 * A possessive "'s" is a token of its own, so "Russia's" gives "Russia" and "'s".
 * @example
 * tokenize("Russia's forces").map((t) => t.text) // ['Russia', "'s", 'forces']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const n = text.length
  let i = 0
  // does the text quote with typewriter pairs? (decided at the first pair)
  let typewriter: boolean | undefined
  const typewriterHere = () => {
    if (typewriter === undefined) typewriter = typewriterQuotes(text)
    return typewriter
  }
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    const start = i
    const k = cls(c)
    if (k === LETTER) {
      i = scanWord(text, i, n)
    } else if (k === DIGIT) {
      i++
      while (i < n && cls(text.charCodeAt(i)) === DIGIT) i++
      while (i + 1 < n && isNumSep(text.charCodeAt(i)) && cls(text.charCodeAt(i + 1)) === DIGIT) {
        i += 2
        while (i < n && cls(text.charCodeAt(i)) === DIGIT) i++
      }
      const suf = text.slice(i, i + 2)
      if (
        (suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') &&
        (i + 2 >= n || cls(text.charCodeAt(i + 2)) !== LETTER)
      )
        i += 2
    } else if (
      isApos(c) &&
      (text.charCodeAt(i + 1) | 32) === 115 &&
      (i + 2 >= n || cls(text.charCodeAt(i + 2)) === 0)
    ) {
      i += 2
    } else if (c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
      i += 3
    } else if ((c === 39 || c === 96) && text.charCodeAt(i + 1) === c && typewriterHere()) {
      i = markRun(text, i, out)
      continue
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      i += 2
    } else {
      i++
    }
    out.push(token(text, start, i))
  }
  return out
}

/**
 * Whether the text's '' and `` pairs are its double quotation marks. A text quoted with
 * single marks ('We will,' he said) uses a pair for a quotation inside one ('I heard ''no'''),
 * so where single marks open as many quotations as pairs do, a pair is two marks.
 */
function typewriterQuotes(text: string): boolean {
  if (/[“”"«»„]/.test(text)) return true
  const pairs = text.match(/''|``/g)?.length ?? 0
  const singles = text.match(/(?:^|[\s([])'(?=\p{L})/gmu)?.length ?? 0
  // (a pair opens or closes; a single mark counted here only opens)
  return pairs / 2 > singles
}

/**
 * Typewriter double quotes (''We will,'' he said / ``We will''): two apostrophes or backticks
 * are one '"' token. In a run of three the single mark is the inner one: first when the run
 * closes ('no.''') and last when it opens ('''No'). Returns the offset after the run.
 */
function markRun(text: string, i: number, out: Token[]): number {
  const c = text.charCodeAt(i)
  let end = i
  while (end < text.length && text.charCodeAt(end) === c) end++
  const opening = i === 0 || isSpace(text.charCodeAt(i - 1)) || /[([{—–-]/.test(text[i - 1]!)
  let k = i
  if ((end - i) % 2 === 1 && !opening) out.push(token(text, k, ++k))
  for (; k + 1 < end; k += 2) out.push({ ...token(text, k, k + 2), text: '"', lower: '"' })
  if (k < end) out.push(token(text, k, ++k))
  return end
}

function isNumSep(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 47
}

function scanWord(text: string, i: number, n: number): number {
  const start = i
  // dotted acronym: U.S., U.K.
  if (text.charCodeAt(i + 1) === 46 && isUpperChar(text[i]!)) {
    let j = i
    let parts = 0
    while (
      j + 1 < n &&
      cls(text.charCodeAt(j)) === LETTER &&
      isUpperChar(text[j]!) &&
      text.charCodeAt(j + 1) === 46
    ) {
      j += 2
      parts++
    }
    if (parts >= 2) return j
  }
  i++
  for (;;) {
    while (i < n) {
      const k = cls(text.charCodeAt(i))
      if (k === 0) break
      i++
    }
    if (i + 1 >= n) return i
    const c = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    if (c === 45 || isApos(c)) {
      // an apostrophe before a final s is a possessive, not part of the word
      if (isApos(c) && (next | 32) === 115 && (i + 2 >= n || cls(text.charCodeAt(i + 2)) === 0))
        return i
      const k = cls(next)
      if (k === LETTER || k === DIGIT || k === MARK) {
        i += 2
        continue
      }
      return i
    }
    if (c === 46 && cls(next) === LETTER && text.charCodeAt(i + 2) === 46 && i - start >= 1) {
      // "e.g." style inner periods
      i += 2
      continue
    }
    return i
  }
}

function token(text: string, start: number, end: number): Token {
  const t = text.slice(start, end)
  const c0 = t.charCodeAt(0)
  const k = cls(c0)
  const upper =
    k === LETTER && (c0 < 128 ? (c0 >= 65 && c0 <= 90) || particleName(t) : isUpperChar(t[0]!))
  return {
    start,
    end,
    text: t,
    lower: upper || c0 >= 128 ? t.toLowerCase() : lowerAscii(t),
    upper,
    acronym: upper && t.length >= 2 && isAcronym(t),
    punct: k !== LETTER && k !== DIGIT,
    sentence: 0,
  }
}

// "al-Tayeb", "bin-Salman", "el-Sisi": a family name after its lower-case particle is a name
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd|ul|ud|ur)-\p{Lu}\p{Ll}/u

// (runs for every lower-case token: look at the two places a particle's hyphen can be, not
// along the whole word)
function particleName(t: string): boolean {
  return (t.charCodeAt(2) === 45 || t.charCodeAt(3) === 45) && PARTICLE_NAME.test(t)
}

// most tokens are already lower case: keep the string rather than allocate a copy
function lowerAscii(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if ((c >= 65 && c <= 90) || c >= 128) return t.toLowerCase()
  }
  return t
}

function isAcronym(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c < 128) {
      if (c < 65 || c > 90) return false
    } else if (cls(c) !== LETTER || !isUpperChar(t[i]!)) return false
  }
  return true
}
