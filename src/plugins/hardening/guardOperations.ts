import type { Config, Field, PayloadRequest } from 'payload'

type Guard = (input: { args: Record<string, any>; req: PayloadRequest; fields: Field[] }) => void

/**
 * A plugin running `guard` before every operation on every collection and global, ahead of their
 * own hooks. `fields` are the sanitized ones, with those Payload adds (e-mail, status, timestamps).
 */
export const guardOperations =
  (guard: Guard) =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [
          ({ args, collection: sanitized, req }) => (
            guard({ args: args as Record<string, any>, req, fields: sanitized.fields }),
            args
          ),
          ...(collection.hooks?.beforeOperation ?? []),
        ],
      },
    })),
    globals: config.globals?.map((global) => ({
      ...global,
      hooks: {
        ...global.hooks,
        beforeOperation: [
          ({ args, global: sanitized, req }) => (
            guard({ args: args as Record<string, any>, req, fields: sanitized.fields }),
            args
          ),
          ...(global.hooks?.beforeOperation ?? []),
        ],
      },
    })),
  })
