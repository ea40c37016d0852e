// The console in a real browser: the step-up prompt on a sensitive change, and the public set-password page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pyotpAt } from '../../server/src/test/totp.ts';
import { apiCall, apiLogin } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADA, type Driver, startDriver } from './driver.ts';

describe('the console in chromium: step-up and password links', { skip: browserMissing() }, () => {
  let d: Driver;
  before(async () => {
    d = await startDriver();
  });
  after(() => d?.close());

  test('a key needs a recent second factor: the console asks for it, shows a wrong one, and retries', async () => {
    await d.signIn(ADA);
    // Ada enrols from another session: the browser's session has not proved the factor since.
    const api = await apiLogin(d.server.url, ADA.email, ADA.password);
    const started = await apiCall<{ secret: string }>(d.server.url, api, 'POST', '/v0/auth/mfa/totp');
    const { recovery_codes: codes } = await apiCall<{ recovery_codes: string[] }>(
      d.server.url,
      api,
      'POST',
      '/v0/auth/mfa/totp/confirm',
      { code: pyotpAt(started.secret, Date.now()) },
    );

    await d.page.getByRole('button', { name: 'Create key' }).click();
    await d.page.getByRole('dialog').getByLabel('Name').fill('after step-up');
    await d.page.getByRole('dialog').getByRole('button', { name: 'Create key' }).click();
    const prompt = d.page.getByRole('dialog', { name: 'Confirm it is you' });
    await prompt.waitFor();
    assert.match(await prompt.innerText(), /second factor proved in the last 15 minutes/);
    await prompt.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await prompt.getByLabel('Recovery code').fill('aaaa-bbbb-cccc-dddd');
    await prompt.getByRole('button', { name: 'Confirm' }).click();
    await prompt.getByText('The code or recovery code is not valid.').waitFor();
    await shot(d.page, '30-step-up-wrong-code');
    await prompt.getByLabel('Recovery code').fill(codes[0] ?? '');
    await prompt.getByRole('button', { name: 'Confirm' }).click();
    // The create-key request is retried and answers the key.
    const secret = d.page.getByRole('dialog').getByLabel('API key', { exact: true });
    await secret.waitFor();
    assert.match(await secret.inputValue(), /^lk_user_/);
    await shot(d.page, '31-step-up-then-key');
    await d.page.keyboard.press('Escape');
    await d.signOut();
  });

  test('an invitation link opens the set-password page; a weak password, a second use and a bad link say why', async () => {
    const created = await apiCall<{ invitation: { url: string } }>(
      d.server.url,
      d.adminToken,
      'POST',
      '/v0/users',
      {
        email: 'grace@example.com',
        name: 'Grace Hopper',
      },
    );
    const url = created.invitation.url;
    assert.match(url, /\/console\/set-password#token=/);
    await d.page.goto(url);
    // The heading shows while the link is still being read ("Loading the link…"); wait for what the link says.
    await d.page.getByRole('heading', { name: 'Welcome to Latchkey' }).waitFor();
    await d.page.getByText(/Grace Hopper, choose the password for grace@example\.com/).waitFor();
    await d.page.getByLabel('New password').fill('password1234');
    await d.page.getByRole('button', { name: 'Set password' }).click();
    await d.page.getByText(/password: too easy to guess/).waitFor();
    await shot(d.page, '32-set-password-weak');
    await d.page.getByLabel('New password').fill('velvet orbit cactus lantern');
    await d.page.getByRole('button', { name: 'Set password' }).click();
    await d.page
      .getByRole('status')
      .getByText(/Your password is set/)
      .waitFor();
    assert.ok(await apiLogin(d.server.url, 'grace@example.com', 'velvet orbit cactus lantern'));

    await d.page.goto('about:blank');
    await d.page.goto(url);
    await d.page.getByRole('heading', { name: 'This link does not work' }).waitFor();
    assert.match(await d.page.getByRole('alert').innerText(), /already used/);
    await shot(d.page, '33-set-password-used');

    await d.page.goto('about:blank');
    await d.page.goto(`${d.server.url}/console/set-password#token=${'A'.repeat(43)}`);
    await d.page.getByRole('heading', { name: 'This link does not work' }).waitFor();
    assert.match(await d.page.getByRole('alert').innerText(), /not valid/);
  });
});
