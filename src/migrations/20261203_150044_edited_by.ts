import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Edited by hand: drizzle-kit writes `REFERENCES users(id)` without the `ON DELETE set null` the schema has, and the
// schema check (tests/ops/migrations.test.ts) then wants every table rebuilt; SQLite accepts the clause in ADD COLUMN.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`articles\` ADD \`edited_by_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`articles_edited_by_idx\` ON \`articles\` (\`edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_edited_by_idx\` ON \`_articles_v\` (\`version_edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`photo_captions\` ADD \`edited_by_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`photo_captions_edited_by_idx\` ON \`photo_captions\` (\`edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_photo_captions_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_photo_captions_v_version_version_edited_by_idx\` ON \`_photo_captions_v\` (\`version_edited_by_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_level\` numeric,
  	\`scheduled_at\` text,
  	\`withdraw_at\` text,
  	\`owner_id\` text(36),
  	\`kicker\` text,
  	\`headline\` text,
  	\`subheadline\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`dateline\` text,
  	\`body\` text,
  	\`cover_id\` text(36),
  	\`byline\` text,
  	\`print_edition_date\` text,
  	\`print_edition_page\` text,
  	\`import_source_path\` text,
  	\`import_source_content_hash\` text,
  	\`import_source_imported_at\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "workflow_state", "review_level", "scheduled_at", "withdraw_at", "owner_id", "kicker", "headline", "subheadline", "slug", "summary", "dateline", "body", "cover_id", "byline", "print_edition_date", "print_edition_page", "import_source_path", "import_source_content_hash", "import_source_imported_at", "published_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "workflow_state", "review_level", "scheduled_at", "withdraw_at", "owner_id", "kicker", "headline", "subheadline", "slug", "summary", "dateline", "body", "cover_id", "byline", "print_edition_date", "print_edition_page", "import_source_path", "import_source_content_hash", "import_source_imported_at", "published_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_owner_idx\` ON \`articles\` (\`owner_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_import_source_import_source_path_idx\` ON \`articles\` (\`import_source_path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_import_source_import_source_content_hash_idx\` ON \`articles\` (\`import_source_content_hash\`);`,
  )
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_deleted_at_idx\` ON \`articles\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_level\` numeric,
  	\`version_scheduled_at\` text,
  	\`version_withdraw_at\` text,
  	\`version_owner_id\` text(36),
  	\`version_kicker\` text,
  	\`version_headline\` text,
  	\`version_subheadline\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_dateline\` text,
  	\`version_body\` text,
  	\`version_cover_id\` text(36),
  	\`version_byline\` text,
  	\`version_print_edition_date\` text,
  	\`version_print_edition_page\` text,
  	\`version_import_source_path\` text,
  	\`version_import_source_content_hash\` text,
  	\`version_import_source_imported_at\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_workflow_state", "version_review_level", "version_scheduled_at", "version_withdraw_at", "version_owner_id", "version_kicker", "version_headline", "version_subheadline", "version_slug", "version_summary", "version_dateline", "version_body", "version_cover_id", "version_byline", "version_print_edition_date", "version_print_edition_page", "version_import_source_path", "version_import_source_content_hash", "version_import_source_imported_at", "version_published_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_workflow_state", "version_review_level", "version_scheduled_at", "version_withdraw_at", "version_owner_id", "version_kicker", "version_headline", "version_subheadline", "version_slug", "version_summary", "version_dateline", "version_body", "version_cover_id", "version_byline", "version_print_edition_date", "version_print_edition_page", "version_import_source_path", "version_import_source_content_hash", "version_import_source_imported_at", "version_published_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_owner_idx\` ON \`_articles_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_import_source_version_import_source__idx\` ON \`_articles_v\` (\`version_import_source_path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_import_source_version_import_sourc_1_idx\` ON \`_articles_v\` (\`version_import_source_content_hash\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_deleted_at_idx\` ON \`_articles_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_photo_captions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_level\` numeric,
  	\`scheduled_at\` text,
  	\`withdraw_at\` text,
  	\`owner_id\` text(36),
  	\`image_id\` text(36),
  	\`caption\` text,
  	\`slug\` text,
  	\`event_date\` text,
  	\`event_date_end\` text,
  	\`location\` text,
  	\`photographer\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_photo_captions\`("id", "workflow_state", "review_level", "scheduled_at", "withdraw_at", "owner_id", "image_id", "caption", "slug", "event_date", "event_date_end", "location", "photographer", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "workflow_state", "review_level", "scheduled_at", "withdraw_at", "owner_id", "image_id", "caption", "slug", "event_date", "event_date_end", "location", "photographer", "updated_at", "created_at", "deleted_at", "_status" FROM \`photo_captions\`;`,
  )
  await db.run(sql`DROP TABLE \`photo_captions\`;`)
  await db.run(sql`ALTER TABLE \`__new_photo_captions\` RENAME TO \`photo_captions\`;`)
  await db.run(sql`CREATE INDEX \`photo_captions_workflow_state_idx\` ON \`photo_captions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`photo_captions_owner_idx\` ON \`photo_captions\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`photo_captions_image_idx\` ON \`photo_captions\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`photo_captions_slug_idx\` ON \`photo_captions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`photo_captions_updated_at_idx\` ON \`photo_captions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`photo_captions_created_at_idx\` ON \`photo_captions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`photo_captions_deleted_at_idx\` ON \`photo_captions\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`photo_captions__status_idx\` ON \`photo_captions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__photo_captions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_level\` numeric,
  	\`version_scheduled_at\` text,
  	\`version_withdraw_at\` text,
  	\`version_owner_id\` text(36),
  	\`version_image_id\` text(36),
  	\`version_caption\` text,
  	\`version_slug\` text,
  	\`version_event_date\` text,
  	\`version_event_date_end\` text,
  	\`version_location\` text,
  	\`version_photographer\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`photo_captions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__photo_captions_v\`("id", "parent_id", "version_workflow_state", "version_review_level", "version_scheduled_at", "version_withdraw_at", "version_owner_id", "version_image_id", "version_caption", "version_slug", "version_event_date", "version_event_date_end", "version_location", "version_photographer", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_workflow_state", "version_review_level", "version_scheduled_at", "version_withdraw_at", "version_owner_id", "version_image_id", "version_caption", "version_slug", "version_event_date", "version_event_date_end", "version_location", "version_photographer", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_photo_captions_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_photo_captions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__photo_captions_v\` RENAME TO \`_photo_captions_v\`;`)
  await db.run(sql`CREATE INDEX \`_photo_captions_v_parent_idx\` ON \`_photo_captions_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_photo_captions_v_version_version_workflow_state_idx\` ON \`_photo_captions_v\` (\`version_workflow_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_photo_captions_v_version_version_owner_idx\` ON \`_photo_captions_v\` (\`version_owner_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_photo_captions_v_version_version_image_idx\` ON \`_photo_captions_v\` (\`version_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_photo_captions_v_version_version_slug_idx\` ON \`_photo_captions_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_photo_captions_v_version_version_updated_at_idx\` ON \`_photo_captions_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_photo_captions_v_version_version_created_at_idx\` ON \`_photo_captions_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_photo_captions_v_version_version_deleted_at_idx\` ON \`_photo_captions_v\` (\`version_deleted_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_photo_captions_v_version_version__status_idx\` ON \`_photo_captions_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_photo_captions_v_created_at_idx\` ON \`_photo_captions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_photo_captions_v_updated_at_idx\` ON \`_photo_captions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_photo_captions_v_latest_idx\` ON \`_photo_captions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_photo_captions_v_autosave_idx\` ON \`_photo_captions_v\` (\`autosave\`);`)
}
