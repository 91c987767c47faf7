import { SingleBar } from 'cli-progress'
import { z } from 'zod'
import { runIngest } from '../../pipeline/index.js'
import { DEFAULT_MAX_BYTES, expandInputs } from '../../pipeline/ingest/index.js'
import { recordRun } from '../../store/runs.js'
import { ledgerSink } from '../../store/sink.js'
import { parse } from '../args.js'
import { readEnv } from '../config.js'
import { pipelineDeps, withStore } from '../open.js'

export const usage = `counterclaim ingest [--db PATH] [--max-bytes N] [--json] [--quiet] [--strict] <file|folder|->...

Reads news pages (plain-text dumps, HTML, JSON Lines, gzip of these; "-" for stdin), cleans
them, finds sentences, entities, places and times, and stores each article in one transaction.
Re-ingesting the same content adds nothing. Bad inputs are listed with their reason.`

const schema = z.object({
  db: z.string().min(1).optional(),
  'max-bytes': z.coerce.number().int().positive().optional(),
  json: z.boolean().optional(),
  quiet: z.boolean().optional(),
  strict: z.boolean().optional(),
  positionals: z.array(z.string().min(1)).min(1, 'give at least one file, folder or -'),
})

export async function ingestCommand(argv: string[]): Promise<number> {
  const a = parse(
    argv,
    {
      db: { type: 'string' },
      'max-bytes': { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
      strict: { type: 'boolean' },
    },
    schema,
  )
  const maxBytes = a['max-bytes'] ?? readEnv().COUNTERCLAIM_MAX_BYTES ?? DEFAULT_MAX_BYTES
  return withStore(a.db, async (store) => {
    const deps = pipelineDeps()
    const { entries } = await expandInputs(a.positionals)
    const total = entries.reduce((n, e) => n + e.bytes, 0)
    const bar =
      !a.quiet && !a.json && process.stderr.isTTY && entries.length > 1
        ? new SingleBar({
            format: ' {bar} {percentage}% | {value}/{total} MB | {docs} docs | {failed} failed',
            stream: process.stderr,
            hideCursor: true,
          })
        : null
    let done = 0
    let docs = 0
    let failedCount = 0
    bar?.start(Math.max(1, Math.round(total / 1e6)), 0, { docs, failed: failedCount })
    const startedAt = new Date().toISOString()
    const summary = await runIngest(
      a.positionals,
      {
        maxBytes,
        stdin: process.stdin,
        onBytes: (n) => {
          done += n
          bar?.update(Math.round(done / 1e6), { docs, failed: failedCount })
        },
        onItem: (_s, status) => {
          docs++
          if (status === 'failed') failedCount++
        },
      },
      deps,
      ledgerSink(store.db),
    )
    bar?.stop()
    await recordRun(store.db, startedAt, summary)
    if (a.json) {
      console.log(JSON.stringify({ ...summary, articleIds: undefined }, null, 2))
    } else {
      const mb = (summary.bytes / 1e6).toFixed(1)
      console.log(
        `read ${summary.read}, new ${summary.added}, duplicate ${summary.duplicates}, failed ${summary.failed} (${mb} MB in ${summary.seconds.toFixed(1)} s) -> ${store.location}`,
      )
      if (summary.failures.length) {
        console.log('failed:')
        for (const f of summary.failures) console.log(`  ${f.source}: ${f.reason}`)
      }
      if (!a.quiet && summary.added > 0)
        console.log(`next: counterclaim articles${a.db ? ` --db ${a.db}` : ''}`)
    }
    return a.strict && summary.failed > 0 ? 1 : 0
  })
}
