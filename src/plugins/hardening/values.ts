import type { Payload } from 'payload'

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** How a kind of document's ids are spelt: see `isValidId`. */
export type IdForm = 'integer' | 'objectId' | 'text'

/**
 * The form of `collection`'s ids, or of the database's own ids when none is named (versions, globals'
 * versions). A collection with an `id` field of its own keeps ids of that field's type.
 */
export function idForm(payload: Pick<Payload, 'db' | 'collections'>, collection?: string): IdForm {
  const collections = payload.collections as Record<string, { customIDType?: 'number' | 'text' } | undefined>
  const custom = collection ? collections[collection]?.customIDType : undefined
  if ((custom ?? payload.db.defaultIDType) === 'number') return 'integer'
  return !custom && payload.db.name === 'mongoose' ? 'objectId' : 'text'
}

const FORMS: Record<IdForm, RegExp> = {
  integer: /^[1-9]\d*$/,
  // As MongoDB writes them: another case or length is another document, or none.
  objectId: /^[0-9a-f]{24}$/,
  text: /^[\w-]{1,64}$/,
}

/** The text of an ObjectId the Local API was handed as an object. */
const hexOf = (id: unknown): unknown =>
  typeof id === 'object' && id !== null && 'toHexString' in id && typeof id.toHexString === 'function'
    ? id.toHexString()
    : id

/**
 * Whether `id` is spelt exactly as the database spells `collection`'s ids: a positive integer without
 * sign, leading zeros, spaces or decimals on SQLite, 24 lowercase hex digits on MongoDB. Payload reads
 * ids leniently (`parseFloat` for REST paths since https://github.com/payloadcms/payload/pull/5794,
 * `Number` elsewhere, the database its own way), so `1x`, ` 1`, `01`, `1e0` or `0x1` would otherwise
 * read and write document 1, and `x1` (NaN) reach the database and fail there.
 */
export function isValidId(payload: Pick<Payload, 'db' | 'collections'>, id: unknown, collection?: string): boolean {
  const form = idForm(payload, collection)
  if (typeof id === 'number') return form === 'integer' && Number.isSafeInteger(id) && id > 0
  const text = hexOf(id)
  if (typeof text !== 'string' || !FORMS[form].test(text)) return false
  // Beyond 2^53 two ids share one JavaScript number: the one asked for is not the one found.
  return form !== 'integer' || Number.isSafeInteger(Number(text))
}

const SPELT: Record<IdForm, string> = {
  integer: 'a positive whole number such as 12',
  objectId: 'an ObjectId, 24 lowercase hexadecimal digits',
  text: 'letters, digits, - and _',
}

/** Why an id was refused, saying what an id of `collection` looks like. */
export const idReason = (payload: Pick<Payload, 'db' | 'collections'>, collection?: string): string =>
  `is not a valid id: an id here is ${SPELT[idForm(payload, collection)]}`
