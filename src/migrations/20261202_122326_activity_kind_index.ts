import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`kind__status_date_idx\` ON \`activities\` (\`kind\`,\`_status\`,\`date\`);`)
  await db.run(
    sql`CREATE INDEX \`version_kind_version__status_version_date_idx\` ON \`_activities_v\` (\`version_kind\`,\`version__status\`,\`version_date\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`kind__status_date_idx\`;`)
  await db.run(sql`DROP INDEX \`version_kind_version__status_version_date_idx\`;`)
}
