// The console in a real browser: a key shown once and gone, revocation, a session key, the keyboard, audit.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { whoamiWithKey } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADA, ADMIN, type Driver, expectRow, startDriver } from './driver.ts';

describe('the console in chromium: my keys', { skip: browserMissing() }, () => {
  let d: Driver;
  before(async () => {
    d = await startDriver();
  });
  after(() => d?.close());

  let revokedKey = '';

  test('/ leads to sign-in, which shows the API’s refusal for a wrong password', async () => {
    await d.page.goto(`${d.server.url}/`);
    assert.equal(new URL(d.page.url()).pathname, '/console/');
    await d.page.getByLabel('Email').fill(ADA.email);
    await d.page.getByLabel('Password').fill('not the password');
    await d.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await d.page.getByRole('alert').filter({ hasText: 'The email or password is incorrect.' }).waitFor();
    await shot(d.page, '01-sign-in-refused');
    await d.page.getByLabel('Password').fill(ADA.password);
    await d.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await d.page.getByRole('heading', { name: 'API keys' }).waitFor();
  });

  test('a new key is shown once as lk_user_…, works with curl, and is nowhere after the dialog and a reload', async () => {
    await d.page.getByRole('button', { name: 'Create key' }).click();
    await d.page.getByRole('dialog').getByLabel('Name').fill('laptop');
    await d.page.getByRole('dialog').getByRole('button', { name: 'Create key' }).click();
    const secret = d.page.getByRole('dialog').getByLabel('API key', { exact: true });
    await secret.waitFor();
    const key = await secret.inputValue();
    assert.match(key, /^lk_user_[0-9A-Za-z]{36}$/);
    const text = await d.page.getByRole('dialog').innerText();
    assert.match(text, /will never be shown again/);
    assert.ok(text.includes(`curl -u "${key}:"`), 'the curl snippet');
    assert.ok(text.includes(`login apikey\npassword ${key}`), 'the netrc snippet');
    assert.ok(text.includes(`KEY = "${key}"`), 'the Python snippet');
    await shot(d.page, '02-key-shown-once');

    const works = await whoamiWithKey(d.server.url, key);
    assert.equal(works.status, 200, works.body);
    assert.equal(JSON.parse(works.body).principal.slug, 'ada');

    await d.page
      .getByRole('dialog')
      .getByRole('button', { name: /I have copied it/ })
      .click();
    await d.page.reload();
    await d.page.getByRole('cell', { name: 'laptop', exact: true }).waitFor();
    const html = await d.page.content();
    assert.ok(!html.includes(key) && !html.includes(key.slice(12)), 'the key is not on the page');
    // Evaluated in the page (a string: this file is type-checked without the DOM library).
    const stored = await d.page.evaluate<{
      local: number;
      session: number;
      cookie: string;
      title: string;
      url: string;
    }>(
      '({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, title: document.title, url: location.href })',
    );
    assert.deepEqual(
      [stored.local, stored.session, stored.cookie],
      [0, 0, ''],
      'nothing stored, cookie HttpOnly',
    );
    assert.ok(!stored.title.includes(key) && !stored.url.includes(key));
    await shot(d.page, '03-keys-after-reload');
    revokedKey = key;
  });

  test('revoking the key with confirmation makes curl refused; it moves to the Revoked tab', async () => {
    await d.page
      .getByRole('row', { name: /laptop/ })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await d.page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await d.page.getByText('No active keys.').waitFor();
    const refused = await whoamiWithKey(d.server.url, revokedKey);
    assert.equal(refused.status, 401);
    assert.equal(JSON.parse(refused.body).error.code, 'credential_revoked');
    await d.page.getByRole('tab', { name: 'Revoked' }).click();
    await d.page.getByRole('cell', { name: 'laptop', exact: true }).waitFor();
    await shot(d.page, '04-revoked-tab');
  });

  test('a session key works while the session lives; signing out ends the session, and it, on the server', async () => {
    await d.go('Account');
    await d.page.getByRole('button', { name: 'Generate session key' }).click();
    const key = await d.page.getByRole('dialog').getByLabel('Session key', { exact: true }).inputValue();
    assert.match(key, /^lk_sess_/);
    await d.page
      .getByRole('dialog')
      .getByRole('button', { name: /I have copied it/ })
      .click();
    assert.equal((await whoamiWithKey(d.server.url, key)).status, 200);
    await d.signOut();
    const refused = await whoamiWithKey(d.server.url, key);
    assert.equal(refused.status, 401);
    assert.equal(JSON.parse(refused.body).error.code, 'session_ended');
    await d.signIn(ADA);
  });

  test('the keyboard alone reaches the content, opens the create-key dialog, and Escape closes it', async () => {
    await d.page.goto(`${d.server.url}/console/keys`);
    await d.page.getByRole('heading', { name: 'API keys' }).waitFor();
    await d.page.keyboard.press('Tab');
    assert.equal(await d.page.evaluate<string>('document.activeElement.textContent'), 'Skip to content');
    await d.page.getByRole('button', { name: 'Create key' }).focus();
    await d.page.keyboard.press('Enter');
    await d.page.getByRole('dialog').getByLabel('Name').waitFor();
    const focusInDialog = await d.page.evaluate<boolean>(
      "document.querySelector('dialog').contains(document.activeElement)",
    );
    assert.ok(focusInDialog, 'focus moves into the dialog');
    await d.page.keyboard.type('from the keyboard');
    await d.page.keyboard.press('Escape');
    await d.page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  test('the audit log shows the key’s creation and revocation by its owner, and the failed sign-in', async () => {
    await d.signOut();
    await d.signIn(ADMIN);
    await d.go('Audit log');
    await expectRow(d, 'key.created', ADA.email);
    await expectRow(d, 'key.revoked', ADA.email);
    await expectRow(d, 'session.key_created', ADA.email);
    await expectRow(d, 'session.sign_in_failed', 'anonymous');
    await d.page.getByLabel('Action').fill('');
    await d.page.getByRole('button', { name: 'Details' }).first().click();
    await d.page.getByRole('dialog').getByRole('heading', { name: 'Changes' }).waitFor();
    await shot(d.page, '12-audit-details');
    await d.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await d.page.getByRole('button', { name: 'Verify the hash chain' }).click();
    await d.page.getByText(/Hash chain intact: \d+ events/).waitFor();
    await shot(d.page, '13-audit-log');
  });

  test('no page broke the Content-Security-Policy', () => {
    assert.deepEqual(d.violations, []);
  });
});
