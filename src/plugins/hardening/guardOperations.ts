import type { CollectionBeforeOperationHook, Config, Field, GlobalBeforeOperationHook, PayloadRequest } from 'payload'

type Guard = (input: { args: Record<string, any>; req: PayloadRequest; fields: Field[] }) => void

/**
 * A plugin running `guard` before every operation on every collection and global, ahead of their
 * own hooks. `fields` are the sanitized ones, with those Payload adds (e-mail, status, timestamps).
 */
export const guardOperations =
  (guard: Guard) =>
  (config: Config): Config => {
    const onCollection: CollectionBeforeOperationHook = ({ args, collection, req }) => (
      guard({ args: args as Record<string, any>, req, fields: collection.fields }),
      args
    )
    const onGlobal: GlobalBeforeOperationHook = ({ args, global, req }) => (
      guard({ args: args as Record<string, any>, req, fields: global.fields }),
      args
    )
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
