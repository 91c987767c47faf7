import { describe, expect, it } from 'vitest'
import { WordTable } from './word-table.js'

describe('WordTable', () => {
  it('finds a word by its characters wherever it stands, and keeps its values', () => {
    const t = new WordTable(2, 1000)
    const text = 'the cat saw the dog'
    expect(t.find(text, 0, 3)).toBe(-1)
    const r = t.add(text, 0, 3)
    t.rows[r] = 7
    t.rows[r + 1] = -3
    expect(t.find(text, 12, 15)).toBe(r)
    expect(t.find('then', 0, 3)).toBe(r)
    expect(t.find(text, 0, 2)).toBe(-1)
    expect(t.find(text, 4, 7)).toBe(-1)
    expect([t.rows[r], t.rows[r + 1]]).toEqual([7, -3])
  })

  it('grows past its first sizes and starts afresh past its limit', () => {
    const t = new WordTable(1, 100_000)
    const words = Array.from({ length: 70_000 }, (_, k) => `w${k}`)
    const text = words.join(' ')
    let at = 0
    for (const [k, w] of words.entries()) {
      const r = t.add(text, at, at + w.length) // add may replace rows: read it after
      t.rows[r] = k
      at += w.length + 1
    }
    at = 0
    for (const [k, w] of words.entries()) {
      expect(t.rows[t.find(text, at, at + w.length)]).toBe(k)
      at += w.length + 1
    }
    const small = new WordTable(1, 2)
    small.add('a b c', 0, 1)
    small.add('a b c', 2, 3)
    small.add('a b c', 4, 5)
    expect(small.find('a b c', 0, 1)).toBe(-1)
    expect(small.find('a b c', 4, 5)).toBeGreaterThanOrEqual(0)
  })
})
