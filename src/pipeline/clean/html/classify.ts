import type { Block } from './blocks.js'
import { isDateLine } from './dates.js'
import {
  AD_MARKER,
  AUTHOR_NOTE,
  BYLINE,
  COMMENTS_LINE,
  CONTRIB_LINE,
  COUNTER_LINE,
  CREDIT_LINE,
  CREDIT_TAIL,
  FURNITURE_HEADING,
  PROMPT,
  READ_MORE,
  TRAILING_CREDIT,
  URL_TEXT,
  WIDGET_WORDS,
} from './patterns.js'
import { wordCount } from './text.js'

/** What a line of the extracted article is. */
export type LineLabel =
  | 'body'
  | 'headline'
  | 'caption'
  | 'byline'
  | 'date'
  | 'share'
  | 'related'
  | 'newsletter'
  | 'nav'
  | 'ad'
  | 'comment'
  | 'bio'
  | 'legal'
  | 'summary'
  | 'meta'

/** A line with its label and the rule that gave it. */
export interface Labeled {
  block: Block
  label: LineLabel
  rule: string
}

/** Page facts the classifier compares lines against. */
export interface ClassifyContext {
  headline: string | null
  byline: string | null
}

const comparable = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Label one line from its own text and element cues, without looking at its neighbours. */
function labelLine(
  b: Block,
  words: number,
  c: ClassifyContext,
  headlineKey: string,
): [LineLabel, string] {
  const t = b.text
  if (AD_MARKER.test(t)) return ['ad', 'text:ad-marker']
  if (words === 0) return ['share', 'text:no-words']
  if (headlineKey && words <= 40 && comparable(t) === headlineKey)
    return ['headline', 'text:headline']
  if (b.kind) {
    // Class names are strong evidence for short lines; long prose needs more than a name.
    const weak = b.kind === 'meta' || b.kind === 'summary' || b.kind === 'nav' || b.kind === 'date'
    if (!weak || words < 25) return [b.kind, `hint:${b.kind}`]
  }
  if (b.inFigure && words < 80) return ['caption', 'struct:figure']
  if (words <= 12 && WIDGET_WORDS.test(t)) return ['share', 'text:widget']
  if (words <= 8 && COMMENTS_LINE.test(t)) return ['comment', 'text:comments']
  if (words <= 12 && COUNTER_LINE.test(t)) return ['meta', 'text:counter']
  if (words <= 25 && READ_MORE.test(t)) return ['related', 'text:read-more']
  if (words <= 50 && CONTRIB_LINE.test(t)) return ['byline', 'text:contrib']
  if (words <= 12 && BYLINE.test(t)) return ['byline', 'text:byline']
  if (words <= 16 && isDateLine(t)) return ['date', 'text:date']
  if (words <= 40 && CREDIT_LINE.test(t)) return ['caption', 'text:credit']
  if (words <= 8 && CREDIT_TAIL.test(t) && !/[.!?]["”’]?$/.test(t.replace(/\.$/, ''))) {
    return ['caption', 'text:credit-tail']
  }
  if (words <= 25 && TRAILING_CREDIT.test(t)) return ['caption', 'text:trailing-credit']
  if (words <= 45 && PROMPT.test(t)) return ['newsletter', 'text:prompt']
  if (c.byline && words <= 8 && comparable(t) === comparable(c.byline))
    return ['byline', 'text:byline-name']
  return ['body', 'default']
}

/** The head zone ends by this line at the latest, so a list-like article is not eaten whole. */
const HEAD_ZONE_MAX = 20

/** Label every line, then fix labels that depend on neighbours (list groups, head and tail zones). */
export function classifyBlocks(blocks: Block[], c: ClassifyContext): Labeled[] {
  const headlineKey = c.headline ? comparable(c.headline) : ''
  const words = blocks.map((b) => wordCount(b.text))
  const out: Labeled[] = blocks.map((b, i) => {
    const [label, rule] = labelLine(b, words[i]!, c, headlineKey)
    return { block: b, label, rule }
  })

  // A heading such as "Related stories" takes the link lines or list right after it.
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!
    const b = l.block
    const next = out[i + 1]
    if (!next) continue
    // A short line right before a list reads as that list's heading, whatever its markup.
    const headingLike =
      b.inHeading ||
      b.allBold ||
      l.label === 'related' ||
      (words[i]! <= 6 && next.block.listId >= 0 && next.block.listId !== b.listId)
    const opener =
      l.rule === 'text:read-more' ||
      (headingLike && words[i]! <= 8 && (FURNITURE_HEADING.test(b.text) || READ_MORE.test(b.text)))
    if (!opener) continue
    const listId = next.block.listId
    let j = i + 1
    let taken = 0
    for (; j < out.length; j++) {
      const n = out[j]!
      const sameList = listId >= 0 && n.block.listId === listId
      const linky = n.block.linkDensity > 0.6 && words[j]! <= 30
      if (!sameList && !linky) break
      if (n.label === 'body') {
        n.label = 'related'
        n.rule = 'group:after-heading'
      }
      taken++
    }
    if (taken > 0 && l.label === 'body') {
      l.label = 'related'
      l.rule = 'group:heading'
    }
  }

  // Standalone link lines (a promoted headline between paragraphs).
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!
    if (l.label !== 'body') continue
    const b = l.block
    if (
      b.linkDensity > 0.9 &&
      words[i]! >= 4 &&
      words[i]! <= 25 &&
      !b.inList &&
      !URL_TEXT.test(b.text)
    ) {
      l.label = 'related'
      l.rule = 'text:link-line'
    }
  }
  // Short lines before the first and after the last paragraph of prose are page furniture.
  const prose = (i: number) => {
    const l = out[i]!
    return (
      l.label === 'body' &&
      !l.block.inHeading &&
      words[i]! >= 10 &&
      l.block.linkDensity < 0.5 &&
      !URL_TEXT.test(l.block.text)
    )
  }
  // Without any prose line there is no head or tail to tell apart from the body.
  let first = out.findIndex((_, i) => prose(i))
  if (first < 0) return out
  first = Math.min(first, HEAD_ZONE_MAX)
  let last = -1
  for (let i = out.length - 1; i >= 0; i--) {
    if (prose(i)) {
      last = i
      break
    }
  }
  const furnitureLike = (i: number) => {
    const b = out[i]!.block
    return b.inHeading || words[i]! <= 6 || b.linkDensity > 0.5 || URL_TEXT.test(b.text)
  }
  const linkLike = (i: number) =>
    out[i]!.block.linkDensity > 0.5 && !URL_TEXT.test(out[i]!.block.text)
  for (let i = 0; i < first; i++) {
    const l = out[i]!
    if (l.label === 'body' && furnitureLike(i)) {
      l.label = 'meta'
      l.rule = 'zone:head'
    }
  }
  // An author's note among the last lines ("Jane Doe is a reporter at …").
  for (let i = Math.max(first, out.length - 3); i < out.length; i++) {
    const l = out[i]!
    if (l.label === 'body' && words[i]! <= 60 && AUTHOR_NOTE.test(l.block.text)) {
      l.label = 'bio'
      l.rule = 'text:author-note'
    }
  }
  for (let i = last + 1; i < out.length; i++) {
    const l = out[i]!
    if (last >= 0 && l.label === 'body' && linkLike(i)) {
      l.label = 'meta'
      l.rule = 'zone:tail'
    }
  }
  return out
}
