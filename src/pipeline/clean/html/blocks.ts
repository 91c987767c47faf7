import type { El } from './dom.js'
import { hintOf, tagOf } from './dom.js'
import { type HintKind, hintKind } from './hints.js'
import { normalizeSpace } from './text.js'

/** One visual line of the extracted article, with the structural cues the classifier reads. */
export interface Block {
  text: string
  /** Tag of the nearest block-level element that holds the text. */
  tag: string
  /** Lower-cased class and id names of the enclosing elements, innermost first (for diagnostics). */
  hints: string
  /** Furniture kind named by an enclosing element small enough not to be the article itself. */
  kind: HintKind | null
  inFigure: boolean
  inList: boolean
  inHeading: boolean
  inBlockquote: boolean
  inTable: boolean
  inAside: boolean
  /** Share of the characters that sit inside links, 0..1. */
  linkDensity: number
  /** Whether (nearly) the whole text sits in bold or strong. */
  allBold: boolean
  /** Index of the list (ul/ol) this line belongs to; -1 when none. */
  listId: number
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
])
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'INPUT',
])
// Text the reader does not see: screen-reader labels, tooltips and hover cards.
const HIDDEN_HINT =
  /(?:^|[-_ ])(?:hidden|sr-only|visually-?hidden|screen-?reader(?:-text)?|offscreen|tooltip|popover|hover-?card|rollover)(?:$|[-_ ])/
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
const FURNITURE_TAGS: Record<string, HintKind> = { NAV: 'nav', FOOTER: 'legal', ASIDE: 'related' }
// Site navigation and page footers are never the article, however much of the text they hold.
const ALWAYS_FURNITURE = new Set(['NAV', 'FOOTER'])

interface Ctx {
  tag: string
  hints: string
  kind: HintKind | null
  inFigure: boolean
  inList: boolean
  inHeading: boolean
  inBlockquote: boolean
  inTable: boolean
  inAside: boolean
  inLink: boolean
  inBold: boolean
  listId: number
}

/** Share of the article an element may hold and still be read as furniture by its class name. */
const MAX_FURNITURE_SHARE = 0.35

function isHidden(n: El): boolean {
  if (n.getAttribute('hidden') !== null) return true
  const style = n.getAttribute('style')
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
}

/** Whether an element holds several paragraphs of prose: a body section whatever its class says. */
function holdsProse(el: El): boolean {
  let n = 0
  const visit = (e: El): boolean => {
    const kids = e.childNodes
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!
      if (k.nodeType !== 1) continue
      if (tagOf(k) === 'P') {
        const t = k.textContent ?? ''
        if (t.length >= 150 && /[.!?]["”’)]?\s*$/.test(t.trim()) && ++n >= 3) return true
      } else if (visit(k)) return true
    }
    return false
  }
  return visit(el)
}

/** Split an element into text lines at block boundaries and <br>, keeping each line's context. */
export function splitBlocks(root: El): Block[] {
  const out: Block[] = []
  const rootLen = (root.textContent ?? '').length
  let buf: string[] = []
  let bufLink = 0
  let bufBold = 0
  let bufLen = 0
  let bufKindLen = 0
  let bufKind: HintKind | null = null
  let bufCtx: Ctx | null = null
  let lists = 0

  const flush = () => {
    if (bufCtx && buf.length) {
      const text = normalizeSpace(buf.join(''))
      if (text) {
        const c: Ctx = bufCtx
        out.push({
          text,
          tag: c.tag,
          hints: c.hints,
          kind: c.kind ?? (bufKindLen >= bufLen * 0.6 ? bufKind : null),
          inFigure: c.inFigure,
          inList: c.inList,
          inHeading: c.inHeading,
          inBlockquote: c.inBlockquote,
          inTable: c.inTable,
          inAside: c.inAside,
          linkDensity: bufLen ? bufLink / bufLen : 0,
          allBold: bufLen > 0 && bufBold >= bufLen * 0.9,
          listId: c.listId,
        })
      }
    }
    buf = []
    bufLink = 0
    bufBold = 0
    bufLen = 0
    bufKindLen = 0
    bufKind = null
    bufCtx = null
  }

  const walk = (node: El, ctx: Ctx, block: Ctx) => {
    const kids = node.childNodes
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!
      if (n.nodeType === 3) {
        const v = n.nodeValue ?? ''
        if (!bufCtx) {
          if (!v.trim()) continue
          bufCtx = block
        }
        buf.push(v)
        const len = v.length
        bufLen += len
        if (ctx.inLink) bufLink += len
        if (ctx.inBold) bufBold += len
        if (ctx.kind) {
          bufKindLen += len
          bufKind = ctx.kind
        }
        continue
      }
      if (n.nodeType !== 1) continue
      const tag = tagOf(n)
      if (SKIP_TAGS.has(tag)) continue
      if (tag === 'BR' || tag === 'HR') {
        flush()
        continue
      }
      const own = hintOf(n)
      if ((own && HIDDEN_HINT.test(own)) || isHidden(n)) {
        if (!holdsProse(n)) continue
      }
      let kind = ctx.kind
      if (!kind) {
        const k = (own ? hintKind(own) : null) ?? FURNITURE_TAGS[tag] ?? null
        if (k && ALWAYS_FURNITURE.has(tag) && !holdsProse(n)) kind = FURNITURE_TAGS[tag]!
        else if (
          k &&
          (n.textContent ?? '').length <= rootLen * MAX_FURNITURE_SHARE &&
          !holdsProse(n)
        )
          kind = k
      }
      const isBlock = BLOCK_TAGS.has(tag)
      const child: Ctx = {
        tag: isBlock ? tag : ctx.tag,
        hints: own ? `${own} ${ctx.hints}`.slice(0, 200) : ctx.hints,
        kind,
        inFigure: ctx.inFigure || tag === 'FIGURE' || tag === 'FIGCAPTION',
        inList: ctx.inList || tag === 'LI',
        inHeading: ctx.inHeading || HEADINGS.has(tag),
        inBlockquote: ctx.inBlockquote || tag === 'BLOCKQUOTE',
        inTable: ctx.inTable || tag === 'TABLE',
        inAside: ctx.inAside || tag === 'ASIDE',
        inLink: ctx.inLink || tag === 'A',
        inBold: ctx.inBold || tag === 'B' || tag === 'STRONG',
        listId: tag === 'UL' || tag === 'OL' ? ++lists : ctx.listId,
      }
      if (isBlock) {
        flush()
        walk(n, child, child)
        flush()
      } else {
        // Inline furniture (a byline span) marks its line only when it holds most of it.
        walk(n, child, block)
      }
    }
  }

  const top: Ctx = {
    tag: 'DIV',
    hints: '',
    kind: null,
    inFigure: false,
    inList: false,
    inHeading: false,
    inBlockquote: false,
    inTable: false,
    inAside: false,
    inLink: false,
    inBold: false,
    listId: -1,
  }
  walk(root, top, top)
  flush()
  return out
}
