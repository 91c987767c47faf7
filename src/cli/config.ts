import { z } from 'zod'

const env = z.object({
  COUNTERCLAIM_DB: z.string().min(1).optional(),
  COUNTERCLAIM_MAX_BYTES: z.coerce.number().int().positive().optional(),
})

/** The environment, validated once; every problem is reported at once. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): z.infer<typeof env> {
  const r = env.safeParse(source)
  if (!r.success) {
    throw new UsageError(
      `bad environment: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  }
  return r.data
}

/** The database a command uses: --db, else $COUNTERCLAIM_DB, else ./counterclaim.db. */
export function dbLocation(
  flag: string | undefined,
  source: NodeJS.ProcessEnv = process.env,
): string {
  return flag ?? readEnv(source).COUNTERCLAIM_DB ?? './counterclaim.db'
}

/** A mistake in how the command was called: printed without a stack, exit code 2. */
export class UsageError extends Error {}
