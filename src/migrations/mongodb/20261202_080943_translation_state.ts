import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { fillTranslationState } from '@/plugins/translationWorkflow/backfill'

/** MongoDB needs no schema change; the stored translation states and sources are filled in, as on SQLite. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await fillTranslationState(payload, req)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The states are recomputed by every write; leaving them does no harm.
}
