// Upgrading: a database left by the first release, with data in it, served by this version.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../db/database.ts';
import { migrationStatus } from '../db/migrate.ts';
import type { Db } from '../db/schema.ts';
import { hashPassword } from '../lib/crypto/passwords.ts';
import { generateSecret } from '../lib/crypto/secrets.ts';
import { FIRST_RELEASE, migrateToFirstRelease } from '../test/first-release.ts';
import { DIALECTS, POSTGRES_URL, TEST_PASSWORD, TEST_PASSWORD_COST } from '../test/harness.ts';
import { createDatabase, json, startServer, stopServer } from '../test/processes.ts';

let root: string;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'latchkey-upgrade-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

/** A user and a key written as the first release wrote them: its columns only, the key's SHA-256 in hex. */
async function seed(db: Db): Promise<{ key: string; keyId: string }> {
  const now = Date.UTC(2026, 10, 24);
  const userId = '0193f0a0-0000-7000-8000-000000000001';
  const keyId = '0193f0a0-0000-7000-8000-000000000002';
  const passwordHash = await hashPassword(TEST_PASSWORD, TEST_PASSWORD_COST);
  await sql`insert into users (id, email, name, slug, password_hash, role, created_at, updated_at)
    values (${userId}, 'ada@example.com', 'Ada Lovelace', 'ada', ${passwordHash}, 'user', ${now}, ${now})`.execute(
    db,
  );
  const { plaintext } = generateSecret('user');
  const digest = createHash('sha256').update(plaintext).digest('hex');
  await sql`insert into api_keys (id, user_id, name, hash, start, created_at)
    values (${keyId}, ${userId}, 'laptop', ${digest}, ${plaintext.slice(0, 12)}, ${now})`.execute(db);
  return { key: plaintext, keyId };
}

describe('upgrading a first-release database', () => {
  for (const dialect of DIALECTS) {
    test(`${dialect}: the current server migrates it, the key authenticates and the user signs in`, async () => {
      const dir = mkdtempSync(join(root, `${dialect}-`));
      const pgDatabase = dialect === 'postgres' ? await createDatabase(POSTGRES_URL ?? '') : undefined;
      const url = pgDatabase?.url ?? `sqlite:${join(dir, 'data', 'latchkey.db')}`;
      try {
        const { db } = openDatabase(url);
        let seeded: { key: string; keyId: string };
        try {
          await migrateToFirstRelease(db);
          seeded = await seed(db);
          const status = await migrationStatus(db);
          assert.deepEqual(
            status.applied.map((m) => m.name),
            FIRST_RELEASE,
          );
          assert.ok(status.pending.length > 0, 'this version has migrations the first release did not');
        } finally {
          await db.destroy();
        }

        const server = await startServer({ LATCHKEY_DATABASE_URL: url }, dir);
        try {
          const me = await json(`${server.url}/v0/auth/whoami`, {
            headers: { authorization: `Bearer ${seeded.key}` },
          });
          assert.equal(me.status, 200, JSON.stringify(me.body));
          const body = me.body as { principal: { slug: string }; credential: { uuid: string } };
          assert.equal(body.principal.slug, 'ada');
          assert.equal(body.credential.uuid, seeded.keyId);
          const login = await json(`${server.url}/v0/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'ada@example.com', password: TEST_PASSWORD }),
          });
          assert.equal(login.status, 200, JSON.stringify(login.body));
          const wrong = await json(`${server.url}/v0/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'ada@example.com', password: 'not the password' }),
          });
          assert.equal(wrong.status, 401);
          assert.doesNotMatch(
            server.output(),
            /administrator/i,
            'a database with users gets no new administrator',
          );
        } finally {
          await stopServer(server);
        }

        const after = openDatabase(url);
        try {
          const status = await migrationStatus(after.db);
          assert.deepEqual(status.pending, []);
        } finally {
          await after.db.destroy();
        }
      } finally {
        await pgDatabase?.drop();
      }
    });
  }
});
