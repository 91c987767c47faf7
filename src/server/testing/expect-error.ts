import { expect } from 'vitest'
import type { Api } from '../app.js'

export type InjectResponse = Awaited<ReturnType<Api['inject']>>

/** Checks an answer is the API's one error shape, with this status and code. */
export function expectError(res: InjectResponse, status: number, code: string): void {
  expect(res.statusCode, res.body).toBe(status)
  expect(res.headers['content-type']).toMatch(/application\/json/)
  const body = res.json()
  expect(Object.keys(body)).toEqual(['error'])
  expect(body.error).toMatchObject({ code, status })
  expect(typeof body.error.message).toBe('string')
  expect(body.error.message.length).toBeGreaterThan(0)
}
