// the most frequent function words of each language; the best overlap wins
const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'it',
    'was',
    'on',
    'with',
    'he',
    'as',
    'by',
    'has',
    'said',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'den',
    'mit',
    'sich',
    'auf',
    'ein',
    'eine',
    'dem',
    'auch',
    'wird',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'une',
    'dans',
    'que',
    'pour',
    'qui',
    'pas',
    'sur',
    'du',
    'avec',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'que',
    'del',
    'en',
    'un',
    'una',
    'por',
    'con',
    'para',
    'es',
    'se',
  ],
  it: [
    'il',
    'la',
    'di',
    'che',
    'e',
    'per',
    'un',
    'una',
    'non',
    'del',
    'della',
    'sono',
    'gli',
    'anche',
    'con',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'de',
    'que',
    'do',
    'da',
    'em',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'por',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'niet',
    'op',
    'met',
    'voor',
    'zijn',
    'ook',
    'als',
    'er',
  ],
  pl: [
    'i',
    'w',
    'nie',
    'na',
    'się',
    'z',
    'do',
    'jest',
    'że',
    'to',
    'o',
    'jak',
    'po',
    'przez',
    'jego',
  ],
  id: [
    'yang',
    'dan',
    'di',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'dari',
    'dalam',
    'tidak',
    'akan',
    'pada',
    'juga',
    'ke',
    'ada',
  ],
}
const LANGS = Object.keys(STOPWORDS)
// word -> indices of the languages that list it: one lookup a word instead of one per language
const WORD_LANGS = new Map<string, number[]>()
LANGS.forEach((lang, li) => {
  for (const w of STOPWORDS[lang]!) {
    const l = WORD_LANGS.get(w)
    if (l) {
      if (!l.includes(li)) l.push(li)
    } else WORD_LANGS.set(w, [li])
  }
})

/**
 * ISO 639-1 code of a text's language, from its script and its commonest words.
 * @example
 * detectLanguage('The army said on Monday that it had taken the town.') // 'en'
 */
export function detectLanguage(text: string, lowerWords?: string[]): string {
  const script = scriptLanguage(text)
  if (script !== null) return script
  if (lowerWords) return bestLanguage(lowerWords, Math.min(lowerWords.length, 600))
  const words = text
    .slice(0, Math.min(text.length, 3000))
    .toLowerCase()
    .split(/[^\p{L}]+/u)
  return bestLanguage(words, Math.min(words.length, 600))
}

/** The language a script alone tells ('und' for no letters), or null for Latin text. */
function scriptLanguage(text: string): string | null {
  const n = Math.min(text.length, 3000)
  // one pass over the code points sorts the script out
  let letters = 0
  let cyr = 0
  let kana = 0
  let hangul = 0
  let han = 0
  let arabic = 0
  let hebrew = 0
  let greek = 0
  let ukr = 0
  let bel = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++
      continue
    }
    if (c >= 0x400 && c <= 0x4ff) {
      letters++
      cyr++
      if (c === 0x457 || c === 0x454 || c === 0x456 || c === 0x491) ukr++
      if (c === 0x45e) bel++
    } else if (c >= 0x3040 && c <= 0x30ff) {
      letters++
      kana++
    } else if (c >= 0xac00 && c <= 0xd7af) {
      letters++
      hangul++
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      letters++
      han++
    } else if (c >= 0x600 && c <= 0x6ff) {
      letters++
      arabic++
    } else if (c >= 0x590 && c <= 0x5ff) {
      letters++
      hebrew++
    } else if (c >= 0x370 && c <= 0x3ff) {
      letters++
      greek++
    } else if (c >= 0xc0 && c <= 0x24f) letters++
  }
  if (!letters) return 'und'
  if (cyr > letters * 0.4) return bel ? 'be' : ukr ? 'uk' : 'ru'
  if (kana > letters * 0.1) return 'ja'
  if (hangul > letters * 0.3) return 'ko'
  if (han > letters * 0.3) return 'zh'
  if (arabic > letters * 0.4) return 'ar'
  if (hebrew > letters * 0.4) return 'he'
  if (greek > letters * 0.4) return 'el'
  return null
}

/** The same as `detectLanguage(text, tokens.map((t) => t.lower))`, without the copy. */
export function detectLanguageOfTokens(text: string, tokens: readonly { lower: string }[]): string {
  const script = scriptLanguage(text)
  if (script !== null) return script
  const limit = Math.min(tokens.length, 600)
  const scores = new Int32Array(LANGS.length)
  for (let i = 0; i < limit; i++) {
    const ls = WORD_LANGS.get(tokens[i]!.lower)
    if (ls) for (let j = 0; j < ls.length; j++) scores[ls[j]!]!++
  }
  return winner(scores)
}

function bestLanguage(words: readonly string[], limit: number): string {
  const scores = new Int32Array(LANGS.length)
  for (let i = 0; i < limit; i++) {
    const ls = WORD_LANGS.get(words[i]!)
    if (ls) for (let j = 0; j < ls.length; j++) scores[ls[j]!]!++
  }
  return winner(scores)
}

// the first language with the highest score, 'en' when none scores
function winner(scores: Int32Array): string {
  let best = 'en'
  let bestScore = 0
  for (let li = 0; li < scores.length; li++) {
    if (scores[li]! > bestScore) {
      bestScore = scores[li]!
      best = LANGS[li]!
    }
  }
  return best
}
