import { Type } from 'typebox'
import {
  AnnotationError,
  type AnnotationProblem,
  addAnnotation,
  listAnnotations,
  MAX_AUTHOR_CHARS,
  MAX_NOTE_CHARS,
} from '../../store/annotations.js'
import { findClaimRow } from '../../store/read/find-claims.js'
import type { Api, RouteContext } from '../app.js'
import { ApiError } from '../errors.js'
import { pageOf } from '../paging.js'
import { Annotation, ID, Page, Paging } from '../schemas.js'

const ERRORS = { '4xx': { $ref: 'Error#' }, '5xx': { $ref: 'Error#' } } as const

const NoteBody = Type.Object(
  {
    // the schema bounds what is read; the note's own limits apply once it is trimmed
    text: Type.String({
      minLength: 1,
      maxLength: 2 * MAX_NOTE_CHARS,
      description: `the note, plain text: 1 to ${MAX_NOTE_CHARS} characters once trimmed`,
    }),
    // a statement of this claim the note is about; left out, the note is on the whole claim
    statementId: Type.Optional(ID.statement),
    author: Type.Optional(
      Type.String({
        maxLength: 5 * MAX_AUTHOR_CHARS,
        description: `who wrote it, free text: at most ${MAX_AUTHOR_CHARS} characters once trimmed`,
      }),
    ),
  },
  { additionalProperties: false },
)

const STATUS: Record<AnnotationProblem, [number, 'bad_request' | 'not_found' | 'conflict']> = {
  'no-claim': [404, 'not_found'],
  merged: [409, 'conflict'],
  statement: [400, 'bad_request'],
  text: [400, 'bad_request'],
  author: [400, 'bad_request'],
}

/** Analysts' notes on a claim: list them (open), add one (token required). */
export function annotationRoutes(app: Api, ctx: RouteContext): void {
  const db = ctx.store.db

  app.get(
    '/claims/:id/annotations',
    {
      schema: {
        summary: "A claim's notes by analysts, oldest first",
        tags: ['claims'],
        params: Type.Object({ id: ID.claim }),
        querystring: Type.Object(Paging, { additionalProperties: false }),
        response: { 200: Page(Annotation), ...ERRORS },
      },
    },
    async (req) => {
      const { id } = req.params
      if (!(await findClaimRow(db, id))) throw new ApiError(404, 'not_found', `no claim ${id}`)
      const rows = await listAnnotations(db, id, req.query)
      return pageOf(rows, req.query)
    },
  )

  app.post(
    '/claims/:id/annotations',
    {
      onRequest: ctx.requireToken,
      schema: {
        summary:
          'Add a note to this claim, optionally about one of its statements; answers 201 with the note',
        tags: ['claims'],
        security: [{ bearer: [] }],
        params: Type.Object({ id: ID.claim }),
        body: NoteBody,
        response: { 201: Annotation, ...ERRORS },
      },
    },
    async (req, reply) => {
      try {
        const note = await addAnnotation(db, {
          claimId: req.params.id,
          text: req.body.text,
          statementId: req.body.statementId,
          author: req.body.author,
        })
        return reply.code(201).send(note)
      } catch (e) {
        if (!(e instanceof AnnotationError)) throw e
        const [status, code] = STATUS[e.problem]
        throw new ApiError(status, code, e.message)
      }
    },
  )
}
