import type { Kysely } from 'kysely'

/**
 * An article's paragraphs become spans into its text (`[start, end][]` as JSON) instead of a
 * second copy of the text: `text` is the headline and the paragraphs joined by blank lines, so
 * the strings were the same characters stored twice.
 */

const PAGE = 500

/** Where each paragraph sits in the text, searching forward from the body's start. */
export function paragraphSpans(
  id: string,
  text: string,
  bodyStart: number,
  paragraphs: string[],
): [number, number][] {
  const spans: [number, number][] = []
  // assemble() puts a blank line between paragraphs; search only if a row says otherwise
  let at = bodyStart
  for (const p of paragraphs) {
    const start = text.startsWith(p, at) ? at : text.indexOf(p, at)
    if (start < 0) throw new Error(`article ${id}: a paragraph is not part of its text`)
    spans.push([start, start + p.length])
    at = start + p.length + 2
  }
  return spans
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
async function convert(db: Kysely<any>, from: string, to: string, map: (r: any) => string) {
  let after = ''
  for (;;) {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'text', 'body_start', from])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute()
    if (rows.length === 0) break
    after = rows.at(-1)!.id
    for (const r of rows)
      await db
        .updateTable('articles')
        .set({ [to]: map(r) })
        .where('id', '=', r.id)
        .execute()
  }
}

// biome-ignore lint/suspicious/noExplicitAny: as convert
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('paragraph_spans', 'text').execute()
  await convert(db, 'paragraphs', 'paragraph_spans', (r) =>
    JSON.stringify(paragraphSpans(r.id, r.text, r.body_start, JSON.parse(r.paragraphs))),
  )
  await db.schema.alterTable('articles').dropColumn('paragraphs').execute()
}

// biome-ignore lint/suspicious/noExplicitAny: as convert
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('paragraphs', 'text').execute()
  await convert(db, 'paragraph_spans', 'paragraphs', (r) =>
    JSON.stringify(
      (JSON.parse(r.paragraph_spans ?? '[]') as [number, number][]).map(([s, e]) =>
        (r.text as string).slice(s, e),
      ),
    ),
  )
  await db.schema.alterTable('articles').dropColumn('paragraph_spans').execute()
}
