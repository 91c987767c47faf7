/** The slice of the DOM this module reads; linkedom and browser documents both provide it. */
export interface El {
  nodeType: number
  nodeName: string
  nodeValue: string | null
  textContent: string | null
  childNodes: ArrayLike<El>
  parentNode: El | null
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
}

/** Upper-case tag name of an element node. */
export function tagOf(n: El): string {
  return n.nodeName.toUpperCase()
}

/** Lower-cased class and id of an element, space-separated. */
export function hintOf(n: El): string {
  const c = n.getAttribute('class')
  const i = n.getAttribute('id')
  const inherited = n.getAttribute(INHERITED_HINT)
  if (!c && !i && !inherited) return ''
  return `${c ?? ''} ${i ?? ''} ${inherited ?? ''}`.trim().toLowerCase()
}

/**
 * Attribute that carries a wrapper's class names down to its only child. Readability replaces a
 * div that holds a single paragraph with the paragraph itself, and the wrapper's class would
 * be lost with it.
 */
export const INHERITED_HINT = 'data-cc-hint'

/** The only element child of an element with no text of its own, or null. */
export function onlyChild(n: El): El | null {
  let found: El | null = null
  const kids = n.childNodes
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!
    if (k.nodeType === 1) {
      if (found) return null
      found = k
    } else if (k.nodeType === 3 && (k.nodeValue ?? '').trim()) return null
  }
  return found
}
