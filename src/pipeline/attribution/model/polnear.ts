/**
 * Reader for the PolNeAR corpus (brat standoff), used by training and evaluation only.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A character range [start, end). */
export interface CharSpan {
  start: number
  end: number
}

/** One gold attribution; discontinuous spans are lists of fragments. */
export interface GoldAttribution {
  source: CharSpan[] | null
  cue: CharSpan[]
  /** Content fragments (Content and Content2 merged). */
  content: CharSpan[]
}

export interface PolnearDoc {
  id: string
  split: string
  text: string
  annotator: string
  attributions: GoldAttribution[]
}

/** Parse `a b;c d` into fragments. */
function parseFragments(s: string): CharSpan[] {
  return s.split(';').map((part) => {
    const [a, b] = part.trim().split(/\s+/)
    return { start: Number(a), end: Number(b) }
  })
}

/** Parse one .ann file into attributions. */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, CharSpan[]>()
  const events: Array<Record<string, string>> = []
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const parts = line.split('\t')
      const id = parts[0]
      const head = parts[1]
      if (!id || !head) continue
      const sp = head.indexOf(' ')
      if (sp < 0) continue
      spans.set(id, parseFragments(head.slice(sp + 1)))
    } else if (line.startsWith('E')) {
      const parts = line.split('\t')
      const body = parts[1]
      if (!body) continue
      const args: Record<string, string> = {}
      for (const a of body.trim().split(/\s+/)) {
        const [k, v] = a.split(':')
        if (k && v) args[k] = v
      }
      events.push(args)
    }
  }
  const out: GoldAttribution[] = []
  for (const ev of events) {
    const cue = ev.Cue ? spans.get(ev.Cue) : undefined
    if (!cue) continue
    const source = ev.Source ? (spans.get(ev.Source) ?? null) : null
    const content: CharSpan[] = []
    for (const k of Object.keys(ev)) {
      if (k.startsWith('Content')) {
        const c = spans.get(ev[k]!)
        if (c) content.push(...c)
      }
    }
    content.sort((a, b) => a.start - b.start)
    out.push({ source, cue, content })
  }
  return out
}

/** Load one split, using the first annotator listed in metadata.tsv for each article. */
export function loadPolnear(root: string, split: string): PolnearDoc[] {
  const meta = readFileSync(join(root, 'metadata.tsv'), 'utf8').split('\n')
  const docs: PolnearDoc[] = []
  for (const line of meta.slice(1)) {
    const cols = line.split('\t')
    if (cols[0] !== split || !cols[1] || !cols[3]) continue
    const id = cols[1]
    const textPath = join(root, split, 'text', `${id}.txt`)
    if (!existsSync(textPath)) continue
    const annotators = cols[3].split('|')
    let chosen: string | null = null
    for (const a of annotators) {
      if (existsSync(join(root, split, 'attributions', `${id}_${a}.ann`))) {
        chosen = a
        break
      }
    }
    if (!chosen) continue
    const text = readFileSync(textPath, 'utf8')
    const ann = readFileSync(join(root, split, 'attributions', `${id}_${chosen}.ann`), 'utf8')
    docs.push({ id, split, text, annotator: chosen, attributions: parseAnn(ann) })
  }
  return docs
}

/** The PolNeAR folder: $COUNTERCLAIM_SHARED/data/polnear, else ../shared beside the checkout. */
export function polnearRoot(): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
  const shared = resolve(process.env.COUNTERCLAIM_SHARED ?? join(repo, '..', 'shared'))
  return join(shared, 'data', 'polnear')
}
