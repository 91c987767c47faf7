import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { Static } from 'typebox'
import type { ERROR_CODES, ErrorBody } from './schemas.js'

export type ErrorCode = (typeof ERROR_CODES)[number]

/** An error the API answers on purpose: its status, a code from a fixed list, and a message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  502: 'bad_gateway',
}

/**
 * The one error shape, from anything thrown in a request: our own errors as they are, Fastify's
 * (validation, body too large, bad JSON, wrong content type) by their status, anything else a
 * 500 whose details stay in the log.
 * @example
 * errorBody(new ApiError(404, 'not_found', 'no claim cl_0123456789ab'))
 */
export function errorBody(err: unknown): {
  status: number
  body: Static<typeof ErrorBody>
  headers: Record<string, string>
} {
  if (err instanceof ApiError) {
    return {
      status: err.status,
      body: { error: { code: err.code, message: err.message, status: err.status } },
      headers: err.headers,
    }
  }
  const fe = err as Partial<FastifyError>
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500
  if (status >= 400 && status < 500) {
    const code = CODE_BY_STATUS[status] ?? 'bad_request'
    const message = fe.validation
      ? `invalid ${fe.validationContext ?? 'request'}: ${(fe.message ?? '').replace(/^(querystring|params|body|headers)\/?/, '').trim()}`
      : (fe.message ?? 'bad request')
    return { status, body: { error: { code, message, status } }, headers: {} }
  }
  return {
    status: 500,
    body: {
      error: { code: 'internal', message: 'internal error: see the server log', status: 500 },
    },
    headers: {},
  }
}

/** Sends the error shape. */
export function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body, headers } = errorBody(err)
  if (status >= 500) req.log.error({ err }, 'request failed')
  return reply.code(status).headers(headers).type('application/json; charset=utf-8').send(body)
}
