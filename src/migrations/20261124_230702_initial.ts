import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`partnerships_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`decided_on\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`effective_on\` text,
  	\`decided_by\` text,
  	\`legal_act\` text,
  	\`source_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`partnerships_status_history_order_idx\` ON \`partnerships_status_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partnerships_status_history_parent_id_idx\` ON \`partnerships_status_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partnerships_status_history_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partnerships_status_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`partnerships_status_history_locales_locale_parent_id_unique\` ON \`partnerships_status_history_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partnerships_unverified\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partnerships_unverified_order_idx\` ON \`partnerships_unverified\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`partnerships_unverified_parent_id_idx\` ON \`partnerships_unverified\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`partnerships_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partnerships_sources_order_idx\` ON \`partnerships_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_sources_parent_id_idx\` ON \`partnerships_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partnerships\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`agreement_date\` text,
  	\`status\` text DEFAULT 'active',
  	\`hero_image_id\` integer,
  	\`country\` text,
  	\`location_latitude\` numeric,
  	\`location_longitude\` numeric,
  	\`website\` text,
  	\`wikidata_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partnerships_slug_idx\` ON \`partnerships\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_agreement_date_idx\` ON \`partnerships\` (\`agreement_date\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_status_idx\` ON \`partnerships\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_hero_image_idx\` ON \`partnerships\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_country_idx\` ON \`partnerships\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_updated_at_idx\` ON \`partnerships\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partnerships_created_at_idx\` ON \`partnerships\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`partnerships__status_idx\` ON \`partnerships\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`partnerships_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`partnerships_locales_locale_parent_id_unique\` ON \`partnerships_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partnerships_v_version_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`decided_on\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`effective_on\` text,
  	\`decided_by\` text,
  	\`legal_act\` text,
  	\`source_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partnerships_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_status_history_order_idx\` ON \`_partnerships_v_version_status_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_status_history_parent_id_idx\` ON \`_partnerships_v_version_status_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partnerships_v_version_status_history_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partnerships_v_version_status_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_partnerships_v_version_status_history_locales_locale_parent\` ON \`_partnerships_v_version_status_history_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partnerships_v_version_unverified\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partnerships_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_unverified_order_idx\` ON \`_partnerships_v_version_unverified\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_unverified_parent_id_idx\` ON \`_partnerships_v_version_unverified\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partnerships_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partnerships_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_sources_order_idx\` ON \`_partnerships_v_version_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_sources_parent_id_idx\` ON \`_partnerships_v_version_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_partnerships_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_agreement_date\` text,
  	\`version_status\` text DEFAULT 'active',
  	\`version_hero_image_id\` integer,
  	\`version_country\` text,
  	\`version_location_latitude\` numeric,
  	\`version_location_longitude\` numeric,
  	\`version_website\` text,
  	\`version_wikidata_id\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_partnerships_v_parent_idx\` ON \`_partnerships_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_version_slug_idx\` ON \`_partnerships_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_version_agreement_date_idx\` ON \`_partnerships_v\` (\`version_agreement_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_version_status_idx\` ON \`_partnerships_v\` (\`version_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_version_hero_image_idx\` ON \`_partnerships_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_version_country_idx\` ON \`_partnerships_v\` (\`version_country\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_version_updated_at_idx\` ON \`_partnerships_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_version_created_at_idx\` ON \`_partnerships_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_version_version__status_idx\` ON \`_partnerships_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_partnerships_v_created_at_idx\` ON \`_partnerships_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_updated_at_idx\` ON \`_partnerships_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_snapshot_idx\` ON \`_partnerships_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_partnerships_v_published_locale_idx\` ON \`_partnerships_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_partnerships_v_latest_idx\` ON \`_partnerships_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_partnerships_v_autosave_idx\` ON \`_partnerships_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_partnerships_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partnerships_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_partnerships_v_locales_locale_parent_id_unique\` ON \`_partnerships_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`friendly_cities_unverified\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`friendly_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`friendly_cities_unverified_order_idx\` ON \`friendly_cities_unverified\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`friendly_cities_unverified_parent_id_idx\` ON \`friendly_cities_unverified\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`friendly_cities_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`friendly_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`friendly_cities_sources_order_idx\` ON \`friendly_cities_sources\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`friendly_cities_sources_parent_id_idx\` ON \`friendly_cities_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`friendly_cities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`relation_type\` text DEFAULT 'letter-of-intent',
  	\`document_date\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`hero_image_id\` integer,
  	\`country\` text,
  	\`location_latitude\` numeric,
  	\`location_longitude\` numeric,
  	\`website\` text,
  	\`wikidata_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`friendly_cities_slug_idx\` ON \`friendly_cities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`friendly_cities_hero_image_idx\` ON \`friendly_cities\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`friendly_cities_country_idx\` ON \`friendly_cities\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`friendly_cities_updated_at_idx\` ON \`friendly_cities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`friendly_cities_created_at_idx\` ON \`friendly_cities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`friendly_cities__status_idx\` ON \`friendly_cities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`friendly_cities_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`friendly_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`friendly_cities_locales_locale_parent_id_unique\` ON \`friendly_cities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_friendly_cities_v_version_unverified\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_friendly_cities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_unverified_order_idx\` ON \`_friendly_cities_v_version_unverified\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_unverified_parent_id_idx\` ON \`_friendly_cities_v_version_unverified\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_friendly_cities_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_friendly_cities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_sources_order_idx\` ON \`_friendly_cities_v_version_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_sources_parent_id_idx\` ON \`_friendly_cities_v_version_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_friendly_cities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_relation_type\` text DEFAULT 'letter-of-intent',
  	\`version_document_date\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_hero_image_id\` integer,
  	\`version_country\` text,
  	\`version_location_latitude\` numeric,
  	\`version_location_longitude\` numeric,
  	\`version_website\` text,
  	\`version_wikidata_id\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`friendly_cities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_friendly_cities_v_parent_idx\` ON \`_friendly_cities_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_version_slug_idx\` ON \`_friendly_cities_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_version_hero_image_idx\` ON \`_friendly_cities_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_version_country_idx\` ON \`_friendly_cities_v\` (\`version_country\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_version_updated_at_idx\` ON \`_friendly_cities_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_version_created_at_idx\` ON \`_friendly_cities_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_version_version__status_idx\` ON \`_friendly_cities_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_friendly_cities_v_created_at_idx\` ON \`_friendly_cities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_friendly_cities_v_updated_at_idx\` ON \`_friendly_cities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_friendly_cities_v_snapshot_idx\` ON \`_friendly_cities_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_friendly_cities_v_published_locale_idx\` ON \`_friendly_cities_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_friendly_cities_v_latest_idx\` ON \`_friendly_cities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_friendly_cities_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_friendly_cities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_friendly_cities_v_locales_locale_parent_id_unique\` ON \`_friendly_cities_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`commitments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`commitments_order_idx\` ON \`commitments\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`commitments_updated_at_idx\` ON \`commitments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`commitments_created_at_idx\` ON \`commitments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`commitments__status_idx\` ON \`commitments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`commitments_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`commitments_locales_locale_parent_id_unique\` ON \`commitments_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_commitments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_order\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_commitments_v_parent_idx\` ON \`_commitments_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_version_order_idx\` ON \`_commitments_v\` (\`version_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_version_updated_at_idx\` ON \`_commitments_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_version_created_at_idx\` ON \`_commitments_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_commitments_v_version_version__status_idx\` ON \`_commitments_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_commitments_v_created_at_idx\` ON \`_commitments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_updated_at_idx\` ON \`_commitments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_snapshot_idx\` ON \`_commitments_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_published_locale_idx\` ON \`_commitments_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_latest_idx\` ON \`_commitments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_commitments_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_commitments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_commitments_v_locales_locale_parent_id_unique\` ON \`_commitments_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`history_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`history_articles_slug_idx\` ON \`history_articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`history_articles_hero_image_idx\` ON \`history_articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`history_articles_updated_at_idx\` ON \`history_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`history_articles_created_at_idx\` ON \`history_articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`history_articles__status_idx\` ON \`history_articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`history_articles_locales\` (
  	\`title\` text,
  	\`excerpt\` text,
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`history_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`history_articles_locales_locale_parent_id_unique\` ON \`history_articles_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`history_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partnerships_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`history_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partnerships_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`history_articles_rels_order_idx\` ON \`history_articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`history_articles_rels_parent_idx\` ON \`history_articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`history_articles_rels_path_idx\` ON \`history_articles_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`history_articles_rels_partnerships_id_idx\` ON \`history_articles_rels\` (\`partnerships_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_history_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`history_articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_history_articles_v_parent_idx\` ON \`_history_articles_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_version_slug_idx\` ON \`_history_articles_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_version_hero_image_idx\` ON \`_history_articles_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_version_updated_at_idx\` ON \`_history_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_version_created_at_idx\` ON \`_history_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_version_version__status_idx\` ON \`_history_articles_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_history_articles_v_created_at_idx\` ON \`_history_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_history_articles_v_updated_at_idx\` ON \`_history_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_history_articles_v_snapshot_idx\` ON \`_history_articles_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_published_locale_idx\` ON \`_history_articles_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_history_articles_v_latest_idx\` ON \`_history_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_history_articles_v_autosave_idx\` ON \`_history_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_history_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_history_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_history_articles_v_locales_locale_parent_id_unique\` ON \`_history_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_history_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partnerships_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_history_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partnerships_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_history_articles_v_rels_order_idx\` ON \`_history_articles_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_rels_parent_idx\` ON \`_history_articles_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_history_articles_v_rels_path_idx\` ON \`_history_articles_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_history_articles_v_rels_partnerships_id_idx\` ON \`_history_articles_v_rels\` (\`partnerships_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_translator_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_translator_locales_order_idx\` ON \`users_translator_locales\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_translator_locales_parent_idx\` ON \`users_translator_locales\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partnerships_id\` integer,
  	\`friendly_cities_id\` integer,
  	\`commitments_id\` integer,
  	\`history_articles_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partnerships_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`friendly_cities_id\`) REFERENCES \`friendly_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commitments_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`history_articles_id\`) REFERENCES \`history_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_partnerships_id_idx\` ON \`payload_locked_documents_rels\` (\`partnerships_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_friendly_cities_id_idx\` ON \`payload_locked_documents_rels\` (\`friendly_cities_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_commitments_id_idx\` ON \`payload_locked_documents_rels\` (\`commitments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_history_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`history_articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	\`home_city_latitude\` numeric,
  	\`home_city_longitude\` numeric,
  	\`home_city_wikidata_id\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`office_name\` text NOT NULL,
  	\`address\` text,
  	\`home_city_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`accessibility_statement\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`prepared_on\` text NOT NULL,
  	\`reviewed_on\` text NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`accessibility_statement_locales\` (
  	\`content\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`accessibility_statement\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`accessibility_statement_locales_locale_parent_id_unique\` ON \`accessibility_statement_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_accessibility_statement_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_prepared_on\` text NOT NULL,
  	\`version_reviewed_on\` text NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_created_at_idx\` ON \`_accessibility_statement_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_accessibility_statement_v_updated_at_idx\` ON \`_accessibility_statement_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_accessibility_statement_v_locales\` (
  	\`version_content\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_accessibility_statement_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_accessibility_statement_v_locales_locale_parent_id_unique\` ON \`_accessibility_statement_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`partnerships_status_history\`;`)
  await db.run(sql`DROP TABLE \`partnerships_status_history_locales\`;`)
  await db.run(sql`DROP TABLE \`partnerships_unverified\`;`)
  await db.run(sql`DROP TABLE \`partnerships_sources\`;`)
  await db.run(sql`DROP TABLE \`partnerships\`;`)
  await db.run(sql`DROP TABLE \`partnerships_locales\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v_version_status_history\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v_version_status_history_locales\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v_version_unverified\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v\`;`)
  await db.run(sql`DROP TABLE \`_partnerships_v_locales\`;`)
  await db.run(sql`DROP TABLE \`friendly_cities_unverified\`;`)
  await db.run(sql`DROP TABLE \`friendly_cities_sources\`;`)
  await db.run(sql`DROP TABLE \`friendly_cities\`;`)
  await db.run(sql`DROP TABLE \`friendly_cities_locales\`;`)
  await db.run(sql`DROP TABLE \`_friendly_cities_v_version_unverified\`;`)
  await db.run(sql`DROP TABLE \`_friendly_cities_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_friendly_cities_v\`;`)
  await db.run(sql`DROP TABLE \`_friendly_cities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`commitments\`;`)
  await db.run(sql`DROP TABLE \`commitments_locales\`;`)
  await db.run(sql`DROP TABLE \`_commitments_v\`;`)
  await db.run(sql`DROP TABLE \`_commitments_v_locales\`;`)
  await db.run(sql`DROP TABLE \`history_articles\`;`)
  await db.run(sql`DROP TABLE \`history_articles_locales\`;`)
  await db.run(sql`DROP TABLE \`history_articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_history_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_history_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_history_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_translator_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`accessibility_statement\`;`)
  await db.run(sql`DROP TABLE \`accessibility_statement_locales\`;`)
  await db.run(sql`DROP TABLE \`_accessibility_statement_v\`;`)
  await db.run(sql`DROP TABLE \`_accessibility_statement_v_locales\`;`)
}
