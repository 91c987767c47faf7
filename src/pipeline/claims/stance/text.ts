/**
 * Word tokens for the stance model and the claim key: lower-case ASCII-folded words and numbers,
 * "n't" split off as "not", possessive "'s" dropped. Small and fast, since the model runs once per
 * statement and the benchmark tokenises 25,000 article bodies.
 * @module
 */
import { stem } from './porter.js'

/** Common function words; dropped from content-term features but kept for negation and cues. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further ' +
    'had has have having he her here hers herself him himself his how i if in into is it its ' +
    'itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves ' +
    's t also said says say may might must shall us one two new like get got via'
  ).split(' '),
)

const FOLD: Record<string, string> = {
  à: 'a',
  á: 'a',
  â: 'a',
  ä: 'a',
  ã: 'a',
  å: 'a',
  ç: 'c',
  è: 'e',
  é: 'e',
  ê: 'e',
  ë: 'e',
  ì: 'i',
  í: 'i',
  î: 'i',
  ï: 'i',
  ñ: 'n',
  ò: 'o',
  ó: 'o',
  ô: 'o',
  ö: 'o',
  õ: 'o',
  ù: 'u',
  ú: 'u',
  û: 'u',
  ü: 'u',
  ý: 'y',
  ÿ: 'y',
}

const WORD = /[a-z0-9àáâäãåçèéêëìíîïñòóôöõùúûüýÿ]+(?:['’][a-z]+)?/g

/** Lower-case word tokens of a text ("didn't" gives "did", "not"). */
export function words(text: string): string[] {
  const out: string[] = []
  const lower = text.toLowerCase()
  for (const m of lower.matchAll(WORD)) {
    let w = m[0]
    const ap = w.search(/['’]/)
    if (ap >= 0) {
      const tail = w.slice(ap + 1)
      const head = w.slice(0, ap)
      if (tail === 't' && head.endsWith('n')) {
        const base = head.slice(0, -1)
        out.push(base === 'ca' ? 'can' : base === 'wo' ? 'will' : base)
        out.push('not')
        continue
      }
      w = head
      if (tail !== 's' && tail !== 'd' && tail !== 'll' && tail !== 're' && tail !== 've') {
        w = head + tail
      }
    }
    if (/[^\x00-\x7f]/.test(w)) w = w.replace(/[^\x00-\x7f]/g, (c) => FOLD[c] ?? '')
    if (w) out.push(w)
  }
  return out
}

/** Porter stems of the tokens. */
export function stems(tokens: readonly string[]): string[] {
  return tokens.map(stem)
}

/** Splits a body into rough sentences (on . ! ? followed by space and a capital, or newlines). */
export function sentences(text: string): string[] {
  const out: string[] = []
  for (const para of text.split(/\n+/)) {
    for (const s of para.split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[A-Z0-9])/)) {
      const t = s.trim()
      if (t) out.push(t)
    }
  }
  return out
}
