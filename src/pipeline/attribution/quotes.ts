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
  /** Set for speech set off by dashes ("- We will stay - said the mayor."). */
  dash?: true
  /** Set when no mark opens it: a whole sentence before "- said the mayor". */
  unopened?: true
}

const OPEN = new Set(['“', '"', '«', '„'])
const CLOSE_FOR: Record<string, string> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '„': '“',
  "'": "'",
  '‘': '’',
}

/**
 * Finds quotations. Curly and guillemet quotes pair by shape; straight quotes alternate
 * within a paragraph. A quote left open at the end of a paragraph runs to its end, as news
 * style does when a quotation continues into the next paragraph.
 */
export function findQuotes(
  text: string,
  tokens: Token[],
  speechVerb: (lower: string) => boolean = () => false,
): Quote[] {
  const out: Quote[] = []
  // British style quotes with single marks ('We will stay,' he said): read only in a text with
  // no double marks at all, where a single mark is otherwise an apostrophe or a nested quote
  // (a typewriter pair the tokenizer read as '"' counts as a double mark)
  const single = !tokens.some((t) => DOUBLE_MARKS.has(t.text))
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    const opens = OPEN.has(t.text)
      ? t.text !== '"' || opensHere(text, t.start)
      : single && SINGLE_OPEN.has(t.text) && opensSingle(text, tokens, i)
    if (!opens) {
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
      // scraped text mixes marks: “… ." closes on a straight quote shaped as a closer, and
      // "… ” on a curly one
      if (
        (SINGLE_OPEN.has(t.text) ? closesSingle(tokens, j) : u.text === closer) ||
        (t.text === '“' && u.text === '"' && !opensHere(text, u.start)) ||
        (t.text === '"' && u.text === '”')
      ) {
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
  return [...out, ...dashQuotes(text, tokens, out, speechVerb)].sort((a, b) => a.from - b.from)
}

export const DASHES = new Set(['-', '–', '—'])
const STOPS = new Set(['.', '!', '?', '"', '”'])

/**
 * Speech set off by dashes, as translated news writes it: "- We will stay - said the mayor."
 * The opening dash starts a paragraph or follows a sentence's end; the closing one is followed,
 * within a few words, by a speech verb. Dashes inside quotation marks are left alone.
 */
function dashQuotes(
  text: string,
  tokens: Token[],
  quoted: Quote[],
  speechVerb: (lower: string) => boolean,
): Quote[] {
  const out: Quote[] = []
  const inside = new Uint8Array(tokens.length)
  for (const q of quoted) inside.fill(1, Math.max(0, q.from - 1), Math.min(tokens.length, q.to + 1))
  const newParagraph = (k: number) =>
    k === 0 || text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    if (!DASHES.has(t.text) || inside[i]) continue
    if (!(newParagraph(i) || STOPS.has(tokens[i - 1]!.text))) continue
    if (!tokens[i + 1]!.upper || newParagraph(i + 1)) continue
    for (let j = i + 2; j < Math.min(tokens.length, i + 200); j++) {
      const u = tokens[j]!
      if (inside[j] || newParagraph(j)) break
      if (!DASHES.has(u.text) || u.start === tokens[j - 1]!.end) continue
      let speech = false
      for (let k = j + 1; k < Math.min(tokens.length, j + 9) && !speech; k++) {
        if (tokens[k]!.punct || newParagraph(k)) break
        speech = speechVerb(tokens[k]!.lower)
      }
      if (!speech) continue
      let words = 0
      for (let k = i + 1; k < j; k++) if (!tokens[k]!.punct) words++
      const last = tokens[j - 1]!
      out.push({
        open: t.start,
        close: u.end,
        start: tokens[i + 1]!.start,
        end: last.end,
        from: i + 1,
        to: j,
        words,
        closed: true,
        dash: true,
      })
      i = j
      break
    }
  }
  for (const q of out) inside.fill(1, q.from - 1, q.to + 1)
  return [...out, ...openless(text, tokens, inside, speechVerb)]
}

/**
 * The same speech when the page lost its opening dash: "We will stay - said the mayor." The
 * closing dash stands free, a speech verb follows it at once, and the quotation is the
 * sentence before the dash.
 */
function openless(
  text: string,
  tokens: Token[],
  inside: Uint8Array,
  speechVerb: (lower: string) => boolean,
): Quote[] {
  const out: Quote[] = []
  for (let j = 1; j + 2 < tokens.length; j++) {
    const u = tokens[j]!
    const before = tokens[j - 1]!
    if (!DASHES.has(u.text) || inside[j] || u.start === before.end) continue
    if (tokens[j + 1]!.start === u.end || !speechAfter(tokens, j + 1, speechVerb)) continue
    if (before.punct && !/[)\]]/.test(before.text)) continue
    let from = j
    while (
      from > 0 &&
      tokens[from - 1]!.sentence === u.sentence &&
      !inside[from - 1] &&
      !DASHES.has(tokens[from - 1]!.text) &&
      !text.slice(tokens[from - 1]!.end, tokens[from]!.start).includes('\n')
    )
      from--
    // the quotation is a whole sentence: a dash before it in the sentence makes a parenthesis
    // ("The bridge - which opened in May - was closed"), and a quote mark another quotation
    if (from > 0 && tokens[from - 1]!.sentence === u.sentence) continue
    let words = 0
    let reported = false
    for (let k = from; k < j; k++) {
      if (!tokens[k]!.punct) words++
      // "X confirmed that … - says the portal": X's statement, which the portal relays, is
      // left to the reported-speech rule
      if (speechVerb(tokens[k]!.lower) && tokens[k + 1]!.lower === 'that') reported = true
    }
    if (words < 4 || reported || !tokens[from]!.upper) continue
    out.push({
      open: tokens[from]!.start,
      close: u.end,
      start: tokens[from]!.start,
      end: before.end,
      from,
      to: j,
      words,
      closed: true,
      dash: true,
      unopened: true,
    })
  }
  return out
}

