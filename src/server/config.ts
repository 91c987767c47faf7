import { z } from 'zod'

// an exported but empty variable means "not set"
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v)

const env = z.object({
  COUNTERCLAIM_TOKEN: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .min(16, 'use at least 16 characters (e.g. openssl rand -hex 24)')
      .max(512)
      .regex(/^\S+$/, 'no spaces')
      .optional(),
  ),
  COUNTERCLAIM_HOST: z.preprocess(unsetIfEmpty, z.string().min(1).max(255).optional()),
  COUNTERCLAIM_PORT: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(0).max(65535).optional(),
  ),
  COUNTERCLAIM_MAX_BYTES: z.preprocess(unsetIfEmpty, z.coerce.number().int().positive().optional()),
})

export type ServerEnv = z.infer<typeof env>

/**
 * The server's environment, validated at once; every problem is named in one message.
 * @example
 * const { COUNTERCLAIM_TOKEN } = readServerEnv()
 */
export function readServerEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const r = env.safeParse(source)
  if (!r.success) {
    throw new EnvError(
      `bad environment: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  }
  return r.data
}

export class EnvError extends Error {}

/** Is this host only reachable from this machine? */
export function isLoopback(host: string): boolean {
  return /^(127\.\d+\.\d+\.\d+|::1|localhost|\[::1\])$/i.test(host)
}
