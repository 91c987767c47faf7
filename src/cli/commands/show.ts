import { z } from 'zod'
import { findArticle } from '../../store/articles.js'
import { articleEntities } from '../../store/entities.js'
import { parse } from '../args.js'
import { UsageError } from '../config.js'
import { withStore } from '../open.js'

export const usage = `counterclaim show <article-id> [--db PATH] [--json]

Shows one clean article: headline, outlet, byline, date, captions, body, related headlines,
and its entities with their sides, places and why each was found.`

const schema = z.object({
  db: z.string().min(1).optional(),
  json: z.boolean().optional(),
  positionals: z
    .array(z.string().regex(/^art_[0-9a-f]{12}$/, 'an article id looks like art_0123456789ab'))
    .length(1, 'give one article id'),
})

export async function showCommand(argv: string[]): Promise<number> {
  const a = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } }, schema)
  const id = a.positionals[0]!
  return withStore(a.db, async (store) => {
    const article = await findArticle(store.db, id)
    if (!article) throw new UsageError(`no article ${id} in ${store.location}`)
    const entities = await articleEntities(store.db, id)
    if (a.json) {
      console.log(JSON.stringify({ article, entities }, null, 2))
      return 0
    }
    const out: string[] = []
    out.push(article.headline ?? '(no headline)')
    out.push(
      `${article.outlet ?? 'unknown outlet'}${article.byline && article.byline !== article.outlet ? ` | ${article.byline}` : ''} | ${article.publishedAt ?? 'date not stated'} | ${article.language}`,
    )
    out.push(`source: ${article.source}`)
    for (const c of article.captions)
      out.push(`caption: ${c.text}${c.credit ? ` [credit: ${c.credit}]` : ''}`)
    out.push('')
    for (const p of article.paragraphs) out.push(p, '')
    if (article.relatedHeadlines.length) {
      out.push('related (not part of the article):')
      for (const h of article.relatedHeadlines) out.push(`  - ${h}`)
      out.push('')
    }
    out.push(`entities (${entities.length}):`)
    for (const e of entities) {
      const aff = e.affiliation ? ` side ${e.affiliation}` : ''
      const geo = e.geo ? ` @ ${e.geo.lat.toFixed(3)},${e.geo.lon.toFixed(3)}` : ''
      const aliases = e.aliases.length ? ` aka ${e.aliases.map((x) => `"${x}"`).join(', ')}` : ''
      out.push(
        `  ${e.type.padEnd(12)} ${e.name}${aff}${geo}${aliases} (${e.mentions.length} mentions; ${e.why.rule} ${e.why.confidence.toFixed(2)}${e.why.affiliation ? `; side by ${e.why.affiliation}` : ''})`,
      )
    }
    console.log(out.join('\n'))
    return 0
  })
}
