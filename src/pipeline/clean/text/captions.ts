import type { Caption } from '../types.js'
import { wordCount } from './furniture.js'
import { AGENCY_ALT, AGENCY_LAST_CHARS, CAPTION_PREFIX_RE, CREDIT_LABELS } from './lexicon.js'
import type { Line } from './lines.js'

/** A caption split from its credit; text is empty for a line that is only a credit. */
export interface CreditSplit {
  text: string
  credit: string
  rule: string
}

// a capitalised word or an initial ("J."), so "Sunday. Joe Bloggs" is not read as one name
const NAME = "[\\p{Lu}](?:[\\p{L}'’-]+|\\.)?"
const NAMES = `${NAME}(?:\\s+(?:${NAME}|de|da|van|von|del|al|bin|la|le)){0,4}`

const AGENCY_END = new RegExp(`[.!?”"]\\s*(?:${AGENCY_ALT})$`, 'u')

// Each pattern captures the caption text before the credit and the credit itself; the
// guard is a cheap test that must hold before the (slower) pattern is tried.
const CREDIT_PATTERNS: Array<[string, RegExp, (s: string) => boolean]> = [
  [
    'credit:copyright',
    /^((?:.*?[.!?”")])?)\s*(?:Copyright|COPYRIGHT|©|\(c\))\s*:?\s*([^.!?]{2,80}?)\s*$/u,
    (s) => s.includes('©') || s.includes('OPYRIGHT') || s.includes('opyright') || s.includes('(c)'),
  ],
  [
    'credit:parenthesised',
    new RegExp(
      `^(.*?)\\s*\\(\\s*((?:(?:${AGENCY_ALT})\\s*)?(?:photo|image|picture|foto|credit|photograph)s?\\s*(?:[/:]|by)\\s*[^()]{2,80}|[^()]{0,60}/\\s*(?:${AGENCY_ALT})|(?:${AGENCY_ALT})(?:\\s*/\\s*[^()]{2,60})?)\\s*\\)\\s*$`,
      'iu',
    ),
    (s) => s.endsWith(')'),
  ],
  [
    // "… map of Titan. (NASA/JPL-Caltech/ASU)": sources joined by slashes, in brackets
    'credit:slashed-sources',
    /^(.*?[.!?”"])\s*\((\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)*(?:\s*\/\s*\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)*)+)\)$/u,
    (s) => s.endsWith(')') && s.includes('/'),
  ],
  [
    'credit:label',
    new RegExp(`^(.*?)\\s*[|–—-]?\\s*\\b(?:${CREDIT_LABELS})\\s*:\\s*([^:]{2,80}?)\\s*$`, 'iu'),
    // the credit runs from the line's last colon to its end: at most 80 characters, which
    // is 160 UTF-16 code units; a long sentence after a colon is no credit
    (s) => s.includes(':') && s.slice(s.lastIndexOf(':') + 1).trim().length <= 160,
  ],
  [
    'credit:slash',
    new RegExp(
      `^((?:.*?[.!?”")])?)\\s*((?:${NAMES})(?:\\s*[/|]\\s*(?:${NAMES})){0,2}\\s*[/|]\\s*(?:${AGENCY_ALT})|(?:${AGENCY_ALT})\\s*/\\s*(?:${NAMES}))\\s*$`,
      'u',
    ),
    (s) => s.includes('/') || s.includes('|'),
  ],
  [
    // "Jane Doe, AP" on a line of its own: a photographer and the agency ("By Jane Doe,
    // Reuters" is the story's byline)
    'credit:name-agency',
    new RegExp(`^()((?![Bb][Yy]\\s)(?:${NAMES}),\\s*(?:${AGENCY_ALT}))\\s*$`, 'u'),
    (s) => s.includes(',') && s.length <= 80,
  ],
  [
    'credit:agency',
    new RegExp(`^(.*?[.!?”"])\\s*((?:${AGENCY_ALT}))\\s*$`, 'u'),
    (s) => AGENCY_LAST_CHARS.has(s.slice(-1)) && AGENCY_END.test(s),
  ],
]

/** Split a trailing photo credit off a line, or null when it has none. */
export function splitCredit(line: string): CreditSplit | null {
  for (const [rule, re, guard] of CREDIT_PATTERNS) {
    if (!guard(line)) continue
    const m = re.exec(line)
    if (!m) continue
    const text = (m[1] ?? '').trim()
    const credit = (m[2] ?? '').trim().replace(/[.,;:]+$/, '')
    if (!credit || wordCount(credit) > 10) continue
    // A credit follows a caption or stands alone; a long sentence ending in a name is prose.
    if (text && rule === 'credit:label' && !/[.!?”")]$/u.test(text) && wordCount(text) > 3) continue
    return { text, credit, rule }
  }
  return null
}

/** The role a caption rule gives a line. */
export interface CaptionHit {
  /** Index of the line holding the caption (or the credit, for a credit-only line). */
  index: number
  caption: Caption | null
  rule: string
}

const FILE_PREFIX = /^FILE\s*(?:PHOTO)?\s*[-–—:]/
const SENTENCE_END = /[.!?。！？”"]$/u

/**
 * Caption lines found by pattern: a line repeated on the next line (maybe with a credit
 * added to the copy), a FILE photo line, a line with a trailing credit, a credit alone.
 */
export function findCaptions(lines: Line[]): Map<number, CaptionHit> {
  const hits = new Map<number, CaptionHit>()
  for (let i = 0; i < lines.length; i++) {
    if (hits.has(i)) continue
    const a = lines[i]!.text
    const b = lines[i + 1]?.text
    if (b?.startsWith(a) && wordCount(a) >= 4) {
      const rest = b.slice(a.length).trim()
      const split = rest ? splitCredit(`. ${rest}`) : null
      const credit = split?.credit ?? (rest && wordCount(rest) <= 6 ? rest : null)
      if (rest === '' ? SENTENCE_END.test(a) || FILE_PREFIX.test(a) : credit !== null) {
        const caption = { text: a, credit }
        hits.set(i, { index: i, caption, rule: 'caption:repeated' })
        hits.set(i + 1, { index: i + 1, caption: null, rule: 'caption:repeated' })
        continue
      }
    }
    const split = splitCredit(a)
    if (split) {
      if (!split.text) {
        hits.set(i, { index: i, caption: null, rule: `caption:credit-only` })
      } else if (wordCount(split.text) >= 2 && wordCount(split.text) <= 80) {
        const text = split.text.replace(CAPTION_PREFIX_RE, '').trim() || split.text
        hits.set(i, {
          index: i,
          caption: { text: keepFile(split.text, text), credit: split.credit },
          rule: split.rule,
        })
      }
      continue
    }
    if (FILE_PREFIX.test(a) || (CAPTION_PREFIX_RE.test(a) && wordCount(a) <= 60)) {
      const text = keepFile(a, a.replace(CAPTION_PREFIX_RE, '').trim())
      if (wordCount(text) >= 2)
        hits.set(i, { index: i, caption: { text, credit: null }, rule: 'caption:prefix' })
    }
  }
  return hits
}

// "FILE - ..." tells the reader the photo is old, so it stays in the caption text.
function keepFile(original: string, stripped: string): string {
  return FILE_PREFIX.test(original) ? original : stripped
}
