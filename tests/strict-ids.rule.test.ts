import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { idReason, isValidId } from '@/plugins/hardening/values'

import { junk } from './helpers/strictIds'

/**
 * The id rule on its own, for both adapters the site runs on: MongoDB cannot run here, so its
 * branch is checked against a stand-in with what the rule reads of Payload (its database's id type
 * and name, and the collections' own id types).
 */

type Ids = Pick<Payload, 'db' | 'collections'>
const database = (defaultIDType: 'number' | 'text', name: string, own: Record<string, 'number' | 'text'> = {}): Ids =>
  ({
    db: { defaultIDType, name },
    collections: Object.fromEntries(Object.entries(own).map(([slug, customIDType]) => [slug, { customIDType }])),
  }) as unknown as Ids

const notIds = ['', ' ', null, undefined, true, {}, [], NaN, Infinity]

describe('SQLite: positive whole numbers', () => {
  const sqlite = database('number', 'sqlite')
  it.each([1, 12, Number.MAX_SAFE_INTEGER, '1', '12', '9007199254740991'])('%j is an id', (id) => {
    expect(isValidId(sqlite, id)).toBe(true)
  })
  it.each([...junk(1), ...junk(12), ...notIds, 0, -1, 1.5, 2 ** 53, '9007199254740992'])('%j is not', (id) => {
    expect(isValidId(sqlite, id)).toBe(false)
  })
  it('says what an id looks like', () => {
    expect(idReason(sqlite)).toBe('is not a valid id: an id here is a positive whole number such as 12')
  })
})

describe('MongoDB: ObjectIds as MongoDB writes them', () => {
  const mongo = database('text', 'mongoose')
  const id = '507f1f77bcf86cd799439011'
  it.each([id, '0123456789abcdef01234567', { toHexString: () => id }])('%j is an id', (value) => {
    expect(isValidId(mongo, value)).toBe(true)
  })
  it.each([...junk(id), ...notIds, 1, 12, 'g'.repeat(24), { toHexString: () => `${id}x` }])('%j is not', (value) => {
    expect(isValidId(mongo, value)).toBe(false)
  })
})

describe("a collection with ids of its own type keeps that field's form", () => {
  const sqlite = database('number', 'sqlite', { cities: 'text' })
  const mongo = database('text', 'mongoose', { counters: 'number' })
  it('text ids on SQLite', () => {
    expect(['vienne', 'la-spezia', 'a_1'].map((id) => isValidId(sqlite, id, 'cities'))).toEqual([true, true, true])
    expect(['', 'a b', 'x/y', 7].map((id) => isValidId(sqlite, id, 'cities'))).toEqual([false, false, false, false])
    expect(isValidId(sqlite, 'vienne')).toBe(false)
  })
  it('whole numbers on MongoDB, whose versions keep ObjectIds', () => {
    expect([5, '5', '05', '507f1f77bcf86cd799439011'].map((id) => isValidId(mongo, id, 'counters'))).toEqual([
      true,
      true,
      false,
      false,
    ])
    expect(isValidId(mongo, '507f1f77bcf86cd799439011')).toBe(true)
  })
})
