import { z } from 'zod'
import { countArticles, listArticles } from '../../store/articles.js'
import { parse } from '../args.js'
import { withStore } from '../open.js'

export const usage = `counterclaim articles [--db PATH] [--limit N] [--offset N] [--json]

Lists stored articles, newest first.`

const schema = z.object({
  db: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(10000).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  json: z.boolean().optional(),
  positionals: z.array(z.string()).max(0, 'takes no arguments'),
})

export async function articlesCommand(argv: string[]): Promise<number> {
  const a = parse(
    argv,
    {
      db: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      json: { type: 'boolean' },
    },
    schema,
  )
  return withStore(a.db, async (store) => {
    const rows = await listArticles(store.db, { limit: a.limit, offset: a.offset })
    if (a.json) {
      console.log(JSON.stringify(rows, null, 2))
      return 0
    }
    const total = await countArticles(store.db)
    if (total === 0) {
      console.log('no articles yet: counterclaim ingest <files or folders>')
      return 0
    }
    for (const r of rows) {
      const date = (r.publishedAt ?? '').slice(0, 10).padEnd(10)
      const outlet = (r.outlet ?? '-').slice(0, 18).padEnd(18)
      console.log(`${r.id}  ${date}  ${outlet}  ${r.headline ?? `(no headline) ${r.source}`}`)
    }
    console.log(
      `${a.offset + 1}-${a.offset + rows.length} of ${total}${a.offset + rows.length < total ? ` (next: --offset ${a.offset + rows.length})` : ''}`,
    )
    return 0
  })
}
