import { z } from 'zod'
import { textGrouper } from '../../pipeline/claims/group-texts.js'
import { parse } from '../args.js'
import { readJsonl, writeLine } from '../jsonl.js'
import { pipelineDeps } from '../open.js'

export const usage = `counterclaim group --input texts.jsonl|-

Reads one {"id": "...", "text": "..."} a line and writes one {"id", "claimId"} a line, in the
same order: texts stating the same claim get the same claimId. It is the ledger's own grouping
(typed frames by key, other claims by term similarity), run in memory; the ledger is not touched.`

const schema = z.object({
  input: z.string().min(1),
  positionals: z.array(z.string()).max(0, 'takes no arguments'),
})
const item = z.object({
  id: z.union([z.string().max(500), z.number()]),
  text: z.string().max(100_000),
})

export async function groupCommand(argv: string[]): Promise<number> {
  const a = parse(argv, { input: { type: 'string' } }, schema)
  const g = textGrouper({ gazetteer: pipelineDeps().gazetteer })
  for await (const x of readJsonl(a.input, item)) {
    const r = await g.add(String(x.id), x.text)
    await writeLine(JSON.stringify({ id: x.id, claimId: r.claimId }))
  }
  return 0
}
