import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MODEL_FILE } from './decide.js'

const here = dirname(fileURLToPath(import.meta.url))

/** Path of the shipped weights, in model/ beside this module (the build copies it into dist/). */
export function modelPath(): string {
  return join(here, 'model', MODEL_FILE)
}
