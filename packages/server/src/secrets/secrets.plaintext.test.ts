// A database written before secrets were encrypted: its first start with a master key encrypts them in place,
// and they go on working (a token signed by the old signing key verifies, a webhook delivers with the same secret).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Kysely, Migrator } from 'kysely';
import { pino } from 'pino';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { migrateToLatest, openDatabase } from '../db/database.ts';
import { migrations } from '../db/migrations/index.ts';
import { ManualClock } from '../lib/clock.ts';
import { isSealed } from '../lib/crypto/envelope.ts';
import { MasterKey } from '../lib/crypto/master-key.ts';
import { bearer, LOOPBACK_OUTBOUND, TEST_PASSWORD, TEST_PASSWORD_COST } from '../test/harness.ts';
import { json, startServer, stopServer } from '../test/processes.ts';
import { waitUntil } from '../test/wait.ts';
import { startReceiver } from '../test/webhook-receiver.ts';
import { Keyring } from './keyring.ts';
import { sealedRows } from './plaintext.ts';
import { FIELD_NAMES, SEALED_FIELDS } from './sealed-fields.ts';

const PUBLIC_URL = 'http://latchkey.test';
const ADMIN = { LATCHKEY_ADMIN_EMAIL: 'root@example.com', LATCHKEY_ADMIN_PASSWORD: TEST_PASSWORD };

/**
 * Makes a database as the releases before encryption left it: the features used as usual, then every
 * secret written back in plain text and the data-key table and its migration removed.
 */
const DATA_KEYS_MIGRATION = '2026-12-03T1000-data-keys';

async function plaintextDatabase(path: string, hookUrl: string) {
  const config = {
    ...loadConfig({ ...ADMIN, ...LOOPBACK_OUTBOUND, LATCHKEY_PUBLIC_URL: PUBLIC_URL }),
    databaseUrl: `sqlite:${path}`,
  };
  const { db } = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const clock = new ManualClock(Date.now());
  const keyring = await Keyring.open(db, MasterKey.generate(), clock);
  const { app, ctx } = await buildApp({
    config,
    db,
    keyring,
    clock,
    passwordCost: TEST_PASSWORD_COST,
    logger: pino({ level: 'silent' }),
  });
  await ctx.users.bootstrapAdmin(ADMIN.LATCHKEY_ADMIN_EMAIL, TEST_PASSWORD);
  const login = await app.inject({
    method: 'POST',
    url: '/v0/auth/login',
    payload: { email: ADMIN.LATCHKEY_ADMIN_EMAIL, password: TEST_PASSWORD },
  });
  const token = login.json().token as string;
  const hook = await app.inject({
    method: 'POST',
    url: '/v0/admin/webhooks',
    headers: bearer(token),
    payload: { url: hookUrl, events: ['key.created'] },
  });
  assert.equal(hook.statusCode, 201, hook.body);
  await app.close();
  // biome-ignore lint/suspicious/noExplicitAny: the fields are named in a table, not in the query builder's types
  const any = db as unknown as Kysely<any>;
  for (const field of FIELD_NAMES) {
    const { table, column } = SEALED_FIELDS[field];
    for (const row of await sealedRows(db, field))
      await any
        .updateTable(table)
        .set({ [column]: keyring.open(field, row.id, row.value) })
        .where('id', '=', row.id)
        .execute();
  }
  // Back to the schema of the release before encryption: every migration from the data keys on is undone.
  const names = Object.keys(migrations).sort();
  const before = names[names.indexOf(DATA_KEYS_MIGRATION) - 1] ?? '';
  const undone = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo(
    before,
  );
  if (undone.error) throw undone.error;
  const pem = await db.selectFrom('signingKeys').select('privateKeyPem').executeTakeFirstOrThrow();
  assert.match(pem.privateKeyPem, /BEGIN PRIVATE KEY/);
  await db.destroy();
  return { token, secret: hook.json().secret as string };
}

describe('a database with secrets in plain text', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'latchkey-plaintext-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the first start with a master key encrypts every secret in place; tokens and webhooks go on working', async () => {
    const hooks = await startReceiver();
    try {
      const path = join(dir, 'data', 'latchkey.db');
      const before = await plaintextDatabase(path, hooks.url);
      hooks.useSecret(before.secret);
      const env = {
        ...ADMIN,
        LATCHKEY_PUBLIC_URL: PUBLIC_URL,
        LATCHKEY_DATABASE_URL: `sqlite:${path}`,
        LATCHKEY_MASTER_KEY: MasterKey.generate().toBase64(),
        LATCHKEY_WEBHOOK_POLL_MS: '20',
        ...LOOPBACK_OUTBOUND,
      };
      const server = await startServer(env, dir);
      try {
        assert.match(server.output(), /secrets stored in plain text were encrypted/);
        const whoami = await json(`${server.url}/v0/auth/whoami`, { headers: bearer(before.token) });
        assert.equal(whoami.status, 200, 'a token signed by the old signing key verifies');
        const user = (whoami.body as { principal: { uuid: string } }).principal.uuid;
        const key = await json(`${server.url}/v0/users/${user}/keys`, {
          method: 'POST',
          headers: { ...bearer(before.token), 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'after the upgrade' }),
        });
        assert.equal(key.status, 201, JSON.stringify(key.body));
        await waitUntil(
          () => hooks.of('key.created').length === 1,
          'the delivery signed with the old secret',
        );
      } finally {
        await stopServer(server);
      }

      const { db } = openDatabase(`sqlite:${path}`);
      try {
        for (const field of FIELD_NAMES)
          for (const row of await sealedRows(db, field))
            assert.ok(isSealed(row.value), `${field} of ${row.id}`);
      } finally {
        await db.destroy();
      }
      const bytes = readdirSync(join(dir, 'data'))
        .map((file) => readFileSync(join(dir, 'data', file)).toString('latin1'))
        .join('\n');
      assert.ok(bytes.includes('after the upgrade'), 'the scan reads the stored data');
      assert.ok(!bytes.includes('BEGIN PRIVATE KEY'), 'no plain-text PEM is left in freed pages');
      assert.ok(!bytes.includes(before.secret), 'no plain-text webhook secret is left either');
    } finally {
      await hooks.close();
    }
  });
});
