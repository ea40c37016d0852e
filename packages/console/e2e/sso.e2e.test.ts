// Single sign-on into the console in a real browser: "Sign in with <provider>" against oidc-provider, a real
// `latchkey serve`, a person created just in time who then makes a personal key, and the refusals shown.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { IDP_CLIENT_ID, TestIdp } from '../../server/src/test/idp.ts';
import { apiCall, whoamiWithKey } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { type Driver, startDriver } from './driver.ts';

describe('the console in chromium: single sign-on', { skip: browserMissing() }, () => {
  let d: Driver;
  let idp: TestIdp;
  before(async () => {
    idp = await TestIdp.start();
    // The provider is on loopback, which the outbound policy refuses unless told.
    d = await startDriver(undefined, { localhost: true, env: { LATCHKEY_OUTBOUND_ALLOW_LOOPBACK: 'true' } });
    idp.allowRedirect(`${d.server.url}/v0/auth/sso/callback`);
    await apiCall(d.server.url, d.adminToken, 'POST', '/v0/admin/identity-providers', {
      issuer: idp.issuer,
      audience: IDP_CLIENT_ID,
      sign_in: true,
      display_name: 'Acme SSO',
      client_id: IDP_CLIENT_ID,
      client_secret: idp.clientSecret,
      jit_domains: ['jit.example'],
    });
  });
  after(async () => {
    await d?.close();
    await idp?.stop();
  });

  /** From the console's sign-in page through the provider's login page, as `login`. */
  async function signInThroughProvider(login: string): Promise<void> {
    // The provider would remember the last person: every sign-in starts with no cookies at all.
    await d.page.context().clearCookies();
    await d.page.goto(`${d.server.url}/`);
    await d.page.getByRole('link', { name: 'Sign in with Acme SSO' }).click();
    await d.page.waitForURL((url) => url.origin === idp.issuer);
    await d.page.locator('input[name="login"]').fill(login);
    await d.page.locator('input[name="password"]').fill('any password');
    await d.page.locator('button[type="submit"]').click();
    await d.page.waitForURL((url) => url.origin === d.server.url);
  }

  test('a person from an allowed domain is created just in time and creates a personal key', async () => {
    await signInThroughProvider('bea@jit.example');
    await d.page.getByRole('button', { name: 'Sign out' }).waitFor();
    await shot(d.page, '50-sso-signed-in');
    await d.page.getByRole('button', { name: 'Create key' }).click();
    await d.page.getByRole('dialog').getByLabel('Name').fill('from sso');
    await d.page.getByRole('dialog').getByRole('button', { name: 'Create key' }).click();
    const secret = d.page.getByRole('dialog').getByLabel('API key', { exact: true });
    await secret.waitFor();
    const key = await secret.inputValue();
    assert.match(key, /^lk_user_/);
    const whoami = await whoamiWithKey(d.server.url, key);
    assert.equal(whoami.status, 200, whoami.body);
    assert.equal(JSON.parse(whoami.body).principal.email, 'bea@jit.example');
    await d.page
      .getByRole('dialog')
      .getByRole('button', { name: /I have copied it/ })
      .click();
    await d.signOut();
  });

  test('a person whose domain gets no account is refused, and the sign-in page says why', async () => {
    await signInThroughProvider('carl@elsewhere.example');
    await d.page
      .getByRole('alert')
      .filter({ hasText: 'There is no Latchkey account for your email address' })
      .waitFor();
    await d.page.getByRole('heading', { name: 'Sign in to Latchkey' }).waitFor();
    await shot(d.page, '51-sso-no-account');
    const users = await apiCall<{ email: string }[]>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/users?per_page=255',
    );
    assert.ok(!users.some((user) => user.email === 'carl@elsewhere.example'), 'nobody was created');
  });
});
