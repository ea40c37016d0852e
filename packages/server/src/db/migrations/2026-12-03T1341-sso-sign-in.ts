// Sign-in through an identity provider: the provider's client registration, and each sign-in in flight.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('identity_providers')
    .addColumn('sign_in', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('identity_providers').addColumn('display_name', 'text').execute();
  await db.schema.alterTable('identity_providers').addColumn('client_id', 'text').execute();
  // Sealed with the keyring: Latchkey sends it back to the provider at every code exchange.
  await db.schema.alterTable('identity_providers').addColumn('client_secret', 'text').execute();
  await db.schema
    .alterTable('identity_providers')
    .addColumn('jit_domains', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createTable('sso_attempts')
    // SHA-256 of `state`: the state itself lives only in the browser's cookie and the provider's redirect.
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) =>
      c.notNull().references('identity_providers.id').onDelete('cascade'),
    )
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sso_attempts_expiry').on('sso_attempts').column('expires_at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sso_attempts').execute();
  for (const column of ['jit_domains', 'client_secret', 'client_id', 'display_name', 'sign_in'])
    await db.schema.alterTable('identity_providers').dropColumn(column).execute();
}
