// What backup and restore refuse: an existing file, a database already in place, a truncated or foreign file; nothing is changed.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { backupDatabase } from './backup.command.ts';
import { restoreDatabase } from './restore.command.ts';

function capture() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = { out: '', err: '' };
  stdout.on('data', (chunk: Buffer) => {
    text.out += chunk.toString();
  });
  stderr.on('data', (chunk: Buffer) => {
    text.err += chunk.toString();
  });
  return { streams: { stdout, stderr }, text };
}

let root: string;
let database: string;
let backup: string;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'latchkey-restore-'));
  database = join(root, 'live', 'data', 'latchkey.db');
  const { db } = openDatabase(`sqlite:${database}`);
  await migrateToLatest(db);
  await db.destroy();
  backup = join(root, 'good.db');
  assert.equal(
    await backupDatabase({ databaseUrl: `sqlite:${database}`, output: backup }, capture().streams),
    0,
  );
});
after(() => rmSync(root, { recursive: true, force: true }));

const fresh = () => join(mkdtempSync(join(root, 'target-')), 'data', 'latchkey.db');

describe('latchkey backup', () => {
  test('writes an owner-only file, refuses to replace one unless --force, and leaves no partial file behind', async () => {
    assert.equal(statSync(backup).mode & 0o777, 0o600);
    const output = join(mkdtempSync(join(root, 'out-')), 'backup.db');
    writeFileSync(output, 'an older backup');
    const refused = capture();
    assert.equal(await backupDatabase({ databaseUrl: `sqlite:${database}`, output }, refused.streams), 1);
    assert.match(refused.text.err, /backup\.db already exists; choose another file or pass --force/);
    assert.equal(readFileSync(output, 'utf8'), 'an older backup');

    const forced = capture();
    assert.equal(
      await backupDatabase({ databaseUrl: `sqlite:${database}`, output, force: true }, forced.streams),
      0,
      forced.text.err,
    );
    assert.equal(readFileSync(output).subarray(0, 15).toString(), 'SQLite format 3');
    assert.deepEqual(readdirSync(join(output, '..')), ['backup.db']);
  });

  test('copies the database only: a master key file beside it is not in the backup', async () => {
    const dir = join(root, 'live', 'data');
    const masterKey = randomBytes(32).toString('base64');
    writeFileSync(join(dir, 'master.key'), masterKey, { mode: 0o600 });
    const output = join(root, 'without-key.db');
    assert.equal(await backupDatabase({ databaseUrl: `sqlite:${database}`, output }, capture().streams), 0);
    assert.equal(readFileSync(output).includes(masterKey), false);
    rmSync(join(dir, 'master.key'));
  });

  test('refuses a missing database, the database itself as --output, and creates nothing', async () => {
    const missing = capture();
    const nowhere = join(root, 'nowhere', 'latchkey.db');
    const output = join(root, 'from-nowhere.db');
    assert.equal(await backupDatabase({ databaseUrl: `sqlite:${nowhere}`, output }, missing.streams), 1);
    assert.match(missing.text.err, /there is no database at .*nowhere\/latchkey\.db/);
    assert.equal(existsSync(join(root, 'nowhere')), false);
    assert.equal(existsSync(output), false);

    const itself = capture();
    const before = readFileSync(database);
    assert.equal(
      await backupDatabase(
        { databaseUrl: `sqlite:${database}`, output: database, force: true },
        itself.streams,
      ),
      1,
    );
    assert.match(itself.text.err, /is the database itself/);
    assert.ok(readFileSync(database).equals(before));
  });

  test('on PostgreSQL prints the pg_dump command for the URL, without its password, and exits 2', async () => {
    const printed = capture();
    const output = join(root, 'pg.dump');
    const code = await backupDatabase(
      { databaseUrl: 'postgres://latchkey:s3cret-pw@db.internal:6543/credentials', output },
      printed.streams,
    );
    assert.equal(code, 2);
    assert.match(
      printed.text.err,
      /pg_dump --format=custom --file=\S*pg\.dump --host=db\.internal --port=6543 --username=latchkey credentials/,
    );
    assert.doesNotMatch(printed.text.err + printed.text.out, /s3cret-pw/);
    assert.equal(existsSync(output), false);
  });
});

