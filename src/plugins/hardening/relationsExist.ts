import type { Field, PayloadRequest } from 'payload'

import { invalidValue } from '@/errors'
import { isObject, isValidId } from './values'
import { bodyValues } from './walkBody'

/** Each id a relationship or upload value names, with the collection it names it in. */
function related(field: { relationTo?: string | string[] }, value: unknown): [string, unknown][] {
  const items = Array.isArray(value) ? value : [value]
  return items.flatMap((item): [string, unknown][] => {
    if (item === null || item === undefined || item === '') return []
    if (Array.isArray(field.relationTo)) return isObject(item) ? [[String(item.relationTo), item.value]] : []
    return [[field.relationTo as string, item]]
  })
}

/**
 * Every document a write relates to exists. Payload checks only the form of an id (and whether the
 * document exists only for fields with `filterOptions`): a relation to no document was a foreign key
 * failure on SQLite, a 500, and on MongoDB a dangling id stored. No upstream issue found (searched
 * 2026-12). Ids of the wrong form are refused before this (./checkIds.ts).
 */
export async function relationsExist(fields: Field[], data: Record<string, unknown>, req: PayloadRequest) {
  const wanted = new Map<string, Map<string, string>>()
  for (const { field, value, name } of bodyValues(fields, data, req.locale === 'all')) {
    if (field.type !== 'relationship' && field.type !== 'upload') continue
    for (const [collection, id] of related(field, value)) {
      if (!req.payload.collections[collection as never] || !isValidId(req.payload, id, collection)) continue
      if (!wanted.has(collection)) wanted.set(collection, new Map())
      wanted.get(collection)!.set(String(id), name)
    }
  }
  for (const [collection, ids] of wanted) {
    const { docs } = await req.payload.find({
      collection: collection as never,
      where: { id: { in: [...ids.keys()] } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const found = new Set((docs as { id: unknown }[]).map((doc) => String(doc.id)))
    for (const [id, name] of ids)
      if (!found.has(id)) throw invalidValue(name, `no document of ${collection} has the id ${id}`)
  }
}
