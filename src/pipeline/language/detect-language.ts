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
const SETS = Object.entries(STOPWORDS).map(([lang, ws]) => [lang, new Set(ws)] as const)

/**
 * ISO 639-1 code of a text's language, from its script and its commonest words.
 * @example
 * detectLanguage('The army said on Monday that it had taken the town.') // 'en'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 5000)
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (!letters) return 'und'
  const count = (re: RegExp) => (sample.match(re)?.length ?? 0) / letters
  if (count(/\p{Script=Cyrillic}/gu) > 0.4)
    return /[їєіґ]/i.test(sample) ? 'uk' : /[ўі]/i.test(sample) ? 'be' : 'ru'
  if (count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.1) return 'ja'
  if (count(/\p{Script=Hangul}/gu) > 0.3) return 'ko'
  if (count(/\p{Script=Han}/gu) > 0.3) return 'zh'
  if (count(/\p{Script=Arabic}/gu) > 0.4) return 'ar'
  if (count(/\p{Script=Hebrew}/gu) > 0.4) return 'he'
  if (count(/\p{Script=Greek}/gu) > 0.4) return 'el'
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  let best = 'en'
  let bestScore = 0
  for (const [lang, set] of SETS) {
    let n = 0
    for (const w of words) if (set.has(w)) n++
    if (n > bestScore) {
      bestScore = n
      best = lang
    }
  }
  return best
}
