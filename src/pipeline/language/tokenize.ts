import type { Token } from './types.js'

// acronyms with dots (U.S., U.K.), words with inner apostrophes or hyphens, numbers, any other symbol
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:(?:[-'’](?![sS]\b)|[.](?=\p{L}\.))[\p{L}\p{M}\p{N}]+)*|[''’][sS]\b|\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th)?|\.{3}|\S/gu

const UPPER = /^\p{Lu}/u
const ACRONYM = /^\p{Lu}{2,}$/u
const PUNCT = /^[^\p{L}\p{N}]/u

/**
 * Splits text into tokens with UTF-16 offsets. A possessive "'s" is a token of its own,
 * so "Russia's" gives "Russia" and "'s".
 * @example
 * tokenize("Russia's forces").map((t) => t.text) // ['Russia', "'s", 'forces']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0]
    out.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      lower: t.toLowerCase(),
      upper: UPPER.test(t),
      acronym: ACRONYM.test(t),
      punct: PUNCT.test(t),
      sentence: 0,
    })
  }
  return out
}
