import type { Article } from '../types.js'
import { cachedPlaces } from './cached-places.js'
import { detectLanguageOfTokens } from './detect-language.js'
import { extractEntities } from './entities/index.js'
import { lexicon } from './lexicon.js'
import { splitSentences } from './sentences.js'
import { findTimes } from './times.js'
import { tokenize } from './tokenize.js'
import type { Analysis, PlaceLookup } from './types.js'

export type {
  Analysis,
  ArticleEntity,
  PlaceLookup,
  Sentence,
  TimeExpression,
  Token,
} from './types.js'

export interface LanguageDeps {
  gazetteer: PlaceLookup
}

/**
 * The language stage: tokens, sentences, entities with their sides and places, and time
 * expressions, all with UTF-16 offsets into `article.text`.
 */
export function analyze(article: Article, deps: LanguageDeps): Analysis {
  const gazetteer = memoFor(deps.gazetteer)
  const { text } = article
  // order matters: sentences mark tokens, entities read both
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  const language = detectLanguageOfTokens(text, tokens)
  const entities = extractEntities(
    { text, tokens, sentences, outlet: article.outlet },
    lexicon(),
    gazetteer,
  )
  const anchor = article.publishedAt ? new Date(article.publishedAt) : null
  const times = findTimes(text, anchor && !Number.isNaN(anchor.getTime()) ? anchor : null, tokens)
  return { language, tokens, sentences, entities, times }
}

const memo = new WeakMap<PlaceLookup, PlaceLookup>()

function memoFor(gaz: PlaceLookup): PlaceLookup {
  let m = memo.get(gaz)
  if (!m) {
    m = cachedPlaces(gaz)
    memo.set(gaz, m)
  }
  return m
}
