// An app's federated credentials: added, listed, changed and removed by its managers, validated, and audited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { type CreatedApp, createApp } from '../../test/apps-helpers.ts';
import { assertActor, lastEvent } from '../../test/audit-helpers.ts';
import { DIALECTS, LOOPBACK_OUTBOUND, startTestServer, type TestServer } from '../../test/harness.ts';
import { globMatches } from './federated-credentials.service.ts';

const GITHUB = 'https://token.actions.githubusercontent.com';

describe('the claim glob', () => {
  test('* matches any run of characters, slashes included; everything else only itself', () => {
    assert.ok(globMatches('refs/heads/*', 'refs/heads/main'));
    assert.ok(globMatches('refs/heads/*', 'refs/heads/release/1.0'));
    assert.ok(globMatches('refs/heads/*', 'refs/heads/'));
    assert.ok(!globMatches('refs/heads/*', 'refs/tags/v1'));
    assert.ok(!globMatches('refs/heads/main', 'refs/heads/main2'));
    assert.ok(globMatches('repo:acme/*:environment:prod', 'repo:acme/api:environment:prod'));
    assert.ok(!globMatches('repo:acme/*:environment:prod', 'repo:acme/api:environment:staging'));
    assert.ok(globMatches('a*b*c', 'a-b-b-c'));
    assert.ok(!globMatches('a*b*c', 'acb'));
    assert.ok(!globMatches('ab*ba', 'aba'), 'prefix and suffix may not overlap');
    assert.ok(!globMatches('.*', 'anything'), 'regular-expression characters are literal');
  });
});

