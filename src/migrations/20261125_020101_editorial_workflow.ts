import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`partnerships_locales\` ADD \`translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v_locales\` ADD \`version_translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities_locales\` ADD \`translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_friendly_cities_v_autosave_idx\` ON \`_friendly_cities_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v_locales\` ADD \`version_translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`commitments_locales\` ADD \`translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_commitments_v_autosave_idx\` ON \`_commitments_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_commitments_v_locales\` ADD \`version_translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles_locales\` ADD \`translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v_locales\` ADD \`version_translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement_locales\` ADD \`translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v_locales\` ADD \`version_translated_from\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`source_hash\`;`)
  await db.run(sql`ALTER TABLE \`partnerships_locales\` DROP COLUMN \`translated_from\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v_locales\` DROP COLUMN \`version_translated_from\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`source_hash\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities_locales\` DROP COLUMN \`translated_from\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v_locales\` DROP COLUMN \`version_translated_from\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`source_hash\`;`)
  await db.run(sql`ALTER TABLE \`commitments_locales\` DROP COLUMN \`translated_from\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v_locales\` DROP COLUMN \`version_translated_from\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`source_hash\`;`)
  await db.run(sql`ALTER TABLE \`history_articles_locales\` DROP COLUMN \`translated_from\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v_locales\` DROP COLUMN \`version_translated_from\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`source_hash\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`translated_from\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`source_hash\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`translated_from\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`source_hash\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement_locales\` DROP COLUMN \`translated_from\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v_locales\` DROP COLUMN \`version_translated_from\`;`)
}
