import { namedInAnswer, pick, problemWith } from './fuzz'
import { dotted, validObject, withValueAt } from './fuzzFields'
import type { Role, WriteCase, Writer } from './fuzzWrites'
import { rawRequest } from './rawRequest'

/**
 * The field fuzz's bad values as GraphQL mutations, with the document in a variable as the admin's
 * own GraphQL clients send it: GraphQL's types refuse some, Payload's checks the rest.
 */

type Mutation = { name: string; input: string; update: boolean }
export type Mutations = Map<string, { create?: Mutation; update?: Mutation }>

const normal = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '')
const singular = (text: string) => text.replace(/ies$/, 'y').replace(/s$/, '')

/** The create and update mutations of each collection and global, found by introspection. */
export async function mutationsOf(slugs: string[], token?: string): Promise<Mutations> {
  const query = `{ __type(name: "Mutation") { fields { name args { name type { ofType { name } } } } } }`
  const { body } = await rawRequest('POST', '/graphql', {
    body: JSON.stringify({ query }),
    contentType: 'application/json',
    token,
  })
  const out: Mutations = new Map()
  for (const field of body.data.__type.fields as {
    name: string
    args: { name: string; type: { ofType?: { name: string } } }[]
  }[]) {
    const match = /^(create|update)(.+)$/.exec(field.name)
    const input = field.args.find((arg) => arg.name === 'data')?.type.ofType?.name
    if (!match || !input) continue
    const slug = slugs.find((candidate) => [normal(candidate), singular(normal(candidate))].includes(normal(match[2])))
    if (!slug) continue
    const update = match[1] === 'update'
    out.set(slug, { ...out.get(slug), [match[1]]: { name: field.name, input, update } })
  }
  return out
}

/** GraphQL names a select's options as enum values: `letter-of-intent` is `letter_of_intent`. */
const asEnums = (value: Record<string, unknown>): Record<string, unknown> =>
  JSON.parse(JSON.stringify(value), (_key, item) =>
    typeof item === 'string' && /^[a-z]+(-[a-z]+)+$/.test(item) ? item.replace(/-/g, '_') : item,
  )

/** Sends `c` as a mutation as `role`; returns what broke the rule, if anything. */
export async function sendMutation(
  writer: Writer,
  mutations: Mutations,
  c: WriteCase,
  role: Role,
  token?: string,
): Promise<string | undefined> {
  const { written, target, bad } = c
  const translator = role === 'translator'
  const found = mutations.get(written.slug)
  const create = !translator && written.creates && writer.random() < 0.4 ? found?.create : undefined
  const mutation = create ?? found?.update
  if (!mutation || (translator && !bad.draft)) return undefined
  const draft = written.drafts && (translator || (bad.draft && writer.random() < 0.5))
  const locale = translator ? 'de' : pick(writer.random, ['pl', 'de'])
  const base = create ? asEnums(await validObject(written.fields, writer.refs, writer.req)) : {}
  if (create && written.auth)
    Object.assign(base, { email: 'fuzz-created@example.com', password: 'fuzz-created-password' })
  const body = await withValueAt(base, written.fields, target.path, bad.value, writer.refs, writer.req)
  const id = mutation.update && !written.global ? writer.updated(role, written.slug) : undefined
  const args = [id !== undefined && 'id: $id', 'data: $data', written.drafts && 'draft: $draft', 'locale: $locale']
  const variables = [
    id !== undefined && '$id: Int!',
    `$data: ${mutation.input}!`,
    written.drafts && '$draft: Boolean',
    '$locale: LocaleInputType',
  ]
  const query = `mutation(${variables.filter(Boolean).join(', ')}) { ${mutation.name}(${args.filter(Boolean).join(', ')}) { __typename } }`
  const response = await rawRequest('POST', '/graphql', {
    body: JSON.stringify({ query, variables: { id, data: body, draft, locale } }),
    contentType: 'application/json',
    token,
  })
  const what = `${role} ${mutation.name} ${dotted(target)} = ${bad.label} (${bad.kind}, draft ${draft}, ${locale})`
  const problem = problemWith(response, what, `GraphQL ${bad.kind}`)
  if (problem) return problem
  const shown = `${what} → ${response.status} ${JSON.stringify(response.body).slice(0, 400)}`
  if (response.body?.data?.[mutation.name]) return `accepted: ${shown}`
  // A refusal names the field: in Payload's validation errors, or GraphQL's "at data.location.latitude".
  const name = target.path.filter((segment) => !/^\d+$/.test(segment)).at(-1)!
  const standing = (response.body?.errors ?? []).some((error: any) =>
    [401, 403].includes(error?.extensions?.statusCode),
  )
  if (!standing && !namedInAnswer(response.body).some((text) => text.includes(name)))
    return `names no ${name}: ${shown}`
  return undefined
}
