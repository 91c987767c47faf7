import type { Kysely } from 'kysely'
import { isPostgres } from './dialect.js'
import { randomId } from './ids.js'
import type { Database } from './schema.js'

/** The longest note, in characters once trimmed. */
export const MAX_NOTE_CHARS = 5000
/** The longest author name, in characters once trimmed. */
export const MAX_AUTHOR_CHARS = 200

/** An analyst's note on a claim, as the API, the CLI and the export show it. */
export interface AnnotationRecord {
  id: string
  claimId: string
  /** The statement the note is about, or null for the claim as a whole. */
  statementId: string | null
  /** That statement as it reads now; null when the note is about the whole claim, or while the
   * statement's article is removed. */
  statement: { speaker: string | null; content: string } | null
  text: string
  author: string | null
  createdAt: string
}

export interface NewAnnotation {
  claimId: string
  text: string
  statementId?: string | null | undefined
  author?: string | null | undefined
}

/** Why a note was refused: the caller maps it to its own answer (HTTP status, exit code). */
export type AnnotationProblem = 'no-claim' | 'merged' | 'statement' | 'text' | 'author'

export class AnnotationError extends Error {
  constructor(
    readonly problem: AnnotationProblem,
    message: string,
  ) {
    super(message)
  }
}

// control characters other than tab and line breaks: PostgreSQL refuses NUL, and none is text
const CONTROL = /(?![\t\n\r])\p{Cc}/u

const chars = (s: string) => [...s].length

/**
 * A note's text and author as they will be stored: trimmed, the author's white space collapsed
 * and an empty author made null. Throws AnnotationError when either is not acceptable.
 * @example
 * cleanNote({ text: '  Checked the video.  ', author: '' }) // { text: 'Checked the video.', author: null }
 */
export function cleanNote(a: { text: string; author?: string | null | undefined }): {
  text: string
  author: string | null
} {
  const text = a.text.trim()
  if (text.length === 0) throw new AnnotationError('text', 'the note is empty')
  if (chars(text) > MAX_NOTE_CHARS)
    throw new AnnotationError('text', `the note is over ${MAX_NOTE_CHARS} characters`)
  if (CONTROL.test(text))
    throw new AnnotationError('text', 'the note holds control characters: give plain text')
  const author = (a.author ?? '').replace(/\s+/g, ' ').trim() || null
  if (author && chars(author) > MAX_AUTHOR_CHARS)
    throw new AnnotationError('author', `the author is over ${MAX_AUTHOR_CHARS} characters`)
  if (author && CONTROL.test(author))
    throw new AnnotationError('author', 'the author holds control characters')
  return { text, author }
}

// the newest stamp this process gave: two notes written in one millisecond still keep their order
let lastStamp = ''

function stamp(): string {
  let now = new Date().toISOString()
  if (now <= lastStamp) now = new Date(Date.parse(lastStamp) + 1).toISOString()
  lastStamp = now
  return now
}

/**
 * Adds a note to a claim, optionally about one of its statements. The claim must exist and not
 * be merged into another, and the statement must be one of the claim's. On PostgreSQL the claim's
 * row is locked while the note is written, so a merge or split running at the same time either
 * sees the note (and moves it) or runs first (and the note is refused or checked against the
 * claim as it is after).
 * @example
 * const note = await addAnnotation(db, { claimId: 'cl_0123456789ab', text: 'The video is from 2022.' })
 */
export async function addAnnotation(
  db: Kysely<Database>,
  a: NewAnnotation,
): Promise<AnnotationRecord> {
  const { text, author } = cleanNote(a)
  const lock = isPostgres(db)
  const id = await db.transaction().execute(async (trx) => {
    const claim = await trx
      .selectFrom('claims')
      .select(['id', 'status'])
      .where('id', '=', a.claimId)
      .$if(lock, (q) => q.forUpdate())
      .executeTakeFirst()
    if (!claim) throw new AnnotationError('no-claim', `no claim ${a.claimId}`)
    if (claim.status === 'merged')
      throw new AnnotationError(
        'merged',
        `claim ${a.claimId} was merged into another: annotate the claim it was merged into`,
      )
    if (a.statementId) {
      const own = await trx
        .selectFrom('stances')
        .select('statement_id')
        .where('claim_id', '=', a.claimId)
        .where('statement_id', '=', a.statementId)
        .executeTakeFirst()
      if (!own)
        throw new AnnotationError(
          'statement',
          `statement ${a.statementId} is not in claim ${a.claimId}`,
        )
    }
    const id = randomId('annotation')
    await trx
      .insertInto('annotations')
      .values({
        id,
        claim_id: a.claimId,
        statement_id: a.statementId ?? null,
        text,
        author,
        created_at: stamp(),
      })
      .execute()
    return id
  })
  const [note] = await notes(db).where('annotations.id', '=', id).execute()
  return toRecord(note!)
}

/**
 * A claim's notes, oldest first: all of them, or a page (one more than `limit` when there is a
 * next page). Notes of claims merged into it are among them: a merge moves them (see
 * mergeClaims).
 */
export async function listAnnotations(
  db: Kysely<Database>,
  claimId: string,
  page?: { limit: number; offset: number },
): Promise<AnnotationRecord[]> {
  const rows = await notes(db)
    .where('annotations.claim_id', '=', claimId)
    .$if(page !== undefined, (q) => q.limit(page!.limit + 1).offset(page!.offset))
    .execute()
  return rows.map(toRecord)
}

/** The notes of several claims, each claim's oldest first. */
export async function annotationsOf(
  db: Kysely<Database>,
  claimIds: string[],
): Promise<Map<string, AnnotationRecord[]>> {
  const out = new Map<string, AnnotationRecord[]>()
  if (claimIds.length === 0) return out
  for (const r of await notes(db).where('annotations.claim_id', 'in', claimIds).execute()) {
    const list = out.get(r.claim_id) ?? []
    list.push(toRecord(r))
    out.set(r.claim_id, list)
  }
  return out
}

function notes(db: Kysely<Database>) {
  return db
    .selectFrom('annotations')
    .leftJoin('statements', 'statements.id', 'annotations.statement_id')
    .select([
      'annotations.id',
      'annotations.claim_id',
      'annotations.statement_id',
      'annotations.text',
      'annotations.author',
      'annotations.created_at',
      'statements.speaker_text',
      'statements.content_text',
    ])
    .orderBy('annotations.created_at')
    .orderBy('annotations.id')
}

type NoteRow = Awaited<ReturnType<ReturnType<typeof notes>['execute']>>[number]

function toRecord(r: NoteRow): AnnotationRecord {
  return {
    id: r.id,
    claimId: r.claim_id,
    statementId: r.statement_id,
    statement:
      r.content_text !== null ? { speaker: r.speaker_text, content: r.content_text } : null,
    text: r.text,
    author: r.author,
    createdAt: r.created_at,
  }
}
