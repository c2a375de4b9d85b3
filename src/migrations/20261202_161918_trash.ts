import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_deleted_at_idx\` ON \`articles\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_deleted_at_idx\` ON \`_articles_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`photo_captions\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`photo_captions_deleted_at_idx\` ON \`photo_captions\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_photo_captions_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_photo_captions_v_version_version_deleted_at_idx\` ON \`_photo_captions_v\` (\`version_deleted_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`photo_captions_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`photo_captions\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_photo_captions_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_photo_captions_v\` DROP COLUMN \`version_deleted_at\`;`)
}
