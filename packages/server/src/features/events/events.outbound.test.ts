// Webhooks under the outbound policy: loopback only when allowed, a short plain-text excerpt in the delivery log, read by write-capable administrators.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '../../lib/ids.ts';
import { DIALECTS, LOOPBACK_OUTBOUND, startTestServer, type TestServer } from '../../test/harness.ts';
import { waitUntil } from '../../test/wait.ts';
import { generateWebhookSecret } from './events.signing.ts';
import { insertEndpoint } from './events.store.ts';

const LONG_TEXT = `${'plain '.repeat(100)}END`;

/** A loopback service that is not a webhook receiver: each path answers with its own type of body. */
async function startService(): Promise<{ server: Server; base: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    request.resume();
    const answers: Record<string, [number, string, string]> = {
      '/metrics': [404, 'text/html; charset=utf-8', '<html><body>Not found: GET /metrics</body></html>'],
      '/text': [500, 'text/plain', LONG_TEXT],
      '/json': [200, 'application/problem+json', '{"ok":true}'],
      '/octets': [502, 'application/octet-stream', 'internal dump'],
      '/untyped': [503, '', 'no type'],
    };
    const [status, type, body] = answers[request.url ?? ''] ?? [404, 'text/plain', 'nothing here'];
    if (type) response.setHeader('content-type', type);
    response.writeHead(status).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

interface Attempt {
  status: number | null;
  error: string | null;
  response: string | null;
}

for (const dialect of DIALECTS) {
  describe(`webhooks under the outbound policy (${dialect})`, () => {
    let service: Awaited<ReturnType<typeof startService>>;
    before(async () => {
      service = await startService();
    });
    after(() => new Promise<void>((resolve) => service.server.close(() => resolve())));

    describe('by default (loopback not allowed)', () => {
      let s: TestServer;
      let adminSession: string;
      before(async () => {
        s = await startTestServer(dialect, { env: { LATCHKEY_WEBHOOK_POLL_MS: '20' } });
        adminSession = await s.login((await s.createUser({ admin: true })).email);
      });
      after(() => s.close());

      test('a webhook or manifest URL on loopback, in any spelling, is a 400 naming the setting', async () => {
        const port = new URL(service.base).port;
        const spellings = [
          `http://127.0.0.1:${port}/metrics`,
          `http://0x7f000001:${port}/metrics`,
          `http://2130706433:${port}/metrics`,
          `http://0177.0.0.1:${port}/metrics`,
          `http://127.1:${port}/metrics`,
          `http://127.0.0.1.:${port}/metrics`,
          `http://[::1]:${port}/metrics`,
          `http://[::ffff:127.0.0.1]:${port}/metrics`,
          `http://LOCALHOST.:${port}/metrics`,
          `https://status.localhost:${port}/metrics`,
        ];
        for (const url of spellings) {
          const created = await s.call('POST', '/v0/admin/webhooks', adminSession, {
            url,
            events: ['key.created'],
          });
          assert.equal(created.statusCode, 400, `${url}: ${created.body}`);
          assert.match(
            created.json().error.message,
            /body\.url: must not point at a loopback address unless LATCHKEY_OUTBOUND_ALLOW_LOOPBACK/,
          );
          const manifest = await s.call('POST', '/v0/apps/manifest', adminSession, {
            manifest_version: 1,
            name: 'Hooked',
            version: '1',
            webhook_url: url,
          });
          assert.equal(manifest.statusCode, 400, `${url}: ${manifest.body}`);
          assert.match(manifest.json().error.message, /webhook_url: .*LATCHKEY_OUTBOUND_ALLOW_LOOPBACK/);
        }
        assert.deepEqual(service.hits, []);
      });

      test('an endpoint saved on loopback under a looser policy is neither changed to another loopback URL nor delivered to', async () => {
        const now = s.clock.now();
        const id = uuidv7(now);
        await insertEndpoint(s.ctx.db, {
          id,
          url: `${service.base}/text`,
          description: 'saved before loopback was refused',
          events: JSON.stringify(['key.created']),
          secret: s.ctx.keyring.seal('webhook_endpoints.secret', id, generateWebhookSecret()),
          disabledAt: null,
          createdAt: now,
          updatedAt: now,
        });
        const changed = await s.call('PATCH', `/v0/admin/webhooks/${id}`, adminSession, {
          url: `http://[::1]:${new URL(service.base).port}/json`,
        });
        assert.equal(changed.statusCode, 400, changed.body);
        const user = await s.createUser();
        await s.createKey(adminSession, user.slug);
        let attempts: Attempt[] = [];
        await waitUntil(async () => {
          const log = await s.call('GET', `/v0/admin/webhooks/${id}/deliveries`, adminSession);
          attempts = log.json()[0]?.attempt_log ?? [];
          return attempts.length > 0;
        }, 'the delivery attempt');
        assert.equal(attempts[0]?.status, null);
        assert.match(attempts[0]?.error ?? '', /loopback address unless LATCHKEY_OUTBOUND_ALLOW_LOOPBACK/);
        assert.deepEqual(service.hits, [], 'nothing reached the loopback service');
      });
    });

    describe('with LATCHKEY_OUTBOUND_ALLOW_LOOPBACK=true', () => {
      let s: TestServer;
      let adminSession: string;
      let readOnlyAdminKey: string;
      let fullAdminKey: string;
      let adminSlug: string;
      before(async () => {
        s = await startTestServer(dialect, { env: { ...LOOPBACK_OUTBOUND, LATCHKEY_WEBHOOK_POLL_MS: '20' } });
        const admin = await s.createUser({ admin: true });
        adminSlug = admin.slug;
        adminSession = await s.login(admin.email);
        readOnlyAdminKey = (
          await s.createKey(adminSession, admin.slug, { name: 'ro', scopes: { read_only: true } })
        ).key;
        fullAdminKey = (await s.createKey(adminSession, admin.slug, { name: 'full' })).key;
      });
      after(() => s.close());

      test('the delivery log keeps the status and at most 200 characters of a plain-text or JSON answer, nothing of other types', async () => {
        service.hits.length = 0;
        const endpoints: Record<string, string> = {};
        for (const path of ['/metrics', '/text', '/json', '/octets', '/untyped']) {
          const created = await s.call('POST', '/v0/admin/webhooks', adminSession, {
            url: `${service.base}${path}`,
            events: ['key.created'],
          });
          assert.equal(created.statusCode, 201, created.body);
          endpoints[path] = created.json().uuid;
        }
        await s.createKey(adminSession, adminSlug, { name: 'raises key.created' });
        const firstAttempt = async (path: string): Promise<Attempt | undefined> => {
          const log = await s.call('GET', `/v0/admin/webhooks/${endpoints[path]}/deliveries`, adminSession);
          return log.json()[0]?.attempt_log[0];
        };
        await waitUntil(
          async () => (await firstAttempt('/untyped')) !== undefined && service.hits.length >= 5,
          'five attempts',
        );
        const attempts: Record<string, Attempt | undefined> = {};
        for (const path of Object.keys(endpoints)) {
          await waitUntil(async () => (await firstAttempt(path)) !== undefined, `the attempt on ${path}`);
          attempts[path] = await firstAttempt(path);
        }
        assert.deepEqual([attempts['/metrics']?.status, attempts['/metrics']?.response], [404, null]);
        assert.equal(attempts['/text']?.status, 500);
        assert.equal(attempts['/text']?.response, LONG_TEXT.slice(0, 200));
        assert.equal(attempts['/json']?.status, 200);
        assert.equal(attempts['/json']?.response, '{"ok":true}');
        assert.deepEqual([attempts['/octets']?.status, attempts['/octets']?.response], [502, null]);
        assert.deepEqual([attempts['/untyped']?.status, attempts['/untyped']?.response], [503, null]);
      });

      test('only an administrator who may change things reads the delivery log: a read-only administrator key gets 403', async () => {
        const created = await s.call('POST', '/v0/admin/webhooks', adminSession, {
          url: `${service.base}/json`,
          events: ['key.created'],
        });
        const url = `/v0/admin/webhooks/${created.json().uuid}/deliveries`;
        const readOnly = await s.call('GET', url, readOnlyAdminKey);
        assert.equal(readOnly.statusCode, 403, readOnly.body);
        assert.match(readOnly.json().error.message, /read-only/);
        assert.equal((await s.call('GET', url, fullAdminKey)).statusCode, 200);
        assert.equal((await s.call('GET', url, adminSession)).statusCode, 200);
        // The endpoint itself stays readable with the read-only key: only the answers are held back.
        assert.equal(
          (await s.call('GET', `/v0/admin/webhooks/${created.json().uuid}`, readOnlyAdminKey)).statusCode,
          200,
        );
      });
    });
  });
}
