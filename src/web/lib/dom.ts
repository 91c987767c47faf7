/**
 * Building the page. Every piece of text from the ledger goes in as a text node: nothing here
 * ever parses a string as HTML, so article text full of markup stays text.
 */

export type Child = Node | string | number | null | undefined | false | Child[]

type Handler = (ev: Event) => void
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>

/** Only links within the dashboard, or to http(s) pages elsewhere; anything else becomes "#". */
export function safeHref(href: string): string {
  if (/^\/(?!\/)/.test(href) || href.startsWith('#') || href.startsWith('?')) return href
  try {
    const u = new URL(href)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#'
  } catch {
    return '#'
  }
}

function apply(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue
    if (typeof v === 'function') {
      if (!k.startsWith('on')) throw new Error(`handler for ${k} must be named on…`)
      el.addEventListener(k.slice(2), v)
      continue
    }
    // event handlers are functions only: a string would be code
    if (k.startsWith('on')) throw new Error(`refusing the string attribute ${k}`)
    const s = v === true ? '' : String(v)
    el.setAttribute(k, k === 'href' || k === 'src' ? safeHref(s) : s)
  }
}

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    if (Array.isArray(c)) append(el, c)
    else if (typeof c === 'string' || typeof c === 'number')
      el.appendChild(document.createTextNode(String(c)))
    else el.appendChild(c)
  }
}

/**
 * An HTML element with attributes and children; strings become text nodes.
 * @example
 * h('a', { href: `/claims/${id}` }, claim.text)
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  apply(el, attrs)
  append(el, children)
  return el
}

const SVG = 'http://www.w3.org/2000/svg'

/** An SVG element, the same way. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag)
  apply(el, attrs)
  append(el, children)
  return el
}

/** Replaces what an element holds. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren()
  append(el, children)
}

/** Text with some ranges marked (search snippets): text nodes and <mark> elements only. */
export function marked(text: string, marks: [number, number][]): Child[] {
  const out: Child[] = []
  let at = 0
  for (const [s, e] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (s < at || e <= s) continue
    if (s > at) out.push(text.slice(at, s))
    out.push(h('mark', null, text.slice(s, e)))
    at = e
  }
  if (at < text.length) out.push(text.slice(at))
  return out
}

/** Announces a message to screen readers. */
export function announce(message: string): void {
  const el = document.getElementById('status')
  if (el) el.textContent = message
}
