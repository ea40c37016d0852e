// The console in a real browser: an app's public keys for private_key_jwt, and the administrators' resource servers.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { apiCall } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADMIN, type Driver, startDriver } from './driver.ts';

describe('the console in chromium: app keys and resource servers', { skip: browserMissing() }, () => {
  let d: Driver;
  before(async () => {
    d = await startDriver();
    await d.signIn(ADMIN);
  });
  after(() => d?.close());

  test('an administrator adds a JWKS to an app, sees its key, and removes it', async () => {
    const app = await apiCall<{ slug: string; uuid: string; name: string }>(
      d.server.url,
      d.adminToken,
      'POST',
      '/v0/apps',
      {
        name: 'Signer',
      },
    );
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'console-key-1', alg: 'ES256' };
    await d.go('Apps');
    await d.page.getByRole('link', { name: 'Signer' }).click();
    await d.page.getByRole('heading', { name: 'Public keys (private_key_jwt)' }).waitFor();
    await d.page.getByLabel('Name', { exact: true }).fill('CI signer');
    await d.page.getByLabel('JWKS or its URL').fill(JSON.stringify({ keys: [jwk] }));
    await d.page.getByRole('button', { name: 'Add keys' }).click();
    await d.page.getByRole('cell', { name: 'console-key-1 ES256' }).waitFor();
    await shot(d.page, '40-app-keys');
    const listed = await apiCall<{ name: string }[]>(
      d.server.url,
      d.adminToken,
      'GET',
      `/v0/apps/${app.uuid}/public-keys`,
    );
    assert.equal(listed[0]?.name, 'CI signer');
    await d.page.getByLabel('JWKS or its URL').fill('{"keys":[{"kty":"oct","k":"c2VjcmV0"}]}');
    await d.page.getByRole('button', { name: 'Add keys' }).click();
    await d.page.getByText(/symmetric key/).waitFor();
    await d.page.getByRole('button', { name: 'Remove' }).click();
    await d.page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await d.page.getByText('No keys registered.').waitFor();
  });

  test('an administrator registers and removes a resource server', async () => {
    await d.go('Resource servers');
    await d.page.getByRole('heading', { name: 'Resource servers' }).waitFor();
    await d.page.getByLabel('Identifier').fill('https://orders.example.com');
    await d.page.getByLabel('Name', { exact: true }).fill('Orders');
    await d.page.getByRole('button', { name: 'Register' }).click();
    await d.page.getByRole('cell', { name: 'https://orders.example.com' }).waitFor();
    await shot(d.page, '41-resources');
    const listed = await apiCall<{ identifier: string }[]>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/admin/resources',
    );
    assert.deepEqual(
      listed.map((row) => row.identifier),
      ['https://orders.example.com'],
    );
    await d.page.getByRole('button', { name: 'Remove' }).click();
    await d.page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await d.page.getByText('No resource servers registered.').waitFor();
    assert.deepEqual(d.violations, []);
  });
});
