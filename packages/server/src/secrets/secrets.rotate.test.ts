// `latchkey secrets rotate-master` killed with SIGKILL before and after its commit: every secret stays
// under exactly one of the two master keys, and the server starts with that one only.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../db/database.ts';
import { systemClock } from '../lib/clock.ts';
import { MasterKey } from '../lib/crypto/master-key.ts';
import { bearer, POSTGRES_URL, TEST_PASSWORD } from '../test/harness.ts';
import { BIN, createDatabase, json, startServer, stopServer } from '../test/processes.ts';
import { Keyring, MasterKeyMismatch } from './keyring.ts';
import { sealedRows } from './plaintext.ts';
import { FIELD_NAMES } from './sealed-fields.ts';

const ADMIN = { LATCHKEY_ADMIN_EMAIL: 'root@example.com', LATCHKEY_ADMIN_PASSWORD: TEST_PASSWORD };

const run = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, LATCHKEY_LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });

const newKeyText = () => `${MasterKey.generate().toBase64()}\n`;
const keyOf = (text: string) => MasterKey.parse(text) as MasterKey;

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
      const signedIn = await json(`${server.url}/v0/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: ADMIN.LATCHKEY_ADMIN_EMAIL, password: TEST_PASSWORD }),
      });
      const token = (signedIn.body as { token: string }).token;
      const hook = await json(`${server.url}/v0/admin/webhooks`, {
        method: 'POST',
        headers: { ...bearer(token), 'content-type': 'application/json' },
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
        const whoami = await json(`${restarted.url}/v0/auth/whoami`, { headers: bearer(token) });
        assert.equal(whoami.status, 200, 'the signing key decrypts: the old token verifies');
      } finally {
        await stopServer(restarted);
      }
    });
  });
}
