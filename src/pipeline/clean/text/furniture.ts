import { FURNITURE_CUE, isWidgetLine, MAX_CUE_WORDS } from './lexicon.js'

const HAS_LETTER = /\p{L}/u
const GLUE = /[a-z][A-Z]/g
const SEPARATORS = /\s[|•·›»]\s|\s\/\s/g
const SENTENCE_END = /[.!?。！？…"”»)]$/u
// a teaser flattened onto one line: a headline, then its excerpt opening on a dateline in
// capitals ("… deemed stateless WASHINGTON: Expressing concern …"); a short acronym ("dense
// LDL: These") or a quotation ("… for CNN: I won't …") is prose, so the place takes 5+
// capitals, two words or an agency in brackets
const GLUED_DATELINE = /[\p{Ll}”’")] (\p{Lu}{3,}(?: \p{Lu}{2,})*)( \(\p{L}+\))?\s?[:—–-]\s+\p{Lu}/u
// what the dateline needs after the place; most lines lack it, and this test is cheap
const DATELINE_MARK = /[:—–-]\s/
const QUOTE_START = /^\s*[“"‘'«]/
const PROMO_START = /^\s*skip past (?:newsletter |the )?(?:promotion|advert(?:isement)?)\b/i

/** True for a letter or digit code unit (any non-ASCII one outside the punctuation blocks). */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  return !(
    c <= 0xbf ||
    (c >= 0x2000 && c <= 0x2bff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xfe30 && c <= 0xfe4f)
  )
}

/** Number of words: space-separated pieces holding a letter or digit. */
export function wordCount(s: string): number {
  let n = 0
  let counted = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 32) counted = false
    else if (!counted && isWordChar(c)) {
      n++
      counted = true
    }
  }
  return n
}

/**
 * Why a line is page furniture, or null. Only patterns that hold on any site:
 * widget labels, prompts (cookies, newsletters, paywalls), control text, glued menus.
 * `words` is the line's wordCount, for a caller that has counted it already.
 */
export function furnitureRule(text: string, words = wordCount(text)): string | null {
  if (!HAS_LETTER.test(text)) return 'furniture:no-letters'
  if (isWidgetLine(text)) return 'furniture:widget'
  if (words <= MAX_CUE_WORDS && FURNITURE_CUE.test(text)) return 'furniture:prompt'
  // a promotion block flattened onto one line says what it is at its start, however long
  if (PROMO_START.test(text)) return 'furniture:prompt'
  if (words >= 12 && gluedDateline(text)) return 'furniture:teaser'
  if (!SENTENCE_END.test(text)) {
    // "HomeWorldPoliticsBusiness" or "Home | World | Politics": a menu flattened to one line
    const glue = text.match(GLUE)?.length ?? 0
    if (glue >= 3 && glue * 2 >= words) return 'furniture:menu'
    const seps = text.match(SEPARATORS)?.length ?? 0
    if (seps >= 3 && words <= seps * 3 + 3) return 'furniture:menu'
  }
  return null
}

function gluedDateline(text: string): boolean {
  if (!DATELINE_MARK.test(text)) return false
  const m = GLUED_DATELINE.exec(text)
  if (!m || QUOTE_START.test(text)) return false
  return m[2] !== undefined || m[1]!.includes(' ') || m[1]!.length >= 5
}
