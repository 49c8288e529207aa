import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`untouched\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`partnerships_untouched_idx\` ON \`partnerships\` (\`untouched\`);`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_untouched\` integer DEFAULT false;`)
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_version_untouched_idx\` ON \`_partnerships_v\` (\`version_untouched\`);`,
  )
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`untouched\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`friendly_cities_untouched_idx\` ON \`friendly_cities\` (\`untouched\`);`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_untouched\` integer DEFAULT false;`)
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_version_untouched_idx\` ON \`_friendly_cities_v\` (\`version_untouched\`);`,
  )
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`untouched\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`commitments_untouched_idx\` ON \`commitments\` (\`untouched\`);`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_untouched\` integer DEFAULT false;`)
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_version_untouched_idx\` ON \`_commitments_v\` (\`version_untouched\`);`,
  )
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`untouched\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`history_articles_untouched_idx\` ON \`history_articles\` (\`untouched\`);`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_untouched\` integer DEFAULT false;`)
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_version_untouched_idx\` ON \`_history_articles_v\` (\`version_untouched\`);`,
  )
  // Its data step (the empty drafts each "Create new" left) runs in 20261202_092000_data_steps:
  // it reads through today's config, whose later columns and tables do not exist yet here.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`partnerships_untouched_idx\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`untouched\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_version_untouched_idx\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_untouched\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_untouched_idx\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`untouched\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_version_untouched_idx\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_untouched\`;`)
  await db.run(sql`DROP INDEX \`commitments_untouched_idx\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`untouched\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_version_untouched_idx\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_untouched\`;`)
  await db.run(sql`DROP INDEX \`history_articles_untouched_idx\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`untouched\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_version_untouched_idx\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_untouched\`;`)
}