describe('latchkey restore', () => {
  test('restores into a data directory that does not exist yet, owner-only', () => {
    const target = fresh();
    const done = capture();
    assert.equal(
      restoreDatabase(backup, { databaseUrl: `sqlite:${target}` }, done.streams),
      0,
      done.text.err,
    );
    assert.match(done.text.out, /restored .*good\.db into .*latchkey\.db/);
    assert.ok(readFileSync(target).equals(readFileSync(backup)));
    assert.equal(statSync(target).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(join(target, '..')), ['latchkey.db']);
  });

  test('refuses where a database (or its write-ahead log) is already in place, and changes nothing', () => {
    const before = readFileSync(database);
    const refused = capture();
    assert.equal(restoreDatabase(backup, { databaseUrl: `sqlite:${database}` }, refused.streams), 1);
    assert.match(
      refused.text.err,
      /latchkey\.db already exists: restore only where there is no database yet/,
    );
    assert.match(refused.text.err, /nothing was changed/);
    assert.ok(readFileSync(database).equals(before));

    const target = fresh();
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(`${target}-wal`, 'a log left by a server');
    assert.equal(restoreDatabase(backup, { databaseUrl: `sqlite:${target}` }, capture().streams), 1);
    assert.deepEqual(readdirSync(join(target, '..')), ['latchkey.db-wal']);
  });

  for (const [what, bytes] of [
    ['cut to half its size', (whole: Buffer) => whole.subarray(0, whole.length / 2)],
    ['cut inside its header', (whole: Buffer) => whole.subarray(0, 60)],
    [
      'with a damaged page',
      (whole: Buffer) =>
        Buffer.concat([whole.subarray(0, 8192), Buffer.alloc(4096, 0xa5), whole.subarray(12288)]),
    ],
    ['that is not SQLite at all', () => Buffer.from('{"users": []}\n')],
  ] as const) {
    test(`refuses a backup ${what}, naming the problem, and creates nothing`, () => {
      const broken = join(root, `broken-${randomBytes(3).toString('hex')}.db`);
      writeFileSync(broken, bytes(readFileSync(backup)));
      const target = fresh();
      const refused = capture();
      assert.equal(restoreDatabase(broken, { databaseUrl: `sqlite:${target}` }, refused.streams), 1);
      assert.match(refused.text.err, /is not a usable Latchkey backup: .+; nothing was changed/);
      assert.equal(existsSync(join(target, '..')), false, 'the data directory was not created');
    });
  }

  test("refuses a SQLite database that is not Latchkey's, or one migrated by a newer version", () => {
    const foreign = join(root, 'foreign.db');
    const other = new SQLite(foreign);
    other.exec('create table notes (body text)');
    other.close();
    const refused = capture();
    assert.equal(restoreDatabase(foreign, { databaseUrl: `sqlite:${fresh()}` }, refused.streams), 1);
    assert.match(refused.text.err, /not Latchkey's \(no kysely_migration table\)/);

    const newer = join(root, 'newer.db');
    writeFileSync(newer, readFileSync(backup));
    const ahead = new SQLite(newer);
    ahead
      .prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
      .run('2099-01-01T0000-future', 'x');
    ahead.close();
    const refusedNewer = capture();
    assert.equal(restoreDatabase(newer, { databaseUrl: `sqlite:${fresh()}` }, refusedNewer.streams), 1);
    assert.match(refusedNewer.text.err, /migrated by a newer Latchkey \(2099-01-01T0000-future\)/);
  });

  test('on PostgreSQL says to use pg_restore and exits 2', () => {
    const printed = capture();
    assert.equal(
      restoreDatabase(backup, { databaseUrl: 'postgres://u:pw@127.0.0.1:1/x' }, printed.streams),
      2,
    );
    assert.match(printed.text.err, /pg_restore --no-owner/);
  });
});
