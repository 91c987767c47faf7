/**
 * Times every better-sqlite3 statement of the process and prints the costliest to stderr at
 * exit. Load it before a benchmark; children started with the same flags time themselves too.
 *
 *   node --import tsx --import ./bench/lib/sql-timing.ts bench/pipeline.ts --scales 1
 */
import Sqlite from 'better-sqlite3'

const probe = new Sqlite(':memory:')
const proto = Object.getPrototypeOf(probe.prepare('select 1'))
probe.close()
const stats = new Map<string, { n: number; ms: number }>()
for (const m of ['run', 'all', 'get', 'iterate'] as const) {
  const orig = proto[m]
  proto[m] = function (this: { source: string }, ...args: unknown[]) {
    const t = performance.now()
    try {
      return orig.apply(this, args)
    } finally {
      // multi-row inserts of different sizes count as one statement
      const k = this.source.slice(0, 70).replace(/\(\?(,\?)*\)(,\(\?(,\?)*\))*/g, '(..)')
      const s = stats.get(k) ?? { n: 0, ms: 0 }
      s.n++
      s.ms += performance.now() - t
      stats.set(k, s)
    }
  }
}
process.on('exit', () => {
  const all = [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms)
  let total = 0
  for (const [, s] of all) total += s.ms
  const out = [`time inside SQLite statements: ${total.toFixed(0)} ms`]
  for (const [k, s] of all.slice(0, 15))
    out.push(`${s.ms.toFixed(0).padStart(7)} ms ${String(s.n).padStart(7)}x  ${k}`)
  process.stderr.write(`${out.join('\n')}\n`)
})