/** "- said the mayor" or "- the mayor added.": a speech verb at once, or ending the sentence. */
function speechAfter(tokens: Token[], k: number, speechVerb: (lower: string) => boolean): boolean {
  if (speechVerb(tokens[k]!.lower)) return true
  for (let v = k + 1; v < Math.min(tokens.length - 1, k + 6); v++) {
    if (tokens[v]!.punct || tokens[v]!.sentence !== tokens[k]!.sentence) return false
    if (speechVerb(tokens[v]!.lower)) return STOPS.has(tokens[v + 1]!.text)
  }
  return false
}

/** Double quotation marks, straight, curly and angled. */
export const DOUBLE_MARKS = new Set(['"', '“', '”', '«', '»', '„'])
const SINGLE_OPEN = new Set(["'", '‘'])

/** 'We …: a single mark after space or a bracket, glued to a word that is no year ('90s). */
function opensSingle(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (!next || next.start !== tokens[i]!.end || next.punct || /^\d/.test(next.text)) return false
  return opensHere(text, tokens[i]!.start)
}

/**
 * …,' he said / … stop.': a single mark glued to what it closes, not followed by a word at
 * once; "the workers' union" (a plural's apostrophe before a lower-case word) closes nothing.
 */
function closesSingle(tokens: Token[], j: number): boolean {
  const u = tokens[j]!
  if (u.text !== "'" && u.text !== '’') return false
  const prev = tokens[j - 1]!
  if (prev.end !== u.start) return false
  const next = tokens[j + 1]
  if (next && next.start === u.end && !next.punct) return false
  if (prev.punct) return true
  return !(prev.lower.endsWith('s') && next && !next.punct && /^\p{Ll}/u.test(next.text))
}

/** A straight quote opens where it follows space, a bracket or the text's start. */
function opensHere(text: string, at: number): boolean {
  if (at === 0) return true
  const prev = text[at - 1]!
  return /[\s([{—–-]/.test(prev)
}
