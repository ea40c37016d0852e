// Trusted OpenID Connect identity providers, and the (issuer, subject) each federated user is bound to.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('identity_providers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issuer', 'text', (c) => c.notNull().unique())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('email_claim', 'text', (c) => c.notNull().defaultTo('email'))
    // A JSON array of JWS algorithm names, e.g. ["RS256"].
    .addColumn('algorithms', 'text', (c) => c.notNull())
    .addColumn('jwks_uri', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  // Keyed by issuer, not provider id: deleting and re-adding a provider must not reset who is bound to whom.
  await db.schema
    .createTable('identity_bindings')
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('identity_bindings_pk', ['issuer', 'subject'])
    .execute();
  await db.schema
    .createIndex('identity_bindings_issuer_user')
    .on('identity_bindings')
    .columns(['issuer', 'user_id'])
    .unique()
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('identity_bindings').execute();
  await db.schema.dropTable('identity_providers').execute();
}
