import type { Why } from '../types.js'
import type { Annotation } from './annotate.js'
import { datelineAgency, knownOutlet, parseByline } from './byline.js'
import { findDate } from './dates.js'

/** A value and why it was chosen. */
export interface Picked<T> {
  value: T
  why: Why
}

/**
 * The stated publication date: a "Published" cue, else the date line nearest above the body,
 * else a dateline opening the body, else an "Updated" cue. Caption lines never count.
 */
export function pickDate(
  texts: string[],
  anns: Annotation[],
  excluded: Set<number>,
  firstBody: number,
  bodyIdx: number[],
): Picked<string> | null {
  let updated: string | null = null
  for (let i = 0; i < texts.length; i++) {
    const c = anns[i]!.cued
    if (!c || excluded.has(i)) continue
    if (!c.updated) return { value: c.iso, why: { rule: 'date:published-cue', confidence: 0.9 } }
    updated ??= c.iso
  }
  for (let i = Math.min(firstBody + 2, texts.length - 1); i >= 0; i--) {
    const d = anns[i]!.headerDate
    if (d && !excluded.has(i))
      return { value: d, why: { rule: 'date:header-line', confidence: 0.75 } }
  }
  for (const i of bodyIdx.slice(0, 3)) {
    const head = texts[i]!.slice(0, 90)
    const d = findDate(head)
    // "CITY, Nov. 20, 2022 (Agency) —": an upper-case place, the date, then a dash or bracket
    if (
      d &&
      /^[\p{Lu}][\p{Lu}\p{L} .,'’-]{1,50}$/u.test(
        head.slice(0, d.start).trim().replace(/,$/, ''),
      ) &&
      /^[\s,]*(?:\([^)]*\))?\s*[-—–(]/u.test(head.slice(d.end)) &&
      /^[\p{Lu}]{2,}/u.test(head)
    ) {
      return { value: d.iso, why: { rule: 'date:dateline', confidence: 0.7 } }
    }
  }
  return updated ? { value: updated, why: { rule: 'date:updated-cue', confidence: 0.6 } } : null
}

/** People and outlet from byline lines (header ones first), dateline agencies, date lines. */
export function pickByline(
  texts: string[],
  anns: Annotation[],
  excluded: Set<number>,
  firstBody: number,
  bodyIdx: number[],
): { byline: Picked<string> | null; outlet: Picked<string> | null } {
  let byline: Picked<string> | null = null
  let outlet: Picked<string> | null = null
  // in page order, which reads the header's bylines (above firstBody) before the body's
  for (let i = 0; i < texts.length; i++) {
    const b = anns[i]!.byline
    if (!b || excluded.has(i)) continue
    const why = { rule: b.rule, confidence: b.confidence }
    if (b.byline && !byline) byline = { value: b.byline, why }
    if (b.outlet && !outlet) outlet = { value: b.outlet, why }
    if (byline && outlet) break
  }
  if (!outlet) {
    for (const i of bodyIdx.slice(0, 2)) {
      const agency = datelineAgency(texts[i]!)
      if (agency) {
        outlet = { value: agency, why: { rule: 'outlet:dateline-agency', confidence: 0.6 } }
        break
      }
    }
  }
  if (!outlet || !byline) {
    // "Reuters November 18, 2019 11:03 PM": what stands beside a header date
    for (let i = 0; i < Math.min(firstBody + 1, texts.length); i++) {
      const a = anns[i]!
      if (!a.headerDate || !a.dateResidue || excluded.has(i)) continue
      const residue = a.dateResidue.replace(/^by\s+/i, '')
      if (!outlet && knownOutlet(residue)) {
        outlet = { value: residue, why: { rule: 'outlet:date-line', confidence: 0.6 } }
      } else if (!byline && !outlet) {
        const p = parseByline(residue, false)
        if (p?.byline)
          byline = { value: p.byline, why: { rule: 'byline:date-line', confidence: 0.4 } }
      }
    }
  }
  return { byline, outlet }
}
