import type { Field } from 'payload'

import { localeCodes } from '@/i18n/locales'

import { invalidValue } from '@/errors'
import { valueProblem } from './valueRules'
import { isObject } from './values'
import { bodyValues } from './walkBody'

/**
 * Every value of a body against the field it is sent for, before any hook runs: a list where a
 * list belongs (arrays, blocks, has-many fields) and nowhere else, an object where fields belong
 * (groups, named tabs) or one value per language (locale=all), and for the rest the kind of value
 * ./valueRules.ts says the field takes. Payload walked the wrong shapes into a 500 (no upstream
 * issue found, searched 2026-12) and stored values of the wrong kind. Keys naming no field are
 * Payload's to drop.
 */
export function checkShapes(fields: Field[], data: Record<string, unknown>, path: string, allLocales: boolean): void {
  for (const { field, value, name, notPerLanguage } of bodyValues(fields, data, allLocales, path)) {
    if (notPerLanguage) throw invalidValue(name, `must hold one value per language, e.g. { "${localeCodes()[0]}": … }`)
    if (field.type === 'group' || field.type === 'tab') {
      if (value !== null && !isObject(value)) throw invalidValue(name, 'must be an object')
    } else if (field.type === 'array' || field.type === 'blocks') {
      // The admin's form sends an empty list as its row count, 0.
      if (value !== null && value !== 0 && !Array.isArray(value)) throw invalidValue(name, 'must be a list')
      const row = Array.isArray(value) ? value.findIndex((item) => !isObject(item)) : -1
      if (row >= 0) throw invalidValue(`${name}.${row}`, 'must be an object')
    } else {
      const problem = valueProblem(field, value)
      if (problem) throw invalidValue(name, problem)
    }
  }
}
