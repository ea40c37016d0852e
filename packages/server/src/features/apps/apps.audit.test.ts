// What app, token and signing-key changes record, and who each event names: a developer's session or key,
// an administrator, the app itself by its client secret, the server; refused and empty changes record nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { basicAuth, createApp, createSecret, oauthPost, obtainToken } from '../../test/apps-helpers.ts';
import { assertActor, auditEvents, lastEvent } from '../../test/audit-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

/** A client secret's display start: its prefix and four characters, as keys. */
const startOf = (secret: string) => secret.slice(0, 'lk_secret_'.length + 4);
const CONFIG_VALUE = 'https://tenant.example.com/?token=do-not-record-me';

for (const dialect of DIALECTS) {
  describe(`app, token and signing-key changes in the audit log (${dialect})`, () => {
    let s: TestServer;
    let admin: UserRow;
    let dev: UserRow;
    let adminSession: string;
    let devSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.createUser({ slug: 'root', admin: true });
      dev = await s.createUser({ slug: 'dev' });
      adminSession = await s.login(admin.email);
      devSession = await s.login(dev.email);
      assert.equal(
        (await s.call('PATCH', '/v0/users/dev', adminSession, { developer: true })).statusCode,
        200,
      );
    });
    after(() => s.close());

    const count = async () => (await auditEvents(s)).length;
    /** Every recorded event as text, to search for secrets. */
    const everything = async () => JSON.stringify(await auditEvents(s));

    test('the first signing key, made at first start, is recorded as the server’s rotation', async () => {
      const [first] = await auditEvents(s, { actions: ['signing_key.rotated'] });
      assert.ok(first);
      assertActor(first, { type: 'system', uuid: null, kind: null });
      assert.deepEqual(first.changes.retired, []);
    });

    test('created from scratch with a session: name, slug, client id and lifecycle', async () => {
      const app = await createApp(s, devSession, { name: 'Sync', slug: 'sync' });
      const event = await lastEvent(s, 'app.created');
      assert.deepEqual(event.target, { type: 'app', id: app.uuid });
      assertActor(event, { type: 'user', uuid: dev.id, kind: 'session' });
      assert.deepEqual(event.changes, {
        name: 'Sync',
        slug: 'sync',
        client_id: app.client_id,
        lifecycle: 'manual',
      });
    });

    test('created with the developer’s API key: the key is the actor, by its start', async () => {
      const key = await s.createKey(devSession, 'dev', { name: 'ci' });
      const app = await createApp(s, key.key);
      const event = await lastEvent(s, 'app.created');
      assert.equal(event.target.id, app.uuid);
      assertActor(event, { type: 'user', uuid: dev.id, kind: 'user_key', hint: key.key.slice(0, 12) });
    });

    test('from a manifest: version and webhook URL, never the webhook secret', async () => {
      const response = await s.call('POST', '/v0/apps/manifest', devSession, {
        manifest_version: 1,
        name: 'Hooked',
        description: 'Has a webhook',
        version: '2.0.0',
        lifecycle: 'automatic',
        configuration: [{ key: 'tenant_url', type: 'text', required: true }],
        webhook_url: 'https://hooks.example.com/latchkey',
      });
      assert.equal(response.statusCode, 201, response.body);
      const created = response.json();
      const event = await lastEvent(s, 'app.created');
      assert.equal(event.target.id, created.uuid);
      assert.equal(event.changes.lifecycle, 'automatic');
      assert.equal(event.changes.version, '2.0.0');
      assert.equal(event.changes.webhook_url, 'https://hooks.example.com/latchkey');
      assert.ok(!(await everything()).includes(created.webhook_secret));
    });

    test('renamed by its creator and given a rate limit by an administrator: from and to', async () => {
      const app = await createApp(s, devSession, { name: 'Before' });
      await s.call('PATCH', `/v0/apps/${app.uuid}`, devSession, { name: 'After' });
      const renamed = await lastEvent(s, 'app.updated');
      assertActor(renamed, { type: 'user', uuid: dev.id, kind: 'session' });
      assert.deepEqual(renamed.changes, { name: { from: 'Before', to: 'After' } });

      const limited = { per_second: 5, burst: 10 };
      await s.call('PATCH', `/v0/apps/${app.uuid}`, adminSession, { rate_limit: limited });
      const limit = await lastEvent(s, 'app.updated');
      assertActor(limit, { type: 'user', uuid: admin.id, kind: 'session' });
      assert.deepEqual(limit.changes, { rate_limit: { from: null, to: limited } });

      await s.call('PATCH', `/v0/apps/${app.uuid}`, adminSession, { rate_limit: null });
      assert.deepEqual((await lastEvent(s, 'app.updated')).changes, {
        rate_limit: { from: limited, to: null },
      });
    });

    test('a PATCH that changes nothing, and one that is refused, record nothing', async () => {
      const app = await createApp(s, devSession, { name: 'Same' });
      const before = await count();
      assert.equal(
        (await s.call('PATCH', `/v0/apps/${app.uuid}`, devSession, { name: 'Same' })).statusCode,
        200,
      );
      const refused = await s.call('PATCH', `/v0/apps/${app.uuid}`, devSession, {
        rate_limit: { per_second: 1, burst: 1 },
      });
      assert.equal(refused.statusCode, 403);
      assert.equal((await s.call('POST', `/v0/apps/${app.uuid}/activate`, devSession)).statusCode, 403);
      assert.equal(await count(), before);
    });

    test('configured and activated: which items were set (never their values), and the administrator', async () => {
      const response = await s.call('POST', '/v0/apps/manifest', devSession, {
        manifest_version: 1,
        name: 'Needs config',
        description: 'x',
        version: '1.0.0',
        lifecycle: 'automatic',
        configuration: [
          { key: 'tenant_url', type: 'text', required: true },
          { key: 'batch', type: 'number', required: false },
        ],
      });
      const app = response.json();
      const path = `/v0/apps/${app.uuid}/configuration`;
      assert.equal(
        (await s.call('PUT', path, devSession, { tenant_url: CONFIG_VALUE, batch: 5 })).statusCode,
        200,
      );
      const configured = await lastEvent(s, 'app.configured');
      assertActor(configured, { type: 'user', uuid: dev.id });
      assert.deepEqual(configured.changes, { set: ['tenant_url', 'batch'], removed: [] });
      assert.equal((await s.call('PUT', path, devSession, { tenant_url: CONFIG_VALUE })).statusCode, 200);
      assert.deepEqual((await lastEvent(s, 'app.configured')).changes, { set: [], removed: ['batch'] });
      assert.ok(!(await everything()).includes('do-not-record-me'));

      const activated = await s.call('POST', `/v0/apps/${app.uuid}/activate`, adminSession);
      assert.equal(activated.statusCode, 200, activated.body);
      const event = await lastEvent(s, 'app.activated');
      assert.deepEqual(event.target, { type: 'app', id: app.uuid });
      assertActor(event, { type: 'user', uuid: admin.id, kind: 'session' });
    });

    test('a secret generated: its start and the old one’s grace, never the secret', async () => {
      const app = await createApp(s, devSession);
      const first = await createSecret(s, devSession, app.uuid);
      const event = await lastEvent(s, 'app.secret_generated');
      assert.deepEqual(event.target, { type: 'app', id: app.uuid });
      assert.deepEqual(event.changes, { start: startOf(first), previous_secret_expiration: null });
      const second = await createSecret(s, adminSession, app.uuid, 600);
      const replaced = await lastEvent(s, 'app.secret_generated');
      assertActor(replaced, { type: 'user', uuid: admin.id });
      assert.equal(replaced.changes.previous_secret_expiration, s.clock.now() + 600_000);
      const recorded = await everything();
      assert.ok(!recorded.includes(first) && !recorded.includes(second));
    });

    describe('token revocation', () => {
      let app: Awaited<ReturnType<typeof createApp>>;
      let secret: string;
      before(async () => {
        app = await createApp(s, devSession);
        secret = await createSecret(s, devSession, app.uuid);
      });
      const revoke = (token: string, authorization: string) =>
        oauthPost(s, { token }, { authorization }, { url: '/v0/oauth/revoke' });

      test('by the app itself: the actor is the app, by its client secret’s start', async () => {
        const token = await obtainToken(s, app.client_id, secret);
        const jti = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).jti;
        assert.equal((await revoke(token, basicAuth(app.client_id, secret))).statusCode, 200);
        const event = await lastEvent(s, 'token.revoked');
        assert.deepEqual(event.target, { type: 'token', id: jti });
        assertActor(event, { type: 'app', uuid: app.uuid, kind: 'client_secret', hint: startOf(secret) });
        assert.equal(event.actor.label, app.client_id);
        assert.equal(event.changes.client_id, app.client_id);
        assert.ok(!(await everything()).includes(token));
      });

      test('a refused client authentication is recorded like a failed sign-in; a granted one records nothing', async () => {
        const before = await count();
        await obtainToken(s, app.client_id, secret);
        assert.equal(await count(), before, 'issuing a token writes nothing');
        const tokenWith = (authorization: string) =>
          oauthPost(s, { grant_type: 'client_credentials' }, { authorization });
        const wrong = `${secret.slice(0, -3)}xyz`;
        assert.equal((await tokenWith(basicAuth(app.client_id, wrong))).statusCode, 401);
        const event = await lastEvent(s, 'app.client_auth_failed');
        assert.deepEqual(event.target, { type: 'app', id: app.uuid });
        assertActor(event, { type: 'anonymous', uuid: null, kind: null });
        assert.deepEqual(event.changes, {
          client_id: app.client_id,
          method: 'client_secret_basic',
          reason: 'wrong_secret',
        });
        assert.ok(!(await everything()).includes(wrong));
        assert.equal((await tokenWith(basicAuth('app_nobody', secret))).statusCode, 401);
        const unknown = await lastEvent(s, 'app.client_auth_failed');
        assert.deepEqual(unknown.target, { type: 'app', id: 'app_nobody' });
        assert.equal(unknown.changes.reason, 'unknown_client');
        assert.ok(!(await everything()).includes(secret));
      });

      test('by an administrator; revoking it again, or another app’s token, records nothing', async () => {
        const token = await obtainToken(s, app.client_id, secret);
        assert.equal((await revoke(token, `Bearer ${adminSession}`)).statusCode, 200);
        assertActor(await lastEvent(s, 'token.revoked'), { type: 'user', uuid: admin.id, kind: 'session' });
        const other = await createApp(s, devSession);
        const otherSecret = await createSecret(s, devSession, other.uuid);
        const fresh = await obtainToken(s, app.client_id, secret);
        const before = await count();
        assert.equal((await revoke(token, `Bearer ${adminSession}`)).statusCode, 200);
        assert.equal((await revoke(fresh, basicAuth(other.client_id, otherSecret))).statusCode, 200);
        assert.equal(await count(), before);
        assert.equal((await s.call('GET', '/v0/auth/whoami', fresh)).statusCode, 200);
      });
    });

    test('archived by its creator; archiving again is a 409 and records nothing', async () => {
      const app = await createApp(s, devSession);
      const secret = await createSecret(s, devSession, app.uuid);
      assert.equal((await s.call('DELETE', `/v0/apps/${app.uuid}`, devSession)).statusCode, 200);
      const event = await lastEvent(s, 'app.archived');
      assert.deepEqual(event.target, { type: 'app', id: app.uuid });
      assertActor(event, { type: 'user', uuid: dev.id, kind: 'session' });
      const before = await count();
      assert.equal((await s.call('DELETE', `/v0/apps/${app.uuid}`, devSession)).statusCode, 409);
      assert.equal(await count(), before);
      const refused = await oauthPost(
        s,
        { grant_type: 'client_credentials' },
        { authorization: basicAuth(app.client_id, secret) },
      );
      assert.equal(refused.statusCode, 401);
      assert.equal((await lastEvent(s, 'app.client_auth_failed')).changes.reason, 'archived');
    });

    test('a signing key rotated by an administrator names the keys it retired', async () => {
      const previous = s.ctx.signingKeys.current().kid;
      const response = await s.call('POST', '/v0/admin/signing-keys/rotate', adminSession);
      assert.equal(response.statusCode, 200);
      const event = await lastEvent(s, 'signing_key.rotated');
      assert.deepEqual(event.target, { type: 'signing_key', id: response.json().kid });
      assertActor(event, { type: 'user', uuid: admin.id, kind: 'session' });
      assert.deepEqual(event.changes.retired, [previous]);
      assert.ok(!(await everything()).includes('PRIVATE KEY'));
    });

    test('an app’s history at /v0/audit is for whoever can see the app', async () => {
      const app = await createApp(s, devSession, { name: 'Visible' });
      await s.call('PATCH', `/v0/apps/${app.uuid}`, devSession, { description: 'now described' });
      const history = await s.call('GET', `/v0/audit?target=app:${app.slug}`, devSession);
      assert.equal(history.statusCode, 200, history.body);
      assert.deepEqual(
        history.json().map((e: { action: string }) => e.action),
        ['app.updated', 'app.created'],
      );
    });
  });
}
