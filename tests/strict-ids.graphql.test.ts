import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportAll } from '@/scripts/exportAll'

import {
  type Case,
  everyone,
  expectAll,
  type Fixture,
  graphqlRefusedNaming,
  junk,
  junkValues,
  startWithIds,
  type Who,
} from './helpers/strictIds'

/**
 * Ids in GraphQL arguments and variables, in `where` and in mutation data, follow the same rule as
 * REST (./strict-ids.test.ts): refused with an error naming the argument, anonymous or signed in,
 * and nothing stored changes.
 */

let fixture: Fixture
let ids: Fixture['ids']
beforeAll(async () => {
  fixture = await startWithIds()
  ids = fixture.ids
})
afterAll(() => fixture?.ctx.stop())

describe('GraphQL: refused, naming the argument', () => {
  const gql = (who: Who, query: string, variables: Record<string, unknown>): Case => [
    `${who} ${query} ${JSON.stringify(variables)}`,
    () =>
      fixture.ctx.rest.request('POST', '/graphql', {
        body: { query, variables },
        token: who === 'admin' ? fixture.admin : undefined,
      }),
  ]
  const sendAll = (query: string, values: unknown[]) =>
    everyone.flatMap((who) => values.map((value) => gql(who, query, { v: value })))

  it('document and version ids, as variables and as literals', async () => {
    const ID = fixture.ctx.payload.db.defaultIDType === 'number' ? 'Int!' : 'String!'
    const bad = [...junk(ids.partnerships), ...junkValues]
    const fields = [
      'Partnership(id: $v) { id }',
      'HistoryArticle(id: $v) { id }',
      'versionPartnership(id: $v) { id }',
      'versionAccessibilityStatement(id: $v) { id }',
      'docAccessCommitment(id: $v) { __typename }',
    ]
    const mutations = [
      'updatePartnership(id: $v, data: { name: "Junk" }) { id }',
      'deleteCommitment(id: $v) { id }',
      'duplicateCommitment(id: $v, data: { title: "Kopia", order: 60 }) { id }',
      'restoreVersionPartnership(id: $v) { id }',
      'restoreVersionAccessibilityStatement(id: $v) { __typename }',
    ]
    const literal = (field: string) => [0, -1, 1.5, '1x', ' 1'].map((v) => field.replace('$v', JSON.stringify(v)))
    const cases = [
      ...fields.flatMap((field) => sendAll(`query($v: ${ID}) { ${field} }`, bad)),
      ...mutations.flatMap((field) => sendAll(`mutation($v: ${ID}) { ${field} }`, bad)),
      ...fields.flatMap(literal).flatMap((field) => sendAll(`{ ${field} }`, [null])),
    ]
    // Payload refuses a version id of 0, which it takes for none, with its own 400 "Missing ID of version".
    await expectAll(cases, graphqlRefusedNaming(/^id: |"id"|\$v\b|^Missing ID/))
  })

  it('ids in where and in data', async () => {
    const ID = fixture.ctx.payload.db.defaultIDType === 'number' ? 'Int' : 'String'
    const partnership = [...junk(ids.partnerships), ...junkValues]
    const where = [
      sendAll(`query($v: ${ID}) { Partnerships(where: { id: { equals: $v } }) { docs { id } } }`, partnership),
      sendAll(
        'query($v: JSON) { HistoryArticles(where: { relatedPartnerships: { in: $v } }) { docs { id } } }',
        partnership,
      ),
      sendAll('query($v: JSON) { HistoryArticles(where: { heroImage: { equals: $v } }) { docs { id } } }', partnership),
    ].flat()
    const update = (data: string) =>
      `mutation($v: ${ID}) { updateHistoryArticle(id: ${ids['history-articles']}, data: ${data}) { id } }`
    const data = [
      sendAll(update('{ relatedPartnerships: [$v] }'), partnership),
      sendAll(update('{ heroImage: $v }'), [...junk(ids.media), ...junkValues]),
    ].flat()
    await expectAll(where, graphqlRefusedNaming(/where|\$v\b/))
    await expectAll(data, graphqlRefusedNaming(/"data"|relatedPartnerships|heroImage|\$v\b/))
  })
})

describe('afterwards', () => {
  it('nothing stored changed, and real ids still work', async () => {
    expect(await exportAll(fixture.ctx.payload)).toEqual(fixture.before)
    const found = await fixture.ctx.rest.graphql(`{ Partnership(id: ${JSON.stringify(ids.partnerships)}) { id } }`)
    expect(found.body.data.Partnership.id).toBe(ids.partnerships)
  })
})