for (const dialect of DIALECTS) {
  describe(`federated credentials on an app (${dialect})`, () => {
    let s: TestServer;
    let dev: UserRow;
    let devSession: string;
    let otherSession: string;
    let adminSession: string;
    let app: CreatedApp;
    const url = () => `/v0/apps/${app.uuid}/federated-credentials`;
    const body = {
      name: 'deploy-main',
      issuer: GITHUB,
      audience: 'https://latchkey.example',
      claims: { repository: 'acme/api', ref: 'refs/heads/main' },
    };

    before(async () => {
      s = await startTestServer(dialect, { env: LOOPBACK_OUTBOUND });
      const admin = await s.createUser({ admin: true });
      adminSession = await s.login(admin.email);
      dev = await s.createUser({ slug: 'dev' });
      const other = await s.createUser({ slug: 'other' });
      for (const slug of ['dev', 'other'])
        assert.equal(
          (await s.call('PATCH', `/v0/users/${slug}`, adminSession, { developer: true })).statusCode,
          200,
        );
      devSession = await s.login(dev.email);
      otherSession = await s.login(other.email);
      app = await createApp(s, devSession, { name: 'Deployer' });
    });
    after(() => s.close());

    test('the app’s creator adds one: 201 with what was stored, audited', async () => {
      const response = await s.call('POST', url(), devSession, body);
      assert.equal(response.statusCode, 201, response.body);
      const created = response.json();
      assert.equal(created.name, 'deploy-main');
      assert.equal(created.issuer, GITHUB);
      assert.equal(created.subject, null);
      assert.deepEqual(created.claims, { ref: 'refs/heads/main', repository: 'acme/api' });
      assert.equal(created.creator, dev.id);
      const event = await lastEvent(s, 'app.federated_credential_added');
      assert.deepEqual(event.target, { type: 'app', id: app.uuid });
      assertActor(event, { type: 'user', uuid: dev.id, kind: 'session' });
      assert.equal(event.changes.name, 'deploy-main');
      assert.equal(event.changes.issuer, GITHUB);
    });

    test('listed, and viewed by UUID or name', async () => {
      const list = await s.call('GET', url(), devSession);
      assert.equal(list.statusCode, 200);
      assert.deepEqual(
        list.json().map((row: { name: string }) => row.name),
        ['deploy-main'],
      );
      const [row] = list.json();
      assert.equal((await s.call('GET', `${url()}/${row.uuid}`, devSession)).json().name, 'deploy-main');
      assert.equal((await s.call('GET', `${url()}/deploy-main`, devSession)).json().uuid, row.uuid);
      assert.equal((await s.call('GET', `${url()}/nope`, devSession)).statusCode, 404);
    });

    test('a second one with the same name is 409', async () => {
      const response = await s.call('POST', url(), devSession, body);
      assert.equal(response.statusCode, 409, response.body);
    });

    test('changed: the fields given replace the stored ones; audited with from and to', async () => {
      const response = await s.call('PATCH', `${url()}/deploy-main`, devSession, {
        claims: { repository: 'acme/api', ref: 'refs/heads/*' },
        subject: 'repo:acme/api:*',
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json().claims, { ref: 'refs/heads/*', repository: 'acme/api' });
      assert.equal(response.json().subject, 'repo:acme/api:*');
      const event = await lastEvent(s, 'app.federated_credential_updated');
      assert.deepEqual(event.changes.subject, { from: null, to: 'repo:acme/api:*' });
      assert.ok(event.changes.claims);
      assert.equal(event.changes.audience, undefined, 'unchanged fields are not recorded');
    });

    test('validation names the field: reserved claims, a non-https issuer, a missing audience, too many claims', async () => {
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ ...body, name: 'a', claims: { aud: 'x' } }, /body\.claims: aud/],
        [{ ...body, name: 'b', issuer: 'http://token.example' }, /body\.issuer/],
        [{ ...body, name: 'c', issuer: 'https://token.example/?x=1' }, /body\.issuer/],
        [{ name: 'd', issuer: GITHUB }, /audience/],
        [
          {
            ...body,
            name: 'e',
            claims: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`c${i}`, 'v'])),
          },
          /claims/,
        ],
        [{ ...body, name: 'f', claims: { ref: '' } }, /claims/],
        [{ ...body, name: 'g', unknown: true }, /unknown/],
      ];
      for (const [payload, message] of cases) {
        const response = await s.call('POST', url(), devSession, payload);
        assert.equal(response.statusCode, 400, `${JSON.stringify(payload)}: ${response.body}`);
        assert.match(response.json().error.message, message);
      }
    });

    test('another developer does not manage it (403); an administrator does', async () => {
      assert.equal((await s.call('GET', url(), otherSession)).statusCode, 403);
      assert.equal((await s.call('POST', url(), otherSession, { ...body, name: 'x' })).statusCode, 403);
      assert.equal((await s.call('DELETE', `${url()}/deploy-main`, otherSession)).statusCode, 403);
      assert.equal((await s.call('GET', url(), adminSession)).statusCode, 200);
    });

    test('an API key cannot add one: adding a way in is a signed-in session’s act', async () => {
      const { key } = await s.createKey(devSession, 'dev', { name: 'ci' });
      const response = await s.call('POST', url(), key, { ...body, name: 'by-key' });
      assert.equal(response.statusCode, 403, response.body);
    });

    test('removed: 200 with what was removed, audited; then 404', async () => {
      const response = await s.call('DELETE', `${url()}/deploy-main`, devSession);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().name, 'deploy-main');
      const event = await lastEvent(s, 'app.federated_credential_removed');
      assert.equal(event.changes.name, 'deploy-main');
      assert.equal((await s.call('DELETE', `${url()}/deploy-main`, devSession)).statusCode, 404);
      assert.deepEqual((await s.call('GET', url(), devSession)).json(), []);
    });

    test('at most 20 per app', async () => {
      const many = await createApp(s, devSession, { name: 'Many' });
      for (let i = 0; i < 20; i++) {
        const response = await s.call('POST', `/v0/apps/${many.uuid}/federated-credentials`, devSession, {
          ...body,
          name: `c${i}`,
        });
        assert.equal(response.statusCode, 201, response.body);
      }
      const response = await s.call('POST', `/v0/apps/${many.uuid}/federated-credentials`, devSession, {
        ...body,
        name: 'c20',
      });
      assert.equal(response.statusCode, 409);
      assert.match(response.json().error.message, /at most 20/);
    });

    test('an archived app’s credentials are listed but cannot change (409)', async () => {
      const gone = await createApp(s, devSession, { name: 'Gone' });
      await s.call('POST', `/v0/apps/${gone.uuid}/federated-credentials`, devSession, body);
      assert.equal((await s.call('DELETE', `/v0/apps/${gone.uuid}`, devSession)).statusCode, 200);
      assert.equal(
        (await s.call('GET', `/v0/apps/${gone.uuid}/federated-credentials`, devSession)).statusCode,
        200,
      );
      const response = await s.call('POST', `/v0/apps/${gone.uuid}/federated-credentials`, devSession, {
        ...body,
        name: 'late',
      });
      assert.equal(response.statusCode, 409);
    });
  });
}
