import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { removeBlankDrafts } from '@/plugins/untouchedDrafts/removeBlankDrafts'

/** MongoDB needs no schema change; the empty drafts left by the failed create views go, as on SQLite. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await removeBlankDrafts(payload, req)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Removed drafts held nothing to restore.
}
