/**
 * Out-of-domain check: the PolNeAR-trained attribution model on RiQuA (19th-century fiction,
 * CofeNet's BIO conversion), test split unless --split valid|train is given.
 *
 *   npx tsx bench/eval-attribution-riqua.ts [--split test]
 *
 * Each instance's tokens are joined back into text (no space before closing punctuation or
 * after an opening quote), the model runs on that text, and each predicted character span is
 * mapped onto the RiQuA tokens it touches. Per-role exact and overlap scores as in
 * eval-attribution-polnear.ts; RiQuA's BIO has no relation links, so no relation score.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { loadAttributionModel } from '../src/pipeline/attribution/model/index.js'
import {
  charToTokens,
  emptyScores,
  formatScores,
  scoreRoles,
  type TokAttribution,
  type TokSpan,
} from '../src/pipeline/attribution/model/score.js'
import { requireShared } from './lib/shared-data.js'

const dir = requireShared('data', 'riqua-cofenet')

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  "''",
  "'s",
  "n't",
  ')',
  "'",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
])
const NO_SPACE_AFTER = new Set(['``', '('])

/** Join PTB tokens into text, returning each token's character range. */
function detokenize(tokens: string[]): { text: string; starts: Int32Array; ends: Int32Array } {
  let text = ''
  const starts = new Int32Array(tokens.length)
  const ends = new Int32Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const prev = i > 0 ? tokens[i - 1]! : null
    if (prev !== null && !NO_SPACE_BEFORE.has(t) && !NO_SPACE_AFTER.has(prev)) text += ' '
    starts[i] = text.length
    text += t
    ends[i] = text.length
  }
  return { text, starts, ends }
}

/** Spans of each role from BIO labels; an I- after another role starts a new span. */
function goldFromBio(labels: string[]): TokAttribution {
  const out: TokAttribution = { source: [], cue: [], content: [] }
  let cur: { role: 'source' | 'cue' | 'content'; s: number } | null = null
  const close = (end: number) => {
    if (cur) out[cur.role].push([cur.s, end])
    cur = null
  }
  labels.forEach((l, i) => {
    const [bio, role] = l.split('-') as [string, 'source' | 'cue' | 'content' | undefined]
    if (!role) {
      close(i - 1)
      return
    }
    if (bio === 'B' || !cur || cur.role !== role) {
      close(i - 1)
      cur = { role, s: i }
    }
  })
  close(labels.length - 1)
  return out
}

const split = arg('split') ?? 'test'
const lines = readFileSync(join(dir, `${split}.txt`), 'utf8')
  .split('\n')
  .filter(Boolean)
const t0 = performance.now()
const model = loadAttributionModel()
console.log(`model load: ${(performance.now() - t0).toFixed(0)} ms`)
const scores = emptyScores()
for (const line of lines) {
  const inst = JSON.parse(line) as { tokens: string[]; labels: string[] }
  const { text, starts, ends } = detokenize(inst.tokens)
  const preds = model.extract(text)
  const t = (s: { start: number; end: number }): TokSpan[] => {
    const x = charToTokens(starts, ends, s.start, s.end)
    return x ? [x] : []
  }
  const pred: TokAttribution[] = preds.map((p) => ({
    source: p.source ? t(p.source) : [],
    cue: t(p.cue),
    content: p.content.flatMap(t),
  }))
  scoreRoles([goldFromBio(inst.labels)], pred, scores)
}
console.log(`\nRiQuA ${split}: ${lines.length} instances, ${model.name} (trained on PolNeAR only)`)
console.log(formatScores(scores).split('\n').slice(0, 4).join('\n'))
console.log(
  '\nPublished exact F1 on RiQuA test, trained on RiQuA (source/cue/content): CofeNet (BERT) 81.8/89.2/94.4; BERT-CRF 77.6/86.6/94.4; rule-based 16.8/36.5/0.0.',
)
