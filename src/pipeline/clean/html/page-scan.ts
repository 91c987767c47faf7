import type { Caption } from '../types.js'
import { splitCredit } from './captions.js'
import type { El } from './dom.js'
import { hintOf, INHERITED_HINT, onlyChild, tagOf } from './dom.js'
import { normalizeSpace, wordCount } from './text.js'

/** What one pass over the whole page collects before Readability rewrites it. */
export interface PageScan {
  /** Meta tags keyed by lower-cased property, name, itemprop or http-equiv; first value wins. */
  meta: Map<string, string>
  jsonLd: string[]
  title: string
  htmlLang: string | null
  canonical: string | null
  h1: string[]
  /** datetime attributes of <time> elements, in page order. */
  times: string[]
  /** Text of elements marked as the author (rel=author, itemprop=author, byline classes). */
  authorTexts: string[]
  captions: Caption[]
  related: string[]
}

const CAPTION_CLASS = /caption|wp-caption-text|image-?desc|photo-?desc|media-?desc/
const CREDIT_CLASS =
  /credit|copyright|photographer|image-?source|photo-?source|(?:^|[-_ ])source(?:$|[-_ ])/
const RELATED_CLASS =
  /related|recommend|more-?stories|read-?more|also-?read|read-?also|you-?may|more-?from|more-?on|see-?also|further-?reading|read-?next|next-?read/
// Players, dialogs and consent banners reuse caption and author class names for their controls.
const WIDGET_CLASS = /cookie|consent|gdpr|player|vjs-|jw-|settings|modal|dialog|popup/
const BYLINE_CLASS = /byline|(?:^|[-_ ])author(?:-?name)?(?:$|[-_ ])|writer/

