// netrc() with a real file in a temp dir against a real server: the host's entry, $NETRC, and clear refusals.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createLatchkey, ok } from '../client.ts';
import { type SdkServer, startSdkServer } from '../test/server.ts';
import { netrc, netrcPath, parseNetrc } from './netrc.ts';

describe('netrc() against a real server', () => {
  let server: SdkServer;
  let dir: string;
  let key: string;
  before(async () => {
    server = await startSdkServer();
    key = (await server.s.createKey(server.adminToken, server.admin.slug)).key;
    dir = await mkdtemp(join(tmpdir(), 'latchkey-netrc-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
    await server.close();
  });

  test('the entry for the client host (127.0.0.1), among others, as Basic apikey:KEY', async () => {
    const path = join(dir, 'netrc');
    await writeFile(
      path,
      `# keys\nmachine elsewhere.invalid login apikey password lk_user_other\n\nmachine 127.0.0.1\n  login apikey\n  password ${key}\n`,
      { mode: 0o600 },
    );
    const lk = createLatchkey({ url: server.url, auth: netrc({ path }) });
    const me = await ok(lk.GET('/v0/auth/whoami'));
    assert.equal(me.principal.slug, server.admin.slug);
    assert.equal(me.credential.kind, 'user_key');
  });

  test('$NETRC names the file; `default` serves a host without an entry', async () => {
    const path = join(dir, 'netrc-default');
    await writeFile(
      path,
      `machine elsewhere.invalid login apikey password x\ndefault login apikey password ${key}\n`,
    );
    assert.equal(netrcPath({ NETRC: path }), path);
    const saved = process.env.NETRC;
    process.env.NETRC = path;
    try {
      const lk = createLatchkey({ url: server.url, auth: netrc() });
      assert.equal((await ok(lk.GET('/v0/auth/whoami'))).principal.slug, server.admin.slug);
    } finally {
      if (saved === undefined) delete process.env.NETRC;
      else process.env.NETRC = saved;
    }
  });

  test('no entry for the host, or no file: an error naming the file and host, never a key', async () => {
    const path = join(dir, 'netrc-other');
    await writeFile(path, 'machine elsewhere.invalid login apikey password lk_user_secret\n');
    const lk = createLatchkey({ url: server.url, auth: netrc({ path }) });
    await assert.rejects(lk.GET('/v0/auth/whoami'), (error: Error) => {
      assert.match(error.message, /no login and password for machine 127\.0\.0\.1/);
      assert.doesNotMatch(error.message, /lk_user_secret/);
      return true;
    });
    const missing = createLatchkey({ url: server.url, auth: netrc({ path: join(dir, 'absent') }) });
    await assert.rejects(missing.GET('/v0/auth/whoami'), /cannot read .*absent \(ENOENT\)/);
  });

  test('parseNetrc: quoted values, comments, macdef bodies skipped', () => {
    const entries = parseNetrc(
      'machine a login "user name" password "p w"\nmacdef init\nmachine fake login x password y\n\nmachine b login apikey password k\n',
    );
    assert.deepEqual(entries.get('a'), { login: 'user name', password: 'p w' });
    assert.equal(entries.get('fake'), undefined);
    assert.deepEqual(entries.get('b'), { login: 'apikey', password: 'k' });
  });
});
