// The console in a real browser: an administrator suspends, revokes in bulk and shortens key lifetimes; audited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall, apiLogin, whoamiWithKey } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADA, ADMIN, type Driver, expectRow, startDriver } from './driver.ts';

describe('the console in chromium: administering users and keys', { skip: browserMissing() }, () => {
  let d: Driver;
  before(async () => {
    d = await startDriver();
    await d.signIn(ADMIN);
  });
  after(() => d?.close());

  // One API session for Ada's scripted keys; suspension ends it, so it is signed in again after.
  let adaSession: Promise<string> | undefined;
  const adaToken = () => {
    adaSession ??= apiLogin(d.server.url, ADA.email, ADA.password);
    return adaSession;
  };
  const keyFor = async (name: string) =>
    (await apiCall<{ key: string }>(d.server.url, await adaToken(), 'POST', '/v0/users/ada/keys', { name }))
      .key;

  test('an administrator suspends a user, whose key is refused, then unsuspends, and it works again', async () => {
    const key = await keyFor('script');
    assert.equal((await whoamiWithKey(d.server.url, key)).status, 200);
    await d.go('Users');
    const row = d.page.locator('tbody tr').filter({ hasText: 'ada@example.com' });
    await row.getByRole('button', { name: 'Suspend', exact: true }).click();
    assert.match(
      await d.page.getByRole('dialog').innerText(),
      /Every credential of ada@example\.com is refused at once/,
    );
    await shot(d.page, '05-suspend-confirm');
    await d.page.getByRole('dialog').getByRole('button', { name: 'Suspend user' }).click();
    await row.getByText('suspended').waitFor();
    const refused = await whoamiWithKey(d.server.url, key);
    assert.equal(refused.status, 401);
    assert.equal(JSON.parse(refused.body).error.code, 'user_suspended');
    await shot(d.page, '06-users-suspended');
    await row.getByRole('button', { name: 'Unsuspend' }).click();
    await d.page.getByRole('dialog').getByRole('button', { name: 'Unsuspend' }).click();
    await row.getByRole('button', { name: 'Suspend', exact: true }).waitFor();
    assert.equal((await whoamiWithKey(d.server.url, key)).status, 200);
    adaSession = undefined;
  });

  test('selected keys are revoked from the administrators’ list', async () => {
    const first = await keyFor('ci-one');
    const second = await keyFor('ci-two');
    const kept = await keyFor('ci-kept');
    await d.go('All keys');
    await d.page.getByLabel('User (slug or UUID)').fill('ada');
    await d.page.getByRole('cell', { name: 'ci-one', exact: true }).waitFor();
    await d.page.getByLabel('Select ci-one of ada@example.com').check();
    await d.page.getByLabel('Select ci-two of ada@example.com').check();
    await shot(d.page, '07-admin-keys-selected');
    await d.page.getByRole('button', { name: 'Revoke selected (2)' }).click();
    await d.page.getByRole('dialog').getByRole('button', { name: 'Revoke selected' }).click();
    await d.page.getByText('2 keys revoked.').waitFor();
    assert.equal((await whoamiWithKey(d.server.url, first)).status, 401);
    assert.equal((await whoamiWithKey(d.server.url, second)).status, 401);
    assert.equal((await whoamiWithKey(d.server.url, kept)).status, 200);
  });

  test('a shorter maximum lifetime is shown to users and a longer lifetime is refused', async () => {
    await d.go('Site settings');
    await d.page.getByLabel('Maximum key lifetime').selectOption('7d');
    await d.page.getByRole('button', { name: 'Save settings' }).click();
    await d.page.getByText('Settings saved.').waitFor();
    await shot(d.page, '08-site-settings');
    await d.signOut();
    await d.signIn(ADA);
    await d.page.getByRole('button', { name: 'Create key' }).click();
    await d.page.getByRole('dialog').getByText("This site's maximum lifetime is 7 days").waitFor();
    const options = await d.page.getByRole('dialog').getByLabel('Lifetime').locator('option').allInnerTexts();
    assert.ok(!options.includes('30 days'), `no preset above the maximum: ${options.join(', ')}`);
    await d.page.getByRole('dialog').getByLabel('Name').fill('too long');
    await d.page.getByRole('dialog').getByLabel('Lifetime').selectOption('custom');
    await d.page.getByRole('dialog').getByLabel('Days').fill('30');
    await d.page.getByRole('dialog').getByRole('button', { name: 'Create key' }).click();
    await d.page
      .getByRole('dialog')
      .getByRole('alert')
      .filter({ hasText: 'at most 604800 seconds' })
      .waitFor();
    await shot(d.page, '09-lifetime-refused');
    await d.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  test('the audit log shows the administrator’s changes', async () => {
    await d.signOut();
    await d.signIn(ADMIN);
    await d.go('Audit log');
    await expectRow(d, 'key.revoked', ADMIN.email);
    await expectRow(d, 'user.suspended', ADMIN.email);
    await expectRow(d, 'user.unsuspended', ADMIN.email);
    await expectRow(d, 'settings.changed', ADMIN.email);
    await expectRow(d, 'key.created', ADA.email);
  });

  test('no page broke the Content-Security-Policy', () => {
    assert.deepEqual(d.violations, []);
  });
});
