import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fillTranslationState } from '@/plugins/translationWorkflow/backfill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`partnerships\` ADD \`translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`partnerships_translation_translation_en_idx\` ON \`partnerships\` (\`translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partnerships_translation_translation_de_idx\` ON \`partnerships\` (\`translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partnerships_translation_translation_fr_idx\` ON \`partnerships\` (\`translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partnerships_translation_translation_uk_idx\` ON \`partnerships\` (\`translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partnerships_translation_translation_he_idx\` ON \`partnerships\` (\`translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`partnerships_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` ADD \`version_translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_translation_version_translation__idx\` ON \`_partnerships_v\` (\`version_translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_translation_version_translatio_1_idx\` ON \`_partnerships_v\` (\`version_translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_translation_version_translatio_2_idx\` ON \`_partnerships_v\` (\`version_translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_translation_version_translatio_3_idx\` ON \`_partnerships_v\` (\`version_translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_translation_version_translatio_4_idx\` ON \`_partnerships_v\` (\`version_translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`_partnerships_v_locales\` ADD \`version_translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` ADD \`translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`friendly_cities_translation_translation_en_idx\` ON \`friendly_cities\` (\`translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`friendly_cities_translation_translation_de_idx\` ON \`friendly_cities\` (\`translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`friendly_cities_translation_translation_fr_idx\` ON \`friendly_cities\` (\`translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`friendly_cities_translation_translation_uk_idx\` ON \`friendly_cities\` (\`translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`friendly_cities_translation_translation_he_idx\` ON \`friendly_cities\` (\`translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`friendly_cities_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` ADD \`version_translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_translation_version_translati_idx\` ON \`_friendly_cities_v\` (\`version_translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_translation_version_transla_1_idx\` ON \`_friendly_cities_v\` (\`version_translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_translation_version_transla_2_idx\` ON \`_friendly_cities_v\` (\`version_translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_translation_version_transla_3_idx\` ON \`_friendly_cities_v\` (\`version_translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_translation_version_transla_4_idx\` ON \`_friendly_cities_v\` (\`version_translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`_friendly_cities_v_locales\` ADD \`version_translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`commitments\` ADD \`translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`commitments_translation_translation_en_idx\` ON \`commitments\` (\`translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commitments_translation_translation_de_idx\` ON \`commitments\` (\`translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commitments_translation_translation_fr_idx\` ON \`commitments\` (\`translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commitments_translation_translation_uk_idx\` ON \`commitments\` (\`translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commitments_translation_translation_he_idx\` ON \`commitments\` (\`translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`commitments_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` ADD \`version_translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_translation_version_translation_e_idx\` ON \`_commitments_v\` (\`version_translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_translation_version_translation_d_idx\` ON \`_commitments_v\` (\`version_translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_translation_version_translation_f_idx\` ON \`_commitments_v\` (\`version_translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_translation_version_translation_u_idx\` ON \`_commitments_v\` (\`version_translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_translation_version_translation_h_idx\` ON \`_commitments_v\` (\`version_translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`_commitments_v_locales\` ADD \`version_translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`history_articles\` ADD \`translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`history_articles_translation_translation_en_idx\` ON \`history_articles\` (\`translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`history_articles_translation_translation_de_idx\` ON \`history_articles\` (\`translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`history_articles_translation_translation_fr_idx\` ON \`history_articles\` (\`translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`history_articles_translation_translation_uk_idx\` ON \`history_articles\` (\`translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`history_articles_translation_translation_he_idx\` ON \`history_articles\` (\`translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`history_articles_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` ADD \`version_translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_translation_version_translat_idx\` ON \`_history_articles_v\` (\`version_translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_translation_version_transl_1_idx\` ON \`_history_articles_v\` (\`version_translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_translation_version_transl_2_idx\` ON \`_history_articles_v\` (\`version_translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_translation_version_transl_3_idx\` ON \`_history_articles_v\` (\`version_translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_translation_version_transl_4_idx\` ON \`_history_articles_v\` (\`version_translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`_history_articles_v_locales\` ADD \`version_translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_he\` text;`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_en_idx\` ON \`media\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_de_idx\` ON \`media\` (\`translation_de\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_fr_idx\` ON \`media\` (\`translation_fr\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_uk_idx\` ON \`media\` (\`translation_uk\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_he_idx\` ON \`media\` (\`translation_he\`);`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`site_settings_translation_translation_en_idx\` ON \`site_settings\` (\`translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_translation_translation_de_idx\` ON \`site_settings\` (\`translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_translation_translation_fr_idx\` ON \`site_settings\` (\`translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_translation_translation_uk_idx\` ON \`site_settings\` (\`translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_translation_translation_he_idx\` ON \`site_settings\` (\`translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` ADD \`translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_translation_translation_en_idx\` ON \`accessibility_statement\` (\`translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_translation_translation_de_idx\` ON \`accessibility_statement\` (\`translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_translation_translation_fr_idx\` ON \`accessibility_statement\` (\`translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_translation_translation_uk_idx\` ON \`accessibility_statement\` (\`translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`accessibility_statement_translation_translation_he_idx\` ON \`accessibility_statement\` (\`translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`accessibility_statement_locales\` ADD \`translation_source\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_translation_de\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_translation_fr\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_translation_uk\` text;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` ADD \`version_translation_he\` text;`)
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_version_translation_version_t_idx\` ON \`_accessibility_statement_v\` (\`version_translation_en\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_version_translation_version_1_idx\` ON \`_accessibility_statement_v\` (\`version_translation_de\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_version_translation_version_2_idx\` ON \`_accessibility_statement_v\` (\`version_translation_fr\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_version_translation_version_3_idx\` ON \`_accessibility_statement_v\` (\`version_translation_uk\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_version_translation_version_4_idx\` ON \`_accessibility_statement_v\` (\`version_translation_he\`);`,
  )
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v_locales\` ADD \`version_translation_source\` text;`)
  // Each document's, version's and global's states, and the Polish sources the fingerprints lead to.
  await fillTranslationState(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`partnerships_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`partnerships_translation_translation_de_idx\`;`)
  await db.run(sql`DROP INDEX \`partnerships_translation_translation_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`partnerships_translation_translation_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`partnerships_translation_translation_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`translation_de\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`partnerships\` DROP COLUMN \`translation_he\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_translation_version_translation__idx\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_translation_version_translatio_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_translation_version_translatio_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_translation_version_translatio_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_partnerships_v_version_translation_version_translatio_4_idx\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_translation_en\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_translation_de\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`_partnerships_v\` DROP COLUMN \`version_translation_he\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_translation_translation_de_idx\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_translation_translation_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_translation_translation_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`friendly_cities_translation_translation_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`translation_de\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`friendly_cities\` DROP COLUMN \`translation_he\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_translation_version_translati_idx\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_translation_version_transla_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_translation_version_transla_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_translation_version_transla_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_friendly_cities_v_version_translation_version_transla_4_idx\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_translation_en\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_translation_de\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`_friendly_cities_v\` DROP COLUMN \`version_translation_he\`;`)
  await db.run(sql`DROP INDEX \`commitments_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`commitments_translation_translation_de_idx\`;`)
  await db.run(sql`DROP INDEX \`commitments_translation_translation_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`commitments_translation_translation_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`commitments_translation_translation_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`translation_de\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`commitments\` DROP COLUMN \`translation_he\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_translation_version_translation_e_idx\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_translation_version_translation_d_idx\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_translation_version_translation_f_idx\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_translation_version_translation_u_idx\`;`)
  await db.run(sql`DROP INDEX \`_commitments_v_version_translation_version_translation_h_idx\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_translation_en\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_translation_de\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`_commitments_v\` DROP COLUMN \`version_translation_he\`;`)
  await db.run(sql`DROP INDEX \`history_articles_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`history_articles_translation_translation_de_idx\`;`)
  await db.run(sql`DROP INDEX \`history_articles_translation_translation_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`history_articles_translation_translation_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`history_articles_translation_translation_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`translation_de\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`history_articles\` DROP COLUMN \`translation_he\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_translation_version_translat_idx\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_translation_version_transl_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_translation_version_transl_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_translation_version_transl_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_history_articles_v_version_translation_version_transl_4_idx\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_translation_en\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_translation_de\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`_history_articles_v\` DROP COLUMN \`version_translation_he\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_de_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_de\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_he\`;`)
  await db.run(sql`DROP INDEX \`site_settings_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_translation_translation_de_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_translation_translation_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_translation_translation_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_translation_translation_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`translation_de\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`translation_he\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_translation_translation_de_idx\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_translation_translation_fr_idx\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_translation_translation_uk_idx\`;`)
  await db.run(sql`DROP INDEX \`accessibility_statement_translation_translation_he_idx\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`translation_de\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_statement\` DROP COLUMN \`translation_he\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_version_translation_version_t_idx\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_version_translation_version_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_version_translation_version_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_version_translation_version_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_accessibility_statement_v_version_translation_version_4_idx\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_translation_en\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_translation_de\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_translation_fr\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_translation_uk\`;`)
  await db.run(sql`ALTER TABLE \`_accessibility_statement_v\` DROP COLUMN \`version_translation_he\`;`)
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
