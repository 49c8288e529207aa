import { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { fillTranslationState } from '@/plugins/translationWorkflow/backfill'
import { removeBlankDrafts } from '@/plugins/untouchedDrafts/removeBlankDrafts'

/**
 * The data steps of earlier migrations, after every schema change they read through: they go
 * through today's config, so in their own migrations the columns and tables added later
 * (activities, contact office) did not exist yet, and a database with documents failed to
 * upgrade. Both are idempotent: a database that ran them there gets nothing new here. A later
 * migration that adds columns must come after one that runs them again, if it changes what they read.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  // The empty drafts each "Create new" left while the create view failed to render.
  await removeBlankDrafts(payload, req)
  // Each document's, version's and global's translation states, and the Polish sources.
  await fillTranslationState(payload, req)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Data only: nothing to undo.
}
