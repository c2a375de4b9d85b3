import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`withdraw_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_withdraw_at\` text;`)
  await db.run(sql`ALTER TABLE \`photo_captions\` ADD \`withdraw_at\` text;`)
  await db.run(sql`ALTER TABLE \`_photo_captions_v\` ADD \`version_withdraw_at\` text;`)
  await db.run(sql`ALTER TABLE \`workflow_audit\` ADD \`withdraw_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`withdraw_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_withdraw_at\`;`)
  await db.run(sql`ALTER TABLE \`photo_captions\` DROP COLUMN \`withdraw_at\`;`)
  await db.run(sql`ALTER TABLE \`_photo_captions_v\` DROP COLUMN \`version_withdraw_at\`;`)
  await db.run(sql`ALTER TABLE \`workflow_audit\` DROP COLUMN \`withdraw_at\`;`)
}
