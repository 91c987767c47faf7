import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface StaticFile {
  body: Buffer
  type: string
  etag: string
  /** Vite's hashed assets never change under the same name. */
  immutable: boolean
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

/**
 * Where the built dashboard is: dist/web beside the compiled server, or under the checkout when
 * the server runs from source. Null when it has not been built.
 */
export function findWebRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const dir of [join(here, '..', 'web'), join(here, '..', '..', 'dist', 'web')]) {
    // src/web holds an index.html too: the source, not the build
    if (existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'assets'))) return dir
  }
  return null
}

/**
 * Reads the built dashboard into memory once: it is small, and serving from memory means no
 * path from a request ever reaches the file system.
 * @example
 * const files = loadStaticFiles('dist/web') // files.get('/index.html')
 */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name)
      if (statSync(p).isDirectory()) walk(p)
      else {
        const body = readFileSync(p)
        const url = `/${relative(root, p).split(sep).join('/')}`
        files.set(url, {
          body,
          type: TYPES[extname(name)] ?? 'application/octet-stream',
          etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
          immutable: url.startsWith('/assets/'),
        })
      }
    }
  }
  walk(root)
  return files
}
