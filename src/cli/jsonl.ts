import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { z } from 'zod'
import { UsageError } from './config.js'

/** Reads JSON Lines from a file or stdin ("-"), validating each line; a bad line stops with its number. */
export async function* readJsonl<S extends z.ZodType>(
  input: string,
  schema: S,
): AsyncGenerator<z.infer<S>> {
  const stream = input === '-' ? process.stdin : createReadStream(input)
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
  let n = 0
  try {
    for await (const line of rl) {
      n++
      if (!line.trim()) continue
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch (e) {
        throw new UsageError(`${input}:${n}: invalid JSON (${(e as Error).message})`)
      }
      const r = schema.safeParse(value)
      if (!r.success)
        throw new UsageError(
          `${input}:${n}: ${r.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`,
        )
      yield r.data
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`cannot read ${input}`)
    throw e
  }
}

/** Writes one line, waiting when the pipe is full. */
export function writeLine(s: string): Promise<void> {
  return process.stdout.write(`${s}\n`)
    ? Promise.resolve()
    : new Promise((r) => process.stdout.once('drain', () => r()))
}
