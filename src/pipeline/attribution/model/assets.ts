import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * Path of a shipped model file. Looks beside this module first (running from src/), then in
 * src/ from a compiled dist/ tree, since tsc does not copy binary files.
 */
export function assetPath(name: string): string {
  const local = join(here, name)
  if (existsSync(local)) return local
  const fromDist = join(
    here,
    '..',
    '..',
    '..',
    '..',
    'src',
    'pipeline',
    'attribution',
    'model',
    name,
  )
  if (existsSync(fromDist)) return fromDist
  return local
}
