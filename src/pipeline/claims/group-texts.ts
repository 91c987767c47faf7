import { bareArticle } from '../assemble.js'
import type { Statement } from '../attribution/types.js'
import { analyze, type LanguageDeps } from '../language/index.js'
import { claimIdFor, linkClaims } from './link.js'
import { claimMatcher } from './matcher.js'
import { findPropositions } from './propositions.js'
import type { ClaimCandidate, ClaimIndex } from './types.js'

const MEMBERS = 50

/**
 * Groups bare texts (headlines, claims) into claims with the ledger's own code: each text is
 * read as one statement, gets its typed frame or its general key, and is linked exactly as a
 * statement in the ledger is, against an index kept in memory.
 */
export function textGrouper(deps: LanguageDeps) {
  const byTerm = new Map<string, Set<string>>()
  const texts = new Map<string, string>()
  const members = new Map<string, string[]>()
  const index: ClaimIndex = {
    async candidates(terms, limit) {
      const counts = new Map<string, number>()
      for (const t of terms)
        for (const id of byTerm.get(t) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1)
      return [...counts]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, limit)
        .map(
          ([id]): ClaimCandidate => ({
            id,
            text: texts.get(id)!,
            terms: [],
            members: (members.get(id) ?? []).slice(-MEMBERS),
          }),
        )
    },
    mergedInto: async () => null,
    splitTo: async () => null,
  }
  return {
    async add(id: string, text: string): Promise<{ claimId: string; method: string }> {
      const article = bareArticle([text])
      const analysis = analyze(article, deps)
      const statement: Statement = {
        sentence: 0,
        speaker: null,
        cue: { text: '', start: 0, end: 0, lemma: 'text' },
        content: { text: article.text, start: 0, end: article.text.length },
        mode: 'reported',
        polarity: 'asserts',
        hedges: [],
        evidence: [],
        time: null,
        why: { rule: 'text', confidence: 1 },
      }
      const props = findPropositions({
        text: article.text,
        publishedAt: null,
        tokens: analysis.tokens,
        entities: analysis.entities,
        statements: [statement],
      })
      const [link] = await linkClaims(props, [`text:${id}`], index, claimMatcher)
      if (!link) return { claimId: claimIdFor(`text:${id}`), method: 'none' }
      // the claim's own text stands first; the other members follow it
      if (!link.create) {
        const list = members.get(link.claimId) ?? []
        list.push(article.text)
        members.set(link.claimId, list)
      }
      // every statement indexes its claim under its own terms, so later texts can find the claim by any of them
      for (const t of link.create
        ? link.create.terms
        : claimMatcher.terms(claimMatcher.key(article.text))) {
        const set = byTerm.get(t) ?? new Set()
        set.add(link.claimId)
        byTerm.set(t, set)
      }
      if (link.create) texts.set(link.claimId, link.create.text)
      return { claimId: link.claimId, method: link.grouping.method }
    },
  }
}
