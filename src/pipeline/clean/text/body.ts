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

// a comments header or counter ("Top Rated Comments", "[ 167 comments ]", "Leave a reply")
const COMMENTS_HEAD = /\bcomments?\b|\brepl(?:y|ies)\b|\bdiscussion\b|\bconversation\b/i
// the time stamp a comment carries: "2 days ago", "3 hours ago at 07:52 am"
const COMMENT_STAMP =
  /^\W*(?:\d+|an?|one) (?:second|minute|min|hour|hr|day|week|month|year)s? ago\b.{0,20}$/i
const STAMP_WINDOW = 6

/**
 * Start of a comment thread below the body, or -1: a short comments header followed within
 * a few lines by a comment's time stamp. Everything from there on is readers' text.
 */
export function commentThread(lines: Line[], anns: Annotation[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (anns[i]!.words > 6 || !COMMENTS_HEAD.test(lines[i]!.text)) continue
    for (let j = i + 1; j <= i + STAMP_WINDOW && j < lines.length; j++)
      if (COMMENT_STAMP.test(lines[j]!.text)) return i
  }
  return -1
}

// an author box: "About Jane Doe" (the bio below names her) or "About the author"
const AUTHOR_BOX =
  /^(?:About|ABOUT|Sobre|SOBRE|Über|ÜBER|À propos de|Acerca de|Tentang)\s+(?:(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){1,2})|(?:the author|[Oo] autor|[Aa] autora|den Autor|l'auteur|el autor|penulis))$/u
const MAX_BIO_WORDS = 80

/** Lines of author boxes below the body's start: the header and the bio under it. */
export function authorBoxes(lines: Line[], anns: Annotation[], from: number): number[] {
  const out: number[] = []
  for (let i = from; i < lines.length; i++) {
    const m = AUTHOR_BOX.exec(lines[i]!.text)
    if (!m) continue
    out.push(i)
    const name = m[1]
    for (let j = i + 1; j <= i + 2 && j < lines.length; j++) {
      const words = anns[j]!.words
      if (name ? words >= 8 && lines[j]!.text.includes(name) : words <= MAX_BIO_WORDS) out.push(j)
      else break
    }
  }
  return out
}

const SHORT_ITEM_WORDS = 5
// what a server says instead of a page: no article however it is worded
const ERROR_PAGE =
  /\b(?:(?:could|can) ?not be found|not found|no longer (?:available|exists?)|does not exist|doesn['’]t exist|404|access denied|forbidden|(?:enable|turn on) (?:javascript|cookies)|page you (?:requested|are looking for))\b/i

const LEDE_MIN_PROB = 0.15
const LEDE_MIN_WORDS = 15

/**
 * The lede: a prose line just above the first kept line (past at most one short line, such as
 * a photo's name tag) that the smoother dropped because a gap inside the article costs more
 * than starting the body one line later.
 */
export function rescueLede(
  lines: Line[],
  anns: Annotation[],
  probs: number[],
  keep: boolean[],
): void {
  const first = keep.indexOf(true)
  for (let j = first - 1; j >= 0 && j >= first - 2; j--) {
    const a = anns[j]!
    if (
      a.words >= LEDE_MIN_WORDS &&
      PROSE_END.test(lines[j]!.text) &&
      probs[j]! >= LEDE_MIN_PROB &&
      !ruledOut(a)
    ) {
      keep[j] = true
      return
    }
    if (a.words > 4) return
  }
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
  rescueLede(lines, anns, probs, keep)
  for (let i = 0; i < keep.length; i++) if (keep[i] && ruledOut(anns[i]!)) keep[i] = false
  // a long line in capitals inside the body is a teaser for another story ("US SENDS MORE
  // TROOPS TO …"), not prose; subheads in capitals are shorter (under 8 words on the dev
  // pages), and before the body such a line may be the headline, which is left alone
  const first = keep.indexOf(true)
  if (first >= 0) {
    for (let i = first + 1; i < keep.length; i++)
      if (keep[i] && anns[i]!.words >= 8 && shouted(lines[i]!.text)) keep[i] = false
    const thread = commentThread(lines, anns, first + 1)
    if (thread >= 0) for (let i = thread; i < keep.length; i++) keep[i] = false
    for (const i of authorBoxes(lines, anns, first + 1)) keep[i] = false
  }
  // a document flattened onto a line or two (a feed's body text) is all body, however it reads
  if (lines.length <= 3)
    for (let i = 0; i < keep.length; i++) if (anns[i]!.words >= LONG_LINE_WORDS) keep[i] = true
  // a page the model finds no body in (short or already clean text): keep its prose lines
  if (!keep.includes(true)) {
    // a feed item of one or two short sentences is all the text there is
    const minWords = lines.length <= 2 ? SHORT_ITEM_WORDS : 12
    for (let i = 0; i < keep.length; i++) {
      keep[i] =
        anns[i]!.words >= minWords &&
        PROSE_END.test(lines[i]!.text) &&
        !ruledOut(anns[i]!) &&
        !ERROR_PAGE.test(lines[i]!.text)
    }
    return { keep, probs, rule: 'body:prose-fallback' }
  }
  return { keep, probs, rule: `model:${model.name}+viterbi` }
}
