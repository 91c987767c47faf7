import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import { z } from 'zod'
import { iterateArticles } from '../../store/articles.js'
import { iterateClaims } from '../../store/claims.js'
import { iterateEntities } from '../../store/entities.js'
import { iterateStatements } from '../../store/statements.js'
import { parse } from '../args.js'
import { withStore } from '../open.js'

export const usage = `counterclaim export --format json|jsonl [--out FILE] [--db PATH]

Writes the ledger (docs/schema.md). json: one object {articles, entities, statements, claims}. jsonl: one record a
line, each with a "record" field ("article", "entity", "statement" or "claim"). Streams: memory stays flat.`

const schema = z.object({
  db: z.string().min(1).optional(),
  format: z.enum(['json', 'jsonl']).default('json'),
  out: z.string().min(1).optional(),
  positionals: z.array(z.string()).max(0, 'takes no arguments'),
})

export async function exportCommand(argv: string[]): Promise<number> {
  const a = parse(
    argv,
    { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
    schema,
  )
  const out: Writable = a.out ? createWriteStream(a.out) : process.stdout
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()))
  await withStore(a.db, async (store) => {
    const sections = [
      ['articles', 'article', () => iterateArticles(store.db)],
      ['entities', 'entity', () => iterateEntities(store.db)],
      ['statements', 'statement', () => iterateStatements(store.db)],
      ['claims', 'claim', () => iterateClaims(store.db)],
    ] as const
    if (a.format === 'jsonl') {
      for (const [, type, it] of sections)
        for await (const r of it()) await write(`${JSON.stringify({ record: type, ...r })}\n`)
      return
    }
    await write('{')
    let firstSection = true
    for (const [name, , it] of sections) {
      await write(`${firstSection ? '' : ','}\n"${name}": [`)
      firstSection = false
      let first = true
      for await (const r of it()) {
        await write(`${first ? '\n' : ',\n'}${JSON.stringify(r)}`)
        first = false
      }
      await write('\n]')
    }
    await write('\n}\n')
  })
  if (a.out)
    await new Promise<void>((resolve, reject) =>
      out.end((e?: Error | null) => (e ? reject(e) : resolve())),
    )
  return 0
}
