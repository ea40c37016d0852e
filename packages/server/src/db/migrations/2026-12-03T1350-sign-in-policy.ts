// Sign-in policy: when a session last proved a second factor (step-up), whether it may only enrol one,
// and the one-time links (invitations, password resets) that let a user set a password.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  // When the session last proved a second factor (sign-in, enrolment or step-up); null: never.
  await db.schema.alterTable('sessions').addColumn('factor_at', 'bigint').execute();
  // Set at sign-in when the site's policy covered a user with no factor: the session may only enrol one.
  await db.schema.alterTable('sessions').addColumn('enrolment_required_at', 'bigint').execute();
  await db.schema
    .createTable('user_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // 'invitation' or 'password_reset'.
    .addColumn('purpose', 'text', (c) => c.notNull())
    // SHA-256 of the link's 256-bit token: only ever compared.
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .execute();
  await db.schema.createIndex('user_links_user').on('user_links').column('user_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('user_links').execute();
  await db.schema.alterTable('sessions').dropColumn('enrolment_required_at').execute();
  await db.schema.alterTable('sessions').dropColumn('factor_at').execute();
}
