// The site's require_mfa in a real browser: a covered user without a factor signs in to a page that only
// enrols one, makes a passkey their factor (Chromium's virtual authenticator), and the console opens.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addVirtualAuthenticator } from '../../server/src/test/webauthn.ts';
import { apiCall } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADA, type Driver, startDriver } from './driver.ts';

describe('the console in chromium: enrolment the policy asks for', { skip: browserMissing() }, () => {
  let d: Driver;
  before(async () => {
    d = await startDriver(undefined, { localhost: true });
    await addVirtualAuthenticator(d.page);
    // The administrator's session began before the change, so it keeps what it had.
    await apiCall(d.server.url, d.adminToken, 'PATCH', '/v0/admin/settings', { require_mfa: 'everyone' });
  });
  after(() => d?.close());

  test('a covered user without a factor sees only enrolment, adds a passkey, and the console opens', async () => {
    await d.page.goto(`${d.server.url}/`);
    await d.page.getByLabel('Email').fill(ADA.email);
    await d.page.getByLabel('Password').fill(ADA.password);
    await d.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await d.page.getByRole('heading', { name: 'Set up a second factor' }).waitFor();
    assert.match(await d.page.locator('main').innerText(), /this site requires a second factor/);
    assert.equal(await d.page.getByRole('navigation', { name: 'Console' }).count(), 0, 'nothing else');
    await shot(d.page, '70-enrolment-required');
    // Not yet: the session still may only enrol.
    await d.page.getByRole('button', { name: 'Continue to the console' }).click();
    await d.page.getByRole('alert').filter({ hasText: 'No second factor yet' }).waitFor();
    await d.page.getByRole('heading', { name: 'Set up a second factor' }).waitFor();

    await d.page.getByLabel('Passkey name').fill('Laptop');
    await d.page.getByRole('button', { name: 'Add a passkey' }).click();
    await d.page.getByRole('button', { name: 'Remove passkey Laptop' }).waitFor();
    await d.page.getByRole('button', { name: 'Continue to the console' }).click();
    await d.page.getByRole('heading', { name: 'API keys' }).waitFor();
    await d.page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  test('the passkey is then asked for after the password', async () => {
    await d.signOut();
    await d.page.getByLabel('Email').fill(ADA.email);
    await d.page.getByLabel('Password').fill(ADA.password);
    await d.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await d.page.getByRole('heading', { name: 'Second factor' }).waitFor();
    await d.page.getByRole('button', { name: 'Use a passkey' }).click();
    await d.page.getByRole('heading', { name: 'API keys' }).waitFor();
  });

  test('no page broke the Content-Security-Policy', () => {
    assert.deepEqual(d.violations, []);
  });
});
