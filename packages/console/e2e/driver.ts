// One browser, one real server and the steps every console test takes: sign in, sign out, go to a page.
import type { Page } from 'playwright-core';
import { apiCall, apiLogin } from './api.ts';
import { type Browser, launchBrowser } from './browser.ts';
import { type Latchkey, startLatchkey } from './server.ts';

export const ADMIN = { email: 'root@example.com', password: 'admin-password-e2e-1' };
export const ADA = {
  email: 'ada@example.com',
  password: 'ada-password-e2e-12',
  name: 'Ada Lovelace',
  slug: 'ada',
};

export interface Driver {
  server: Latchkey;
  page: Page;
  adminToken: string;
  /** What the page's console said about the Content-Security-Policy: it must stay empty. */
  violations: string[];
  /** Every error the page's console logged (a failed request too) and every uncaught exception. */
  errors: string[];
  signIn(who: { email: string; password: string }): Promise<void>;
  signOut(): Promise<void>;
  go(label: string): Promise<void>;
  close(): Promise<void>;
}

/** A server with an administrator and Ada, and chromium on a blank page (1280 × 900 unless told). */
export async function startDriver(
  viewport?: { width: number; height: number },
  options: { localhost?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<Driver> {
  const server = await startLatchkey(
    { ...options.env, LATCHKEY_ADMIN_EMAIL: ADMIN.email, LATCHKEY_ADMIN_PASSWORD: ADMIN.password },
    options,
  );
  let browser: Browser | undefined;
  try {
    const adminToken = await apiLogin(server.url, ADMIN.email, ADMIN.password);
    await apiCall(server.url, adminToken, 'POST', '/v0/users', ADA);
    browser = await launchBrowser(viewport?.width, viewport?.height);
    const page = await browser.context.newPage();
    // node:test gives a whole file two minutes: a step that cannot pass fails fast.
    page.setDefaultTimeout(10_000);
    const violations: string[] = [];
    const errors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    const opened = browser;
    return {
      server,
      page,
      adminToken,
      violations,
      errors,
      async signIn(who) {
        await page.goto(`${server.url}/`);
        await page.getByLabel('Email').fill(who.email);
        await page.getByLabel('Password').fill(who.password);
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByRole('button', { name: 'Sign out' }).waitFor();
      },
      async signOut() {
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.getByRole('heading', { name: 'Sign in to Latchkey' }).waitFor();
      },
      async go(label) {
        // On a phone the navigation is behind the Menu button.
        const menu = page.getByRole('button', { name: 'Menu' });
        if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true')
          await menu.click();
        await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: label }).click();
      },
      async close() {
        await opened.close();
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

/** On the audit page: filter by the action and wait for a row of it by that actor. */
export async function expectRow(d: Driver, action: string, actor: string): Promise<void> {
  await d.page.getByLabel('Action').fill(action);
  const rows = d.page.locator('tbody tr').filter({ has: d.page.getByText(action, { exact: true }) });
  await rows
    .filter({ has: d.page.locator('td.actor', { hasText: actor }) })
    .first()
    .waitFor();
}
