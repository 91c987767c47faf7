import { type BylineParse, parseByline } from './byline.js'
import { type CaptionHit, findCaptions } from './captions.js'
import { cuedDate, dateResidue, findDate } from './dates.js'
import { furnitureRule, wordCount } from './furniture.js'
import { gluedRelated, INLINE_RELATED, isRelatedHeader } from './lexicon.js'
import type { Line } from './lines.js'

/** What the pattern rules say about one line, before any body decision. */
export interface Annotation {
  words: number
  furniture: string | null
  caption: CaptionHit | undefined
  byline: BylineParse | null
  /** ISO date stated on a line that is mostly that date (a header date line). */
  headerDate: string | null
  /** Words left on a date line once the date is removed. */
  dateResidue: string
  cued: { iso: string; updated: boolean } | null
  relatedHeader: boolean
  inlineRelated: string | null
}

const MAX_DATE_LINE_WORDS = 16

/** Run every pattern rule over the lines. */
export function annotate(lines: Line[]): Annotation[] {
  const captions = findCaptions(lines)
  return lines.map((line, i) => {
    const text = line.text
    const words = wordCount(text)
    const caption = captions.get(i)
    const short = words <= MAX_DATE_LINE_WORDS
    let headerDate: string | null = null
    let residue = ''
    let cued: Annotation['cued'] = null
    if (short && !caption) {
      cued = cuedDate(text)
      const d = findDate(text)
      if (d) {
        residue = dateResidue(text, d)
        // "— Name (@handle) May 1, 2020" signs an embedded post, not the page
        if (wordCount(residue) <= 6 && !text.includes('(@')) headerDate = d.iso
      }
    }
    const prev = lines[i - 1]?.text
    let byline = short && !caption ? parseByline(text) : null
    // "By" on a line of its own, the names on the next
    if (!byline && prev && /^by:?$/i.test(prev)) byline = parseByline(`By ${text}`)
    const inline = words <= 40 ? INLINE_RELATED.exec(text) : null
    return {
      words,
      furniture: furnitureRule(text, words),
      caption,
      byline,
      headerDate,
      dateResidue: residue,
      cued,
      relatedHeader: isRelatedHeader(text),
      inlineRelated: inline ? inline[1]!.trim() : gluedRelated(text),
    }
  })
}
