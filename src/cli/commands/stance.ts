import { z } from 'zod'
import { loadStanceModel } from '../../pipeline/claims/stance/index.js'
import { parse } from '../args.js'
import { readJsonl, writeLine } from '../jsonl.js'

export const usage = `counterclaim stance --input pairs.jsonl|-

Reads one {"claim": "...", "text": "..."} a line and writes one {"stance", "confidence"} a line,
in the same order: supports, refutes, reports (repeats it, takes no side) or unrelated. It is the
ledger's own stance model (trained from scratch on FNC-1 and Emergent), so you can ask whether
an article supports a claim.`

const schema = z.object({
  input: z.string().min(1),
  positionals: z.array(z.string()).max(0, 'takes no arguments'),
})
const pair = z.object({ claim: z.string().max(10_000), text: z.string().max(2_000_000) })

const BATCH = 2000

export async function stanceCommand(argv: string[]): Promise<number> {
  const a = parse(argv, { input: { type: 'string' } }, schema)
  const model = loadStanceModel()
  let batch: z.infer<typeof pair>[] = []
  // batches let texts repeated across pairs (one body, many claims) be read once
  const flush = async () => {
    const results = model.predictBatch
      ? model.predictBatch(batch)
      : batch.map((p) => model.predict(p.claim, p.text))
    for (const r of results)
      await writeLine(JSON.stringify({ stance: r.stance, confidence: r.confidence }))
    batch = []
  }
  for await (const p of readJsonl(a.input, pair)) {
    batch.push(p)
    if (batch.length >= BATCH) await flush()
  }
  await flush()
  return 0
}
