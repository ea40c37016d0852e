// The master key with real `latchkey` processes: created once on the embedded default, refused when wrong or
// missing (nothing written), required on PostgreSQL.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../config.ts';
import { MasterKey } from '../lib/crypto/master-key.ts';
import { POSTGRES_URL, TEST_PASSWORD } from '../test/harness.ts';
import { BIN, createDatabase, startServer, stopServer } from '../test/processes.ts';

const ADMIN = { LATCHKEY_ADMIN_EMAIL: 'root@example.com', LATCHKEY_ADMIN_PASSWORD: TEST_PASSWORD };

/** `latchkey ARGS` to completion, with env added to the test's own. */
const run = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, LATCHKEY_LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });

const newKeyText = () => `${MasterKey.generate().toBase64()}\n`;
const keyOf = (text: string) => MasterKey.parse(text) as MasterKey;

describe('the master key of the embedded default (SQLite)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'latchkey-master-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the first start creates data/master.key (0600) and says once to back it up; a wrong, missing or malformed key starts nothing and writes nothing', async () => {
    const first = await startServer(ADMIN, dir);
    const keyFile = join(dir, 'data', 'master.key');
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    assert.match(first.output(), /created the master key data\/master\.key/);
    assert.match(first.output(), /Back it up now, apart from the database/);
    assert.ok(
      !first.output().includes(readFileSync(keyFile, 'utf8').trim()),
      'the key itself is never printed',
    );
    await stopServer(first);
    const second = await startServer(ADMIN, dir);
    assert.doesNotMatch(second.output(), /master key/);
    await stopServer(second);

    const database = join(dir, 'data', 'latchkey.db');
    const bytes = readFileSync(database);
    const wrong = run(['serve', '--port', '0'], dir, { LATCHKEY_MASTER_KEY: newKeyText() });
    assert.equal(wrong.status, 1);
    assert.match(
      wrong.stderr,
      /LATCHKEY_MASTER_KEY \(master key mk_\w+\) is not the key this database's secrets are encrypted under/,
    );
    const wrongFile = join(dir, 'other.key');
    writeFileSync(wrongFile, newKeyText());
    const wrongByFile = run(['serve', '--port', '0'], dir, { LATCHKEY_MASTER_KEY_FILE: wrongFile });
    assert.equal(wrongByFile.status, 1);
    assert.match(wrongByFile.stderr, /LATCHKEY_MASTER_KEY_FILE \(master key/);

    const saved = readFileSync(keyFile);
    rmSync(keyFile);
    const missing = run(['serve', '--port', '0'], dir);
    assert.equal(missing.status, 1);
    assert.match(
      missing.stderr,
      /no master key was given: set LATCHKEY_MASTER_KEY or LATCHKEY_MASTER_KEY_FILE/,
    );
    assert.ok(!existsSync(keyFile), 'no new key replaces the lost one');
    writeFileSync(keyFile, saved, { mode: 0o600 });

    // Every malformed spelling is in loadConfig's test below; here, that the process stops on one.
    const malformed = run(['serve', '--port', '0'], dir, { LATCHKEY_MASTER_KEY: 'c2hvcnQ=' });
    assert.equal(malformed.status, 2);
    assert.match(malformed.stderr, /configuration error: LATCHKEY_MASTER_KEY must be 32 random bytes/);
    assert.match(malformed.stderr, /decodes to 5 bytes/);
    assert.ok(readFileSync(database).equals(bytes), 'the refused starts wrote nothing');
  });
});

describe('the master key on PostgreSQL', {
  skip: POSTGRES_URL ? false : 'LATCHKEY_TEST_POSTGRES_URL is not set',
}, () => {
  test('without LATCHKEY_MASTER_KEY or LATCHKEY_MASTER_KEY_FILE the server refuses to start and names them', async () => {
    const database = await createDatabase(POSTGRES_URL ?? '');
    const dir = mkdtempSync(join(tmpdir(), 'latchkey-master-pg-'));
    try {
      const refused = run(['serve', '--port', '0'], dir, { LATCHKEY_DATABASE_URL: database.url });
      assert.equal(refused.status, 1);
      assert.match(
        refused.stderr,
        /PostgreSQL needs a master key .*: set LATCHKEY_MASTER_KEY or LATCHKEY_MASTER_KEY_FILE/,
      );
      assert.ok(!existsSync(join(dir, 'data')), 'no key file is made for it');
    } finally {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('loadConfig names the master-key setting that is wrong', () => {
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-key-config-'));
  try {
    assert.throws(
      () => loadConfig({ LATCHKEY_MASTER_KEY: 'AAAA' }),
      /LATCHKEY_MASTER_KEY must be 32 random bytes/,
    );
    assert.throws(
      () => loadConfig({ LATCHKEY_MASTER_KEY_FILE: join(dir, 'absent.key') }),
      /LATCHKEY_MASTER_KEY_FILE names .*absent\.key, which cannot be read \(ENOENT\)/,
    );
    writeFileSync(join(dir, 'short.key'), 'c2hvcnQ=\n');
    assert.throws(
      () => loadConfig({ LATCHKEY_MASTER_KEY_FILE: join(dir, 'short.key') }),
      /LATCHKEY_MASTER_KEY_FILE must be 32/,
    );
    const key = newKeyText();
    assert.throws(
      () => loadConfig({ LATCHKEY_MASTER_KEY: key, LATCHKEY_MASTER_KEY_FILE: join(dir, 'short.key') }),
      /not both/,
    );
    const loaded = loadConfig({ LATCHKEY_MASTER_KEY: key });
    assert.equal(loaded.masterKey?.key.id, keyOf(key).id);
    assert.ok(!JSON.stringify(loaded).includes(key.trim()), 'the key never serialises');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
