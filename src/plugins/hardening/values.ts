import type { Payload } from 'payload'

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** An id of the shape the database keeps: another shape is an error there, not "no such document". */
export function isValidId(payload: Payload, id: unknown): boolean {
  if (typeof id === 'number') return Number.isSafeInteger(id)
  if (typeof id !== 'string' || id === '') return false
  if (payload.db.defaultIDType === 'number') return /^\d{1,15}$/.test(id)
  // Document ids elsewhere (MongoDB ObjectIds) are plain printable strings.
  return /^[\w-]{1,64}$/.test(id)
}
