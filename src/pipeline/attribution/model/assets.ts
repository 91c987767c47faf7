import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** Path of a shipped model file beside this module (the build copies it into dist/). */
export function assetPath(name: string): string {
  return join(here, name)
}
