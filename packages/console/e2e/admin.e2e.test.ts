// The console in a real browser: an app from a manifest to a token, CSRF refusals, every page, phone width.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { apiCall, curl } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADMIN, type Driver, expectRow, startDriver } from './driver.ts';

describe('the console in chromium: apps, CSRF, every page', { skip: browserMissing() }, () => {
  let d: Driver;
  before(async () => {
    d = await startDriver();
    await d.signIn(ADMIN);
  });
  after(() => d?.close());

  test('an app is created from a manifest file (problems shown by path), gets a secret, and the secret gets a token', async () => {
    await d.go('Apps');
    await d.page.getByRole('button', { name: 'Upload manifest' }).click();
    await d.page
      .getByRole('dialog')
      .getByLabel('Manifest file')
      .setInputFiles({
        name: 'broken.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from('manifest_version: 1\nname: Sync\nwebhook_url: http://example.com/hook\n'),
      });
    await d.page.getByRole('dialog').getByRole('button', { name: 'Create app' }).click();
    await d.page.getByRole('dialog').locator('.problems code', { hasText: 'webhook_url' }).waitFor();
    await shot(d.page, '10-manifest-problems');
    await d.page
      .getByRole('dialog')
      .getByLabel('Manifest file')
      .setInputFiles({
        name: 'sync.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from('manifest_version: 1\nname: Assay sync\nlifecycle: manual\nversion: 1.0.0\n'),
      });
    await d.page.getByRole('dialog').getByRole('button', { name: 'Create app' }).click();
    await d.page.getByRole('heading', { name: 'Assay sync' }).waitFor();
    const clientId = (await d.page.locator('dl.facts dd code').first().innerText()).trim();
    assert.match(clientId, /^app_/);
    await d.page.getByRole('button', { name: 'Generate secret' }).click();
    const secret = await d.page.getByRole('dialog').getByLabel('Client secret', { exact: true }).inputValue();
    assert.match(secret, /^lk_secret_/);
    await shot(d.page, '11-client-secret-once');
    await d.page
      .getByRole('dialog')
      .getByRole('button', { name: /I have copied it/ })
      .click();
    const token = await curl([
      '-u',
      `${clientId}:${secret}`,
      '-d',
      'grant_type=client_credentials',
      `${d.server.url}/v0/oauth/token`,
    ]);
    assert.equal(token.status, 200, token.body);
    const accessToken = JSON.parse(token.body).access_token as string;
    const whoami = await curl([
      '-H',
      `Authorization: Bearer ${accessToken}`,
      `${d.server.url}/v0/auth/whoami`,
    ]);
    assert.equal(JSON.parse(whoami.body).principal.type, 'app');
    assert.ok(!(await d.page.content()).includes(secret), 'the secret is gone with the dialog');
  });

  test('the audit log shows the app’s creation and its secret, by the administrator', async () => {
    await d.go('Audit log');
    await expectRow(d, 'app.created', ADMIN.email);
    await expectRow(d, 'app.secret_generated', ADMIN.email);
  });

  test('a cross-site POST, and a same-site one without the CSRF token, are refused', async () => {
    // Another port on 127.0.0.1 is the same site, so the Strict cookie goes along: the Origin check refuses it.
    const attacker: Server = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(
        `<form id="f" method="POST" action="${d.server.url}/v0/auth/session-keys"></form><script>f.submit()</script>`,
      );
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (attacker.address() as AddressInfo).port;
      await d.page.goto(`http://127.0.0.1:${port}/`);
      await d.page.waitForURL(`${d.server.url}/v0/auth/session-keys`);
      const body = await d.page.locator('body').innerText();
      assert.match(body, /Cross-site request refused/);
      assert.ok(!body.includes('lk_sess_'));
    } finally {
      attacker.close();
    }
    await d.page.goto(`${d.server.url}/console/keys`);
    const sameSite = await d.page.evaluate(async () => {
      const response = await fetch('/v0/auth/session-keys', { method: 'POST' });
      return { status: response.status, body: await response.text() };
    });
    assert.equal(sameSite.status, 403);
    assert.match(sameSite.body, /x-csrf-token header is missing/);
  });

  test('every page loads, with its heading and no error', async () => {
    await apiCall(d.server.url, d.adminToken, 'POST', '/v0/orgs', { name: 'Lab' });
    const pages: [string, string][] = [
      ['API keys', 'API keys'],
      ['Account', 'Account'],
      ['Projects', 'Projects'],
      ['Apps', 'Apps'],
      ['Orgs & teams', 'Orgs and teams'],
      ['Users', 'Users'],
      ['All keys', 'All keys'],
      ['Permissions', 'Permissions'],
      ['Roles', 'Roles'],
      ['Site settings', 'Site settings'],
      ['Identity & signing', 'Identity providers and signing keys'],
      ['Audit log', 'Audit log'],
    ];
    for (const [index, [link, heading]] of pages.entries()) {
      await d.go(link);
      await d.page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // Every view's loading states give way to its content.
      const loading = d.page.getByRole('status').filter({ hasText: /^Loading/ });
      for (let tries = 0; (await loading.count()) > 0; tries++) {
        assert.ok(tries < 100, `${link} is still loading`);
        await d.page.waitForTimeout(100);
      }
      assert.equal(await d.page.getByRole('alert').count(), 0, `no error on ${link}`);
      assert.equal(await d.page.title(), `${link} · Latchkey`);
      await shot(d.page, `page-${String(index).padStart(2, '0')}-${link.replace(/\W+/g, '-').toLowerCase()}`);
    }
  });

  test('the pages fit a phone', async () => {
    await d.page.setViewportSize({ width: 390, height: 844 });
    await d.page.goto(`${d.server.url}/console/keys`);
    await d.page.getByRole('heading', { name: 'API keys' }).waitFor();
    await shot(d.page, '14-phone-keys');
    await d.go('Users');
    await d.page.getByRole('cell', { name: /ada@example\.com/ }).waitFor();
    await shot(d.page, '15-phone-users');
    const overflow = await d.page.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    assert.ok(overflow <= 1, `the page does not scroll sideways (${overflow}px)`);
  });

  test('no page broke the Content-Security-Policy', () => {
    assert.deepEqual(d.violations, []);
  });
});
