import { z } from 'zod'
import { parse } from '../args.js'
import { ingestCommand } from './ingest.js'
import { serve, serveFields, serveOptions } from './serve.js'

export const usage = `counterclaim start <file|folder|->... [--db PATH] [--host H] [--port N] [--max-bytes N] [--strict] [--log] [--quiet] [--no-cache]

Reads the pages given into the ledger (as "counterclaim ingest" does, with its summary), then
serves the dashboard and the API (as "counterclaim serve" does) at http://127.0.0.1:8080/.`

export async function startCommand(argv: string[]): Promise<number> {
  const a = parse(
    argv,
    { ...serveOptions, 'max-bytes': { type: 'string' }, strict: { type: 'boolean' } },
    z.object({
      ...serveFields,
      'max-bytes': z.coerce.number().int().positive().optional(),
      strict: z.boolean().optional(),
      positionals: z.array(z.string().min(1)).min(1, 'give at least one file, folder or -'),
    }),
  )
  const code = await ingestCommand([
    ...(a.db ? ['--db', a.db] : []),
    ...(a['max-bytes'] ? ['--max-bytes', String(a['max-bytes'])] : []),
    ...(a.strict ? ['--strict'] : []),
    '--quiet',
    '--',
    ...a.positionals,
  ])
  if (code !== 0) return code
  return serve(a)
}
