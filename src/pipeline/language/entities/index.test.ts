import { describe, expect, test } from 'vitest'
import { bareArticle } from '../../assemble.js'
import { loadGazetteer } from '../geo/index.js'
import { analyze } from '../index.js'

// fixtures are sentences written for these tests
function entities(...paragraphs: string[]) {
  const analysis = analyze(bareArticle(paragraphs), { gazetteer: loadGazetteer() })
  return analysis.entities.map((e) => `${e.type}:${e.name}`)
}

describe('entities', () => {
  test('a body and its office holder in one capitalised run are two entities', () => {
    for (const run of [
      'NATO Secretary-General Marta Lindqvist',
      'NATO Secretary General Marta Lindqvist',
      'Kremlin Spokesman Ivo Petrenko',
    ]) {
      const found = entities(`The talks ended early, ${run} said on Sunday.`)
      expect(found).toContain(`person:${run.split(' ').slice(-2).join(' ')}`)
      expect(found.some((e) => e.startsWith('organization:'))).toBe(true)
    }
  })
})
