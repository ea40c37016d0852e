// GET /v0/admin/audit/verify: the console's button for `latchkey audit verify`, on every store.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`audit chain verification over HTTP (${dialect})`, () => {
    let s: TestServer;
    let session: string;
    before(async () => {
      s = await startTestServer(dialect);
      const admin = await s.createUser({ slug: 'verify-admin', admin: true });
      session = await s.login(admin.email);
      for (let i = 0; i < 3; i++) await s.createKey(session, 'verify-admin', { name: `key ${i}` });
    });
    after(() => s.close());

    test('an intact chain answers intact, with its head to keep', async () => {
      const response = await s.call('GET', '/v0/admin/audit/verify', session);
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.intact, true);
      assert.equal(body.broken, null);
      assert.ok(body.events >= 5);
      assert.equal(body.head.seq, body.events);
      assert.match(body.head.hash, /^[0-9a-f]{64}$/);
    });

    test('a tampered event is named as the first broken link', async () => {
      await sql`update audit_events set changes = ${'{"name":"forged"}'} where seq = ${3}`.execute(s.ctx.db);
      const body = (await s.call('GET', '/v0/admin/audit/verify', session)).json();
      assert.equal(body.intact, false);
      assert.equal(body.head, null);
      assert.equal(body.broken.seq, 3);
      assert.equal(body.events, 2);
      assert.match(body.broken.problem, /hash/);
    });

    test('only administrators may verify', async () => {
      const user = await s.createUser();
      const response = await s.call('GET', '/v0/admin/audit/verify', await s.login(user.email));
      assert.equal(response.statusCode, 403);
    });
  });
}
