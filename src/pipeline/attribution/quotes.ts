import type { Token } from '../language/types.js'

/** A quotation: the marks, the quoted text between them, and its tokens. */
export interface Quote {
  /** Offset of the opening mark. */
  open: number
  /** Offset just past the closing mark (or the paragraph's end when it never closes). */
  close: number
  /** The quoted text, marks excluded. */
  start: number
  end: number
  /** Tokens of the quoted text: [from, to). */
  from: number
  to: number
  words: number
  closed: boolean
}

const OPEN = new Set(['“', '"', '«', '„'])
const CLOSE_FOR: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' }

/**
 * Finds quotations. Curly and guillemet quotes pair by shape; straight quotes alternate
 * within a paragraph. A quote left open at the end of a paragraph runs to its end, as news
 * style does when a quotation continues into the next paragraph.
 */
export function findQuotes(text: string, tokens: Token[]): Quote[] {
  const out: Quote[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    if (!OPEN.has(t.text) || (t.text === '"' && !opensHere(text, t.start))) {
      i++
      continue
    }
    const closer = CLOSE_FOR[t.text]!
    let j = i + 1
    let closed = false
    while (j < tokens.length) {
      const u = tokens[j]!
      if (text.slice(tokens[j - 1]!.end, u.start).includes('\n')) {
        // a new paragraph: the quotation continues only if the paragraph reopens it
        if (u.text === t.text) {
          j++
          continue
        }
        break
      }
      if (u.text === closer) {
        closed = true
        break
      }
      j++
    }
    const from = i + 1
    const to = j
    if (to > from) {
      let words = 0
      for (let k = from; k < to; k++) if (!tokens[k]!.punct) words++
      const last = tokens[to - 1]!
      out.push({
        open: t.start,
        close: closed ? tokens[j]!.end : last.end,
        start: tokens[from]!.start,
        end: last.end,
        from,
        to,
        words,
        closed,
      })
    }
    i = closed ? j + 1 : j
  }
  return out
}

/** A straight quote opens where it follows space, a bracket or the text's start. */
function opensHere(text: string, at: number): boolean {
  if (at === 0) return true
  const prev = text[at - 1]!
  return /[\s([{—–-]/.test(prev)
}
