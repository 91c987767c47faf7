/**
 * The Porter (1980) stemmer, for lower-case ASCII words. Shared by the stance model and the
 * claim similarity key, so both see "denies", "denied" and "denial" as near neighbours.
 * @module
 */

const cache = new Map<string, string>()

function isCons(w: string, i: number): boolean {
  const c = w.charCodeAt(i)
  if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return false
  if (c === 121) return i === 0 || !isCons(w, i - 1)
  return true
}

// m() of the stem w[0..end): the number of vowel-consonant sequences
function measure(w: string, end: number): number {
  let n = 0
  let i = 0
  while (i < end && isCons(w, i)) i++
  while (i < end) {
    while (i < end && !isCons(w, i)) i++
    if (i >= end) break
    n++
    while (i < end && isCons(w, i)) i++
  }
  return n
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isCons(w, i)) return true
  return false
}

function doubleCons(w: string, end: number): boolean {
  return end >= 2 && w[end - 1] === w[end - 2] && isCons(w, end - 1)
}

// consonant-vowel-consonant ending, the last not w, x or y
function cvc(w: string, end: number): boolean {
  if (end < 3 || !isCons(w, end - 1) || isCons(w, end - 2) || !isCons(w, end - 3)) return false
  const c = w[end - 1]
  return c !== 'w' && c !== 'x' && c !== 'y'
}

function replaceIf(w: string, suffix: string, rep: string, minM: number): string | null {
  if (!w.endsWith(suffix)) return null
  const stem = w.length - suffix.length
  return measure(w, stem) > minM ? w.slice(0, stem) + rep : w
}

const STEP2: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
]
const STEP3: [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
]
const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
]

function stemUncached(w: string): string {
  if (w.length <= 2) return w
  // step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ies')) w = w.slice(0, -2)
  else if (w.endsWith('ss')) {
    // unchanged
  } else if (w.endsWith('s')) w = w.slice(0, -1)
  // step 1b
  let extra = false
  if (w.endsWith('eed')) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1)
  } else if (w.endsWith('ed') && hasVowel(w, w.length - 2)) {
    w = w.slice(0, -2)
    extra = true
  } else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) {
    w = w.slice(0, -3)
    extra = true
  }
  if (extra) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e'
    else if (doubleCons(w, w.length) && !/[lsz]$/.test(w)) w = w.slice(0, -1)
    else if (measure(w, w.length) === 1 && cvc(w, w.length)) w += 'e'
  }
  // step 1c
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = `${w.slice(0, -1)}i`
  // step 2
  for (const [s, r] of STEP2) {
    const x = replaceIf(w, s, r, 0)
    if (x !== null) {
      w = x
      break
    }
  }
  // step 3
  for (const [s, r] of STEP3) {
    const x = replaceIf(w, s, r, 0)
    if (x !== null) {
      w = x
      break
    }
  }
  // step 4
  for (const s of STEP4) {
    if (!w.endsWith(s)) continue
    const stem = w.length - s.length
    // 'ion' goes only after s or t
    const ok = s !== 'ion' || w[stem - 1] === 's' || w[stem - 1] === 't'
    if (ok && measure(w, stem) > 1) w = w.slice(0, stem)
    break
  }
  // step 5
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1)
    if (m > 1 || (m === 1 && !cvc(w, w.length - 1))) w = w.slice(0, -1)
  }
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1)
  return w
}

/** Porter stem of a lower-case word; words with digits or non-ASCII letters pass unchanged. */
export function stem(word: string): string {
  let s = cache.get(word)
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? stemUncached(word) : word
    if (cache.size < 200_000) cache.set(word, s)
  }
  return s
}
