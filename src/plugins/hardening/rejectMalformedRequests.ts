import type { PayloadRequest } from 'payload'

import { checkRelationIds } from './checkIds'
import { checkShapes } from './checkShapes'
import { checkWhere } from './checkWhere'
import { malformed, notFound } from '@/errors'
import type { OperationScope } from './guardOperations'
import { idReason, isObject, isValidId } from './values'

/**
 * What Payload passes to the database unchecked and the database then fails on, as a 500 (or
 * reads as something else): a `where` that is not an object or names no operator, an id of the
 * wrong form (the operation's or one a body relates to), a body that is not an object, and
 * depth/limit/page beyond sense. Each becomes a 400 (404 for an id) that says what
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

export function rejectMalformedRequests(
  args: Record<string, any>,
  req: PayloadRequest,
  { fields, collection }: OperationScope,
): void {
  if (args.where !== undefined) checkWhere(args.where, { payload: req.payload, fields, collection })
  checkNumber('depth', args.depth, 0, MAX_DEPTH)
  checkNumber('limit', args.limit, 0, MAX_LIMIT)
  checkNumber('page', args.page, 1, MAX_PAGE)
  if ('data' in args && args.data !== undefined) {
    // Payload returns 500 here: no upstream issue found (searched 2026-12).
    if (!isObject(args.data)) throw malformed('body', 'must be a JSON object')
    checkShapes(fields, args.data, '', req.locale === 'all')
    checkRelationIds(req.payload, fields, args.data, req.locale === 'all')
  }
  rejectMalformedId(args.id ?? args.duplicateFromID, req, collection)
}

/**
 * Ids of the wrong form read another document (`1x` as 1) or reach the database as NaN (`x1`),
 * which Payload answers with a 500: no upstream issue found (searched 2026-12). A path naming no
 * document is a 404; a GraphQL argument is malformed.
 */
export function rejectMalformedId(id: unknown, req: PayloadRequest, collection?: string): void {
  if (id !== undefined && !isValidId(req.payload, id, collection))
    throw req.payloadAPI === 'GraphQL' ? malformed('id', idReason(req.payload, collection)) : notFound(req)
}
