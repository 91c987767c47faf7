import type { Why } from '../clean/types.js'

export type StanceLabel = 'supports' | 'refutes' | 'reports'

/** The kinds of proposition with a typed frame; anything else is `general`. */
export type FrameType =
  | 'control'
  | 'attack'
  | 'casualties'
  | 'responsibility'
  | 'captives'
  | 'weapons'
  | 'general'

export interface Frame {
  type: FrameType
  /** Entity keys by role: place, actor, attacker, target, side, recipient, supplier. */
  roles: Record<string, string | null>
  /** A number the proposition states (casualties, captives, weapons). */
  count?: number | null
  /** For general propositions: the main predicate and the key terms. */
  predicate?: string | null
}

/** What one statement claims, normalised: the claim it belongs to and its stance toward it. */
export interface Proposition {
  /** Index of the statement in the article's statement list. */
  statement: number
  frame: Frame
  /** Identity of the claim for typed frames ("control:place:city:712451"); null for general ones, grouped by similarity. */
  key: string | null
  /** Canonical text of the claim ("Kherson has been captured"). */
  text: string
  /** Entity keys of the places involved. */
  places: string[]
  stance: StanceLabel
  /** When the claim was made: the speech act's date, else the article's, else null. */
  date: string | null
  why: Why
}

/** A claim already in the ledger, as the grouping step sees it. */
export interface ClaimCandidate {
  id: string
  text: string
  /** Texts of some of its statements, most recent first: a new text may match any of them. */
  members?: string[]
  /** The key terms it was indexed under. */
  terms: string[]
  /** Its text is what the statement that began it denied ("X denied that …"). */
  denied?: boolean
}

/**
 * What the grouping step needs from the ledger; the store implements it inside the
 * transaction that keeps the article, so claims made earlier in the same batch are seen.
 */
export interface ClaimIndex {
  /** General claims sharing any of these terms, most shared first. */
  candidates(
    terms: string[],
    limit: number,
    opts?: { members?: boolean },
  ): Promise<ClaimCandidate[]>
  /** Where a person merged this claim into another, the claim it now is. */
  mergedInto(claimId: string): Promise<string | null>
  /** Where a person split this statement out of its claim, the claim it now belongs to. */
  splitTo(statementId: string): Promise<string | null>
}

/** Why a statement was grouped into a claim. */
export interface Grouping {
  method:
    | 'frame'
    | 'similarity'
    | 'new-claim'
    | 'denial-of-earlier-claim'
    | 'user-merge'
    | 'user-split'
  key: string | null
  score?: number
  matched?: string
}

/** A statement joined to a claim: what the store writes. */
export interface ClaimLink {
  statementId: string
  claimId: string
  /** Set when the claim is new: what to create. */
  create: { key: string; text: string; frame: Frame; places: string[]; terms: string[] } | null
  stance: StanceLabel
  rule: string
  confidence: number
  grouping: Grouping
  /** Terms this statement adds to its general claim's index entry. */
  indexTerms: string[]
}
