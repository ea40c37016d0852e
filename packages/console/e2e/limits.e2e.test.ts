// The console in a real browser: a key's and an app's allowed addresses and usage limit, set, refused and shown.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall, whoamiWithKey } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADMIN, type Driver, startDriver } from './driver.ts';

describe('the console in chromium: allowed addresses and usage limits', { skip: browserMissing() }, () => {
  let d: Driver;
  before(async () => {
    d = await startDriver();
    await d.signIn(ADMIN);
  });
  after(() => d?.close());
  let metered = '';

  const row = (name: string) =>
    d.page.locator('tbody tr', { has: d.page.getByRole('cell', { name, exact: true }) });

  test('a key created with a bad address is refused beside the field; 0.0.0.0/0 is warned about; its uses run out', async () => {
    await d.go('API keys');
    await d.page.getByRole('button', { name: 'Create key' }).click();
    const dialog = d.page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('metered');
    await dialog.getByLabel('Allowed addresses').fill('127.0.0.1\n203.0.113.300');
    await dialog.getByLabel('Limit how many requests the key may make').check();
    await dialog.getByLabel('Uses left').fill('2');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const field = dialog.locator('.field', { has: d.page.getByLabel('Allowed addresses') });
    await field
      .getByRole('alert')
      .filter({ hasText: /allowed_ips\.1: "203\.0\.113\.300" is not an IP address/ })
      .waitFor();
    await shot(d.page, '50-key-address-refused');

    await dialog.getByLabel('Allowed addresses').fill('0.0.0.0/0');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const secret = dialog.getByLabel('API key', { exact: true });
    await secret.waitFor();
    await dialog
      .getByRole('list', { name: 'Warnings' })
      .getByText(/"0\.0\.0\.0\/0" allows every IPv4 address/)
      .waitFor();
    await shot(d.page, '51-key-address-warning');
    const key = await secret.inputValue();
    metered = key;
    await dialog.getByRole('button', { name: /I have copied it/ }).click();

    await row('metered').getByRole('cell', { name: '2', exact: true }).waitFor();
    assert.match(await row('metered').innerText(), /from 0\.0\.0\.0\/0/);
    assert.equal((await whoamiWithKey(d.server.url, key)).status, 200);
    assert.equal((await whoamiWithKey(d.server.url, key)).status, 200);
    const spent = await whoamiWithKey(d.server.url, key);
    assert.equal(spent.status, 429, spent.body);
    assert.equal(JSON.parse(spent.body).error.code, 'usage_exhausted');
    await d.page.reload();
    await row('metered').getByRole('cell', { name: '0', exact: true }).waitFor();
  });

  test('a key’s Limits dialog moves it to other addresses and gives it uses again', async () => {
    await row('metered').getByRole('button', { name: 'Limits' }).click();
    const dialog = d.page.getByRole('dialog');
    assert.match(await dialog.innerText(), /Uses: 0 left, no refill/);
    await dialog.getByLabel('Allowed addresses').fill('198.51.100.0/24');
    await dialog.getByLabel('Uses left').fill('5');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row('metered').getByRole('cell', { name: '5', exact: true }).waitFor();
    assert.match(await row('metered').innerText(), /from 198\.51\.100\.0\/24/);
    const moved = await whoamiWithKey(d.server.url, metered);
    assert.equal(moved.status, 403, moved.body);
    assert.equal(JSON.parse(moved.body).error.code, 'address_not_allowed');
  });

  test('an app’s page sets its addresses and limit, shows the refusal of a bad CIDR and the uses left', async () => {
    const app = await apiCall<{ uuid: string }>(d.server.url, d.adminToken, 'POST', '/v0/apps', {
      name: 'Metered app',
    });
    await d.go('Apps');
    await d.page.getByRole('link', { name: 'Metered app' }).click();
    await d.page.getByRole('heading', { name: 'Allowed addresses and usage limit' }).waitFor();
    const card = d.page.locator('form.card', {
      has: d.page.getByRole('heading', { name: 'Allowed addresses and usage limit' }),
    });
    await card.getByLabel('Allowed addresses').fill('10.0.0.0/33');
    await card.getByRole('button', { name: 'Save addresses and limit' }).click();
    await card
      .getByRole('alert')
      .filter({ hasText: /"10\.0\.0\.0\/33" is not an IP address or CIDR/ })
      .first()
      .waitFor();
    await shot(d.page, '52-app-address-refused');

    await card.getByLabel('Allowed addresses').fill('127.0.0.1\n10.1.2.3/8');
    await card.getByLabel('Limit how many requests the app may make').check();
    await card.getByLabel('Uses left').fill('500');
    await card.getByLabel('Refill', { exact: true }).selectOption('day');
    await card.getByLabel('Refill to').fill('1000');
    await card.getByRole('button', { name: 'Save addresses and limit' }).click();
    const facts = d.page.locator('dl.facts');
    await facts.getByText('127.0.0.1, 10.0.0.0/8').waitFor();
    await facts.getByText(/500 left, refilled to 1000 each day \(next \d{4}-\d\d-\d\d 00:00 UTC\)/).waitFor();
    await shot(d.page, '53-app-addresses-and-limit');
    const saved = await apiCall<{
      allowed_ips: string[] | null;
      limits: { remaining: number; refill: { amount: number; interval: string } | null } | null;
    }>(d.server.url, d.adminToken, 'GET', `/v0/apps/${app.uuid}`);
    assert.deepEqual(saved.allowed_ips, ['127.0.0.1', '10.0.0.0/8']);
    assert.equal(saved.limits?.remaining, 500);
    assert.deepEqual(saved.limits?.refill, { amount: 1000, interval: 'day' });

    await card.getByLabel('Allowed addresses').fill('0.0.0.0/0');
    await card.getByRole('button', { name: 'Save addresses and limit' }).click();
    await card
      .getByRole('list', { name: 'Warnings' })
      .getByText(/allows every IPv4 address/)
      .waitFor();
    assert.deepEqual(d.violations, []);
  });
});
