// The console in a real browser: a user enrols an authenticator app and a passkey, signs in with each (and
// with a passkey alone), sees the refusals of wrong codes, and removes both.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { pyotpAt } from '../../server/src/test/totp.ts';
import { addVirtualAuthenticator } from '../../server/src/test/webauthn.ts';
import { browserMissing, shot } from './browser.ts';
import { ADA, ADMIN, type Driver, expectRow, startDriver } from './driver.ts';

/** Waits for the next 30-second step: its code is new, never a replay of one already used. */
async function nextStep(after: number): Promise<void> {
  const next = (Math.floor(after / 30_000) + 1) * 30_000;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now()) + 200));
}

describe('the console in chromium: second factors and passkeys', { skip: browserMissing() }, () => {
  let d: Driver;
  let seed = '';
  let confirmedAt = 0;
  /** The last code that signed in: replayed, it must be refused. */
  let lastCode = '';
  let recoveryCodes: string[] = [];
  before(async () => {
    d = await startDriver(undefined, { localhost: true });
    await addVirtualAuthenticator(d.page);
    await d.signIn(ADA);
  });
  after(() => d?.close());

  const alert = (text: string) => d.page.getByRole('alert').filter({ hasText: text }).waitFor();
  const passwordStep = async () => {
    await d.page.getByLabel('Email').fill(ADA.email);
    await d.page.getByLabel('Password').fill(ADA.password);
    await d.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await d.page.getByRole('heading', { name: 'Second factor' }).waitFor();
  };

  test('a user enrols an authenticator app: QR code and URI, a wrong code refused, ten recovery codes', async () => {
    await d.go('Account');
    await d.page.getByRole('button', { name: 'Set up authenticator app' }).click();
    await d.page.getByRole('img', { name: 'QR code of the otpauth URI' }).waitFor();
    const uri = await d.page.locator('code.otpauth-uri').innerText();
    assert.match(uri, /^otpauth:\/\/totp\/Latchkey:ada%40example\.com\?/);
    seed = new URL(uri).searchParams.get('secret') ?? '';
    await shot(d.page, '30-totp-enrol');
    await d.page.getByLabel('Code from the app').fill('000000');
    await d.page.getByRole('button', { name: 'Confirm' }).click();
    await alert('not the current 6-digit code');
    confirmedAt = Date.now();
    await d.page.getByLabel('Code from the app').fill(pyotpAt(seed, confirmedAt));
    await d.page.getByRole('button', { name: 'Confirm' }).click();
    const codes = d.page.locator('ul.recovery-codes li');
    await codes.first().waitFor();
    recoveryCodes = await codes.allInnerTexts();
    assert.equal(recoveryCodes.length, 10);
    await shot(d.page, '31-recovery-codes');
    await d.page.getByRole('button', { name: 'I have saved them' }).click();
    await d.page.getByText('On: sign-in asks for a code.').waitFor();
  });

  test('sign-in then asks for a code: a wrong one is refused, the app’s current one signs in', async () => {
    await d.signOut();
    await passwordStep();
    await d.page.getByLabel('Code').fill('123456');
    await d.page.getByRole('button', { name: 'Verify' }).click();
    await alert('The code or recovery code is not valid.');
    await shot(d.page, '32-second-factor-refused');
    await nextStep(confirmedAt);
    lastCode = pyotpAt(seed, Date.now());
    await d.page.getByLabel('Code').fill(lastCode);
    await d.page.getByRole('button', { name: 'Verify' }).click();
    await d.page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  test('a code already used is refused when replayed within its window, and the next one signs in', async () => {
    await d.signOut();
    await passwordStep();
    // Still inside its window (a step either side), but used already.
    await d.page.getByLabel('Code').fill(lastCode);
    await d.page.getByRole('button', { name: 'Verify' }).click();
    await alert('The code or recovery code is not valid.');
    await shot(d.page, '33-second-factor-replayed');
    await nextStep(Date.now());
    await d.page.getByLabel('Code').fill(pyotpAt(seed, Date.now()));
    await d.page.getByRole('button', { name: 'Verify' }).click();
    await d.page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  test('a challenge used elsewhere first is refused in the browser, which says to sign in again', async () => {
    await d.signOut();
    const first = d.page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/v0/console/session',
    );
    await passwordStep();
    const { challenge } = (await (await first).json()) as { challenge: string };
    // The same challenge completed by another client (here, fetch with the last recovery code) ends it.
    const elsewhere = await fetch(`${d.server.url}/v0/auth/login/mfa`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ challenge, recovery_code: recoveryCodes[9] }),
    });
    assert.equal(elsewhere.status, 200, await elsewhere.text());
    await d.page.getByLabel('Code').fill(recoveryCodes[8] ?? '');
    await d.page.getByRole('button', { name: 'Verify' }).click();
    await alert('This sign-in challenge is not valid or was used; sign in again.');
    await shot(d.page, '34-second-factor-challenge-used');
    // Signing in again gives a new challenge, which the unused code completes.
    await d.page.goto(`${d.server.url}/`);
    await passwordStep();
    await d.page.getByLabel('Code').fill(recoveryCodes[8] ?? '');
    await d.page.getByRole('button', { name: 'Verify' }).click();
    await d.page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  test('an old code and an expired challenge are each refused with their message', async () => {
    await d.signOut();
    await passwordStep();
    const refusal = () =>
      d.page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/v0/console/session/mfa',
      );
    // Three steps old: outside the window of a step either side.
    let answered = refusal();
    await d.page.getByLabel('Code').fill(pyotpAt(seed, Date.now() - 90_000));
    await d.page.getByRole('button', { name: 'Verify' }).click();
    assert.equal(
      ((await (await answered).json()) as { error: { code: string } }).error.code,
      'mfa_code_invalid',
    );
    await alert('The code or recovery code is not valid.');
    // Five minutes cannot pass in a test: the challenge's expiry is moved into the past in the server's database.
    const db = new Database(d.server.database);
    try {
      db.prepare('UPDATE mfa_challenges SET expires_at = 1 WHERE used_at IS NULL').run();
    } finally {
      db.close();
    }
    answered = refusal();
    await d.page.getByLabel('Code').fill(recoveryCodes[7] ?? '');
    await d.page.getByRole('button', { name: 'Verify' }).click();
    assert.equal(
      ((await (await answered).json()) as { error: { code: string } }).error.code,
      'mfa_challenge_expired',
    );
    await alert('This sign-in challenge has expired; sign in again.');
    await shot(d.page, '35-second-factor-challenge-expired');
    await d.page.getByRole('button', { name: 'Start over' }).click();
    await passwordStep();
    await d.page.getByLabel('Code').fill(recoveryCodes[7] ?? '');
    await d.page.getByRole('button', { name: 'Verify' }).click();
    await d.page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  test('a recovery code signs in once; used again it is refused', async () => {
    await d.signOut();
    await passwordStep();
    await d.page.getByLabel('Code').fill(recoveryCodes[0] ?? '');
    await d.page.getByRole('button', { name: 'Verify' }).click();
    await d.page.getByRole('button', { name: 'Sign out' }).waitFor();
    await d.signOut();
    await passwordStep();
    await d.page.getByLabel('Code').fill(recoveryCodes[0] ?? '');
    await d.page.getByRole('button', { name: 'Verify' }).click();
    await alert('The code or recovery code is not valid.');
    await d.page.getByLabel('Code').fill(recoveryCodes[1] ?? '');
    await d.page.getByRole('button', { name: 'Verify' }).click();
    await d.page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  test('the authenticator app is removed with a recovery code', async () => {
    await d.go('Account');
    await d.page.getByLabel('Code to remove it').fill('nope-nope');
    await d.page.getByRole('button', { name: 'Remove authenticator app' }).click();
    await alert('removing the factor needs a current one');
    await d.page.getByLabel('Code to remove it').fill(recoveryCodes[2] ?? '');
    await d.page.getByRole('button', { name: 'Remove authenticator app' }).click();
    await d.page.getByText('Off: a password alone signs you in.').waitFor();
  });

  test('a user adds a passkey, which then signs in alone and as the second factor', async () => {
    await d.page.getByLabel('Passkey name').fill('Laptop');
    await d.page.getByRole('button', { name: 'Add a passkey' }).click();
    await d.page.getByRole('button', { name: 'Remove passkey Laptop' }).waitFor();
    await shot(d.page, '33-passkeys');
    await d.signOut();
    await d.page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await d.page.getByRole('button', { name: 'Sign out' }).waitFor();
    await d.signOut();
    await passwordStep();
    await d.page.getByRole('button', { name: 'Use a passkey' }).click();
    await d.page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  test('a removed passkey signs in no more, and the refusal is shown', async () => {
    await d.go('Account');
    await d.page.getByRole('button', { name: 'Remove passkey Laptop' }).click();
    await d.page.getByRole('button', { name: 'Remove passkey Laptop' }).waitFor({ state: 'detached' });
    await d.signOut();
    await d.page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await alert('The passkey could not be verified for this site');
    await shot(d.page, '34-passkey-refused');
  });

  test('the audit log shows each enrolment, removal and use', async () => {
    await d.signIn(ADMIN);
    await d.go('Audit log');
    await expectRow(d, 'user.mfa_enrolled', ADA.email);
    await expectRow(d, 'user.mfa_removed', ADA.email);
    await expectRow(d, 'user.recovery_code_used', ADA.email);
    await expectRow(d, 'user.passkey_used', ADA.email);
  });

  test('no page broke the Content-Security-Policy', () => {
    assert.deepEqual(d.violations, []);
  });
});
