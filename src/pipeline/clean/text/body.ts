import type { PageHints } from './anchor.js'
import type { Annotation } from './annotate.js'
import { decode, type LineModel, lineProbabilities } from './classifier.js'
import { lineFeatures } from './features.js'
import type { Line } from './lines.js'

/** Body decision per line, and the model's probability behind it. */
export interface BodyDecision {
  keep: boolean[]
  probs: number[]
  /** The model's name, or the fallback rule when the model kept nothing. */
  rule: string
}

const PROSE_END = /[.!?。！？"”’»)]$/u

/** True when a pattern rule has already given the line a role outside the body. */
export function ruledOut(ann: Annotation): boolean {
  return (
    (ann.furniture !== null && ann.furniture !== 'furniture:menu') ||
    ann.caption !== undefined ||
    ann.byline !== null ||
    ann.headerDate !== null ||
    ann.relatedHeader ||
    ann.inlineRelated !== null
  )
}

const LONG_LINE_WORDS = 300

/** Letters, all of them upper-case, and enough of them to be a headline. */
function shouted(text: string): boolean {
  let upper = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === ch.toUpperCase()) {
      if (ch !== ch.toLowerCase()) upper++
    } else return false
  }
  return upper >= 12
}

/** Keep/drop each line: the line model with its smoother, then the pattern rules veto. */
export function selectBody(
  lines: Line[],
  anns: Annotation[],
  model: LineModel,
  hints: PageHints = {},
): BodyDecision {
  const probs = lineProbabilities(model, lineFeatures(lines, anns, hints))
  const keep = decode(model, probs)
  for (let i = 0; i < keep.length; i++) if (keep[i] && ruledOut(anns[i]!)) keep[i] = false
  // a long line in capitals inside the body is a teaser for another story ("US SENDS MORE
  // TROOPS TO …"), not prose; subheads in capitals are shorter (under 8 words on the dev
  // pages), and before the body such a line may be the headline, which is left alone
  const first = keep.indexOf(true)
  if (first >= 0)
    for (let i = first + 1; i < keep.length; i++)
      if (keep[i] && anns[i]!.words >= 8 && shouted(lines[i]!.text)) keep[i] = false
  // a document flattened onto a line or two (a feed's body text) is all body, however it reads
  if (lines.length <= 3)
    for (let i = 0; i < keep.length; i++) if (anns[i]!.words >= LONG_LINE_WORDS) keep[i] = true
  // a page the model finds no body in (short or already clean text): keep its prose lines
  if (!keep.includes(true)) {
    for (let i = 0; i < keep.length; i++) {
      keep[i] = anns[i]!.words >= 12 && PROSE_END.test(lines[i]!.text) && !ruledOut(anns[i]!)
    }
    return { keep, probs, rule: 'body:prose-fallback' }
  }
  return { keep, probs, rule: `model:${model.name}+viterbi` }
}
