// tsc emits only JavaScript; lexicons, gazetteers and model files are copied beside it.
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const ASSET = /\.(txt|tsv|json|csv|bin|gz)$/
const SKIP = /\.test\.|\.d\.ts$/

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p)
    else if (ASSET.test(name) && !SKIP.test(name)) {
      const dest = join('dist', relative('src', p))
      cpSync(p, dest)
    }
  }
}
if (existsSync('src')) walk('src')
