/** Letters that NFKD does not split into a base letter and a mark. */
const EXTRA_FOLDS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
}
/** Apostrophes, primes and quote marks used inside transliterated names (Kramators’k, Mar'inka). */
const DROP = new Set([...'’\'ʼ‘`´ʹʻ′"“”'].map((c) => c.charCodeAt(0)))
/** Characters that separate words: whitespace, hyphens and dashes, underscore, comma, slash, brackets. */
const SEPARATORS = new Set([...' \t\n\r\u00a0-‐‑‒–—_,/()[]'].map((c) => c.charCodeAt(0)))
const DOT = 46
/** Abbreviations written either way in place names ("St. Petersburg", "Saint Petersburg"). */
const TOKEN_EXPANSIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
}
const ABBREV_RE = /(?:^| )(?:st|ste|mt|ft)(?= |$)/

/** Lower-case ASCII folding of Latin letters with diacritics, U+00C0..U+024F and U+1E00..U+1EFF. */
const FOLD = buildFoldTable()

function buildFoldTable(): Map<number, string> {
  const table = new Map<number, string>()
  const ranges: [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ]
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCharCode(cp).toLowerCase()
      const folded = EXTRA_FOLDS[ch] ?? ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      if (/^[a-z]+$/.test(folded)) table.set(cp, folded)
    }
  }
  return table
}

/**
 * Lookup key for a name: lower case, no diacritics or apostrophes, hyphens/dots/commas as single
 * spaces, dotted initialisms closed up ("U.S." → "us") and St/Mt/Ft spelled out.
 * One pass over the characters: it runs for every one of the ~135k GeoNames names at load.
 */
export function normKey(s: string): string {
  if (isPlain(s)) {
    const k = s.toLowerCase()
    return ABBREV_RE.test(k) ? expandAbbreviations(k) : k
  }
  let out = ''
  let pendingSpace = false
  let hasDot = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    let piece: string
    if (c >= 97 && c <= 122) piece = s[i]!
    else if (c >= 65 && c <= 90) piece = String.fromCharCode(c + 32)
    else if (c >= 48 && c <= 57) piece = s[i]!
    else if (SEPARATORS.has(c)) {
      pendingSpace = out.length > 0
      continue
    } else if (c === DOT) {
      hasDot = true
      piece = '.'
    } else if (DROP.has(c)) continue
    else {
      const f = FOLD.get(c) ?? slowFold(s[i]!)
      if (!f) continue
      piece = f
    }
    if (pendingSpace) {
      out += ' '
      pendingSpace = false
    }
    out += piece
  }
  if (hasDot) out = closeDots(out)
  return ABBREV_RE.test(out) ? expandAbbreviations(out) : out
}

/** ASCII letters with single inner spaces: most names, which need only lower-casing. */
function isPlain(s: string): boolean {
  const n = s.length
  if (n === 0) return false
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue
    if (c !== 32 || i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return false
  }
  return true
}

/** Anything outside the table: strip marks; keep letters of other scripts as they are. */
function slowFold(ch: string): string {
  const d = ch
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '')
  return /^[\p{L}\p{N}]*$/u.test(d) ? d : ''
}

/** "u.s." → "us", "d.c." → "dc"; any other dot separates words ("st.louis" → "st louis"). */
function closeDots(k: string): string {
  return k
    .replace(
      /(^|[^\p{L}])((?:\p{L}\.)+\p{L}\.?)(?=$|[^\p{L}])/gu,
      (_m, pre: string, letters: string) => pre + letters.replace(/\./g, ''),
    )
    .replace(/[. ]+/g, ' ')
    .trim()
}

function expandAbbreviations(k: string): string {
  return k
    .split(' ')
    .map((t) => TOKEN_EXPANSIONS[t] ?? t)
    .join(' ')
}

/**
 * A looser key that merges common transliteration variants of names from Cyrillic and Arabic:
 * y→i, zhzh→zh, doubled consonants or i collapsed ("Avdiivka"/"Avdiyivka", "Berdiansk"/"Berdyansk",
 * "Odesa"/"Odessa"), a leading Arabic article dropped and a final -ah/-eh shortened
 * ("Ar Raqqah"/"Raqqa", "Fallujah"/"Falluja"). Doubled a/e/o/u stay: in English words they are not
 * spelling noise ("peeking" must not become "Peking"). Used only when the exact key finds nothing.
 */
export function looseKey(key: string): string {
  const m = ARABIC_ARTICLE_RE.exec(key)
  if (m) key = key.slice(m[0].length)
  if (key.length > 3 && key.endsWith('h') && 'ae'.includes(key[key.length - 2]!)) {
    key = key.slice(0, -1)
  }
  let out = ''
  let prev = ''
  for (let i = 0; i < key.length; i++) {
    let ch = key[i]!
    if (ch === 'y') ch = 'i'
    // "zhzh" → "zh": skip a "zh" that follows "zh".
    if (ch === 'z' && key[i + 1] === 'h' && out.endsWith('zh')) {
      i++
      continue
    }
    if (ch === prev && COLLAPSIBLE.has(ch)) continue
    out += ch
    prev = ch
  }
  return out
}

const COLLAPSIBLE = new Set([...'bcdfghiklmnpqrstvwxz'])
const ARABIC_ARTICLE_RE = /^(?:al|el|ar|as|ad|an|at|az|ash|ath|adh) (?=\S{3})/
