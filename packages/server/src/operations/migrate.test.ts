// `latchkey migrate status|up`, LATCHKEY_MIGRATE=manual, and three instances migrating one new PostgreSQL schema at once.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { openDatabase } from '../db/database.ts';
import { migrations } from '../db/migrations/index.ts';
import { FIRST_RELEASE, migrateToFirstRelease } from '../test/first-release.ts';
import { POSTGRES_URL, withSchemaLock } from '../test/harness.ts';
import { latchkey } from '../test/latchkey-command.ts';
import { startServer, stopServer } from '../test/processes.ts';

const ALL = Object.keys(migrations).sort();
const MANUAL = { LATCHKEY_MIGRATE: 'manual' };

let root: string;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'latchkey-migrate-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('latchkey migrate on SQLite', () => {
  test('a manual start on no database refuses and creates nothing; migrate up creates it; then the server starts', async () => {
    const dir = mkdtempSync(join(root, 'new-'));
    const status = await latchkey(['migrate', 'status'], dir);
    assert.equal(status.status, 0, status.stderr);
    assert.deepEqual(
      status.stdout.split('\n').filter((line) => line.startsWith('pending')),
      ALL.map((name) => `pending  ${name}`),
    );
    const refused = await latchkey(['serve', '--port', '0'], dir, MANUAL);
    assert.equal(refused.status, 1);
    assert.match(
      refused.stderr,
      /no database at .*latchkey\.db and LATCHKEY_MIGRATE is manual: create it with `latchkey migrate up`/,
    );
    assert.deepEqual(readdirSync(dir), [], 'neither status nor the refused start created anything');

    const up = await latchkey(['migrate', 'up'], dir);
    assert.equal(up.status, 0, up.stderr);
    assert.match(up.stdout, new RegExp(`${ALL.length} applied`));
    const again = await latchkey(['migrate', 'up'], dir);
    assert.match(again.stdout, /nothing to apply/);
    const listed = await latchkey(['migrate', 'status'], dir);
    assert.match(listed.stdout, new RegExp(`${ALL.length} applied, 0 pending`));

    const server = await startServer(MANUAL, dir);
    await stopServer(server);
  });

  test('a manual start on a first-release database refuses, naming the pending migrations and `latchkey migrate up`', async () => {
    const dir = mkdtempSync(join(root, 'old-'));
    const url = `sqlite:${join(dir, 'data', 'latchkey.db')}`;
    const { db } = openDatabase(url);
    await migrateToFirstRelease(db);
    await db.destroy();
    const pending = ALL.filter((name) => !FIRST_RELEASE.includes(name));

    const status = await latchkey(['migrate', 'status'], dir);
    assert.match(status.stdout, new RegExp(`${FIRST_RELEASE.length} applied, ${pending.length} pending`));
    for (const name of FIRST_RELEASE)
      assert.match(status.stdout, new RegExp(`^applied  ${name}  \\d{4}-`, 'm'));
    for (const name of pending) assert.match(status.stdout, new RegExp(`^pending  ${name}$`, 'm'));

    const refused = await latchkey(['serve', '--port', '0'], dir, MANUAL);
    assert.equal(refused.status, 1);
    assert.match(
      refused.stderr,
      new RegExp(`${pending.length} pending migrations? \\(${pending.join(', ')}\\)`),
    );
    assert.match(refused.stderr, /LATCHKEY_MIGRATE is manual: apply them with `latchkey migrate up`/);
    const unchanged = await latchkey(['migrate', 'status'], dir);
    assert.equal(unchanged.stdout, status.stdout, 'the refused start applied nothing');

    // auto, the default: the same database is brought up to date by the start itself.
    const server = await startServer({}, dir);
    await stopServer(server);
    const upgraded = await latchkey(['migrate', 'status'], dir);
    assert.match(upgraded.stdout, new RegExp(`${ALL.length} applied, 0 pending`));
  });

  test('LATCHKEY_MIGRATE accepts auto or manual only', async () => {
    const dir = mkdtempSync(join(root, 'bad-'));
    const refused = await latchkey(['serve', '--port', '0'], dir, { LATCHKEY_MIGRATE: 'yes' });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /LATCHKEY_MIGRATE must be one of auto, manual, got "yes"/);
    assert.equal(existsSync(join(dir, 'data')), false);
  });
});

describe('latchkey migrate on PostgreSQL', { skip: !POSTGRES_URL }, () => {
  test('three instances started at once on a new schema apply each migration exactly once, and all start', async () => {
    const schema = `lk_migrate_${randomBytes(5).toString('hex')}`;
    const admin = async <T>(work: (client: pg.Client) => Promise<T>) => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    };
    await admin((client) => client.query(`create schema ${schema}`));
    const url = new URL(POSTGRES_URL ?? '');
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = {
      LATCHKEY_DATABASE_URL: url.toString(),
      LATCHKEY_POSTGRES_CHANNEL: schema,
      LATCHKEY_ADMIN_EMAIL: 'ops@example.com',
      LATCHKEY_ADMIN_PASSWORD: 'three instances password',
    };
    const dir = mkdtempSync(join(root, 'pg-'));
    try {
      // Held shared, as test schemas are made: no other test drops its schema while these read the catalog.
      const servers = await withSchemaLock('shared', () =>
        Promise.allSettled([startServer(env, dir), startServer(env, dir), startServer(env, dir)]),
      );
      const started = servers.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      await Promise.all(started.map(stopServer));
      assert.deepEqual(
        servers
          .filter((s) => s.status === 'rejected')
          .map((s) => String((s as PromiseRejectedResult).reason)),
        [],
        'every instance started',
      );
      const applied = await admin((client) =>
        client.query<{ name: string; times: string }>(
          `select name, count(*) as times from ${schema}.kysely_migration group by name order by name`,
        ),
      );
      assert.deepEqual(
        applied.rows.map((row) => [row.name, Number(row.times)]),
        ALL.map((name) => [name, 1]),
      );
      const admins = await admin((client) => client.query(`select email from ${schema}.users`));
      assert.deepEqual(
        admins.rows,
        [{ email: 'ops@example.com' }],
        'one administrator, made by one instance',
      );
    } finally {
      await withSchemaLock('exclusive', (client) => client.query(`drop schema ${schema} cascade`));
    }
  });
});
