import type { Caption } from '../types.js'
import { CREDIT_LINE } from './patterns.js'
import { normalizeSpace } from './text.js'

// Credit phrasings that sit inside a caption's own text.
const INLINE_CREDIT = [
  /^(.*?)\s*[[(]\s*((?:photo|image|picture|foto|credit|illustration|graphic|source|video)s?\s*(?:credit)?\s*[:©][^)\]]{1,120})[)\]]\s*\.?$/i,
  /^(.*?)\s*(?:credit\s*(?:\.{2,}|…|:)\s*|image copyright\s+|photograph:\s*|photo:\s*)([^.]{2,120})$/i,
  /^(.*?[.!?"”])\s*([^.!?]{2,80}(?:\/|\|)\s*(?:getty images?|ap(?: photo)?|reuters|afp|epa|shutterstock|bloomberg|[\p{Lu}][\w .]{1,40}))\s*$/iu,
  // A short bracketed group after the last sentence: "… in 2019. (Jane Doe/AP)", "[Agency via X]".
  /^(.*?[.!?"”’])\s*[[(]([^()[\]]{2,80})[)\]]\s*$/,
]

/** Split a caption into its text and the credit printed with it. */
export function splitCredit(raw: string): Caption {
  // "less"/"more" are the expand toggles printed after long captions.
  const text = normalizeSpace(raw)
    .replace(/^image caption\s+/i, '')
    .replace(
      /([.!?)\]"”’])\s*(?:less|more|read more|show more|hide caption|toggle caption)$/i,
      '$1',
    )
  for (const re of INLINE_CREDIT) {
    const m = text.match(re)
    if (m?.[2]) {
      if (re === INLINE_CREDIT[3] && m[2].split(/\s+/).length > 8) continue
      const credit = cleanCredit(m[2])
      const rest = normalizeSpace(m[1] ?? '').replace(/\s*\b(?:image|photo|picture|foto)\s*$/i, '')
      if (credit) return { text: rest, credit }
    }
  }
  if (CREDIT_LINE.test(text) && text.length < 100) return { text: '', credit: cleanCredit(text) }
  // A caption line that is only a bracketed name is the credit of the caption before it.
  if (/^[[(][^()[\]]{2,80}[)\]]$/.test(text)) return { text: '', credit: cleanCredit(text) }
  return { text, credit: null }
}

/** Strip the "Photo:", "Credit…", "©" lead-in from a credit. */
export function cleanCredit(raw: string): string | null {
  const c = normalizeSpace(raw)
    .replace(/^[[(]\s*|\s*[)\]]$/g, '')
    .replace(
      /^(?:(?:photo|image|picture|foto|фото|bild|credit|illustration|graphic|source|video|photograph)s?\s*(?:credit|copyright)?\s*(?::|©|\.{2,}|…)?\s*|image copyright\s*|copyright\s*|©\s*)+/i,
      '',
    )
    .replace(/^©\s*/, '')
    .trim()
  return c || null
}

/** Merge captions seen twice (page scan and article lines) and drop empty ones. */
export function mergeCaptions(list: Caption[]): Caption[] {
  const out: Caption[] = []
  const seen = new Set<string>()
  for (const c of list) {
    if (!c.text && !c.credit) continue
    const key = `${c.text}\u0001${c.credit ?? ''}`.toLowerCase()
    if (seen.has(key)) continue
    // A lone credit line that repeats a full caption's credit adds nothing; one right after
    // a caption without credit is that caption's credit.
    if (!c.text && out.some((o) => o.credit && c.credit && o.credit === c.credit)) continue
    const prev = out[out.length - 1]
    if (!c.text && prev && prev.text && !prev.credit) {
      prev.credit = c.credit
      continue
    }
    if (c.text && !c.credit) {
      const dup = out.find((o) => o.text === c.text)
      if (dup) continue
    }
    seen.add(key)
    out.push(c)
  }
  return out
}
