import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportAll } from '@/scripts/exportAll'

import { fuzzReport, Problems } from '../helpers/fuzz'
import { AUTH, BROKEN, type Endpoint, endpointsOf, OTHER, READS, sendBody } from '../helpers/fuzzBodies'
import { type FuzzSuite, startFuzz } from '../helpers/fuzzSuite'
import { roles } from '../helpers/fuzzWrites'

/**
 * Every endpoint with every body that is not a JSON object: each answer is below 500 and names the
 * body, and after each role's run the full export is as it was.
 */

const AUTH_ACTION = /\/users\/(login|forgot-password|reset-password|unlock|first-register)$/
let suite: FuzzSuite
let endpoints: Endpoint[]

beforeAll(async () => {
  suite = await startFuzz([])
  endpoints = await endpointsOf(suite.ctx.payload)
})
afterAll(async () => {
  console.info(fuzzReport('bodies'))
  await suite?.ctx.stop()
})

describe.each(roles)('%s', (role) => {
  it('every endpoint answers every body that is not a JSON object below 500, naming the body', async () => {
    const problems = new Problems()
    const token = suite.tokens[role]
    for (const endpoint of endpoints) {
      if (endpoint.anonymousOnly && token) continue
      for (const body of endpoint.optionalBody ? BROKEN : [...BROKEN, ...OTHER])
        problems.add(await sendBody(endpoint, body, role, token))
    }
    for (const endpoint of endpoints.filter(({ path }) => AUTH_ACTION.test(path)))
      for (const body of AUTH) problems.add(await sendBody(endpoint, body, role, token))
    for (const endpoint of READS)
      for (const body of OTHER.filter(({ kind }) => kind === 'content type'))
        problems.add(await sendBody(endpoint, body, role, token))
    problems.expectNone()
    expect(await exportAll(suite.ctx.payload)).toEqual(suite.before)
  })
})
