// The attacker's side of the token exchange: every forged, stolen, stale or mismatched workload token is refused, naming the failed check.
import assert from 'node:assert/strict';
import { createPublicKey } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type CreatedApp, createApp, oauthPost } from '../../test/apps-helpers.ts';
import { DIALECTS, LOOPBACK_OUTBOUND, startTestServer, type TestServer } from '../../test/harness.ts';
import { generateRsaJwk, signHs256 } from '../../test/idp.ts';
import { AUDIENCE, assertionForm, exchangeForm, WorkloadIssuer } from '../../test/workload-issuer.ts';

const now = () => Math.floor(Date.now() / 1000);
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

for (const dialect of DIALECTS) {
  describe(`refused workload tokens (${dialect})`, () => {
    let s: TestServer;
    let issuer: WorkloadIssuer;
    let other: WorkloadIssuer;
    let admin: string;
    let app: CreatedApp;

    before(async () => {
      issuer = await WorkloadIssuer.start();
      other = await WorkloadIssuer.start();
      s = await startTestServer(dialect, {
        env: {
          ...LOOPBACK_OUTBOUND,
          LATCHKEY_OIDC_JWKS_COOLDOWN_MS: '60000',
          LATCHKEY_AUTH_FAILURE_LIMIT: '1000',
        },
      });
      s.clock.set(Date.now());
      admin = await s.login((await s.createUser({ admin: true })).email);
      app = await createApp(s, admin, { name: 'Target' });
      const added = await s.call('POST', `/v0/apps/${app.uuid}/federated-credentials`, admin, {
        name: 'main',
        issuer: issuer.issuer,
        audience: AUDIENCE,
        subject: 'repo:acme/api:ref:refs/heads/main',
        claims: { repository: 'acme/api', ref: 'refs/heads/main' },
      });
      assert.equal(added.statusCode, 201, added.body);
      // Warm: the issuer's keys are known before the forgeries arrive.
      assert.equal(
        (await oauthPost(s, exchangeForm(app.client_id, issuer.github(AUDIENCE)))).statusCode,
        200,
      );
    });
    after(async () => {
      await s.close();
      await issuer.stop();
      await other.stop();
    });

    /** Both forms refuse `token` naming `check`: RFC 8693's invalid_request, the assertion's invalid_client. */
    async function refused(token: string, check: RegExp, clientId = app.client_id): Promise<void> {
      const exchanged = await oauthPost(s, exchangeForm(clientId, token));
      assert.equal(exchanged.statusCode, 400, exchanged.body);
      assert.equal(exchanged.json().error, 'invalid_request');
      assert.match(exchanged.json().error_description, check);
      const asserted = await oauthPost(s, assertionForm(clientId, token));
      assert.equal(asserted.statusCode, 401, asserted.body);
      assert.equal(asserted.json().error, 'invalid_client');
      assert.match(asserted.json().error_description, check);
      assert.ok(asserted.headers['www-authenticate']);
      for (const body of [exchanged.body, asserted.body])
        assert.ok(!body.includes(token), 'the token is not echoed');
    }

    test('an issuer the app does not trust', async () => {
      await refused(other.github(AUDIENCE), /^iss: the app has no federated credential for the issuer/);
    });

    test('another audience', async () => {
      await refused(issuer.github('https://github.com/acme'), /^audience:/);
    });

    test('another subject', async () => {
      await refused(issuer.github(AUDIENCE, { claims: { sub: 'repo:acme/api:pull_request' } }), /^subject:/);
    });

    test('each claim that differs is named: ref, then repository', async () => {
      await refused(issuer.github(AUDIENCE, { claims: { ref: 'refs/heads/dev' } }), /^claim "ref":/);
      await refused(issuer.github(AUDIENCE, { claims: { repository: 'evil/api' } }), /^claim "repository":/);
      await refused(issuer.github(AUDIENCE, { claims: { ref: undefined } }), /^claim "ref":/);
    });

    test('expired', async () => {
      await refused(
        issuer.github(AUDIENCE, { claims: { iat: now() - 900, nbf: now() - 900, exp: now() - 300 } }),
        /^exp:/,
      );
    });

    test('not yet valid (nbf), and issued in the future (iat)', async () => {
      await refused(issuer.github(AUDIENCE, { claims: { nbf: now() + 600 } }), /^nbf:/);
      await refused(issuer.github(AUDIENCE, { claims: { iat: now() + 600, nbf: undefined } }), /^iat:/);
    });

    test('no exp at all', async () => {
      await refused(issuer.github(AUDIENCE, { claims: { exp: undefined } }), /exp/);
    });

    test('a forged signature: another key under the issuer’s kid', async () => {
      const forger = { ...generateRsaJwk(), kid: issuer.currentKey.kid };
      await refused(issuer.github(AUDIENCE, { key: forger }), /^signature:/);
    });

    test('a tampered payload keeps the real signature and fails it', async () => {
      const [header, , signature] = issuer.github(AUDIENCE).split('.');
      const payload = part({
        iss: issuer.issuer,
        aud: AUDIENCE,
        sub: 'repo:acme/api:ref:refs/heads/main',
        repository: 'acme/api',
        ref: 'refs/heads/main',
        exp: now() + 3600,
      });
      await refused(`${header}.${payload}.${signature}`, /^signature:/);
    });

    test('a key that is not in the issuer’s JWKS', async () => {
      await refused(
        issuer.github(AUDIENCE, { key: generateRsaJwk('not-published') }),
        /^kid: .*not in the issuer's JWKS/,
      );
    });

    test('alg none', async () => {
      const claims = {
        iss: issuer.issuer,
        aud: AUDIENCE,
        sub: 'repo:acme/api:ref:refs/heads/main',
        exp: now() + 300,
      };
      await refused(`${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`, /^alg: an unsigned token/);
    });

    test('HS256 signed with the issuer’s public key as the secret', async () => {
      const publicPem = createPublicKey({ key: issuer.currentKey, format: 'jwk' })
        .export({ type: 'spki', format: 'pem' })
        .toString();
      const token = signHs256(
        publicPem,
        { alg: 'HS256', typ: 'JWT', kid: issuer.currentKey.kid },
        {
          iss: issuer.issuer,
          aud: AUDIENCE,
          sub: 'repo:acme/api:ref:refs/heads/main',
          repository: 'acme/api',
          ref: 'refs/heads/main',
          iat: now(),
          exp: now() + 300,
        },
      );
      await refused(token, /^alg: HS256 is an HMAC algorithm/);
    });

    test('not a JWT at all', async () => {
      await refused('lk_secret_notajwt.at.all!', /not a JWT/);
    });

    test('a token for one app does not open another app', async () => {
      const stranger = await createApp(s, admin, { name: 'Stranger' });
      await refused(issuer.github(AUDIENCE), /^iss: the app has no federated credential/, stranger.client_id);
    });

    test('an unknown client id is invalid_client (401) in both forms', async () => {
      for (const form of [
        exchangeForm('app_nosuchclient', issuer.github(AUDIENCE)),
        assertionForm('app_nosuchclient', issuer.github(AUDIENCE)),
      ]) {
        const response = await oauthPost(s, form);
        assert.equal(response.statusCode, 401, response.body);
        assert.equal(response.json().error, 'invalid_client');
      }
    });

    test('an archived app’s federated credentials no longer answer', async () => {
      const archived = await createApp(s, admin, { name: 'Gone' });
      await s.call('POST', `/v0/apps/${archived.uuid}/federated-credentials`, admin, {
        name: 'gh',
        issuer: issuer.issuer,
        audience: AUDIENCE,
      });
      assert.equal(
        (await oauthPost(s, exchangeForm(archived.client_id, issuer.github(AUDIENCE)))).statusCode,
        200,
      );
      assert.equal((await s.call('DELETE', `/v0/apps/${archived.uuid}`, admin)).statusCode, 200);
      const response = await oauthPost(s, exchangeForm(archived.client_id, issuer.github(AUDIENCE)));
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().error, 'invalid_client');
    });

    test('a removed federated credential stops answering at once', async () => {
      const removable = await createApp(s, admin, { name: 'Removable' });
      await s.call('POST', `/v0/apps/${removable.uuid}/federated-credentials`, admin, {
        name: 'gh',
        issuer: issuer.issuer,
        audience: AUDIENCE,
      });
      const token = issuer.github(AUDIENCE);
      assert.equal((await oauthPost(s, exchangeForm(removable.client_id, token))).statusCode, 200);
      assert.equal(
        (await s.call('DELETE', `/v0/apps/${removable.uuid}/federated-credentials/gh`, admin)).statusCode,
        200,
      );
      const response = await oauthPost(s, exchangeForm(removable.client_id, token));
      assert.equal(response.statusCode, 400);
      assert.match(response.json().error_description, /^iss: the app has no federated credential/);
    });

    test('the form: subject_token_type, requested_token_type, actor_token and client_id are checked', async () => {
      const token = issuer.github(AUDIENCE);
      const cases: [Record<string, string>, RegExp][] = [
        [
          {
            ...exchangeForm(app.client_id, token),
            subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          },
          /subject_token_type/,
        ],
        [
          {
            ...exchangeForm(app.client_id, token),
            requested_token_type: 'urn:ietf:params:oauth:token-type:refresh_token',
          },
          /requested_token_type/,
        ],
        [{ ...exchangeForm(app.client_id, token), actor_token: token }, /actor_token/],
        [
          {
            grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
            subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
            client_id: app.client_id,
          },
          /subject_token is required/,
        ],
        [{ ...exchangeForm(app.client_id, token), client_id: '' }, /client_id is required/],
      ];
      for (const [form, message] of cases) {
        const response = await oauthPost(s, form);
        assert.equal(response.statusCode, 400, response.body);
        assert.equal(response.json().error, 'invalid_request');
        assert.match(response.json().error_description, message);
      }
    });

    test('a jwt-bearer assertion whose iss is its sub is a client’s own (private_key_jwt), never a workload token', async () => {
      const own = issuer.sign({ iss: app.client_id, sub: app.client_id, aud: s.config.publicUrl });
      const response = await oauthPost(s, assertionForm(app.client_id, own));
      // Not checked against federated credentials: client authentication owns it.
      assert.notEqual(response.statusCode, 200);
      assert.doesNotMatch(response.body, /federated credential/);
    });
  });

  describe(`the failure throttle counts refused workload tokens (${dialect})`, () => {
    let s: TestServer;
    let issuer: WorkloadIssuer;

    before(async () => {
      issuer = await WorkloadIssuer.start();
      s = await startTestServer(dialect, { env: { ...LOOPBACK_OUTBOUND, LATCHKEY_AUTH_FAILURE_LIMIT: '3' } });
      s.clock.set(Date.now());
    });
    after(async () => {
      await s.close();
      await issuer.stop();
    });

    test('past the limit an address is answered 429 temporarily_unavailable, with Retry-After', async () => {
      const admin = await s.login((await s.createUser({ admin: true })).email);
      const app = await createApp(s, admin, { name: 'Throttled' });
      await s.call('POST', `/v0/apps/${app.uuid}/federated-credentials`, admin, {
        name: 'gh',
        issuer: issuer.issuer,
        audience: AUDIENCE,
      });
      const from = { remoteAddress: '203.0.113.9' };
      for (let i = 0; i < 3; i++) {
        const response = await oauthPost(s, exchangeForm(app.client_id, issuer.github('wrong')), {}, from);
        assert.equal(response.statusCode, 400);
      }
      const blocked = await oauthPost(s, exchangeForm(app.client_id, issuer.github(AUDIENCE)), {}, from);
      assert.equal(blocked.statusCode, 429, blocked.body);
      assert.equal(blocked.json().error, 'temporarily_unavailable');
      assert.ok(blocked.headers['retry-after']);
      // Another address is not throttled.
      const elsewhere = await oauthPost(
        s,
        exchangeForm(app.client_id, issuer.github(AUDIENCE)),
        {},
        { remoteAddress: '198.51.100.7' },
      );
      assert.equal(elsewhere.statusCode, 200, elsewhere.body);
    });
  });

  describe(`issuers under the outbound policy (${dialect})`, () => {
    let s: TestServer;
    let strict: TestServer;
    let issuer: WorkloadIssuer;
    let admin: string;

    before(async () => {
      issuer = await WorkloadIssuer.start();
      s = await startTestServer(dialect, { env: LOOPBACK_OUTBOUND });
      s.clock.set(Date.now());
      admin = await s.login((await s.createUser({ admin: true })).email);
      strict = await startTestServer(dialect);
    });
    after(async () => {
      await s.close();
      await strict.close();
      await issuer.stop();
    });

    test('an issuer on a private, link-local or (without the allowance) loopback address is refused when added', async () => {
      const app = await createApp(s, admin, { name: 'Policy' });
      for (const bad of [
        'https://10.0.0.5',
        'https://169.254.169.254',
        'https://[fe80::1]',
        'http://github.example',
      ]) {
        const response = await s.call('POST', `/v0/apps/${app.uuid}/federated-credentials`, admin, {
          name: 'bad',
          issuer: bad,
          audience: AUDIENCE,
        });
        assert.equal(response.statusCode, 400, `${bad}: ${response.body}`);
        assert.match(response.json().error.message, /body\.issuer/);
      }
      const strictAdmin = await strict.login((await strict.createUser({ admin: true })).email);
      const strictApp = await createApp(strict, strictAdmin, { name: 'Strict' });
      const loopback = await strict.call(
        'POST',
        `/v0/apps/${strictApp.uuid}/federated-credentials`,
        strictAdmin,
        {
          name: 'local',
          issuer: issuer.issuer,
          audience: AUDIENCE,
        },
      );
      assert.equal(loopback.statusCode, 400, loopback.body);
    });

    test('a discovery document whose JWKS is on a link-local address: the exchange is refused, nothing fetched there', async () => {
      const app = await createApp(s, admin, { name: 'Metadata' });
      const added = await s.call('POST', `/v0/apps/${app.uuid}/federated-credentials`, admin, {
        name: 'gh',
        issuer: issuer.issuer,
        audience: AUDIENCE,
      });
      assert.equal(added.statusCode, 201, added.body);
      issuer.jwksUri = 'http://169.254.169.254/latest/meta-data/jwks';
      try {
        const response = await oauthPost(s, exchangeForm(app.client_id, issuer.github(AUDIENCE)));
        assert.equal(response.statusCode, 400, response.body);
        assert.match(response.json().error_description, /^issuer: the discovery document's jwks_uri/);
      } finally {
        issuer.jwksUri = undefined;
      }
    });
  });
}
