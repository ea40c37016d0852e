// The console in a real browser: a key's usage chart after known traffic, and the administrators' list by requests.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall, whoamiWithKey } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADMIN, type Driver, startDriver } from './driver.ts';

describe('the console in chromium: usage', { skip: browserMissing() }, () => {
  let d: Driver;
  let busy = '';
  before(async () => {
    d = await startDriver();
    await d.signIn(ADMIN);
  });
  after(() => d?.close());

  test('a key’s Usage shows a chart of its requests and where they came from', async () => {
    const admin = await apiCall<{ principal: { uuid: string } }>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/auth/whoami',
    );
    const owner = admin.principal.uuid;
    const created = await apiCall<{ key: string; uuid: string }>(
      d.server.url,
      d.adminToken,
      'POST',
      `/v0/users/${owner}/keys`,
      {
        name: 'busy',
      },
    );
    await apiCall(d.server.url, d.adminToken, 'POST', `/v0/users/${owner}/keys`, { name: 'idle' });
    busy = created.uuid;
    for (let i = 0; i < 4; i++) assert.equal((await whoamiWithKey(d.server.url, created.key)).status, 200);
    // The server writes its counts every 100 ms here.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await d.go('API keys');
    // Signing in landed here, before the keys existed.
    await d.page.reload();
    await d.page.getByRole('cell', { name: 'busy', exact: true }).waitFor();
    await d.page
      .locator('tbody tr', { has: d.page.getByRole('cell', { name: 'busy', exact: true }) })
      .getByRole('button', { name: 'Usage' })
      .click();
    const dialog = d.page.getByRole('dialog');
    await dialog.getByRole('img', { name: /Requests per day: 4 in 31 days/ }).waitFor();
    assert.equal(await dialog.locator('rect').count(), 1, 'one day with requests: one bar');
    const text = await dialog.innerText();
    assert.match(text, /4 accepted, 0 refused, 0 rate limited/);
    assert.match(text, /From 127\.0\.0\.1 \(4\)/);
    await shot(d.page, '40-key-usage-chart');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  test('All keys sorts by requests in the last 7 days', async () => {
    await d.go('All keys');
    await d.page.getByLabel('Sort by').selectOption('requests_7d');
    await d.page.getByLabel('Order').selectOption('desc');
    const first = d.page.locator('tbody tr').first();
    await first.getByRole('cell', { name: 'busy', exact: true }).waitFor();
    assert.match(await first.innerText(), /\t4\t/);
    await shot(d.page, '41-all-keys-by-requests');
    assert.ok(busy);
  });
});
