import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`partnerships_translation_translation_in_en_idx\` ON \`partnerships\` (\`translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partnerships_translation_translation_in_de_idx\` ON \`partnerships\` (\`translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partnerships_translation_translation_in_fr_idx\` ON \`partnerships\` (\`translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partnerships_translation_translation_in_uk_idx\` ON \`partnerships\` (\`translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partnerships_translation_translation_in_he_idx\` ON \`partnerships\` (\`translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`partnerships_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_translation_version_translation__idx\` ON \`_partnerships_v\` (\`version_translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_translation_version_translatio_1_idx\` ON \`_partnerships_v\` (\`version_translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_translation_version_translatio_2_idx\` ON \`_partnerships_v\` (\`version_translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_translation_version_translatio_3_idx\` ON \`_partnerships_v\` (\`version_translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_translation_version_translatio_4_idx\` ON \`_partnerships_v\` (\`version_translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`_partnerships_v_locales\` ADD \`version_translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`friendly_cities_translation_translation_in_en_idx\` ON \`friendly_cities\` (\`translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`friendly_cities_translation_translation_in_de_idx\` ON \`friendly_cities\` (\`translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`friendly_cities_translation_translation_in_fr_idx\` ON \`friendly_cities\` (\`translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`friendly_cities_translation_translation_in_uk_idx\` ON \`friendly_cities\` (\`translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`friendly_cities_translation_translation_in_he_idx\` ON \`friendly_cities\` (\`translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`friendly_cities_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_translation_version_translati_idx\` ON \`_friendly_cities_v\` (\`version_translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_translation_version_transla_1_idx\` ON \`_friendly_cities_v\` (\`version_translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_translation_version_transla_2_idx\` ON \`_friendly_cities_v\` (\`version_translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_translation_version_transla_3_idx\` ON \`_friendly_cities_v\` (\`version_translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_translation_version_transla_4_idx\` ON \`_friendly_cities_v\` (\`version_translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`_friendly_cities_v_locales\` ADD \`version_translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`commitments_translation_translation_in_en_idx\` ON \`commitments\` (\`translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commitments_translation_translation_in_de_idx\` ON \`commitments\` (\`translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commitments_translation_translation_in_fr_idx\` ON \`commitments\` (\`translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commitments_translation_translation_in_uk_idx\` ON \`commitments\` (\`translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commitments_translation_translation_in_he_idx\` ON \`commitments\` (\`translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`commitments_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_translation_version_translation_i_idx\` ON \`_commitments_v\` (\`version_translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_translation_version_translation_1_idx\` ON \`_commitments_v\` (\`version_translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_translation_version_translation_2_idx\` ON \`_commitments_v\` (\`version_translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_translation_version_translation_3_idx\` ON \`_commitments_v\` (\`version_translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_translation_version_translation_4_idx\` ON \`_commitments_v\` (\`version_translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`_commitments_v_locales\` ADD \`version_translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`history_articles_translation_translation_in_en_idx\` ON \`history_articles\` (\`translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`history_articles_translation_translation_in_de_idx\` ON \`history_articles\` (\`translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`history_articles_translation_translation_in_fr_idx\` ON \`history_articles\` (\`translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`history_articles_translation_translation_in_uk_idx\` ON \`history_articles\` (\`translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`history_articles_translation_translation_in_he_idx\` ON \`history_articles\` (\`translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`history_articles_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_translation_version_translat_idx\` ON \`_history_articles_v\` (\`version_translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_translation_version_transl_1_idx\` ON \`_history_articles_v\` (\`version_translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_translation_version_transl_2_idx\` ON \`_history_articles_v\` (\`version_translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_translation_version_transl_3_idx\` ON \`_history_articles_v\` (\`version_translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_translation_version_transl_4_idx\` ON \`_history_articles_v\` (\`version_translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`_history_articles_v_locales\` ADD \`version_translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_in_he\` text;`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_in_en_idx\` ON \`media\` (\`translation_in_en\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_in_de_idx\` ON \`media\` (\`translation_in_de\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_in_fr_idx\` ON \`media\` (\`translation_in_fr\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_in_uk_idx\` ON \`media\` (\`translation_in_uk\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_in_he_idx\` ON \`media\` (\`translation_in_he\`);`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`site_settings_translation_translation_in_en_idx\` ON \`site_settings\` (\`translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_translation_translation_in_de_idx\` ON \`site_settings\` (\`translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_translation_translation_in_fr_idx\` ON \`site_settings\` (\`translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_translation_translation_in_uk_idx\` ON \`site_settings\` (\`translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_translation_translation_in_he_idx\` ON \`site_settings\` (\`translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_translation_translation_in_en_idx\` ON \`accessibility_statement\` (\`translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_translation_translation_in_de_idx\` ON \`accessibility_statement\` (\`translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_translation_translation_in_fr_idx\` ON \`accessibility_statement\` (\`translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_translation_translation_in_uk_idx\` ON \`accessibility_statement\` (\`translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_translation_translation_in_he_idx\` ON \`accessibility_statement\` (\`translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`accessibility_statement_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_translation_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_translation_in_de\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_translation_in_fr\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_translation_in_uk\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_translation_in_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_version_translation_version_t_idx\` ON \`_accessibility_statement_v\` (\`version_translation_in_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_version_translation_version_1_idx\` ON \`_accessibility_statement_v\` (\`version_translation_in_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_version_translation_version_2_idx\` ON \`_accessibility_statement_v\` (\`version_translation_in_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_version_translation_version_3_idx\` ON \`_accessibility_statement_v\` (\`version_translation_in_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_version_translation_version_4_idx\` ON \`_accessibility_statement_v\` (\`version_translation_in_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v_locales\` ADD \`version_translation_source\` text;`)
  // Its data step (each document's, version's and global's states and Polish sources) runs in
  // 20261202_092000_data_steps: it reads through today's config, whose later columns and tables
  // do not exist yet here.
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`partnerships_translation_translation_in_en_idx\`;`)
  await db.run(sql`DROP INDEX \`partnerships_translation_translation_in_de_idx\`;`)
  await db.run(sql`DROP INDEX \`partnerships_translation_translation_in_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`partnerships_translation_translation_in_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`partnerships_translation_translation_in_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_translation_version_translation__idx\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_translation_version_translatio_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_translation_version_translatio_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_translation_version_translatio_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_translation_version_translatio_4_idx\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_translation_translation_in_en_idx\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_translation_translation_in_de_idx\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_translation_translation_in_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_translation_translation_in_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_translation_translation_in_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_translation_version_translati_idx\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_translation_version_transla_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_translation_version_transla_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_translation_version_transla_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_translation_version_transla_4_idx\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`commitments_translation_translation_in_en_idx\`;`)
  await db.run(sql`DROP INDEX \`commitments_translation_translation_in_de_idx\`;`)
  await db.run(sql`DROP INDEX \`commitments_translation_translation_in_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`commitments_translation_translation_in_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`commitments_translation_translation_in_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_translation_version_translation_i_idx\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_translation_version_translation_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_translation_version_translation_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_translation_version_translation_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_translation_version_translation_4_idx\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`history_articles_translation_translation_in_en_idx\`;`)
  await db.run(sql`DROP INDEX \`history_articles_translation_translation_in_de_idx\`;`)
  await db.run(sql`DROP INDEX \`history_articles_translation_translation_in_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`history_articles_translation_translation_in_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`history_articles_translation_translation_in_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_translation_version_translat_idx\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_translation_version_transl_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_translation_version_transl_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_translation_version_transl_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_translation_version_transl_4_idx\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_in_en_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_in_de_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_in_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_in_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_in_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`site_settings_translation_translation_in_en_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_translation_translation_in_de_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_translation_translation_in_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_translation_translation_in_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_translation_translation_in_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_translation_translation_in_en_idx\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_translation_translation_in_de_idx\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_translation_translation_in_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_translation_translation_in_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_translation_translation_in_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`translation_in_he\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_version_translation_version_t_idx\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_version_translation_version_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_version_translation_version_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_version_translation_version_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_version_translation_version_4_idx\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_translation_in_en\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_translation_in_de\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_translation_in_fr\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_translation_in_uk\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_translation_in_he\`;`)
  await db.run(sql`ALTER TABLE \`partnerships_locales\` DROP COLUMN \`translation_source\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v_locales\` DROP COLUMN \`version_translation_source\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities_locales\` DROP COLUMN \`translation_source\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v_locales\` DROP COLUMN \`version_translation_source\`;`)
  await db.run(sql`ALTER TABLE \`commitments_locales\` DROP COLUMN \`translation_source\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v_locales\` DROP COLUMN \`version_translation_source\`;`)
  await db.run(sql`ALTER TABLE \`history_articles_locales\` DROP COLUMN \`translation_source\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v_locales\` DROP COLUMN \`version_translation_source\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`translation_source\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`translation_source\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement_locales\` DROP COLUMN \`translation_source\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v_locales\` DROP COLUMN \`version_translation_source\`;`)
}
