// The console in a real browser against a real server: keys shown once, suspension, bulk revoke, policy, apps, audit, CSRF.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { apiCall, apiLogin, curl, whoamiWithKey } from './api.ts';
import { type Browser, browserMissing, launchBrowser, shot } from './browser.ts';
import { type Latchkey, startLatchkey } from './server.ts';

const ADMIN = { email: 'root@example.com', password: 'admin-password-e2e-1' };
const ADA = { email: 'ada@example.com', password: 'ada-password-e2e-12', name: 'Ada Lovelace', slug: 'ada' };
const skip = browserMissing();

describe('the web console in chromium', { skip }, () => {
  let server: Latchkey;
  let browser: Browser;
  let page: Page;
  let adminToken: string;

  before(async () => {
    server = await startLatchkey({
      LATCHKEY_ADMIN_EMAIL: ADMIN.email,
      LATCHKEY_ADMIN_PASSWORD: ADMIN.password,
    });
    adminToken = await apiLogin(server.url, ADMIN.email, ADMIN.password);
    await apiCall(server.url, adminToken, 'POST', '/v0/users', ADA);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    // The whole file has node:test's two minutes: a step that cannot pass fails fast.
    page.setDefaultTimeout(8000);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = async (who: { email: string; password: string }) => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  };
  const signOut = async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Latchkey' }).waitFor();
  };
  const go = async (label: string) => {
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: label }).click();
  };
  const dialog = () => page.getByRole('dialog');
  const adaToken = () => apiLogin(server.url, ADA.email, ADA.password);
  const keyFor = async (name: string) =>
    (await apiCall<{ key: string }>(server.url, await adaToken(), 'POST', '/v0/users/ada/keys', { name }))
      .key;

  let revokedKey = '';

  test('/ leads to sign-in, which shows the API’s refusal for a wrong password', async () => {
    await page.goto(`${server.url}/`);
    assert.equal(new URL(page.url()).pathname, '/console/');
    await page.getByLabel('Email').fill(ADA.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The email or password is incorrect.' }).waitFor();
    await shot(page, '01-sign-in-refused');
    await page.getByLabel('Password').fill(ADA.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
  });

  test('a new key is shown once as lk_user_…, works with curl, and is nowhere after the dialog and a reload', async () => {
    await page.getByRole('button', { name: 'Create key' }).click();
    await dialog().getByLabel('Name').fill('laptop');
    await dialog().getByRole('button', { name: 'Create key' }).click();
    const secret = dialog().getByLabel('API key', { exact: true });
    await secret.waitFor();
    const key = await secret.inputValue();
    assert.match(key, /^lk_user_[0-9A-Za-z]{36}$/);
    const text = await dialog().innerText();
    assert.match(text, /will never be shown again/);
    assert.ok(text.includes(`curl -u "${key}:"`), 'the curl snippet');
    assert.ok(text.includes(`login apikey\npassword ${key}`), 'the netrc snippet');
    assert.ok(text.includes(`KEY = "${key}"`), 'the Python snippet');
    await shot(page, '02-key-shown-once');

    const works = await whoamiWithKey(server.url, key);
    assert.equal(works.status, 200, works.body);
    assert.equal(JSON.parse(works.body).principal.slug, 'ada');

    await dialog()
      .getByRole('button', { name: /I have copied it/ })
      .click();
    await page.reload();
    await page.getByRole('cell', { name: 'laptop', exact: true }).waitFor();
    const html = await page.content();
    assert.ok(!html.includes(key) && !html.includes(key.slice(12)), 'the key is not on the page');
    // Evaluated in the page (a string: this file is type-checked without the DOM library).
    const stored = await page.evaluate<{
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
    await shot(page, '03-keys-after-reload');
    revokedKey = key;
  });

  test('revoking the key with confirmation makes curl refused; it moves to the Revoked tab', async () => {
    await page
      .getByRole('row', { name: /laptop/ })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await dialog().getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText('No keys yet.').waitFor();
    const refused = await whoamiWithKey(server.url, revokedKey);
    assert.equal(refused.status, 401);
    assert.equal(JSON.parse(refused.body).error.code, 'credential_revoked');
    await page.getByRole('tab', { name: 'Revoked' }).click();
    await page.getByRole('cell', { name: 'laptop', exact: true }).waitFor();
    await shot(page, '04-revoked-tab');
  });

  test('an administrator suspends a user, whose key is refused, then unsuspends, and it works again', async () => {
    const key = await keyFor('script');
    assert.equal((await whoamiWithKey(server.url, key)).status, 200);
    await signOut();
    await signIn(ADMIN);
    await go('Users');
    const row = page.locator('tbody tr').filter({ hasText: 'ada@example.com' });
    await row.getByRole('button', { name: 'Suspend', exact: true }).click();
    assert.match(await dialog().innerText(), /Every credential of ada@example\.com is refused at once/);
    await shot(page, '05-suspend-confirm');
    await dialog().getByRole('button', { name: 'Suspend user' }).click();
    await row.getByText('suspended').waitFor();
    const refused = await whoamiWithKey(server.url, key);
    assert.equal(refused.status, 401);
    assert.equal(JSON.parse(refused.body).error.code, 'user_suspended');
    await shot(page, '06-users-suspended');
    await row.getByRole('button', { name: 'Unsuspend' }).click();
    await dialog().getByRole('button', { name: 'Unsuspend' }).click();
    await row.getByRole('button', { name: 'Suspend', exact: true }).waitFor();
    assert.equal((await whoamiWithKey(server.url, key)).status, 200);
  });

  test('selected keys are revoked from the administrators’ list', async () => {
    const first = await keyFor('ci-one');
    const second = await keyFor('ci-two');
    const kept = await keyFor('ci-kept');
    await go('All keys');
    await page.getByLabel('User (slug or UUID)').fill('ada');
    await page.getByRole('cell', { name: 'ci-one', exact: true }).waitFor();
    await page.getByLabel('Select ci-one of ada@example.com').check();
    await page.getByLabel('Select ci-two of ada@example.com').check();
    await shot(page, '07-admin-keys-selected');
    await page.getByRole('button', { name: 'Revoke selected (2)' }).click();
    await dialog().getByRole('button', { name: 'Revoke selected' }).click();
    await page.getByText('2 keys revoked.').waitFor();
    assert.equal((await whoamiWithKey(server.url, first)).status, 401);
    assert.equal((await whoamiWithKey(server.url, second)).status, 401);
    assert.equal((await whoamiWithKey(server.url, kept)).status, 200);
  });

  test('a shorter maximum lifetime is shown to users and a longer lifetime is refused', async () => {
    await go('Site settings');
    await page.getByLabel('Maximum key lifetime').selectOption('7d');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await shot(page, '08-site-settings');
    await signOut();
    await signIn(ADA);
    await page.getByRole('button', { name: 'Create key' }).click();
    await dialog().getByText("This site's maximum lifetime is 7 days").waitFor();
    const options = await dialog().getByLabel('Lifetime').locator('option').allInnerTexts();
    assert.ok(!options.includes('30 days'), `no preset above the maximum: ${options.join(', ')}`);
    await dialog().getByLabel('Name').fill('too long');
    await dialog().getByLabel('Lifetime').selectOption('custom');
    await dialog().getByLabel('Days').fill('30');
    await dialog().getByRole('button', { name: 'Create key' }).click();
    await dialog().getByRole('alert').filter({ hasText: 'at most 604800 seconds' }).waitFor();
    await shot(page, '09-lifetime-refused');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
  });

  test('an app is created from a manifest file (problems shown by path), gets a secret, and the secret gets a token', async () => {
    await signOut();
    await signIn(ADMIN);
    await go('Apps');
    await page.getByRole('button', { name: 'Upload manifest' }).click();
    await dialog()
      .getByLabel('Manifest file')
      .setInputFiles({
        name: 'broken.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from('manifest_version: 1\nname: Sync\nwebhook_url: http://example.com/hook\n'),
      });
    await dialog().getByRole('button', { name: 'Create app' }).click();
    await dialog().locator('.problems code', { hasText: 'webhook_url' }).waitFor();
    await shot(page, '10-manifest-problems');
    await dialog()
      .getByLabel('Manifest file')
      .setInputFiles({
        name: 'sync.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from('manifest_version: 1\nname: Assay sync\nlifecycle: manual\nversion: 1.0.0\n'),
      });
    await dialog().getByRole('button', { name: 'Create app' }).click();
    await page.getByRole('heading', { name: 'Assay sync' }).waitFor();
    const clientId = (await page.locator('dl.facts dd code').first().innerText()).trim();
    assert.match(clientId, /^app_/);
    await page.getByRole('button', { name: 'Generate secret' }).click();
    const secret = await dialog().getByLabel('Client secret', { exact: true }).inputValue();
    assert.match(secret, /^lk_secret_/);
    await shot(page, '11-client-secret-once');
    await dialog()
      .getByRole('button', { name: /I have copied it/ })
      .click();
    const token = await curl([
      '-u',
      `${clientId}:${secret}`,
      '-d',
      'grant_type=client_credentials',
      `${server.url}/v0/oauth/token`,
    ]);
    assert.equal(token.status, 200, token.body);
    const accessToken = JSON.parse(token.body).access_token as string;
    const whoami = await curl(['-H', `Authorization: Bearer ${accessToken}`, `${server.url}/v0/auth/whoami`]);
    assert.equal(JSON.parse(whoami.body).principal.type, 'app');
    assert.ok(!(await page.content()).includes(secret), 'the secret is gone with the dialog');
  });

  test('the audit log shows those events with the right actors', async () => {
    await go('Audit log');
    const expectRow = async (action: string, actor: string) => {
      await page.getByLabel('Action').fill(action);
      const rows = page.locator('tbody tr').filter({ has: page.getByText(action, { exact: true }) });
      await rows
        .filter({ has: page.locator('td.actor', { hasText: actor }) })
        .first()
        .waitFor();
    };
    await expectRow('key.created', ADA.email);
    await expectRow('key.revoked', ADA.email);
    await expectRow('key.revoked', ADMIN.email);
    await expectRow('user.suspended', ADMIN.email);
    await expectRow('user.unsuspended', ADMIN.email);
    await expectRow('settings.changed', ADMIN.email);
    await expectRow('app.created', ADMIN.email);
    await expectRow('app.secret_generated', ADMIN.email);
    await page.getByLabel('Action').fill('');
    await page.getByRole('button', { name: 'Details' }).first().click();
    await dialog().getByRole('heading', { name: 'Changes' }).waitFor();
    await shot(page, '12-audit-details');
    await dialog().getByRole('button', { name: 'Close' }).click();
    await page.getByText(/Hash chain: the events on this page link up/).waitFor();
    await shot(page, '13-audit-log');
  });

  test('a cross-site POST, and a same-site one without the CSRF token, are refused', async () => {
    // Another port on 127.0.0.1 is the same site, so the Strict cookie goes along: the Origin check refuses it.
    const attacker: Server = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(
        `<form id="f" method="POST" action="${server.url}/v0/auth/session-keys"></form><script>f.submit()</script>`,
      );
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (attacker.address() as AddressInfo).port;
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForURL(`${server.url}/v0/auth/session-keys`);
      const body = await page.locator('body').innerText();
      assert.match(body, /Cross-site request refused/);
      assert.ok(!body.includes('lk_sess_'));
    } finally {
      attacker.close();
    }
    await page.goto(`${server.url}/console/keys`);
    const sameSite = await page.evaluate(async () => {
      const response = await fetch('/v0/auth/session-keys', { method: 'POST' });
      return { status: response.status, body: await response.text() };
    });
    assert.equal(sameSite.status, 403);
    assert.match(sameSite.body, /x-csrf-token header is missing/);
  });

  test('the pages fit a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/console/keys`);
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    await shot(page, '14-phone-keys');
    await go('Users');
    await page.getByRole('cell', { name: /ada@example\.com/ }).waitFor();
    await shot(page, '15-phone-users');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    assert.ok(overflow <= 1, `the page does not scroll sideways (${overflow}px)`);
  });
});
