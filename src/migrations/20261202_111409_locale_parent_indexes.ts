import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`partnerships_status_history_locales_parent_id_idx\` ON \`partnerships_status_history_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`partnerships_locales_parent_id_idx\` ON \`partnerships_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_status_history_locales_parent_id_idx\` ON \`_partnerships_v_version_status_history_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_locales_parent_id_idx\` ON \`_partnerships_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`friendly_cities_locales_parent_id_idx\` ON \`friendly_cities_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_locales_parent_id_idx\` ON \`_friendly_cities_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`commitments_locales_parent_id_idx\` ON \`commitments_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_commitments_v_locales_parent_id_idx\` ON \`_commitments_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`history_articles_locales_parent_id_idx\` ON \`history_articles_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_locales_parent_id_idx\` ON \`_history_articles_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`activities_sources_locales_parent_id_idx\` ON \`activities_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`activities_locales_parent_id_idx\` ON \`activities_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_activities_v_version_sources_locales_parent_id_idx\` ON \`_activities_v_version_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_activities_v_locales_parent_id_idx\` ON \`_activities_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_locales_parent_id_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_locales_parent_id_idx\` ON \`accessibility_statement_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_locales_parent_id_idx\` ON \`_accessibility_statement_v_locales\` (\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`partnerships_status_history_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`partnerships_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_status_history_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`commitments_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`history_articles_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`activities_sources_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`activities_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_activities_v_version_sources_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_activities_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_locales_parent_id_idx\`;`)
}
