import { type Child, h } from './dom.js'

let regionNames: Intl.DisplayNames | null = null
try {
  regionNames = new Intl.DisplayNames(['en'], { type: 'region' })
} catch {}

/** A side's name from its ISO code, for people. */
export function sideName(code: string | null): string {
  if (!code) return 'Unknown side'
  return regionNames?.of(code) ?? code
}

/** A side as a labelled badge: the code and the name, never colour alone. */
export function sideBadge(code: string | null): HTMLElement {
  return h(
    'span',
    { class: `side side-${code ? code.toLowerCase() : 'unknown'}`, title: sideName(code) },
    code ?? '??',
  )
}

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `status status-${status}` }, status)
}

export function stanceBadge(stance: string): HTMLElement {
  const words: Record<string, string> = {
    supports: 'supports',
    refutes: 'refutes',
    reports: 'reports',
  }
  return h('span', { class: `stance stance-${stance}` }, words[stance] ?? stance)
}

/** Why an item was extracted: the rule or model, and how sure it is. */
export function why(label: string, w: { rule: string; confidence: number }): HTMLElement {
  const pct = `${Math.round(w.confidence * 100)}%`
  return h(
    'span',
    { class: 'why', title: `${label}: found by ${w.rule}, confidence ${w.confidence.toFixed(2)}` },
    h('span', { class: 'why-label' }, `${label}: `),
    h('code', null, w.rule),
    ` · ${pct}`,
  )
}

/** A date as written in the ledger (YYYY-MM-DD…), shortened to the day. */
export function day(d: string | null | undefined): string {
  return d ? d.slice(0, 10) : 'undated'
}

export function dateRange(a: string | null, b: string | null): string {
  if (!a && !b) return 'undated'
  if (day(a) === day(b)) return day(a)
  return `${day(a)} – ${day(b)}`
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A definition list from label/value pairs, skipping empty values. */
export function facts(pairs: [string, Child][]): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    pairs
      .filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false)
      .map(([k, v]) => [h('dt', null, k), h('dd', null, v)]),
  )
}
