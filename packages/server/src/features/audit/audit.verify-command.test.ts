// `latchkey audit verify`, run as the real command against a SQLite file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { pino } from 'pino';
import { buildApp } from '../../app.ts';
import { SYSTEM } from '../../auth/actor.ts';
import { loadConfig } from '../../config.ts';
import { migrateToLatest, openDatabase } from '../../db/database.ts';
import { systemClock } from '../../lib/clock.ts';
import { MasterKey } from '../../lib/crypto/master-key.ts';
import { Keyring } from '../../secrets/keyring.ts';
import { TEST_PASSWORD, TEST_PASSWORD_COST } from '../../test/harness.ts';

const BIN = fileURLToPath(new URL('../../../bin/latchkey.mjs', import.meta.url));

describe('latchkey audit verify', () => {
  let dir: string;
  let path: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'latchkey-audit-'));
    path = join(dir, 'latchkey.db');
    const config = loadConfig({ LATCHKEY_DATABASE_URL: `sqlite:${path}` });
    const { db } = openDatabase(config.databaseUrl);
    await migrateToLatest(db);
    const { app, ctx } = await buildApp({
      config,
      db,
      keyring: await Keyring.open(db, MasterKey.generate(), systemClock),
      passwordCost: TEST_PASSWORD_COST,
      logger: pino({ level: 'silent' }),
    });
    for (const name of ['Ada', 'Grace', 'Edsger'])
      await ctx.users.create(SYSTEM, {
        email: `${name.toLowerCase()}@example.com`,
        name,
        password: TEST_PASSWORD,
      });
    await app.close();
    await db.destroy();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const verify = (url = `sqlite:${path}`) =>
    spawnSync(process.execPath, [BIN, 'audit', 'verify', '--database-url', url], { encoding: 'utf8' });

  test('an intact chain: exit 0, the event count and the head hash to keep elsewhere', () => {
    const run = verify();
    assert.equal(run.status, 0, run.stderr);
    // The server's first signing key (recorded as its own rotation), then the three users.
    assert.match(run.stdout, /audit chain intact: 4 events; head is event 4 with hash [0-9a-f]{64}/);
  });

  test('a tampered event: exit 1, naming the first broken link', () => {
    const file = new SQLite(path);
    file.prepare('update audit_events set changes = \'{"role":"admin"}\' where seq = 2').run();
    file.close();
    const run = verify();
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /audit chain broken at event 2 \([0-9a-f-]{36}\): its contents do not match its hash\. The event before it verifies\./,
    );
  });

  test('a database with no audit log: exit 2 and what to do', () => {
    const run = verify(`sqlite:${join(dir, 'empty.db')}`);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Start the server once/);
  });
});
