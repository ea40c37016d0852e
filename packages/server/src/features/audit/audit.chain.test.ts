// The hash chain: it verifies after real changes, finds a tampered, removed or truncated event, and
// stays one chain when changes race.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`audit hash chain (${dialect})`, () => {
    let s: TestServer;
    let session: string;

    before(async () => {
      s = await startTestServer(dialect);
      const admin = await s.createUser({ slug: 'chain-admin', admin: true });
      session = await s.login(admin.email);
      for (let i = 0; i < 5; i++) await s.createKey(session, 'chain-admin', { name: `key ${i}` });
    });
    after(() => s.close());

    const verify = () => s.ctx.audit.verify();
    const tamper = (seq: number, changes: string) =>
      sql`update audit_events set changes = ${changes} where seq = ${seq}`.execute(s.ctx.db);

    test('a log of real changes verifies, dense from event 1', async () => {
      const verdict = await verify();
      assert.equal(verdict.ok, true, JSON.stringify(verdict));
      assert.ok(verdict.ok && verdict.events >= 7, 'user created, signed in, five keys');
    });

    test('changes racing each other still form one unbroken chain', async () => {
      const before = await verify();
      assert.ok(before.ok);
      const created = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          s.call('POST', '/v0/users/chain-admin/keys', session, { name: `racer ${i}` }),
        ),
      );
      assert.deepEqual(
        created.map((r) => r.statusCode),
        created.map(() => 201),
      );
      const verdict = await verify();
      assert.ok(verdict.ok, JSON.stringify(verdict));
      assert.equal(verdict.events, before.events + 12);
    });

    test('an edited event is found, named by its seq, and the events before it still verify', async () => {
      const original = await s.ctx.db
        .selectFrom('auditEvents')
        .select('changes')
        .where('seq', '=', 3)
        .executeTakeFirstOrThrow();
      await tamper(3, '{"name":"something else"}');
      const verdict = await verify();
      assert.equal(verdict.ok, false);
      assert.ok(!verdict.ok && verdict.seq === 3 && verdict.events === 2, JSON.stringify(verdict));
      assert.match(!verdict.ok ? verdict.problem : '', /contents do not match its hash/);
      await tamper(3, original.changes);
      assert.equal((await verify()).ok, true, 'restored, it verifies again');
    });

    test('an event whose hash was recomputed breaks the next link', async () => {
      const row = await s.ctx.db
        .selectFrom('auditEvents')
        .selectAll()
        .where('seq', '=', 4)
        .executeTakeFirstOrThrow();
      await sql`update audit_events set hash = ${'f'.repeat(64)} where seq = 4`.execute(s.ctx.db);
      const verdict = await verify();
      assert.ok(!verdict.ok && verdict.seq === 4, JSON.stringify(verdict));
      await sql`update audit_events set hash = ${row.hash} where seq = 4`.execute(s.ctx.db);
    });

    test('a removed event is found', async () => {
      const row = await s.ctx.db
        .selectFrom('auditEvents')
        .selectAll()
        .where('seq', '=', 5)
        .executeTakeFirstOrThrow();
      await s.ctx.db.deleteFrom('auditEvents').where('seq', '=', 5).execute();
      const verdict = await verify();
      assert.ok(!verdict.ok && verdict.seq === 6, JSON.stringify(verdict));
      assert.match(!verdict.ok ? verdict.problem : '', /events 5 to 5 are missing/);
      await s.ctx.db.insertInto('auditEvents').values(row).execute();
      assert.equal((await verify()).ok, true);
    });

    test('removing the newest events is found against the chain head', async () => {
      const head = await s.ctx.db.selectFrom('auditHead').selectAll().executeTakeFirstOrThrow();
      const last = await s.ctx.db
        .selectFrom('auditEvents')
        .selectAll()
        .where('seq', '=', head.seq)
        .executeTakeFirstOrThrow();
      await s.ctx.db.deleteFrom('auditEvents').where('seq', '=', head.seq).execute();
      const verdict = await verify();
      assert.ok(!verdict.ok, 'a truncated log does not verify');
      assert.match(!verdict.ok ? verdict.problem : '', /events were removed/);
      await s.ctx.db.insertInto('auditEvents').values(last).execute();
      assert.equal((await verify()).ok, true);
    });
  });
}
