import type { Field, PayloadRequest } from 'payload'

import { checkShapes } from './checkShapes'
import { checkWhere } from './checkWhere'
import { malformed, notFound } from '@/errors'
import { isObject, isValidId } from './values'

/**
 * What Payload passes to the database unchecked and the database then fails on, as a 500: a
 * `where` that is not an object or names no operator, an id of the wrong shape, a body that is not
 * an object, and depth/limit/page beyond sense. Each becomes a 400 (404 for an id) that says what
 * was wrong, before any access check or query runs.
 */

const MAX_DEPTH = 10
const MAX_LIMIT = 1000
const MAX_PAGE = 1_000_000

// Payload returns 500 here: no upstream issue found (searched 2026-12).
function checkNumber(name: string, value: unknown, min: number, max: number): void {
  if (value === undefined || value === null || value === '') return
  const number = typeof value === 'number' ? value : Number(value)
  if (!Number.isInteger(number) || number < min || number > max)
    throw malformed(name, `must be a whole number from ${min} to ${max}`)
}

export function rejectMalformedRequests(args: Record<string, any>, req: PayloadRequest, fields: Field[]): void {
  if (args.where !== undefined) checkWhere(args.where, req.payload, fields)
  checkNumber('depth', args.depth, 0, MAX_DEPTH)
  checkNumber('limit', args.limit, 0, MAX_LIMIT)
  checkNumber('page', args.page, 1, MAX_PAGE)
  if ('data' in args && args.data !== undefined) {
    // Payload returns 500 here: no upstream issue found (searched 2026-12).
    if (!isObject(args.data)) throw malformed('body', 'must be a JSON object')
    checkShapes(fields, args.data, '', req.locale === 'all')
  }
  // Payload returns 500 here: no upstream issue found (searched 2026-12).
  if (args.id !== undefined && !isValidId(req.payload, args.id)) throw notFound(req)
}
