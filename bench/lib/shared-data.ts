import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The shared data folder: $COUNTERCLAIM_SHARED, else ../shared beside the checkout. */
export const sharedDir = resolve(process.env.COUNTERCLAIM_SHARED ?? join(repoRoot, '..', 'shared'))

/** Absolute path of a file under ../shared, or null when it is not there. */
export function sharedPath(...parts: string[]): string | null {
  const p = join(sharedDir, ...parts)
  return existsSync(p) ? p : null
}

/** Exit with one line when a script's data is missing, so CI logs say why nothing ran. */
export function requireShared(...parts: string[]): string {
  const p = sharedPath(...parts)
  if (!p) {
    console.log(`skipped: ${join(sharedDir, ...parts)} is missing`)
    process.exit(0)
  }
  return p
}
