import { parseArgs } from 'node:util'
import type { z } from 'zod'
import { UsageError } from './config.js'

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options']

/**
 * Parses a command's arguments with node:util and validates them with a zod schema.
 * @example
 * const a = parse(argv, { db: { type: 'string' } }, schema)
 */
export function parse<S extends z.ZodType>(
  argv: string[],
  options: Options,
  schema: S,
): z.infer<S> {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  const r = schema.safeParse({ ...parsed.values, positionals: parsed.positionals })
  if (!r.success) {
    const msg = r.error.issues
      .map((i) => (i.path.length ? `--${String(i.path[0])}: ${i.message}` : i.message))
      .join('; ')
    throw new UsageError(msg.replace('--positionals', 'arguments'))
  }
  return r.data
}
