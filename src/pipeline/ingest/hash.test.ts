import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { contentHash } from './hash.js'

const plain = (s: string) =>
  createHash('sha256').update(s.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex')

describe('contentHash', () => {
  test('folds every run of white space as /\\s+/ would', () => {
    for (const s of [
      'a \n b',
      'a  b',
      'a\u00a0b',
      'a \u00a0 b',
      ' \t x \r\n',
      'x\u2028y',
      'a \u3000b',
      '\n\n',
      ' ',
      'a b c',
      'The ferry  resumed\n\non Tuesday.\t',
    ])
      expect(contentHash(s)).toBe(plain(s))
  })
  test('the same page saved twice with other line ends hashes the same', () => {
    expect(contentHash('Headline\r\n\r\nBody text.\r\n')).toBe(
      contentHash('Headline\n\nBody text.'),
    )
  })
})
