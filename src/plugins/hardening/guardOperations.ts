import {
  buildVersionCollectionFields,
  buildVersionGlobalFields,
  type CollectionBeforeOperationHook,
  type Config,
  type Field,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
  type SanitizedConfig,
  type SanitizedGlobalConfig,
} from 'payload'

/**
 * What an operation reads: the fields its `where` and `data` name and the collection whose ids its
 * `id` holds (none: the database's own ids, as versions have).
 */
export type OperationScope = { fields: Field[]; collection?: string }
type Guard = (input: { args: Record<string, any>; req: PayloadRequest } & OperationScope) => void

// Operations on versions query the versions' own fields (`parent`, `version.<field>`, `latest`…)
// and ids. Payload tells its hooks `read` for reading either, so a read may name both.
const VERSIONS_ONLY = new Set(['countVersions', 'restoreVersion'])
const versionFields = new WeakMap<object, Field[]>()
const versionsOf = <T extends object>(entity: T, build: (entity: T) => Field[]): Field[] => {
  if (!versionFields.has(entity)) versionFields.set(entity, build(entity))
  return versionFields.get(entity)!
}
export const globalVersionFields = (config: SanitizedConfig, global: SanitizedGlobalConfig): Field[] =>
  versionsOf(global, (g) => buildVersionGlobalFields(config, g))

function scopeOf(
  { fields, versions }: { fields: Field[]; versions?: unknown },
  operation: string,
  ofVersions: () => Field[],
): Field[] {
  if (!versions) return fields
  if (VERSIONS_ONLY.has(operation)) return ofVersions()
  return operation === 'read' ? [...fields, ...ofVersions()] : fields
}

/**
 * A plugin running `guard` before every operation on every collection and global, ahead of their
 * own hooks. `fields` are the sanitized ones, with those Payload adds (e-mail, status, timestamps).
 */
export const guardOperations =
  (guard: Guard) =>
  (config: Config): Config => {
    const onCollection: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
      const versions = () => versionsOf(collection, (c) => buildVersionCollectionFields(req.payload.config, c))
      const fields = scopeOf(collection, operation, versions)
      // A version's id is the database's own, whatever the collection's documents have.
      const ids = VERSIONS_ONLY.has(operation) ? undefined : collection.slug
      guard({ args: args as Record<string, any>, req, fields, collection: ids })
      return args
    }
    const onGlobal: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
      const fields = scopeOf(global, operation, () => globalVersionFields(req.payload.config, global))
      guard({ args: args as Record<string, any>, req, fields })
      return args
    }
    return {
      ...config,
      collections: config.collections?.map(({ hooks, ...collection }) => ({
        ...collection,
        hooks: { ...hooks, beforeOperation: [onCollection, ...(hooks?.beforeOperation ?? [])] },
      })),
      globals: config.globals?.map(({ hooks, ...global }) => ({
        ...global,
        hooks: { ...hooks, beforeOperation: [onGlobal, ...(hooks?.beforeOperation ?? [])] },
      })),
    }
  }
