import type { Kysely } from 'kysely'
import { claimState, type TimelineEntry } from '../../pipeline/claims/status.js'
import type { Grouping } from '../../pipeline/claims/types.js'
import { type AnnotationRecord, listAnnotations } from '../annotations.js'
import { stanceRows } from '../claim-state.js'
import type { Database } from '../schema.js'
import { listStatementsByIds, type StatementRecord } from '../statements.js'
import { type ArticleRef, articleRefs } from './article-refs.js'
import { type ClaimSummary, claimSummaries } from './claim-summaries.js'
import { findClaimRow } from './find-claims.js'

/** A statement as a claim's timeline shows it: what was said, where, and why it is here. */
export interface ClaimStatement extends StatementRecord {
  stance: string
  stanceWhy: { rule: string; confidence: number }
  grouping: Grouping
  /** The grouping in words, for people. */
  groupedBecause: string
  date: string
  affiliation: string | null
  /** The claim's status once this statement is counted. */
  statusAfter: string
  sentenceText: string
  article: ArticleRef
}

export interface ClaimDetail {
  claim: ClaimSummary & {
    frame: { type: string; roles: Record<string, string | null>; count?: number | null }
    mergedInto: string | null
  }
  timeline: TimelineEntry[]
  statements: ClaimStatement[]
  next: number | null
  /** Analysts' notes, oldest first: all of them, on every page. */
  annotations: AnnotationRecord[]
}

/**
 * One claim with its timeline, a page of its statements in timeline order (oldest first),
 * each with its sentence, its article and why it was grouped here, and its analysts' notes.
 * Undefined when no such claim.
 * @example
 * const d = await claimDetail(db, 'cl_0123456789ab', { limit: 100, offset: 0 })
 */
export async function claimDetail(
  db: Kysely<Database>,
  id: string,
  page: { limit: number; offset: number },
): Promise<ClaimDetail | undefined> {
  const row = await findClaimRow(db, id)
  if (!row) return undefined
  const [summary] = await claimSummaries(db, [row])
  const state = claimState((await stanceRows(db, [id])).get(id) ?? [])
  const slice = state.timeline.slice(page.offset, page.offset + page.limit)
  const stances = slice.length
    ? await db
        .selectFrom('stances')
        .selectAll()
        .where('claim_id', '=', id)
        .where(
          'statement_id',
          'in',
          slice.map((t) => t.statementId),
        )
        .execute()
    : []
  const stanceBy = new Map(stances.map((s) => [s.statement_id, s]))
  const statements = await listStatementsByIds(
    db,
    slice.map((t) => t.statementId),
  )
  const byId = new Map(statements.map((s) => [s.id, s]))
  const articles = await articleRefs(db, [...new Set(statements.map((s) => s.articleId))])
  const out: ClaimStatement[] = []
  for (const t of slice) {
    const s = byId.get(t.statementId)
    const st = stanceBy.get(t.statementId)
    const article = s && articles.get(s.articleId)
    if (!s || !st || !article) continue
    const { articleSource: _source, ...statement } = s
    const grouping = JSON.parse(st.grouping) as Grouping
    out.push({
      ...statement,
      stance: st.stance,
      stanceWhy: { rule: st.rule, confidence: st.confidence },
      grouping,
      groupedBecause: explainGrouping(grouping),
      date: t.date,
      affiliation: t.affiliation,
      statusAfter: t.status,
      article,
    })
  }
  return {
    claim: {
      ...summary!,
      frame: JSON.parse(row.frame),
      mergedInto: row.status === 'merged' ? await mergedInto(db, id) : null,
    },
    timeline: state.timeline,
    statements: out,
    next: page.offset + page.limit < state.timeline.length ? page.offset + page.limit : null,
    annotations: await listAnnotations(db, id),
  }
}

/** Why a statement joined its claim, in words. */
export function explainGrouping(g: Grouping): string {
  switch (g.method) {
    case 'frame':
      return `same typed claim: ${g.key}`
    case 'denial-of-earlier-claim':
      return `denies an earlier claim with the same key: ${g.key}`
    case 'similarity':
      return `word overlap ${g.score ?? '?'} with the claim's text`
    case 'new-claim':
      return 'the first statement of this claim'
    case 'user-merge':
      return `a person merged its claim into this one${g.key ? ` (it was ${g.key})` : ''}`
    case 'user-split':
      return 'a person split it out into this claim'
    default:
      return String((g as { method: unknown }).method)
  }
}

async function mergedInto(db: Kysely<Database>, id: string): Promise<string | null> {
  const rows = await db
    .selectFrom('claim_decisions')
    .select('payload')
    .where('action', '=', 'merge')
    .orderBy('created_at', 'desc')
    .execute()
  for (const r of rows) {
    const p = JSON.parse(r.payload) as { from?: string; into?: string }
    if (p.from === id && p.into) return p.into
  }
  return null
}
