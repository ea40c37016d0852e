// Passkeys (WebAuthn credentials): each user's public keys and signature counters, and the single-use
// challenges the server hands out for a registration or an assertion.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // The authenticator's credential id (base64url): how an assertion names its passkey.
    .addColumn('credential_id', 'text', (c) => c.notNull().unique())
    // The COSE public key (base64url): nothing secret, so stored as it is.
    .addColumn('public_key', 'text', (c) => c.notNull())
    // The authenticator's signature counter: an assertion whose counter does not move forward is a clone's.
    .addColumn('counter', 'bigint', (c) => c.notNull())
    // Comma-separated transports the browser reported (usb, internal, hybrid…), as hints for later.
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('passkeys_user').on('passkeys').column('user_id').execute();
  await db.schema
    .createTable('passkey_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // SHA-256 of the challenge: the row is found from the challenge the authenticator signed.
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    // register, sign_in (password-less) or second_factor.
    .addColumn('purpose', 'text', (c) => c.notNull())
    // Null for a password-less sign-in, whose user is known only from the passkey.
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('passkey_challenges').execute();
  await db.schema.dropTable('passkeys').execute();
}
