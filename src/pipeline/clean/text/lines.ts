/** One non-empty line of the page, whitespace normalised. */
export interface Line {
  /** Position among the non-empty lines. */
  index: number
  text: string
  /** Blank lines (or none) stood between this line and the previous one. */
  afterBlank: boolean
}

// \s covers U+00A0 and the other Unicode spaces; zero-width characters are not spaces to \s.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g
const SPACES = /\s+/g
// anything normaliseSpace would change: most lines have none of it
const UNTIDY = /[^\S ]| {2}|^ | $|[\u200B-\u200D\u2060\uFEFF]/

/** Collapse every run of whitespace (including no-break spaces) to one space. */
export function normaliseSpace(s: string): string {
  if (!UNTIDY.test(s)) return s
  return s.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim()
}

/** Split a text dump into its non-empty lines. */
export function splitLines(text: string): Line[] {
  const out: Line[] = []
  let blank = false
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const t = normaliseSpace(raw)
    if (!t) {
      blank = true
      continue
    }
    out.push({ index: out.length, text: t, afterBlank: blank })
    blank = false
  }
  return out
}
