// After every feature that keeps a secret has been used, the database's bytes (the SQLite files, a pg_dump)
// hold none of them; a value moved to another row does not decrypt.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SealError } from '../lib/crypto/envelope.ts';
import {
  DIALECTS,
  LOOPBACK_OUTBOUND,
  POSTGRES_URL,
  startTestServer,
  type TestServer,
} from '../test/harness.ts';
import { enrolTotp } from '../test/mfa-helpers.ts';
import { waitUntil } from '../test/wait.ts';
import { type Receiver, startReceiver } from '../test/webhook-receiver.ts';

for (const dialect of DIALECTS) {
  describe(`secrets at rest (${dialect})`, () => {
    let dir: string;
    let s: TestServer;
    let hooks: Receiver;
    let adminSession: string;
    /** Every secret the features handed out or were given, to look for in the stored bytes. */
    const secrets: string[] = [];
    let endpointUrl = '';

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'latchkey-at-rest-'));
      s = await startTestServer(dialect, {
        sqlitePath: join(dir, 'latchkey.db'),
        env: { LATCHKEY_WEBHOOK_POLL_MS: '20', ...LOOPBACK_OUTBOUND },
      });
      s.clock.set(Date.now());
      const admin = await s.createUser({ slug: 'root', admin: true });
      adminSession = await s.login(admin.email);
      hooks = await startReceiver({ now: () => s.clock.now() });
    });
    after(async () => {
      await hooks.close();
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('signing keys, webhook secrets, app configuration, activation deliveries, TOTP seeds and recovery codes are stored encrypted or hashed only', async () => {
      // The administrator's TOTP seed (base32, as the authenticator app reads it) and recovery codes.
      const enrolled = await enrolTotp(s, adminSession);
      secrets.push(
        enrolled.seed,
        ...enrolled.recoveryCodes,
        ...enrolled.recoveryCodes.map((c) => c.replaceAll('-', '')),
      );
      const factor = await s.ctx.db
        .selectFrom('totpFactors')
        .select(['id', 'seed'])
        .executeTakeFirstOrThrow();
      assert.match(factor.seed, /^lk1:dk_/);
      assert.equal(s.ctx.keyring.open('totp_factors.seed', factor.id, factor.seed), enrolled.seed);

      const rotated = await s.call('POST', '/v0/admin/signing-keys/rotate', adminSession);
      assert.equal(rotated.statusCode, 200, rotated.body);

      endpointUrl = `${hooks.url}?marker=plainly-stored-url`;
      const endpoint = await s.call('POST', '/v0/admin/webhooks', adminSession, {
        url: endpointUrl,
        events: ['app.secret_rotated'],
      });
      assert.equal(endpoint.statusCode, 201, endpoint.body);
      const endpointSecret = endpoint.json().secret as string;
      hooks.useSecret(endpointSecret);
      secrets.push(endpointSecret);

      const configured = `cfg-${Math.random().toString(36).slice(2)}-token`;
      const app = await s.call('POST', '/v0/apps/manifest', adminSession, {
        manifest_version: 1,
        name: 'Sync',
        version: '1',
        lifecycle: 'automatic',
        webhook_url: `${hooks.url}/app`,
        configuration: [{ key: 'api_token', type: 'text' }],
      });
      assert.equal(app.statusCode, 201, app.body);
      const { slug, webhook_secret: appWebhookSecret } = app.json();
      secrets.push(appWebhookSecret, configured);
      const set = await s.call('PUT', `/v0/apps/${slug}/configuration`, adminSession, {
        api_token: configured,
      });
      assert.equal(set.statusCode, 200, set.body);
      assert.equal(set.json().configuration[0].value, configured, 'read back decrypted');
      assert.equal(
        (await s.call('GET', `/v0/apps/${slug}`, adminSession)).json().configuration[0].value,
        configured,
      );
      assert.equal((await s.call('POST', `/v0/apps/${slug}/activate`, adminSession)).statusCode, 200);

      // The endpoint's secret and the app's activation delivery (its client secret) were read back to be sent.
      await waitUntil(
        () => hooks.of('app.secret_rotated').length === 1 && hooks.received.length >= 2,
        'both deliveries',
      );
      const activation = hooks.received.find((delivery) => delivery.event.type === 'app.activated');
      assert.ok(activation, 'the activation delivery was decrypted and sent');
      const clientSecret = (activation.event as unknown as { client_secret: string }).client_secret;
      assert.match(clientSecret, /^lk_secret_/);
      secrets.push(clientSecret);

      const stored = await storedBytes();
      assert.ok(stored.includes('plainly-stored-url'), 'the scan reads the stored data');
      for (const needle of ['BEGIN PRIVATE KEY', 'BEGIN EC PRIVATE KEY', 'whsec_', ...secrets])
        assert.ok(!stored.includes(needle), `the stored bytes hold ${needle.slice(0, 12)}…`);
    });

    test('a sealed value copied to another row or column does not decrypt', async () => {
      const keys = await s.ctx.db.selectFrom('signingKeys').select(['id', 'privateKeyPem']).execute();
      const [first, second] = keys;
      assert.ok(first && second);
      assert.match(first.privateKeyPem, /^lk1:dk_[0-9A-Za-z]+:[\w-]+:[\w-]+$/);
      assert.ok(s.ctx.keyring.open('signing_keys.private_key_pem', first.id, first.privateKeyPem));
      assert.throws(
        () => s.ctx.keyring.open('signing_keys.private_key_pem', second.id, first.privateKeyPem),
        SealError,
      );
      const app = await s.ctx.db.selectFrom('apps').select(['id', 'configuration']).executeTakeFirstOrThrow();
      assert.throws(() => s.ctx.keyring.open('apps.webhook_secret', app.id, app.configuration), SealError);

      // A webhook endpoint given another endpoint's sealed secret delivers nothing signed with it.
      const other = await s.call('POST', '/v0/admin/webhooks', adminSession, {
        url: `${hooks.url}/other`,
        events: ['app.secret_rotated'],
      });
      assert.equal(other.statusCode, 201);
      const otherId = other.json().uuid as string;
      const original = await s.ctx.db
        .selectFrom('webhookEndpoints')
        .select('secret')
        .where('id', '!=', otherId)
        .executeTakeFirstOrThrow();
      await s.ctx.db
        .updateTable('webhookEndpoints')
        .set({ secret: original.secret })
        .where('id', '=', otherId)
        .execute();
      const slug = (await s.ctx.db.selectFrom('apps').select('slug').executeTakeFirstOrThrow()).slug;
      assert.equal((await s.call('POST', `/v0/apps/${slug}/secret`, adminSession)).statusCode, 201);
      const failedOf = () =>
        s.call('GET', `/v0/admin/webhooks/${otherId}/deliveries?status=failed`, adminSession);
      await waitUntil(async () => (await failedOf()).json().length === 1, 'the refused delivery');
      const [refused] = (await failedOf()).json();
      assert.equal(refused.attempt_log[0].error, 'its secret does not decrypt');
      assert.equal(refused.attempt_log[0].status, null, 'nothing was sent');
    });

    /** The SQLite files as they are on disk (after a checkpoint), or a pg_dump of this test's schema. */
    async function storedBytes(): Promise<string> {
      if (dialect === 'postgres') {
        const dump = spawnSync('pg_dump', ['--schema', s.schema ?? '', '--dbname', POSTGRES_URL ?? ''], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        assert.equal(dump.status, 0, dump.stderr);
        return dump.stdout;
      }
      return readdirSync(dir)
        .map((file) => readFileSync(join(dir, file)).toString('latin1'))
        .join('\n');
    }
  });
}
