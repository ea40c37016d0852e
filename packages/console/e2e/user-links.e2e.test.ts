// The administrator's one-time links in a real browser: an invitation from "Create user" and a "Reset link",
// each shown once, each setting a password once; a used or expired link says why; "Reset factors" ends them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { pyotpAt } from '../../server/src/test/totp.ts';
import { apiCall, apiLogin } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADA, ADMIN, type Driver, startDriver } from './driver.ts';

const NEW_PASSWORD = 'copper meadow violin harbor';

describe('the console in chromium: invitations, reset links and factor resets', {
  skip: browserMissing(),
}, () => {
  let d: Driver;
  before(async () => {
    d = await startDriver();
    await d.signIn(ADMIN);
  });
  after(() => d?.close());

  const row = (email: string) => d.page.locator('tbody tr').filter({ hasText: email });

  /** The link in the open dialog, then the dialog closed: the page must not show it again. */
  async function linkShownOnce(title: string): Promise<string> {
    const dialog = d.page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    const url = await dialog.locator('code.secret').innerText();
    assert.match(url, /\/console\/set-password#token=[A-Za-z0-9_-]{43}$/);
    assert.match(await dialog.innerText(), /works once, until .* and is shown only now/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await d.page.reload();
    await row(ADA.email).waitFor();
    assert.ok(!(await d.page.content()).includes(url.split('#token=')[1] ?? url), 'the link is gone');
    return url;
  }

  /** Opens the link in a page of its own (no session), sets the password and comes back. */
  async function usePasswordLink(url: string): Promise<void> {
    const page = await d.page.context().newPage();
    await page.goto(url);
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page
      .getByRole('status')
      .getByText(/Your password is set/)
      .waitFor();
    await page.close();
  }

  /** The same link again: refused, with the reason on the page. */
  async function refusedLink(url: string, reason: RegExp, name: string): Promise<void> {
    const page = await d.page.context().newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'This link does not work' }).waitFor();
    assert.match(await page.getByRole('alert').innerText(), reason);
    await shot(page, name);
    await page.close();
  }

  test('Create user without a password shows the invitation once; it sets a password once', async () => {
    await d.go('Users');
    await d.page.getByRole('button', { name: 'Create user' }).click();
    const form = d.page.getByRole('dialog', { name: 'Create a user' });
    await form.getByLabel('Name').fill('Grace Hopper');
    await form.getByLabel('Email').fill('grace@example.com');
    await form.getByRole('button', { name: 'Create user' }).click();
    await shot(d.page, '60-invitation-shown-once');
    const url = await linkShownOnce('Invitation');
    await usePasswordLink(url);
    assert.ok(await apiLogin(d.server.url, 'grace@example.com', NEW_PASSWORD));
    await refusedLink(url, /already used/, '61-invitation-used');
  });

  test('Reset link shows a password reset link once; it replaces the password once', async () => {
    await d.go('Users');
    await row(ADA.email).getByRole('button', { name: 'Reset link' }).click();
    const url = await linkShownOnce('Password reset link');
    await usePasswordLink(url);
    assert.ok(await apiLogin(d.server.url, ADA.email, NEW_PASSWORD));
    await assert.rejects(apiLogin(d.server.url, ADA.email, ADA.password), 'the old password is refused');
    await refusedLink(url, /already used/, '62-reset-link-used');
  });

  test('an invitation past its expiry says so', async () => {
    await d.go('Users');
    await d.page.getByRole('button', { name: 'Create user' }).click();
    const form = d.page.getByRole('dialog', { name: 'Create a user' });
    await form.getByLabel('Name').fill('Late Comer');
    await form.getByLabel('Email').fill('late@example.com');
    await form.getByRole('button', { name: 'Create user' }).click();
    const url = await linkShownOnce('Invitation');
    // Seven days cannot pass in a test: the link's expiry is moved into the past in the server's database.
    const db = new Database(d.server.database);
    try {
      db.prepare('UPDATE user_links SET expires_at = 1 WHERE used_at IS NULL').run();
    } finally {
      db.close();
    }
    await refusedLink(url, /expired: ask an administrator for a new one/, '63-invitation-expired');
    await assert.rejects(apiLogin(d.server.url, 'late@example.com', NEW_PASSWORD));
  });

  test('Reset factors removes the user’s authenticator app and ends their sessions', async () => {
    const session = await apiLogin(d.server.url, ADA.email, NEW_PASSWORD);
    const started = await apiCall<{ secret: string }>(d.server.url, session, 'POST', '/v0/auth/mfa/totp');
    await apiCall(d.server.url, session, 'POST', '/v0/auth/mfa/totp/confirm', {
      code: pyotpAt(started.secret, Date.now()),
    });
    await d.go('Users');
    await row(ADA.email).getByRole('button', { name: 'Reset factors' }).click();
    const confirm = d.page.getByRole('dialog', { name: 'Reset Ada Lovelace’s second factors?' });
    assert.match(await confirm.innerText(), /authenticator app, recovery codes and passkeys stop working/);
    await confirm.getByRole('button', { name: 'Reset factors' }).click();
    await confirm.waitFor({ state: 'detached' });
    const ended = await fetch(`${d.server.url}/v0/auth/whoami`, {
      headers: { authorization: `Bearer ${session}` },
    });
    assert.equal(ended.status, 401, 'her session ended');
    // The password alone signs in again: the answer is a session, not a second step.
    assert.ok(await apiLogin(d.server.url, ADA.email, NEW_PASSWORD), 'no second step is asked');
  });

  test('no page broke the Content-Security-Policy', () => {
    assert.deepEqual(d.violations, []);
  });
});
