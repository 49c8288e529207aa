import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Config,
  Field,
  GlobalBeforeChangeHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { invalidValues, malformed } from '@/errors'
import { relationsExist } from './relationsExist'
import { isObject } from './values'
import { bodyValues } from './walkBody'

type Validate = (value: unknown, options: Record<string, unknown>) => Promise<string | true> | string | true

type Save = {
  data: Record<string, unknown>
  originalDoc?: Record<string, unknown>
  req: PayloadRequest
  fields: Field[]
  operation: string
  slug: { collectionSlug?: string; globalSlug?: string }
}

/** Fields whose every allowed value is listed (options, documents): the admin's inputs offer no other. */
const CLOSED = new Set(['select', 'radio', 'relationship', 'upload'])

/**
 * Payload validates no draft (`versions.drafts.validate` stays off), so a draft, a translator's
 * save included, kept a select value no option has or an id of no document. A draft keeps the
 * editor's work in progress, as the admin's autosave sends it: a latitude of 123 or a date in the
 * future wait there for publishing, which refuses them. But a value outside a field's closed set
 * is no work in progress (no admin input makes one): `CLOSED` fields are validated here as on
 * publishing, `required` aside. Runs after the fields' own hooks, before Payload's validation.
 */
async function validateDraft({ data, originalDoc, req, fields, operation, slug }: Save): Promise<void> {
  const document = { ...originalDoc, ...data }
  const invalid: { path: string; reason: string }[] = []
  for (const { field, value, name, siblings } of bodyValues(fields, data, req.locale === 'all')) {
    const validate = 'validate' in field ? (field.validate as Validate | undefined) : undefined
    if (!CLOSED.has(field.type) || value === null || value === undefined || typeof validate !== 'function') continue
    const result = await validate(value, {
      ...field,
      ...slug,
      id: originalDoc?.id,
      required: false,
      data: document,
      siblingData: siblings,
      operation,
      path: name.split('.'),
      event: 'submit',
      preferences: { fields: {} },
      req,
    })
    if (result !== true) invalid.push({ path: name, reason: typeof result === 'string' ? result : 'is not valid' })
  }
  if (invalid.length > 0) throw invalidValues(invalid)
}

async function check(save: Save): Promise<Record<string, unknown>> {
  if (save.data._status === 'draft') await validateDraft(save)
  await relationsExist(save.fields, save.data, save.req)
  return save.data
}

/**
 * An update naming no field, through REST or GraphQL (a body `{}`): Payload saves it anyway, a new
 * version of nothing, and for a published document with a newer draft the publicationState plugin
 * then publishes that draft. Payload's design, not an upstream bug.
 */
function refuseEmptyUpdate(operation: string, args: { data?: unknown }, req: PayloadRequest): void {
  if (operation !== 'update' || req.payloadAPI === 'local') return
  if (isObject(args.data) && Object.keys(args.data).length === 0) throw malformed('body', 'names no field to change')
}

type Hooks = { beforeOperation?: unknown[]; beforeChange?: unknown[] }

/** `entity` with these hooks running before its own. */
const first = <T extends { hooks?: Hooks }>(entity: T, beforeOperation: unknown, beforeChange: unknown): T => ({
  ...entity,
  hooks: {
    ...entity.hooks,
    beforeOperation: [beforeOperation, ...(entity.hooks?.beforeOperation ?? [])],
    beforeChange: [beforeChange, ...(entity.hooks?.beforeChange ?? [])],
  },
})

/**
 * What a write holds, checked on every collection and global: that it names something to change,
 * and once its fields' hooks have run, a draft's values and that the documents it relates to exist.
 */
export const checkWrites = (config: Config): Config => {
  const emptyCollection: CollectionBeforeOperationHook = ({ args, operation, req }) => (
    refuseEmptyUpdate(operation, args as { data?: unknown }, req),
    args
  )
  const emptyGlobal: GlobalBeforeOperationHook = ({ args, operation, req }) => (
    refuseEmptyUpdate(operation, args as { data?: unknown }, req),
    args
  )
  const onCollection: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req }) =>
    check({ data, originalDoc, req, fields: collection.fields, operation, slug: { collectionSlug: collection.slug } })
  const onGlobal: GlobalBeforeChangeHook = ({ global, data, originalDoc, req }) =>
    check({ data, originalDoc, req, fields: global.fields, operation: 'update', slug: { globalSlug: global.slug } })
  return {
    ...config,
    collections: config.collections?.map((collection) => first(collection, emptyCollection, onCollection)),
    globals: config.globals?.map((global) => first(global, emptyGlobal, onGlobal)),
  }
}
