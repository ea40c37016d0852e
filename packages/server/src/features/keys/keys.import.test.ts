// Importing keys from another system: the import's answers, and imported keys in the one pipeline.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import bcrypt from 'bcryptjs';
import type { UserRow } from '../../db/schema.ts';
import { auditEvents } from '../../test/audit-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

const sha256 = (key: string, encoding: 'hex' | 'base64' = 'hex') =>
  createHash('sha256').update(key).digest(encoding);
const basic = (value: string) => ({ authorization: `Basic ${Buffer.from(value).toString('base64')}` });

for (const dialect of DIALECTS) {
  describe(`importing keys (${dialect})`, () => {
    let s: TestServer;
    let admin: UserRow;
    let adminSession: string;
    let owner: UserRow;
    let lookups = 0;
    const hexKey = 'acme_live_0123456789abcdefghij';
    const base64Key = 'acme_live_base64base64base64xyz';
    const bcryptKey = 'acme_bc_9f8e7d6c5b4a39281706';

    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.createUser({ slug: 'importer', admin: true });
      owner = await s.createUser({ slug: 'legacy-owner', email: 'legacy@example.com' });
      adminSession = await s.login(admin.email);
      const resolve = s.ctx.keyImport.resolve.bind(s.ctx.keyImport);
      s.ctx.keyImport.resolve = (hash, secret) => {
        lookups++;
        return resolve(hash, secret);
      };
    });
    after(() => s.close());

    const whoami = (headers: Record<string, string>) =>
      s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers });
    const importKeys = (keys: unknown[], secret = adminSession) =>
      s.call('POST', '/v0/admin/keys/import', secret, { keys });
    const storedHash = async (name: string) =>
      await s.ctx.db
        .selectFrom('apiKeys')
        .select(['hash', 'lookupPrefix'])
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
    const lines = () => [
      { owner: 'legacy-owner', name: 'hex', hash: { sha256: sha256(hexKey) }, start: 'acme_live' },
      { owner: 'legacy@example.com', name: 'base64', hash: { sha256: sha256(base64Key, 'base64') } },
      {
        owner: owner.id,
        name: 'bcrypt',
        hash: { bcrypt: bcrypt.hashSync(bcryptKey, 4) },
        lookup_prefix: bcryptKey.slice(0, 12),
      },
    ];
    let bcryptLines: ReturnType<typeof lines>;

    test('imported keys are off by default: a random string is refused before any lookup', async () => {
      const settings = await s.call('GET', '/v0/admin/settings', adminSession);
      assert.equal(settings.json().allow_imported_keys, false);
      const before = lookups;
      for (const value of [hexKey, 'x'.repeat(40), 'not.a.jwt-but-dots-everywhere']) {
        const response = await whoami(bearer(value));
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error.code, 'invalid_credentials');
      }
      assert.equal(lookups, before);
    });

    test('only an administrator with write power imports: a user and a read-only administrator key get 403', async () => {
      const userSession = await s.login(owner.email);
      assert.equal((await importKeys(lines(), userSession)).statusCode, 403);
      const readOnly = await s.createKey(adminSession, 'importer', {
        name: 'ro',
        scopes: { read_only: true },
      });
      const refused = await importKeys(lines(), readOnly.key);
      assert.equal(refused.statusCode, 403);
      assert.equal(await storedHash('hex').catch(() => undefined), undefined);
    });

    test('an import answers its counts, turns allow_imported_keys on, and is audited without any hash', async () => {
      bcryptLines = lines();
      const response = await importKeys(bcryptLines);
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json(), { imported: 3, already_imported: 0, refused: 0, refusals: [] });
      assert.equal(
        (await s.call('GET', '/v0/admin/settings', adminSession)).json().allow_imported_keys,
        true,
      );
      const [record] = await auditEvents(s, { actions: ['key.imported'] });
      assert.ok(record);
      assert.deepEqual(record.changes, {
        lines: 3,
        imported: 3,
        already_imported: 0,
        refused: 0,
        bcrypt: 1,
        owners: 1,
      });
      const text = JSON.stringify(record);
      assert.doesNotMatch(JSON.stringify(record.changes), /\$2[aby]\$|[0-9a-f]{64}/);
      for (const secret of [
        sha256(hexKey),
        sha256(base64Key, 'base64'),
        sha256(base64Key),
        hexKey,
        bcryptKey,
      ])
        assert.ok(!text.includes(secret));
      assert.ok(!text.includes(bcryptLines[2]?.hash.bcrypt as string));
    });

    test('an imported key authenticates in every form, with the old plaintext', async () => {
      for (const key of [hexKey, base64Key]) {
        for (const headers of [bearer(key), basic(`${key}:`), basic(`apikey:${key}`), { apikey: key }]) {
          const response = await whoami(headers);
          assert.equal(response.statusCode, 200, `${JSON.stringify(headers)} ${response.body}`);
          assert.equal(response.json().principal.uuid, owner.id);
        }
      }
      const url = await s.listen();
      const netrc = join(tmpdir(), `latchkey-import-${process.pid}.netrc`);
      await writeFile(netrc, `machine 127.0.0.1 login apikey password ${hexKey}\n`, { mode: 0o600 });
      const { stdout } = await promisify(execFile)('curl', [
        '-s',
        '--netrc-file',
        netrc,
        `${url}/v0/auth/whoami`,
      ]);
      assert.equal(JSON.parse(stdout).principal.uuid, owner.id);
    });

    test('a bcrypt-hashed key is checked with bcrypt once, then stored as SHA-256', async () => {
      const before = await storedHash('bcrypt');
      assert.match(before.hash, /^bcrypt:\$2[aby]\$/);
      assert.equal(before.lookupPrefix, bcryptKey.slice(0, 12));
      assert.equal((await whoami({ apikey: bcryptKey })).statusCode, 200);
      const afterUse = await storedHash('bcrypt');
      assert.equal(afterUse.hash, sha256(bcryptKey));
      assert.equal(afterUse.lookupPrefix, null);
      assert.equal((await whoami(basic(`apikey:${bcryptKey}`))).statusCode, 200);
      const wrong = await whoami(bearer(`${bcryptKey.slice(0, 12)}WRONGWRONGWRONG`));
      assert.equal(wrong.statusCode, 401);
      assert.equal(wrong.json().error.code, 'invalid_credentials');
    });

    test('a repeated import is idempotent: counted as already imported, nothing duplicated', async () => {
      const response = await importKeys(bcryptLines);
      assert.deepEqual(response.json(), { imported: 0, already_imported: 3, refused: 0, refusals: [] });
      const count = await s.ctx.db
        .selectFrom('apiKeys')
        .select(s.ctx.db.fn.countAll().as('n'))
        .where('importedAt', 'is not', null)
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 3);
    });

    test('refused lines name their index and reason; the rest are imported', async () => {
      const good = {
        owner: 'legacy-owner',
        name: 'good',
        hash: { sha256: sha256('acme_live_goodgoodgoodgood') },
      };
      const response = await importKeys([
        good,
        { owner: 'nobody-here', name: 'x', hash: { sha256: sha256('acme_live_unknownowner000') } },
        { owner: 'legacy-owner', name: 'x', hash: { sha256: 'abc123' } },
        { ...good, name: 'again' },
        { owner: 'legacy-owner', name: 'x', hash: { bcrypt: bcrypt.hashSync('acme_bc_noprefix_00000', 4) } },
        {
          owner: 'legacy-owner',
          name: 'x',
          hash: { bcrypt: bcrypt.hashSync('k', 4).replace('$04$', '$13$') },
          lookup_prefix: 'acme_bc_cost13',
        },
        {
          owner: 'legacy-owner',
          name: 'x',
          hash: { bcrypt: bcrypt.hashSync('acme_bc_nested_a', 4) },
          lookup_prefix: 'acme_bc_nest',
        },
        {
          owner: 'legacy-owner',
          name: 'x',
          hash: { bcrypt: bcrypt.hashSync('acme_bc_nested_b', 4) },
          lookup_prefix: 'acme_bc_nested',
        },
        {
          owner: 'legacy-owner',
          name: 'x',
          hash: { sha256: sha256('acme_live_noproject0000') },
          scopes: { projects: ['no-such-project'] },
        },
      ]);
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.imported, 2);
      assert.deepEqual(
        body.refusals.map((r: { index: number; code: string }) => [r.index, r.code]),
        [
          [1, 'unknown_owner'],
          [2, 'malformed_hash'],
          [3, 'duplicate_in_request'],
          [4, 'lookup_prefix_required'],
          [5, 'bcrypt_cost_too_high'],
          [7, 'lookup_prefix_nested'],
          [8, 'unknown_project'],
        ],
      );
      assert.match(body.refusals[0].message, /nobody-here/);
      assert.match(body.refusals[6].message, /keys\.8\.scopes\.projects\.0/);
    });

    test('a malformed body is a 400 naming the field and index; more than 10,000 lines is a 400 naming the limit', async () => {
      const bad = await importKeys([lines()[0], { owner: 'legacy-owner', hash: { sha256: sha256('x') } }]);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().error.message, /keys\/?\.?1.*name|name.*keys\/?\.?1/);
      const many = Array.from({ length: 10_001 }, (_, i) => ({
        owner: 'o',
        name: 'n',
        hash: { sha256: String(i) },
      }));
      const tooMany = await importKeys(many);
      assert.equal(tooMany.statusCode, 400);
      assert.match(tooMany.json().error.message, /10000/);
    });

    test('lists show imported keys as imported', async () => {
      const mine = (await s.call('GET', '/v0/users/legacy-owner/keys?per_page=50', adminSession)).json();
      assert.equal(mine.find((key: { name: string }) => key.name === 'hex').imported, true);
      const all = (await s.call('GET', '/v0/admin/keys?per_page=100', adminSession)).json();
      assert.equal(all.find((key: { name: string }) => key.name === 'base64').imported, true);
      assert.equal(all.find((key: { name: string }) => key.name === 'ro').imported, false);
    });

    test('a JWT-shaped value is never an imported key, even with its hash imported', async () => {
      const jwtShaped = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
      await importKeys([{ owner: 'legacy-owner', name: 'jwt', hash: { sha256: sha256(jwtShaped) } }]);
      const before = lookups;
      const response = await whoami(bearer(jwtShaped));
      assert.equal(response.statusCode, 401);
      assert.equal(lookups, before);
    });

    test('expired, revoked and suspended imported keys are refused naming why', async () => {
      await importKeys([
        {
          owner: 'legacy-owner',
          name: 'expired',
          hash: { sha256: sha256('acme_live_expired00000000') },
          expiration: '2001-01-01T00:00:00Z',
        },
        { owner: 'legacy-owner', name: 'revoke me', hash: { sha256: sha256('acme_live_revokeme0000000') } },
      ]);
      assert.equal(
        (await whoami(bearer('acme_live_expired00000000'))).json().error.code,
        'credential_expired',
      );
      assert.equal((await whoami(bearer('acme_live_revokeme0000000'))).statusCode, 200);
      const id = (
        await s.ctx.db
          .selectFrom('apiKeys')
          .select('id')
          .where('name', '=', 'revoke me')
          .executeTakeFirstOrThrow()
      ).id;
      assert.equal(
        (await s.call('POST', '/v0/admin/keys/revoke', adminSession, { keys: [id] })).statusCode,
        200,
      );
      assert.equal(
        (await whoami(bearer('acme_live_revokeme0000000'))).json().error.code,
        'credential_revoked',
      );
      const again = await importKeys([
        { owner: 'legacy-owner', name: 'revoke me', hash: { sha256: sha256('acme_live_revokeme0000000') } },
      ]);
      assert.equal(again.json().already_imported, 1);
      assert.equal(
        (await whoami(bearer('acme_live_revokeme0000000'))).json().error.code,
        'credential_revoked',
      );

      assert.equal(
        (await s.call('PATCH', '/v0/users/legacy-owner', adminSession, { suspended: true })).statusCode,
        200,
      );
      assert.equal((await whoami(bearer(hexKey))).json().error.code, 'user_suspended');
      await s.call('PATCH', '/v0/users/legacy-owner', adminSession, { suspended: false });
      assert.equal((await whoami(bearer(hexKey))).statusCode, 200);
    });

    test('after imported_keys_until imported keys are refused with imported_keys_ended; native keys work', async () => {
      const native = await s.createKey(adminSession, 'importer', { name: 'native' });
      const until = new Date(s.clock.now() + 60_000).toISOString();
      const patched = await s.call('PATCH', '/v0/admin/settings', adminSession, {
        imported_keys_until: until,
      });
      assert.equal(patched.statusCode, 200, patched.body);
      assert.equal((await whoami(bearer(hexKey))).statusCode, 200);
      s.clock.advance(61_000);
      const refused = await whoami(bearer(hexKey));
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.json().error.code, 'imported_keys_ended');
      assert.equal((await whoami(bearer(native.key))).statusCode, 200);
      await s.call('PATCH', '/v0/admin/settings', adminSession, { imported_keys_until: null });
      assert.equal((await whoami(bearer(hexKey))).statusCode, 200);
    });

    test('turned off again, imported keys are refused before any lookup', async () => {
      await s.call('PATCH', '/v0/admin/settings', adminSession, { allow_imported_keys: false });
      const before = lookups;
      assert.equal((await whoami(bearer(base64Key))).json().error.code, 'invalid_credentials');
      assert.equal((await whoami(bearer('acme_live_never_imported_0000'))).statusCode, 401);
      assert.equal(lookups, before);
      await s.call('PATCH', '/v0/admin/settings', adminSession, { allow_imported_keys: true });
    });
  });
}
