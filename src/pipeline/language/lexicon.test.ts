import { describe, expect, test } from 'vitest'
import { inSortedJsonList, isEnglishWord } from './lexicon.js'

describe('English word list', () => {
  test('finds every word of a sorted JSON list and nothing else', () => {
    const words = ['a', 'ab', 'abc', 'b', 'brigade', 'council', 'ministry', 'z']
    const list = JSON.stringify(words)
    for (const w of words) expect(inSortedJsonList(list, w)).toBe(true)
    for (const w of ['', 'aa', 'abd', 'c', 'ministr', 'ministryx', 'zz', '0'])
      expect(inSortedJsonList(list, w)).toBe(false)
    expect(inSortedJsonList('[]', 'a')).toBe(false)
    expect(inSortedJsonList('["x"]', 'x')).toBe(true)
  })

  test('has common words and no invented names', () => {
    for (const w of ['defense', 'ministry', 'general', 'staff', 'council', 'a', 'zzzs'])
      expect(isEnglishWord(w)).toBe(true)
    for (const w of ['varkhan', 'ostrovka', '']) expect(isEnglishWord(w)).toBe(false)
  })
})
