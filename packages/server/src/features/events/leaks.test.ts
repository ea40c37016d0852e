// Leaked-credential reports in GitHub's partner format, signed by a key pair made here, and self-revocation.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { generateSecret } from '../../lib/crypto/secrets.ts';
import { createApp, createSecret, oauthPost } from '../../test/apps-helpers.ts';
import {
  bearer,
  DIALECTS,
  LOOPBACK_OUTBOUND,
  secondInstance,
  startTestServer,
  type TestServer,
} from '../../test/harness.ts';
import { makeSigningKey, signReport, startKeyServer } from '../../test/scanning-keys.ts';
import { waitUntil } from '../../test/wait.ts';
import { type Receiver, startReceiver } from '../../test/webhook-receiver.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const REPO = 'https://github.com/octocat/Hello-World/blob/1234/foo/bar.txt';

for (const dialect of DIALECTS) {
  describe(`leaked-credential reports (${dialect})`, () => {
    const current = makeSigningKey('key-current');
    const later = makeSigningKey('key-later');
    let keyServer: Awaited<ReturnType<typeof startKeyServer>>;
    let s: TestServer;
    let adminSession: string;
    let session: string;
    let hooks: Receiver;

    before(async () => {
      keyServer = await startKeyServer([current]);
      s = await startTestServer(dialect, {
        env: {
          ...LOOPBACK_OUTBOUND,
          LATCHKEY_SECRET_SCANNING_KEYS_URL: keyServer.url,
          LATCHKEY_SECRET_SCANNING_COOLDOWN_MS: '60000',
          LATCHKEY_WEBHOOK_POLL_MS: '20',
        },
      });
      const admin = await s.createUser({ slug: 'root', admin: true });
      const ada = await s.createUser({ slug: 'ada' });
      adminSession = await s.login(admin.email);
      session = await s.login(ada.email);
      hooks = await startReceiver({ now: () => s.clock.now() });
      const created = await s.call('POST', '/v0/admin/webhooks', adminSession, {
        url: hooks.url,
        events: ['credential.leak_reported', 'key.revoked'],
      });
      hooks.useSecret(created.json().secret);
    });
    after(async () => {
      await s.close();
      await hooks.close();
      await keyServer.close();
    });

    const report = (body: string, headers: Record<string, string> = {}) =>
      s.app.inject({
        method: 'POST',
        url: '/v0/security/leaked-credentials',
        headers: { 'content-type': 'application/json', ...headers },
        payload: body,
      });
    const signed = (body: string, key = current) =>
      report(body, {
        'github-public-key-identifier': key.identifier,
        'github-public-key-signature': signReport(key, body),
      });
    const whoami = (secret: string) =>
      s.app.inject({ method: 'GET', url: '/v0/users/ada', headers: bearer(secret) });

    test('a signed report revokes the user key, session key and client secret it names; feedback labels each', async () => {
      const key = await s.createKey(session, 'ada', { name: 'leaked' });
      assert.equal((await whoami(key.key)).statusCode, 200, 'cached before the report');
      // From a session of its own: the leaked session key ends the session it belongs to.
      const otherSession = await s.login((await s.ctx.users.findByRef('ada'))?.email ?? '');
      const sessionKey = (await s.call('POST', '/v0/auth/session-keys', otherSession)).json().key as string;
      const app = await createApp(s, adminSession);
      const clientSecret = await createSecret(s, adminSession, app.slug);
      const unknown = generateSecret('user').plaintext;
      const tokens = [
        { token: key.key, type: 'latchkey_user_key', url: REPO, source: 'content' },
        { token: sessionKey, type: 'latchkey_session_key', url: REPO, source: 'commit' },
        { token: clientSecret, type: 'latchkey_client_secret', url: REPO, source: 'content' },
        { token: unknown, type: 'latchkey_user_key', url: REPO, source: 'content' },
        { token: 'lk_user_not-a-real-key', type: 'latchkey_user_key', url: REPO, source: 'content' },
      ];
      const response = await signed(JSON.stringify(tokens));
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(
        response.json(),
        tokens.map((t, i) => ({
          token_hash: sha256(t.token),
          token_type: t.type,
          label: i < 3 ? 'true_positive' : 'false_positive',
        })),
      );
      assert.equal((await whoami(key.key)).json().error.code, 'credential_revoked');
      assert.equal((await whoami(sessionKey)).statusCode, 401);
      const token = await oauthPost(s, {
        grant_type: 'client_credentials',
        client_id: app.client_id,
        client_secret: clientSecret,
      });
      assert.equal(token.statusCode, 401);
      const audit = await s.call('GET', '/v0/admin/audit?action=credential.leak_reported', adminSession);
      assert.equal(audit.json().length, 3);
      for (const entry of audit.json())
        assert.deepEqual([entry.changes.url, entry.changes.revoked], [REPO, true]);
      const revoked = await s.call(
        'GET',
        `/v0/admin/audit?target=key:${key.uuid}&action=key.revoked`,
        adminSession,
      );
      assert.deepEqual(
        [revoked.json()[0].changes.by, revoked.json()[0].changes.source],
        ['leaked', 'content'],
      );
      for (const secret of [key.key, sessionKey, clientSecret]) assert.ok(!audit.body.includes(secret));
      await waitUntil(() => hooks.of('credential.leak_reported').length === 3, 'three leak events');
      await waitUntil(() => hooks.of('key.revoked').length === 2, 'key.revoked for both keys');
      assert.deepEqual(
        hooks.of('key.revoked').map((d) => d.event.data.reason),
        ['leaked', 'leaked'],
      );
      const bodies = hooks.received.map((d) => d.body).join('\n');
      for (const secret of [key.key, sessionKey, clientSecret])
        assert.ok(!bodies.includes(secret), 'no secret in any event');
      const again = await signed(JSON.stringify(tokens.slice(0, 1)));
      assert.equal(again.json()[0].label, 'true_positive', 'a revoked key is still ours');
    });

    test('unsigned, forged, tampered and unreadable reports are refused; nothing is revoked', async () => {
      const key = await s.createKey(session, 'ada', { name: 'safe' });
      const body = JSON.stringify([
        { token: key.key, type: 'latchkey_user_key', url: REPO, source: 'content' },
      ]);
      assert.equal((await report(body)).statusCode, 401);
      const forger = makeSigningKey('key-current');
      const forged = await report(body, {
        'github-public-key-identifier': current.identifier,
        'github-public-key-signature': signReport(forger, body),
      });
      assert.equal(forged.statusCode, 401);
      assert.equal(forged.json().error.code, 'bad_signature');
      const tampered = await report(body.replace('content', 'commit'), {
        'github-public-key-identifier': current.identifier,
        'github-public-key-signature': signReport(current, body),
      });
      assert.equal(tampered.statusCode, 401);
      const garbage = await report(body, {
        'github-public-key-identifier': current.identifier,
        'github-public-key-signature': '!!',
      });
      assert.equal(garbage.statusCode, 401);
      assert.equal((await signed('[{"token": ')).statusCode, 400);
      assert.equal((await signed('{"token":"x"}')).statusCode, 400);
      const huge = `[${Array(40_000)
        .fill(`{"token":"${'x'.repeat(100)}","type":"t"}`)
        .join(',')}]`;
      assert.equal((await signed(huge)).statusCode, 413);
      assert.equal((await whoami(key.key)).statusCode, 200, 'the key still works');
    });

    test('an unknown key identifier refetches the keys at most once per cooldown', async () => {
      const body = JSON.stringify([{ token: 'lk_user_x', type: 't', url: REPO, source: 'content' }]);
      s.clock.advance(61_000); // past the cooldown of the first fetch
      const before = keyServer.fetches();
      assert.equal((await signed(body, later)).statusCode, 401, 'not published yet');
      assert.equal(keyServer.fetches(), before + 1);
      assert.equal((await signed(body, later)).statusCode, 401);
      assert.equal(keyServer.fetches(), before + 1, 'within the cooldown: no fetch');
      keyServer.keys.push(later);
      s.clock.advance(61_000);
      const now = await signed(body, later);
      assert.equal(now.statusCode, 200, 'published and fetched after the cooldown');
      assert.equal(keyServer.fetches(), before + 2);
      assert.equal((await signed(body, current)).statusCode, 200, 'the older key still verifies');
      assert.equal(keyServer.fetches(), before + 2, 'known identifiers need no fetch');
    });

    test('a 5,000-token report is answered in time, in batches', async () => {
      const real: string[] = [];
      for (let i = 0; i < 50; i++) real.push((await s.createKey(session, 'ada', { name: `bulk ${i}` })).key);
      const tokens = [
        ...real,
        ...Array.from({ length: 4950 }, (_, i) =>
          i % 2 ? generateSecret('user').plaintext : `lk_sess_${i}`,
        ),
      ].map((token) => ({ token, type: 'latchkey_user_key', url: REPO, source: 'content' }));
      const started = Date.now();
      const response = await signed(JSON.stringify(tokens));
      const elapsed = Date.now() - started;
      assert.equal(response.statusCode, 200);
      const labels = response.json().map((f: { label: string }) => f.label);
      assert.equal(labels.filter((l: string) => l === 'true_positive').length, 50);
      assert.equal(labels.length, 5000);
      assert.ok(elapsed < 10_000, `answered in ${elapsed} ms`);
      assert.equal((await whoami(real[49] ?? '')).statusCode, 401);
    });

    test('self-revocation: public, 202 whatever matched, rate-limited per address', async () => {
      const key = await s.createKey(session, 'ada', { name: 'mine' });
      const revoke = (credentials: unknown, remoteAddress = '198.51.100.7') =>
        s.app.inject({
          method: 'POST',
          url: '/v0/credentials/revoke',
          remoteAddress,
          payload: { credentials },
        });
      const done = await revoke([key.key, generateSecret('user').plaintext, 'garbage']);
      assert.equal(done.statusCode, 202);
      assert.deepEqual(done.json(), { received: 3 });
      assert.equal((await whoami(key.key)).json().error.code, 'credential_revoked');
      assert.equal((await revoke(['nothing'])).statusCode, 202, 'unknown: the same answer');
      assert.equal((await revoke([])).statusCode, 400);
      assert.equal((await revoke(Array(1001).fill('x'))).statusCode, 400);
      await waitUntil(
        () =>
          hooks
            .of('credential.leak_reported')
            .some((d) => (d.event.data.report as { source: string }).source === 'self_revocation'),
        'the owner to be told',
      );
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await revoke(['x'], '198.51.100.99')).statusCode);
      assert.equal(statuses.filter((code) => code === 429).length > 0, true, statuses.join(','));
      assert.equal(
        (await revoke(['x'], '198.51.100.100')).statusCode,
        202,
        'another address has its own budget',
      );
    });

    test('a report of a key still in its grace after a reroll revokes the key that replaced it', async () => {
      const old = await s.createKey(session, 'ada', { name: 'rerolled, then leaked' });
      const rerolled = await s.call('POST', `/v0/users/ada/keys/${old.uuid}/reroll`, old.key, {
        grace_seconds: 600,
      });
      assert.equal(rerolled.statusCode, 201, rerolled.body);
      const next = rerolled.json();
      assert.equal((await whoami(next.key)).statusCode, 200, 'cached before the report');
      const body = JSON.stringify([
        { token: old.key, type: 'latchkey_user_key', url: REPO, source: 'content' },
      ]);
      const response = await signed(body);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal((await whoami(old.key)).json().error.code, 'credential_revoked');
      assert.equal((await whoami(next.key)).json().error.code, 'credential_revoked');
      const audit = await s.call(
        'GET',
        `/v0/admin/audit?target=key:${next.uuid}&action=key.revoked`,
        adminSession,
      );
      assert.deepEqual(
        [audit.json()[0]?.changes.by, audit.json()[0]?.changes.rerolled_from],
        ['leaked', old.uuid],
      );
      await waitUntil(
        () => hooks.of('key.revoked').some((d) => (d.event.data.key as { id: string }).id === next.uuid),
        'key.revoked for the replacement',
      );
    });

    if (dialect === 'postgres')
      test('a reported key is refused at once on another instance that had it cached', async () => {
        const other = await secondInstance(s);
        try {
          const key = await s.createKey(session, 'ada', { name: 'everywhere' });
          const onOther = () =>
            other.app.inject({ method: 'GET', url: '/v0/users/ada', headers: bearer(key.key) });
          assert.equal((await onOther()).statusCode, 200);
          const body = JSON.stringify([
            { token: key.key, type: 'latchkey_user_key', url: REPO, source: 'content' },
          ]);
          assert.equal((await signed(body)).statusCode, 200);
          await waitUntil(
            async () => (await onOther()).statusCode === 401,
            'the other instance to refuse',
            2000,
          );
        } finally {
          await other.app.close();
        }
      });
  });
}
