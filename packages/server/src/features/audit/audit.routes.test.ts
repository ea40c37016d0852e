// GET /v0/admin/audit (filters, list conventions), its NDJSON export, and GET /v0/audit (one object's history).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`audit endpoints (${dialect})`, () => {
    let s: TestServer;
    let admin: UserRow;
    let alice: UserRow;
    let adminSession: string;
    let aliceSession: string;
    let bobSession: string;
    let aliceKey: { uuid: string; key: string };
    let startedAt: number;

    before(async () => {
      s = await startTestServer(dialect);
      startedAt = s.clock.now();
      admin = await s.createUser({ slug: 'auditor', admin: true });
      alice = await s.createUser({ slug: 'alice' });
      const bob = await s.createUser({ slug: 'bob' });
      adminSession = await s.login(admin.email);
      aliceSession = await s.login(alice.email);
      bobSession = await s.login(bob.email);
      s.clock.advance(60_000);
      aliceKey = await s.createKey(aliceSession, 'alice', { name: 'ci' });
      await s.call('PATCH', `/v0/users/alice/keys/${aliceKey.uuid}`, aliceSession, { name: 'ci runner' });
      s.clock.advance(60_000);
    });
    after(() => s.close());

    const admin_ = (query: string) => s.call('GET', `/v0/admin/audit${query}`, adminSession);

    test('administrators only', async () => {
      const refused = await s.call('GET', '/v0/admin/audit', aliceSession);
      assert.equal(refused.statusCode, 403);
      assert.equal((await s.call('GET', '/v0/admin/audit/export', aliceKey.key)).statusCode, 403);
    });

    test('newest first by default, with X-Total-Count and a Link to the next page', async () => {
      const response = await admin_('?per_page=2');
      assert.equal(response.statusCode, 200);
      const events = response.json();
      assert.equal(events.length, 2);
      assert.ok(events[0].seq > events[1].seq);
      assert.ok(Number(response.headers['x-total-count']) >= 8);
      assert.match(String(response.headers.link), /rel="next"/);
      const oldest = (await admin_('?per_page=1&direction=asc')).json();
      assert.equal(oldest[0].seq, 1);
    });

    test('filters: action, action type, actor, target and time', async () => {
      const renamed = (await admin_('?action=key.renamed')).json();
      assert.equal(renamed.length, 1);
      assert.deepEqual(renamed[0].changes.name, { from: 'ci', to: 'ci runner' });
      const keyEvents = (await admin_('?action=key.*')).json();
      assert.deepEqual(keyEvents.map((e: { action: string }) => e.action).sort(), [
        'key.created',
        'key.renamed',
      ]);
      const byAlice = (await admin_('?actor=alice')).json();
      assert.ok(byAlice.length >= 3);
      assert.ok(byAlice.every((e: { actor: { uuid: string } }) => e.actor.uuid === alice.id));
      assert.deepEqual((await admin_(`?actor=${alice.email}`)).json(), byAlice);
      const onKey = (await admin_(`?target=key:${aliceKey.uuid}`)).json();
      assert.equal(onKey.length, 2);
      const anyUser = (await admin_('?target=user&action=user.created')).json();
      assert.equal(anyUser.length, 3);
      const window = (
        await admin_(
          `?since=${new Date(startedAt + 30_000).toISOString()}&until=${new Date(startedAt + 90_000).toISOString()}`,
        )
      ).json();
      assert.deepEqual(window.map((e: { action: string }) => e.action).sort(), [
        'key.created',
        'key.renamed',
      ]);
    });

    test('a bad filter is a 400 that names it', async () => {
      for (const [query, field] of [
        ['?action=key.exploded', 'querystring.action'],
        ['?action=nothing.*', 'querystring.action'],
        ['?target=planet:mars', 'querystring.target'],
        ['?since=yesterday', 'querystring.since'],
        [
          `?since=${new Date(startedAt).toISOString()}&until=${new Date(startedAt).toISOString()}`,
          'querystring.until',
        ],
        ['?actor=nobody-at-all', 'querystring.actor'],
      ] as const) {
        const response = await admin_(query);
        assert.equal(response.statusCode, 400, query);
        assert.match(response.json().error.message, new RegExp(field.replace('.', '\\.')), query);
      }
    });

    test('reads record nothing', async () => {
      const count = async () => Number((await admin_('?per_page=1')).headers['x-total-count']);
      const before = await count();
      await s.call('GET', '/v0/auth/whoami', aliceKey.key);
      await s.call('GET', '/v0/users/alice/keys', aliceSession);
      await s.call('GET', `/v0/audit?target=key:${aliceKey.uuid}`, aliceSession);
      await s.call('GET', '/v0/admin/audit/export', adminSession);
      assert.equal(await count(), before);
    });

    test('no secret reaches the log: not a key, a password or a session token', async () => {
      const body = (await s.call('GET', '/v0/admin/audit/export', adminSession)).body;
      for (const secret of [aliceKey.key, TEST_PASSWORD, aliceSession, adminSession])
        assert.ok(!body.includes(secret), 'a secret was recorded');
      assert.ok(body.includes(aliceKey.key.slice(0, 12)), "the key's start is recorded, to recognise it");
    });

    test('the NDJSON export: one event a line, in chain order, each linked to the one before', async () => {
      const response = await s.call('GET', '/v0/admin/audit/export', adminSession);
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^application\/x-ndjson/);
      const lines = response.body
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.equal(lines.length, Number((await admin_('?per_page=1')).headers['x-total-count']));
      lines.forEach((event, i) => {
        assert.equal(event.seq, i + 1);
        if (i > 0) assert.equal(event.prev_hash, lines[i - 1].hash);
      });
      const filtered = await s.call('GET', '/v0/admin/audit/export?action=key.created', adminSession);
      assert.equal(filtered.body.trimEnd().split('\n').length, 1);
    });

    test('GET /v0/audit: a user sees the history of what they can see, and nothing else', async () => {
      const own = await s.call('GET', `/v0/audit?target=key:${aliceKey.uuid}`, aliceSession);
      assert.equal(own.statusCode, 200);
      assert.deepEqual(
        own.json().map((e: { action: string }) => e.action),
        ['key.renamed', 'key.created'],
      );
      assert.equal(own.headers['x-total-count'], '2');
      const self = (await s.call('GET', '/v0/audit?target=user:alice', aliceSession)).json();
      assert.ok(self.some((e: { action: string }) => e.action === 'session.signed_in'));
      for (const target of [`key:${aliceKey.uuid}`, 'user:alice', 'settings:site']) {
        const refused = await s.call('GET', `/v0/audit?target=${target}`, bobSession);
        assert.equal(refused.statusCode, 404, target);
      }
      assert.equal(
        (await s.call('GET', `/v0/audit?target=key:${aliceKey.uuid}`, adminSession)).json().length,
        2,
        'an administrator sees every object',
      );
      assert.equal((await s.call('GET', '/v0/audit?target=settings:site', adminSession)).statusCode, 200);
      const noRef = await s.call('GET', '/v0/audit?target=key', aliceSession);
      assert.equal(noRef.statusCode, 400);
      assert.match(noRef.json().error.message, /querystring\.target/);
    });
  });
}
