import { STOPWORDS } from './lexicon.js'

const SCRIPTS: Array<[string, RegExp]> = [
  ['ko', /\p{Script=Hangul}/gu],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ar', /\p{Script=Arabic}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['el', /\p{Script=Greek}/gu],
]
const SAMPLE = 2000
// ASCII punctuation, digits and spaces, and the general punctuation block
const NON_LETTERS = /[\s\d!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f]+/

/**
 * A cheap language guess for the body (BCP 47 code, "und" when unsure): the script for
 * non-Latin, non-Cyrillic text, else the language whose function words are most frequent.
 */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE)
  if (!sample) return 'und'
  // only text outside Latin and Cyrillic is worth a script count
  if (/[^\u0000-\u04ff\u2000-\u206f]/.test(sample)) {
    for (const [lang, re] of SCRIPTS) {
      const n = sample.match(re)?.length ?? 0
      if (n > sample.length * 0.15)
        return lang === 'zh' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)
          ? 'ja'
          : lang
    }
  }
  const words = sample.toLowerCase().split(NON_LETTERS)
  if (words.length < 6) return 'und'
  let best = 'und'
  let bestHits = 0
  for (const [lang, set] of Object.entries(STOPWORDS)) {
    let hits = 0
    for (const w of words) if (set.has(w)) hits++
    if (hits > bestHits) {
      bestHits = hits
      best = lang
    }
  }
  return bestHits >= words.length * 0.08 ? best : 'und'
}
