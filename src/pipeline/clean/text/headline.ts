import type { Annotation } from './annotate.js'
import type { Line } from './lines.js'

/** The headline found on the page and the line it came from. */
export interface HeadlinePick {
  text: string
  index: number
  rule: string
  confidence: number
}

const WINDOW = 8
const STATEMENT_END = /[.。:;,]$/u

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u

function titleLike(line: Line, ann: Annotation): boolean {
  // a title's size is counted in characters in CJK script, else in words; the script test
  // reads the whole line, so it runs only when the two counts disagree
  const lengthOk = line.text.length >= 8 && line.text.length <= 120
  const wordsOk = ann.words >= 3 && ann.words <= 24
  const sizeOk = lengthOk === wordsOk ? lengthOk : CJK.test(line.text) ? lengthOk : wordsOk
  return (
    sizeOk &&
    !STATEMENT_END.test(line.text) &&
    !ann.furniture &&
    !ann.caption &&
    !ann.byline &&
    !ann.headerDate &&
    !ann.cued &&
    !ann.relatedHeader &&
    !ann.inlineRelated
  )
}

/**
 * The headline of a page dump: the title-like line just above the byline, else just above
 * the body, else the first title-like line at the top of the page.
 */
export function pickHeadline(
  lines: Line[],
  anns: Annotation[],
  firstBody: number,
): HeadlinePick | null {
  const nearestAbove = (limit: number, rule: string, confidence: number): HeadlinePick | null => {
    for (let i = limit - 1; i >= Math.max(0, limit - WINDOW); i--) {
      if (titleLike(lines[i]!, anns[i]!))
        return { text: lines[i]!.text, index: i, rule, confidence }
    }
    return null
  }
  const end = Math.min(firstBody, lines.length)
  for (let i = 0; i < end; i++) {
    if (anns[i]!.byline) {
      const above = nearestAbove(i, 'headline:above-byline', 0.8)
      if (above) return above
      break
    }
  }
  const aboveBody = nearestAbove(end, 'headline:above-body', 0.7)
  if (aboveBody) return aboveBody
  for (let i = 0; i < Math.min(lines.length, 5); i++) {
    if (titleLike(lines[i]!, anns[i]!))
      return { text: lines[i]!.text, index: i, rule: 'headline:first-line', confidence: 0.5 }
  }
  return null
}
