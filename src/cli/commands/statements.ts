import { z } from 'zod'
import { listStatements } from '../../store/statements.js'
import { parse } from '../args.js'
import { withStore } from '../open.js'

export const usage = `counterclaim statements [--article ID] [--speaker NAME] [--limit N] [--offset N] [--json] [--db PATH]

Lists attributed statements: speaker (and the entity it resolves to), cue, content, mode,
polarity, hedges, evidence, time, and the rule that found each with its confidence.`

const schema = z.object({
  db: z.string().min(1).optional(),
  article: z
    .string()
    .regex(/^art_[0-9a-f]{12}$/, 'an article id looks like art_0123456789ab')
    .optional(),
  speaker: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(10000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  json: z.boolean().optional(),
  positionals: z.array(z.string()).max(0, 'takes no arguments'),
})

export async function statementsCommand(argv: string[]): Promise<number> {
  const a = parse(
    argv,
    {
      db: { type: 'string' },
      article: { type: 'string' },
      speaker: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      json: { type: 'boolean' },
    },
    schema,
  )
  return withStore(a.db, async (store) => {
    const rows = await listStatements(store.db, {
      limit: a.limit,
      offset: a.offset,
      ...(a.article ? { articleId: a.article } : {}),
      ...(a.speaker ? { speaker: a.speaker } : {}),
    })
    if (a.json) {
      console.log(JSON.stringify(rows, null, 2))
      return 0
    }
    if (rows.length === 0) console.log('no statements match')
    for (const s of rows) {
      const who = s.speaker
        ? `${s.speaker.text}${s.speaker.entityName && s.speaker.entityName !== s.speaker.text ? ` (= ${s.speaker.entityName})` : ''}`
        : '(no source)'
      console.log(
        `${s.id}  ${s.articleId}  [${s.mode}, ${s.polarity}]  ${who} | ${s.cue.text} | ${s.content.text}`,
      )
      const extra: string[] = []
      if (s.hedges.length) extra.push(`hedges: ${s.hedges.join(', ')}`)
      if (s.evidence.length)
        extra.push(
          `evidence: ${s.evidence.map((e) => [...e.qualifiers, e.kind].join(' ')).join(', ')}`,
        )
      if (s.time) extra.push(`time: ${s.time.value ?? s.time.relative ?? s.time.text}`)
      extra.push(`why: ${s.why.rule} ${s.why.confidence.toFixed(2)}`)
      console.log(`    ${extra.join('; ')}`)
    }
    return 0
  })
}
