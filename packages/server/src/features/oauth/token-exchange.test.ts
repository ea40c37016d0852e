// A workload's own token for an app's access token: GitHub-Actions- and Kubernetes-shaped tokens from a real issuer on loopback, both forms.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TOKEN_EXCHANGE_GRANT } from '../../auth/client-assertion.ts';
import { type CreatedApp, createApp, oauthPost } from '../../test/apps-helpers.ts';
import { lastEvent } from '../../test/audit-helpers.ts';
import { bearer, DIALECTS, LOOPBACK_OUTBOUND, startTestServer, type TestServer } from '../../test/harness.ts';
import { claimsOf } from '../../test/idp.ts';
import { AUDIENCE, assertionForm, exchangeForm, WorkloadIssuer } from '../../test/workload-issuer.ts';

for (const dialect of DIALECTS) {
  describe(`the token exchange for workload tokens (${dialect})`, () => {
    let s: TestServer;
    let issuer: WorkloadIssuer;
    let admin: string;
    let app: CreatedApp;

    before(async () => {
      issuer = await WorkloadIssuer.start();
      s = await startTestServer(dialect, {
        env: { ...LOOPBACK_OUTBOUND, LATCHKEY_OIDC_JWKS_COOLDOWN_MS: '100' },
      });
      s.clock.set(Date.now());
      const root = await s.createUser({ admin: true });
      admin = await s.login(root.email);
      app = await createApp(s, admin, { name: 'Deployer' });
      const added = await s.call('POST', `/v0/apps/${app.uuid}/federated-credentials`, admin, {
        name: 'main-branch',
        issuer: issuer.issuer,
        audience: AUDIENCE,
        claims: { repository: 'acme/api', ref: 'refs/heads/main' },
      });
      assert.equal(added.statusCode, 201, added.body);
      const pods = await s.call('POST', `/v0/apps/${app.uuid}/federated-credentials`, admin, {
        name: 'ci-deployer',
        issuer: issuer.issuer,
        audience: 'latchkey',
        subject: 'system:serviceaccount:ci:deployer',
        claims: { 'kubernetes.io/namespace': 'ci' },
      });
      assert.equal(pods.statusCode, 201, pods.body);
    });
    after(async () => {
      await s.close();
      await issuer.stop();
    });

    test('a GitHub Actions token is exchanged (RFC 8693) for the app’s access token, with act naming the workload', async () => {
      const response = await oauthPost(s, exchangeForm(app.client_id, issuer.github(AUDIENCE)));
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.equal(body.token_type, 'Bearer');
      assert.equal(body.issued_token_type, 'urn:ietf:params:oauth:token-type:access_token');
      assert.equal(body.expires_in, s.config.accessTokenTtlSeconds);
      assert.equal(response.headers['cache-control'], 'no-store');
      const claims = claimsOf(body.access_token);
      assert.equal(claims.sub, app.uuid);
      assert.equal(claims.client_id, app.client_id);
      assert.equal(claims.scope, 'api');
      const act = claims.act as Record<string, unknown>;
      assert.equal(act.iss, issuer.issuer);
      assert.equal(act.sub, 'repo:acme/api:ref:refs/heads/main');
      const credential = (
        await s.call('GET', `/v0/apps/${app.uuid}/federated-credentials/main-branch`, admin)
      ).json();
      assert.equal(act.federated_credential, credential.uuid);
      // An ordinary access token: it authenticates as the app.
      const whoami = await s.app.inject({ url: '/v0/auth/whoami', headers: bearer(body.access_token) });
      assert.equal(whoami.statusCode, 200, whoami.body);
      assert.equal(whoami.json().principal.client_id, app.client_id);
      assert.equal(whoami.json().credential.kind, 'app_token');
    });

    test('a Kubernetes projected service-account token is accepted as a jwt-bearer client assertion (Azure’s form)', async () => {
      const response = await oauthPost(s, assertionForm(app.client_id, issuer.kubernetes('latchkey')));
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.equal(body.issued_token_type, undefined);
      const act = claimsOf(body.access_token).act as Record<string, unknown>;
      assert.equal(act.sub, 'system:serviceaccount:ci:deployer');
    });

    test('the same token through both forms answers the same app', async () => {
      const token = issuer.github(AUDIENCE);
      for (const form of [exchangeForm(app.client_id, token), assertionForm(app.client_id, token)]) {
        const response = await oauthPost(s, form);
        assert.equal(response.statusCode, 200, response.body);
        assert.equal(claimsOf(response.json().access_token).sub, app.uuid);
      }
    });

    test('a glob claim: refs/heads/* takes every branch and no tag', async () => {
      const globbed = await createApp(s, admin, { name: 'Branches' });
      const added = await s.call('POST', `/v0/apps/${globbed.uuid}/federated-credentials`, admin, {
        name: 'any-branch',
        issuer: issuer.issuer,
        audience: AUDIENCE,
        subject: 'repo:acme/api:*',
        claims: { ref: 'refs/heads/*' },
      });
      assert.equal(added.statusCode, 201, added.body);
      const branch = issuer.github(AUDIENCE, {
        claims: { ref: 'refs/heads/release/1.0', sub: 'repo:acme/api:ref:refs/heads/release/1.0' },
      });
      assert.equal((await oauthPost(s, exchangeForm(globbed.client_id, branch))).statusCode, 200);
      const tag = issuer.github(AUDIENCE, {
        claims: { ref: 'refs/tags/v1', sub: 'repo:acme/api:ref:refs/tags/v1' },
      });
      const refused = await oauthPost(s, exchangeForm(globbed.client_id, tag));
      assert.equal(refused.statusCode, 400);
      assert.match(refused.json().error_description, /claim "ref"/);
    });

    test('the token carries the app’s scopes and the permissions the app holds, as with its secret', async () => {
      const response = await oauthPost(s, {
        ...exchangeForm(app.client_id, issuer.github(AUDIENCE)),
        scope: 'api',
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().scope, 'api');
      const unknown = await oauthPost(s, {
        ...exchangeForm(app.client_id, issuer.github(AUDIENCE)),
        scope: 'no-such:scope',
      });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().error, 'invalid_scope');
    });

    test('the app’s own rate limit is charged by an exchange', async () => {
      const limited = await createApp(s, admin, { name: 'Limited' });
      assert.equal(
        (
          await s.call('PATCH', `/v0/apps/${limited.uuid}`, admin, {
            rate_limit: { per_second: 1, burst: 1 },
          })
        ).statusCode,
        200,
      );
      const added = await s.call('POST', `/v0/apps/${limited.uuid}/federated-credentials`, admin, {
        name: 'gh',
        issuer: issuer.issuer,
        audience: AUDIENCE,
      });
      assert.equal(added.statusCode, 201, added.body);
      const first = await oauthPost(s, exchangeForm(limited.client_id, issuer.github(AUDIENCE)));
      assert.equal(first.statusCode, 200, first.body);
      const second = await oauthPost(s, exchangeForm(limited.client_id, issuer.github(AUDIENCE)));
      assert.equal(second.statusCode, 429, second.body);
      assert.equal(second.json().error, 'temporarily_unavailable');
    });

    test('the JWKS is fetched once and kept; a rotated key (an unknown kid) fetches it again', async () => {
      issuer.jwksRequests = 0;
      await oauthPost(s, exchangeForm(app.client_id, issuer.github(AUDIENCE)));
      await oauthPost(s, exchangeForm(app.client_id, issuer.github(AUDIENCE)));
      assert.equal(issuer.jwksRequests, 0, 'the keys fetched by the earlier tests are used');
      issuer.rotate();
      await new Promise((resolve) => setTimeout(resolve, 150));
      const rotated = await oauthPost(s, exchangeForm(app.client_id, issuer.github(AUDIENCE)));
      assert.equal(rotated.statusCode, 200, rotated.body);
      assert.equal(issuer.jwksRequests, 1);
    });

    test('a refused exchange is audited as a refused client authentication, naming the check and never the token', async () => {
      const token = issuer.github('https://elsewhere.example');
      const refused = await oauthPost(s, exchangeForm(app.client_id, token));
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().error, 'invalid_request');
      assert.match(refused.json().error_description, /^audience:/);
      assert.ok(!refused.body.includes(token));
      const event = await lastEvent(s, 'app.client_auth_failed');
      assert.deepEqual(event.target, { type: 'app', id: app.uuid });
      assert.equal(event.changes.method, 'token_exchange');
      assert.equal(event.changes.reason, 'audience');
      assert.ok(!JSON.stringify(event).includes(token.split('.')[2] ?? 'x'));
    });

    test('the discovery document lists the token-exchange grant', async () => {
      const metadata = (await s.app.inject({ url: '/.well-known/oauth-authorization-server' })).json();
      assert.ok(metadata.grant_types_supported.includes(TOKEN_EXCHANGE_GRANT));
    });
  });
}
