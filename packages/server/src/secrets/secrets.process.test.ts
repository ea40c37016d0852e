// The master key with real `latchkey` processes: created once on the embedded default, refused when wrong or
// missing (nothing written), required on PostgreSQL, and a `rotate-master` killed with SIGKILL mid-way.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { systemClock } from '../lib/clock.ts';
import { MasterKey } from '../lib/crypto/master-key.ts';
import { BIN, createDatabase, json, startServer, stopServer } from '../reliability/processes.ts';
import { POSTGRES_URL, TEST_PASSWORD } from '../test/harness.ts';
import { Keyring, MasterKeyMismatch } from './keyring.ts';
import { sealedRows } from './plaintext.ts';
import { FIELD_NAMES } from './sealed-fields.ts';

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

async function login(url: string): Promise<string> {
  const response = await json(`${url}/v0/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.LATCHKEY_ADMIN_EMAIL, password: TEST_PASSWORD }),
  });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return (response.body as { token: string }).token;
}

const whoami = async (url: string, token: string) =>
  (await json(`${url}/v0/auth/whoami`, { headers: { authorization: `Bearer ${token}` } })).status;

/** Whether `key` opens every data key and every sealed value of the database (false: it opens none). */
async function opensEverything(databaseUrl: string, key: MasterKey): Promise<boolean> {
  const { db } = openDatabase(databaseUrl);
  try {
    const keyring = await Keyring.open(db, key, systemClock);
    for (const field of FIELD_NAMES)
      for (const row of await sealedRows(db, field)) keyring.open(field, row.id, row.value);
    return true;
  } catch (err) {
    if (err instanceof MasterKeyMismatch) return false;
    throw err;
  } finally {
    await db.destroy();
  }
}

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

    for (const [value, problem] of [
      ['c2hvcnQ=', /decodes to 5 bytes/],
      ['not base64 at all!', /it is not base64/],
    ] as const) {
      const malformed = run(['serve', '--port', '0'], dir, { LATCHKEY_MASTER_KEY: value });
      assert.equal(malformed.status, 2);
      assert.match(malformed.stderr, /configuration error: LATCHKEY_MASTER_KEY must be 32 random bytes/);
      assert.match(malformed.stderr, problem);
      assert.ok(!malformed.stderr.includes(value), 'the value is not repeated');
    }
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

for (const dialect of POSTGRES_URL ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)) {
  describe(`rotate-master killed with SIGKILL (${dialect})`, () => {
    let dir: string;
    let databaseUrl: string;
    let drop = async () => {};
    const env: NodeJS.ProcessEnv = { ...ADMIN };
    let oldKey: MasterKey;
    let newKey: MasterKey;

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'latchkey-rotate-'));
      if (dialect === 'postgres') {
        const database = await createDatabase(POSTGRES_URL ?? '');
        databaseUrl = database.url;
        drop = database.drop;
      } else databaseUrl = `sqlite:${join(dir, 'latchkey.db')}`;
      const oldText = newKeyText();
      const newText = newKeyText();
      writeFileSync(join(dir, 'old.key'), oldText, { mode: 0o600 });
      writeFileSync(join(dir, 'new.key'), newText, { mode: 0o600 });
      [oldKey, newKey] = [keyOf(oldText), keyOf(newText)];
      Object.assign(env, {
        LATCHKEY_DATABASE_URL: databaseUrl,
        LATCHKEY_MASTER_KEY_FILE: join(dir, 'old.key'),
      });
    });
    after(async () => {
      await drop();
      rmSync(dir, { recursive: true, force: true });
    });

    /** Starts `secrets rotate-master` held at `point`, and kills it with SIGKILL once it says it is there. */
    async function killRotationAt(point: 'before-commit' | 'after-commit', keyFile: string): Promise<void> {
      const child = spawn(
        process.execPath,
        [BIN, 'secrets', 'rotate-master', '--new-key-file', join(dir, 'new.key')],
        {
          cwd: dir,
          env: {
            ...process.env,
            ...env,
            LATCHKEY_MASTER_KEY_FILE: keyFile,
            LATCHKEY_TEST_HOLD_ROTATION: point,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let out = '';
      const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
      await new Promise<void>((resolve, reject) => {
        const read = (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes(`rotation held ${point}`)) resolve();
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', () => reject(new Error(`rotate-master exited:\n${out}`)));
      });
      child.kill('SIGKILL');
      assert.equal(await exited, 'SIGKILL');
    }

    test('killed before its commit every secret is under the old key; killed after it, under the new one; the server starts with that one only', async () => {
      const server = await startServer(env, dir);
      const token = await login(server.url);
      const hook = await json(`${server.url}/v0/admin/webhooks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url: 'https://hooks.example.com/latchkey', events: ['key.created'] }),
      });
      assert.equal(hook.status, 201);
      await stopServer(server);

      await killRotationAt('before-commit', join(dir, 'old.key'));
      assert.equal(await opensEverything(databaseUrl, oldKey), true);
      assert.equal(await opensEverything(databaseUrl, newKey), false);

      await killRotationAt('after-commit', join(dir, 'old.key'));
      assert.equal(await opensEverything(databaseUrl, newKey), true);
      assert.equal(await opensEverything(databaseUrl, oldKey), false);

      const status = run(['secrets', 'status'], dir, {
        ...env,
        LATCHKEY_MASTER_KEY_FILE: join(dir, 'new.key'),
      });
      assert.equal(status.status, 0, status.stdout + status.stderr);
      assert.match(status.stdout, new RegExp(`master key: ${newKey.id}`));
      assert.match(status.stdout, /signing_keys\.private_key_pem\s+1 under dk_\w+/);
      assert.match(status.stdout, /webhook_endpoints\.secret\s+1 under dk_\w+/);
      assert.doesNotMatch(status.stdout, new RegExp(oldKey.id));
      assert.doesNotMatch(status.stdout, /whsec_|PRIVATE KEY/);

      const refused = run(['serve', '--port', '0'], dir, env);
      assert.equal(refused.status, 1);
      assert.match(
        refused.stderr,
        new RegExp(`LATCHKEY_MASTER_KEY_FILE \\(master key ${oldKey.id}\\).*\\(${newKey.id}\\)`),
      );
      const restarted = await startServer({ ...env, LATCHKEY_MASTER_KEY_FILE: join(dir, 'new.key') }, dir);
      try {
        assert.equal(
          await whoami(restarted.url, token),
          200,
          'the signing key decrypts: the old token verifies',
        );
      } finally {
        await stopServer(restarted);
      }
    });
  });
}

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