/** Walk the document once and collect metadata, captions and related-story titles. */
export function scanPage(doc: { documentElement: El | null }): PageScan {
  const scan: PageScan = {
    meta: new Map(),
    jsonLd: [],
    title: '',
    htmlLang: null,
    canonical: null,
    h1: [],
    times: [],
    authorTexts: [],
    captions: [],
    related: [],
  }
  const root = doc.documentElement
  if (!root) return scan
  scan.htmlLang = root.getAttribute?.('lang') || root.getAttribute?.('xml:lang') || null
  const seenRelated = new Set<string>()

  const walk = (
    node: El,
    inFigure: boolean,
    inRelated: boolean,
    depth: number,
    inWidget = false,
  ) => {
    if (depth > 400) return
    const kids = node.childNodes
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!
      if (n.nodeType !== 1) continue
      const tag = tagOf(n)
      switch (tag) {
        case 'META': {
          const key = (
            n.getAttribute('property') ??
            n.getAttribute('name') ??
            n.getAttribute('itemprop') ??
            n.getAttribute('http-equiv') ??
            ''
          ).toLowerCase()
          const content = n.getAttribute('content')
          if (key && content && !scan.meta.has(key)) scan.meta.set(key, content)
          continue
        }
        case 'SCRIPT':
          if ((n.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) {
            scan.jsonLd.push(n.textContent ?? '')
          }
          continue
        case 'STYLE':
        case 'NOSCRIPT':
        case 'TEMPLATE':
        case 'SVG':
          continue
        case 'TITLE':
          if (!scan.title) scan.title = normalizeSpace(n.textContent ?? '')
          continue
        case 'LINK':
          if (!scan.canonical && (n.getAttribute('rel') ?? '').toLowerCase() === 'canonical') {
            scan.canonical = n.getAttribute('href')
          }
          continue
        case 'H1':
          if (scan.h1.length < 5) {
            const t = normalizeSpace(n.textContent ?? '')
            if (t) scan.h1.push(t)
          }
          break
        case 'TIME': {
          const dt = n.getAttribute('datetime')
          if (dt && scan.times.length < 20) scan.times.push(dt)
          break
        }
        case 'FIGURE':
          if (!inRelated && !inWidget) readFigure(n, scan.captions)
          walk(n, true, inRelated, depth + 1, inWidget)
          continue
        case 'A':
          if (inRelated && !inWidget) {
            const t = normalizeSpace(n.textContent ?? '')
            const w = wordCount(t)
            if (w >= 3 && w <= 30 && !seenRelated.has(t) && scan.related.length < 50) {
              seenRelated.add(t)
              scan.related.push(t)
            }
            continue
          }
          break
      }
      const hint = hintOf(n)
      if (hint) {
        if (tag === 'DIV' || tag === 'SECTION' || tag === 'ASIDE') {
          const child = onlyChild(n)
          if (child && tagOf(child) === 'P') child.setAttribute(INHERITED_HINT, hint.slice(0, 200))
        }
        if (!inWidget && WIDGET_CLASS.test(hint)) {
          walk(n, inFigure, inRelated, depth + 1, true)
          continue
        }
        if (
          !inFigure &&
          !inRelated &&
          !inWidget &&
          CAPTION_CLASS.test(hint) &&
          !/caption-?(?:container|wrap)|captioning|header|hero|title/.test(hint)
        ) {
          const text = n.textContent ?? ''
          if (text.length < 600 && wordCount(text) >= 3) {
            scan.captions.push(splitCredit(text))
            continue
          }
        }
        if (!inRelated && RELATED_CLASS.test(hint) && tag !== 'BODY' && tag !== 'HTML') {
          walk(n, inFigure, true, depth + 1, inWidget)
          continue
        }
        if (
          !inWidget &&
          scan.authorTexts.length < 5 &&
          BYLINE_CLASS.test(hint) &&
          !/avatar|image|photo|img|bio|desc/.test(hint)
        ) {
          const t = normalizeSpace(n.textContent ?? '')
          if (t && t.length <= 120) scan.authorTexts.push(t)
        }
      }
      const rel = n.getAttribute('rel')
      const itemprop = n.getAttribute('itemprop')
      if ((rel === 'author' || itemprop === 'author') && !inWidget && scan.authorTexts.length < 5) {
        const t = normalizeSpace(n.textContent ?? '')
        if (t && t.length <= 120) scan.authorTexts.unshift(t)
      }
      walk(n, inFigure, inRelated, depth + 1, inWidget)
    }
  }
  walk(root, false, false, 0)
  return scan
}

function readFigure(fig: El, out: Caption[]): void {
  let captionText = ''
  let credit: string | null = null
  const visit = (node: El) => {
    const kids = node.childNodes
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!
      if (n.nodeType !== 1) continue
      const tag = tagOf(n)
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue
      const hint = hintOf(n)
      if (!credit && hint && CREDIT_CLASS.test(hint)) {
        credit = normalizeSpace(n.textContent ?? '') || null
        continue
      }
      if (tag === 'FIGCAPTION' || (hint && CAPTION_CLASS.test(hint))) {
        captionText = `${captionText} ${textWithoutCredit(n, (c) => (credit ??= c))}`
        continue
      }
      visit(n)
    }
  }
  visit(fig)
  const split = splitCredit(captionText)
  const c: Caption = {
    text: split.text,
    credit: credit ? (splitCredit(credit).credit ?? credit) : split.credit,
  }
  if (c.text || c.credit) out.push(c)
}

/** Text of a caption element, handing any credit-classed child to `onCredit` instead. */
function textWithoutCredit(el: El, onCredit: (c: string) => void): string {
  let s = ''
  const kids = el.childNodes
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i]!
    if (n.nodeType === 3) s += n.nodeValue ?? ''
    else if (n.nodeType === 1) {
      const hint = hintOf(n)
      if (hint && CREDIT_CLASS.test(hint)) {
        const c = normalizeSpace(n.textContent ?? '')
        if (c) onCredit(c)
      } else s += ` ${textWithoutCredit(n, onCredit)}`
    }
  }
  return s
}
