// The console at phone width (390 × 844): the menu, stacked tables, empty states, the default key
// lifetime, and a browser console with no error in it. Then the same pages at desktop width.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall, apiLogin, curl } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADA, ADMIN, type Driver, startDriver } from './driver.ts';

const PHONE = { width: 390, height: 844 };
const DAY_MS = 86_400_000;

describe('the console in chromium at phone width', { skip: browserMissing() }, () => {
  let d: Driver;
  before(async () => {
    d = await startDriver(PHONE);
  });
  after(() => d?.close());

  // By id: folded away (display: none) it has no role for getByRole to find.
  const nav = () => d.page.locator('nav#console-nav');
  const menu = () => d.page.getByRole('button', { name: 'Menu' });

  /** The empty state titled `title`: its explanation, and its link into the API documentation. */
  async function expectEmpty(title: string, explains: RegExp, docs: string): Promise<void> {
    const box = d.page.locator('.empty').filter({ hasText: title });
    await box.waitFor();
    assert.match(await box.innerText(), explains);
    const link = box.getByRole('link');
    assert.equal(await link.getAttribute('href'), docs);
    // The documentation is this server's own, and it is there.
    const served = await curl(['-L', `${d.server.url}${docs.split('#')[0]}`]);
    assert.equal(served.status, 200);
  }

  test('loading the console signed out logs no error: "not signed in" is no 401', async () => {
    await d.page.goto(`${d.server.url}/`);
    await d.page.getByRole('heading', { name: 'Sign in to Latchkey' }).waitFor();
    await d.page.reload();
    await d.page.getByRole('heading', { name: 'Sign in to Latchkey' }).waitFor();
    await shot(d.page, 'phone-01-sign-in');
    assert.deepEqual(d.errors, []);
  });

  test('with no key at all, the Active tab says what a key is and links to the documentation', async () => {
    await d.signIn(ADA);
    await d.page.getByRole('heading', { name: 'API keys' }).waitFor();
    await expectEmpty('No keys yet.', /lets a script or tool call the API as you/, '/v0/docs#/keys');
    await shot(d.page, 'phone-02-no-keys');
  });

  test('a new key lasts 90 days by default on a site with no maximum', async () => {
    await d.page.getByRole('button', { name: 'Create key' }).click();
    const dialog = d.page.getByRole('dialog');
    const lifetime = dialog.getByLabel('Lifetime');
    await dialog.getByText('This site sets no maximum lifetime', { exact: false }).waitFor();
    assert.equal(await lifetime.inputValue(), '90');
    assert.equal(await lifetime.locator('option:checked').innerText(), '90 days');
    assert.ok(await lifetime.locator('option', { hasText: 'Never expires' }).count(), 'never is a choice');
    await shot(d.page, 'phone-03-create-key');
    await dialog.getByLabel('Name').fill('phone');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.getByLabel('API key', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: /I have copied it/ }).click();
    const token = await apiLogin(d.server.url, ADA.email, ADA.password);
    const [key] = await apiCall<{ creation: string; expiration: string | null }[]>(
      d.server.url,
      token,
      'GET',
      `/v0/users/${ADA.slug}/keys`,
    );
    assert.ok(key?.expiration, 'the key expires');
    const days = (Date.parse(key.expiration) - Date.parse(key.creation)) / DAY_MS;
    assert.ok(Math.abs(days - 90) < 0.01, `${days} days`);
  });

  test('a row reads as a card on a phone: each value beside its column name', async () => {
    const row = d.page.getByRole('row', { name: /phone/ });
    await row.waitFor();
    assert.equal(await row.locator('td').first().getAttribute('data-label'), 'Name');
    await shot(d.page, 'phone-04-keys');
    const overflow = await d.page.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    assert.ok(overflow <= 1, `the page does not scroll sideways (${overflow}px)`);
  });

  test('with only a revoked key, the Active tab says "No active keys"', async () => {
    await d.page.getByRole('row', { name: /phone/ }).getByRole('button', { name: 'Revoke' }).click();
    await d.page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await d.page.locator('.empty').filter({ hasText: 'No active keys.' }).waitFor();
    assert.equal(await d.page.getByText('No keys yet.').count(), 0);
    await shot(d.page, 'phone-05-no-active-keys');
  });

  test('no apps and no organisation: each says what the thing is and links to the documentation', async () => {
    await d.go('Apps');
    await expectEmpty('No apps yet.', /An app is a service that calls the API as itself/, '/v0/docs#/apps');
    await shot(d.page, 'phone-06-no-apps');
    await d.go('Orgs & teams');
    await expectEmpty(
      'You belong to no organisation.',
      /An organisation groups people and apps/,
      '/v0/docs#/access',
    );
    await shot(d.page, 'phone-07-no-orgs');
  });

  test('a new key lasts the site maximum by default when there is one', async () => {
    await apiCall(d.server.url, d.adminToken, 'PATCH', '/v0/admin/settings', { key_max_lifetime: '30d' });
    await d.go('API keys');
    await d.page.getByRole('button', { name: 'Create key' }).click();
    const lifetime = d.page.getByRole('dialog').getByLabel('Lifetime');
    await lifetime
      .locator('option', { hasText: 'The site maximum (30 days)' })
      .waitFor({ state: 'attached' });
    assert.equal(await lifetime.inputValue(), 'max');
    assert.equal(await lifetime.locator('option', { hasText: 'Never expires' }).count(), 0);
    assert.equal(await lifetime.locator('option', { hasText: '90 days' }).count(), 0, 'nothing over it');
    await d.page.keyboard.press('Escape');
    await apiCall(d.server.url, d.adminToken, 'PATCH', '/v0/admin/settings', { key_max_lifetime: 'never' });
  });

  test('the Menu button opens the whole navigation, administrator links too, by mouse and keyboard', async () => {
    await d.signOut();
    await d.signIn(ADMIN);
    assert.equal(await nav().isVisible(), false, 'folded away until asked for');
    assert.equal(await menu().getAttribute('aria-expanded'), 'false');
    assert.equal(await menu().getAttribute('aria-controls'), 'console-nav');
    await menu().click();
    assert.equal(await menu().getAttribute('aria-expanded'), 'true');
    assert.equal(await d.page.getByRole('navigation', { name: 'Console' }).count(), 1);
    const labels = [
      'API keys',
      'Account',
      'Projects',
      'Apps',
      'Orgs & teams',
      'Users',
      'All keys',
      'Site settings',
      'Identity & signing',
      'Audit log',
    ];
    for (const label of labels) {
      const box = await nav().getByRole('link', { name: label }).boundingBox();
      assert.ok(box, `${label} is shown`);
      assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `${label} is inside the screen`);
      assert.ok(box.y + box.height <= PHONE.height, `${label} is above the fold`);
    }
    await shot(d.page, 'phone-08-menu-open');
    // The keyboard: Escape closes it and gives the focus back; Enter opens it again; Tab reaches the links.
    await nav().getByRole('link', { name: 'Users' }).focus();
    await d.page.keyboard.press('Escape');
    assert.equal(await menu().getAttribute('aria-expanded'), 'false');
    assert.equal(await nav().isVisible(), false);
    assert.equal(await d.page.evaluate<string>('document.activeElement.textContent'), 'Menu');
    await d.page.keyboard.press('Enter');
    assert.equal(await menu().getAttribute('aria-expanded'), 'true');
    await nav().getByRole('link', { name: 'API keys' }).waitFor();
    // Following a link closes the menu.
    await nav().getByRole('link', { name: 'Audit log' }).click();
    await d.page.getByRole('heading', { name: 'Audit log' }).waitFor();
    assert.equal(await menu().getAttribute('aria-expanded'), 'false');
  });

  test('an audit row’s timestamp fits on one line inside the screen', async () => {
    await d.page.locator('tbody tr td[data-label="Time"]').first().waitFor();
    // Evaluated in the page (a string: this file is type-checked without the DOM library).
    const measured = await d.page.evaluate<{ lines: number; right: number; text: string }>(`(() => {
      const cell = document.querySelector('tbody tr td[data-label="Time"]');
      const range = document.createRange();
      range.selectNodeContents(cell);
      const rects = Array.from(range.getClientRects());
      return {
        lines: new Set(rects.map((rect) => Math.round(rect.top))).size,
        right: Math.max(...rects.map((rect) => rect.right)),
        text: cell.textContent,
      };
    })()`);
    assert.equal(measured.lines, 1, `${measured.text} on ${measured.lines} lines`);
    assert.ok(measured.right <= PHONE.width, `${measured.text} ends at ${measured.right}px`);
    await shot(d.page, 'phone-09-audit');
  });

  test('at desktop width the navigation is a sidebar again and the tables are tables', async () => {
    await d.page.setViewportSize({ width: 1280, height: 900 });
    assert.equal(await menu().isVisible(), false);
    assert.ok(await nav().getByRole('link', { name: 'Audit log' }).isVisible());
    assert.ok(await d.page.getByRole('columnheader', { name: 'Time' }).isVisible());
    await shot(d.page, 'desktop-01-audit');
    await d.go('API keys');
    await d.page.getByRole('tab', { name: 'Revoked' }).waitFor();
    await shot(d.page, 'desktop-02-keys');
    await d.page.setViewportSize(PHONE);
  });

  test('no page load or step logged an error in the browser console', () => {
    assert.deepEqual(d.errors, []);
    assert.deepEqual(d.violations, []);
  });
});
