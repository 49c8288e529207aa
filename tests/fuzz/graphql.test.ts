import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportAll } from '@/scripts/exportAll'

import { fuzzReport, problemWith, Problems, samples } from '../helpers/fuzz'
import { type Mutations, mutationsOf, sendMutation } from '../helpers/fuzzGraphql'
import { type FuzzSuite, startFuzz } from '../helpers/fuzzSuite'
import { roles, type WriteCase, writeCases, writtenOf } from '../helpers/fuzzWrites'
import { rawRequest } from '../helpers/rawRequest'

/**
 * GraphQL: a sample of the field fuzz's bad values as mutations, and odd queries, anonymously and
 * as each role; every answer is below 500 and refuses by name, and the export is unchanged.
 */

const collections = ['partnerships', 'friendly-cities', 'commitments', 'history-articles', 'media', 'users']
const PER_ROLE = 400
let suite: FuzzSuite
let cases: WriteCase[]
let mutations: Mutations

beforeAll(async () => {
  suite = await startFuzz(collections)
  const written = writtenOf(suite.ctx.payload, collections)
  cases = await writeCases(written, suite.refs, suite.req)
  mutations = await mutationsOf([...collections, ...suite.ctx.payload.config.globals.map(({ slug }) => slug)])
})
afterAll(async () => {
  console.info(fuzzReport('graphql'))
  await suite?.ctx.stop()
})

const weird = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '0', '-1', '1e309', '{}', '__proto__', "' OR 1=1"),
)
const oddQueries = samples(
  fc.oneof(
    fc.string({ maxLength: 200 }),
    fc
      .tuple(fc.constantFrom('Partnerships', 'Commitments', 'Users', 'FriendlyCities'), weird, fc.integer())
      .map(
        ([list, value, n]) =>
          `{ ${list}(limit: ${n}, page: ${n}, where: { slug: { equals: ${JSON.stringify(value)} } }) { docs { id } } }`,
      ),
    fc
      .integer({ min: 20, max: 300 })
      .map((n) => `{ ${'Partnerships { docs { heroImage { '.repeat(n)}id${' } } }'.repeat(n)} }`),
  ),
  60,
)

describe.each(roles)('%s', (role) => {
  it('bad values as mutations are refused by name; odd queries answer below 500; nothing stored changes', async () => {
    const problems = new Problems()
    const token = suite.tokens[role]
    for (const c of samples(fc.constantFrom(...cases), PER_ROLE, roles.indexOf(role)))
      problems.add(await sendMutation(suite.writer, mutations, c, role, token))
    for (const query of oddQueries) {
      const response = await rawRequest('POST', '/graphql', {
        body: JSON.stringify({ query }),
        contentType: 'application/json',
        token,
      })
      problems.add(problemWith(response, `${role} ${query.slice(0, 120)}`, 'GraphQL query'))
    }
    problems.expectNone()
    expect(await exportAll(suite.ctx.payload)).toEqual(suite.before)
  })
})
