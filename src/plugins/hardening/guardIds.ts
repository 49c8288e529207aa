import type {
  Access,
  CollectionConfig,
  Config,
  Endpoint,
  GlobalConfig,
  Payload,
  PayloadRequest,
  SanitizedGlobalConfig,
} from 'payload'

import { checkWhere } from './checkWhere'
import { globalVersionFields } from './guardOperations'
import { rejectMalformedId } from './rejectMalformedRequests'

/**
 * Ids Payload reads before any beforeOperation hook sees them, checked where they arrive. The
 * rule itself is `isValidId` (./values.ts); operations check their own ids and `where`
 * (./rejectMalformedRequests.ts).
 */

const guarded = new WeakSet<Endpoint['handler']>()
const guard = (endpoint: Endpoint, check: (req: PayloadRequest) => void): Endpoint => {
  const handler: Endpoint['handler'] = (req) => {
    check(req)
    return endpoint.handler(req)
  }
  guarded.add(handler)
  return { ...endpoint, handler }
}

/**
 * `endpoint` checking the `:id` of its path first: a 404 unless it is an id of the collection (or,
 * under `/versions/`, a version id). Payload's handlers read it with `parseFloat`
 * (https://github.com/payloadcms/payload/pull/5794), so `/api/partnerships/1x` read, wrote and
 * deleted document 1, and `x1` reached the database as NaN: a 500 for `/x1/duplicate`, no upstream
 * issue found (searched 2026-12).
 */
function guardPathId(endpoint: Endpoint, collection?: string): Endpoint {
  if (!/(^|\/):id\b/.test(endpoint.path) || guarded.has(endpoint.handler)) return endpoint
  const versions = endpoint.path.startsWith('/versions/')
  return guard(endpoint, (req) => rejectMalformedId(req.routeParams?.id, req, versions ? undefined : collection))
}

/** A `where` given as JSON text, read as Payload reads it; text that is no JSON is left to Payload. */
function parsed(where: unknown): unknown {
  if (typeof where !== 'string') return where
  try {
    return JSON.parse(where)
  } catch {
    return undefined
  }
}

/**
 * A global's version reads run no beforeOperation hook, so nothing else checks their `where`: the
 * database reads `1x` as 1 or fails on what it cannot read, a 500. No upstream issue found
 * (searched 2026-12).
 */
function guardGlobalVersions(endpoint: Endpoint, global: SanitizedGlobalConfig): Endpoint {
  if (endpoint.path !== '/versions' || endpoint.method !== 'get' || guarded.has(endpoint.handler)) return endpoint
  return guard(endpoint, (req) => {
    const where = parsed(req.query?.where)
    if (where !== undefined)
      checkWhere(where, { payload: req.payload, fields: globalVersionFields(req.payload.config, global) })
  })
}

/** Payload adds its own endpoints when it sanitizes the config, after plugins run: they are guarded at init. */
function guardEndpoints(payload: Payload): void {
  for (const collection of payload.config.collections)
    if (collection.endpoints) collection.endpoints = collection.endpoints.map((e) => guardPathId(e, collection.slug))
  for (const global of payload.config.globals)
    if (global.endpoints) global.endpoints = global.endpoints.map((e) => guardGlobalVersions(guardPathId(e), global))
}

/**
 * `access`, refusing a malformed id first. Access functions are handed the id asked about, and are
 * the first to see it in a global's version read (which runs no beforeOperation hook) and in
 * `docAccess` (where Payload takes the id 0 for no id at all). Without an access function of its
 * own, Payload lets in whoever is signed in.
 */
const checked =
  (access: Access | undefined, collection?: string): Access =>
  (args) => {
    if (args.req) rejectMalformedId(args.id, args.req, collection)
    return access ? access(args) : Boolean(args.req?.user)
  }

const checkedCollection = ({ access, ...collection }: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: {
    ...access,
    ...Object.fromEntries(
      (['read', 'update', 'delete'] as const).map((k) => [k, checked(access?.[k], collection.slug)]),
    ),
    readVersions: checked(access?.readVersions),
  },
})

const checkedGlobal = ({ access, ...global }: GlobalConfig): GlobalConfig => ({
  ...global,
  access: { ...access, readVersions: checked(access?.readVersions) },
})

export const guardIds = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(checkedCollection),
  globals: config.globals?.map(checkedGlobal),
  onInit: async (payload) => {
    guardEndpoints(payload)
    await config.onInit?.(payload)
  },
})
