// The console in a real browser: an app's federated credentials listed, added (claims as name=value lines) and removed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADMIN, type Driver, startDriver } from './driver.ts';

describe('the console in chromium: federated credentials', { skip: browserMissing() }, () => {
  let d: Driver;
  before(async () => {
    d = await startDriver();
    await d.signIn(ADMIN);
  });
  after(() => d?.close());

  test('the app page lists, adds and removes its federated credentials', async () => {
    const app = await apiCall<{ uuid: string; slug: string }>(
      d.server.url,
      d.adminToken,
      'POST',
      '/v0/apps',
      {
        name: 'Deployer',
      },
    );
    await d.go('Apps');
    await d.page.reload();
    await d.page.getByRole('link', { name: 'Deployer' }).click();
    await d.page.getByRole('heading', { name: 'Federated credentials' }).waitFor();
    await d.page.getByText('None: only the client secret obtains tokens.').waitFor();

    const form = d.page.getByRole('form', { name: 'Add a federated credential' });
    await form.getByLabel('Credential name').fill('main-branch');
    await form.getByLabel('Issuer').fill('https://token.actions.githubusercontent.com');
    await form.getByLabel('Audience').fill('https://latchkey.example.com');
    await form.getByLabel('Subject (optional)').fill('repo:acme/api:*');
    await form.getByLabel('Claims').fill('repository=acme/api\nref=refs/heads/*');
    await form.getByRole('button', { name: 'Add federated credential' }).click();
    const table = d.page.getByRole('table', { name: 'Federated credentials' });
    await table.getByRole('cell', { name: 'main-branch', exact: true }).waitFor();
    const text = await table.innerText();
    assert.match(text, /ref=refs\/heads\/\*/);
    assert.match(text, /repository=acme\/api/);
    await shot(d.page, '60-federated-credentials');

    const stored = await apiCall<{ name: string; claims: Record<string, string> }[]>(
      d.server.url,
      d.adminToken,
      'GET',
      `/v0/apps/${app.uuid}/federated-credentials`,
    );
    assert.deepEqual(
      stored.map((row) => [row.name, row.claims]),
      [['main-branch', { ref: 'refs/heads/*', repository: 'acme/api' }]],
    );

    // A refused issuer is shown, naming the field.
    await form.getByLabel('Credential name').fill('metadata');
    await form.getByLabel('Issuer').fill('https://169.254.169.254');
    await form.getByLabel('Audience').fill('x');
    await form.getByRole('button', { name: 'Add federated credential' }).click();
    await d.page.getByRole('alert').filter({ hasText: 'issuer' }).waitFor();

    await table.getByRole('button', { name: 'Remove' }).click();
    await d.page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await d.page.getByText('None: only the client secret obtains tokens.').waitFor();
  });
});
