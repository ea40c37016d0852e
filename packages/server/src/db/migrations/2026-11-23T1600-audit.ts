// The audit log: one hash-chained table of events and the head of the chain. Setting changes, recorded
// in their own table until now, move into it as its first events.
import type { Kysely } from 'kysely';
import { type ChainedFields, chainHash, GENESIS_HASH } from '../../lib/crypto/hash-chain.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_events')
    // Assigned from audit_head in the recording transaction: dense, in chain order.
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'bigint', (c) => c.notNull())
    // user | app | anonymous | system
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text')
    .addColumn('credential_kind', 'text')
    // The session id, key id, token jti or identity provider id the actor came in with.
    .addColumn('credential_id', 'text')
    // What a person recognises it by: a key's start, an OIDC issuer.
    .addColumn('credential_hint', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('request_id', 'text')
    // JSON: what changed, never a secret.
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();
  await db.schema.createIndex('audit_events_actor').on('audit_events').columns(['actor_id', 'seq']).execute();
  await db.schema
    .createIndex('audit_events_target')
    .on('audit_events')
    .columns(['target_type', 'target_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_events_action').on('audit_events').columns(['action', 'seq']).execute();

  // One row: the last event's seq and hash. Appending locks it, so concurrent appends queue in one chain.
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  // The database handle carries the camel-case plugin: rows and values use camelCase names.
  const changes = await db
    .selectFrom('setting_changes')
    .selectAll()
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
  let prevHash = GENESIS_HASH;
  let seq = 0;
  for (const change of changes) {
    seq += 1;
    const [kind, ...rest] = String(change.actorCredential).split(':');
    const fields: ChainedFields = {
      seq,
      id: change.id,
      at: Number(change.changedAt),
      actorType: 'user',
      actorId: change.actorId,
      actorLabel: null,
      credentialKind: kind ?? null,
      credentialId: null,
      credentialHint: rest.join(':') || null,
      action: 'settings.changed',
      targetType: 'settings',
      targetId: 'site',
      ip: null,
      userAgent: null,
      requestId: null,
      changes: JSON.stringify({
        [change.name]: { from: JSON.parse(change.oldValue), to: JSON.parse(change.newValue) },
      }),
    };
    const hash = chainHash(prevHash, fields);
    await db
      .insertInto('audit_events')
      .values({ ...fields, prevHash, hash })
      .execute();
    prevHash = hash;
  }
  await db.insertInto('audit_head').values({ id: 1, seq, hash: prevHash }).execute();
  await db.schema.dropTable('setting_changes').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('setting_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text', (c) => c.notNull())
    .addColumn('new_value', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_credential', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.dropTable('audit_head').execute();
  await db.schema.dropTable('audit_events').execute();
}
