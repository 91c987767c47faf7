/**
 * The plain-text branch of the clean stage: a page dumped to text, one block a line,
 * furniture still in. See data/README.md for the lexicons and model/TRAINING.md for the model.
 * @module
 */
import type { Caption, CleanArticle } from '../types.js'
import { annotate } from './annotate.js'
import { selectBody } from './body.js'
import { type LineModel, loadModel } from './classifier.js'
import { findDate } from './dates.js'
import { pickHeadline } from './headline.js'
import { normaliseSpace, splitLines } from './lines.js'
import { pickByline, pickDate } from './metadata.js'
import { relatedLists } from './related.js'

/** What the caller already knows about the page; given values win over what the page says. */
export interface TextMeta {
  url?: string
  headline?: string
  publishedAt?: string
  outlet?: string
}

let shipped: LineModel | null = null

const PROSE_END = /[.!?。！？"”’»)]$/u
const COPYRIGHT = /©|ⓒ|copyright|\(c\)/i
const MAX_CAPTION_WORDS = 60

/**
 * A photographer's or agency's credit alone on its line ("Jane Doe/Getty Images"), not a
 * copyright footer: the line above it is the photo's caption even when the model kept it.
 */
function photoCredit(credit: string, aboveWords: number): boolean {
  return !COPYRIGHT.test(credit) && aboveWords <= MAX_CAPTION_WORDS
}

/**
 * Clean a page dumped to plain text: body paragraphs, headline, outlet, byline,
 * stated publication date, photo captions with credits, and related-story headlines.
 */
export function cleanText(text: string, meta: TextMeta = {}, model?: LineModel): CleanArticle {
  const lines = splitLines(text)
  const anns = annotate(lines)
  const texts = lines.map((l) => l.text)
  if (!model) shipped ??= loadModel()
  const { keep, probs, rule } = selectBody(lines, anns, model ?? shipped!, {
    url: meta.url,
    headline: meta.headline,
  })
  const why: CleanArticle['why'] = {}

  let firstBody = keep.indexOf(true)
  if (firstBody < 0) firstBody = lines.length
  const related = relatedLists(lines, anns, probs, firstBody)
  for (const i of related.lines) keep[i] = false

  // headline: the caller's, else the page's; every copy of it leaves the body
  let headline: string | null = null
  const metaHeadline = meta.headline ? normaliseSpace(meta.headline) : ''
  if (metaHeadline) {
    headline = metaHeadline
    why.headline = { rule: 'meta', confidence: 1 }
  } else {
    // a title-like first body line with nothing above it is the headline the model kept
    const first = lines[firstBody]
    const top =
      first && firstBody <= 1 && !PROSE_END.test(first.text) && (anns[firstBody]?.words ?? 0) <= 25
    const pick = pickHeadline(lines, anns, top ? firstBody + 1 : firstBody)
    if (pick) {
      headline = pick.text
      why.headline = { rule: pick.rule, confidence: pick.confidence }
    }
  }
  if (headline) for (let i = 0; i < texts.length; i++) if (texts[i] === headline) keep[i] = false

  // captions: pattern ones, and a dropped line followed by a lone credit
  const captions: Caption[] = []
  const captionLines = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    const hit = anns[i]!.caption
    if (!hit) continue
    captionLines.add(i)
    keep[i] = false
    if (hit.caption) captions.push(hit.caption)
    else if (
      hit.rule === 'caption:credit-only' &&
      i > 0 &&
      (!keep[i - 1] || photoCredit(texts[i]!, anns[i - 1]!.words)) &&
      texts[i - 1] !== headline
    ) {
      const prev = anns[i - 1]!
      const credit = texts[i]!.replace(/^[^:]*:\s*/, '').trim()
      const last = captions[captions.length - 1]
      if (prev.caption?.caption && last && last.text === prev.caption.caption.text)
        last.credit ??= credit
      else if (
        !prev.caption &&
        !prev.furniture &&
        !prev.byline &&
        !prev.headerDate &&
        prev.words >= 3
      ) {
        captions.push({ text: texts[i - 1]!, credit })
        captionLines.add(i - 1)
        keep[i - 1] = false
      }
    }
  }

  // repeated paragraphs (pull quotes, sticky teasers) count once
  const seen = new Set<string>()
  const bodyIdx: number[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue
    if (seen.has(texts[i]!) && anns[i]!.words >= 4) continue
    seen.add(texts[i]!)
    bodyIdx.push(i)
  }
  const paragraphs = bodyIdx.map((i) => texts[i]!)
  if (paragraphs.length) {
    let sum = 0
    for (const i of bodyIdx) sum += probs[i]!
    why.body = { rule, confidence: round(sum / bodyIdx.length) }
  }

  const excluded = new Set<number>([...captionLines, ...related.lines])
  const people = pickByline(texts, anns, excluded, firstBody, bodyIdx)
  let outlet: string | null = null
  if (meta.outlet) {
    outlet = meta.outlet
    why.outlet = { rule: 'meta', confidence: 1 }
  } else if (people.outlet) {
    outlet = people.outlet.value
    why.outlet = people.outlet.why
  }
  if (people.byline) why.byline = people.byline.why

  let publishedAt: string | null = null
  const metaDate = meta.publishedAt ? (findDate(meta.publishedAt)?.iso ?? null) : null
  if (metaDate) {
    publishedAt = metaDate
    why.publishedAt = { rule: 'meta', confidence: 1 }
  } else {
    const d = pickDate(texts, anns, excluded, firstBody, bodyIdx)
    if (d) {
      publishedAt = d.value
      why.publishedAt = d.why
    }
  }

  return {
    headline,
    outlet,
    byline: people.byline?.value ?? null,
    publishedAt,
    url: meta.url ?? null,
    // a plain-text dump declares no language; the language stage detects it from the article
    language: 'und',
    paragraphs,
    captions,
    relatedHeadlines: related.headlines,
    why,
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
