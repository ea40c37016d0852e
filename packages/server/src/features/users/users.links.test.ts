// Invitations and password reset links: one-time, hashed, expiring; emailed over SMTP or shown once.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.ts';
import { startSmtp, type TestSmtp } from '../../test/smtp.ts';

const NEW_PASSWORD = 'velvet orbit cactus lantern';
const tokenOf = (url: string): string => new URL(url).hash.replace(/^#token=/, '');

for (const dialect of DIALECTS) {
  describe(`invitations and password reset links (${dialect})`, () => {
    let s: TestServer;
    let admin: string;

    before(async () => {
      s = await startTestServer(dialect);
      const root = await s.createUser({ admin: true });
      admin = await s.login(root.email);
    });
    after(() => s.close());

    const redeem = (token: string, password = NEW_PASSWORD) =>
      s.app.inject({ method: 'POST', url: '/v0/auth/password-links/redeem', payload: { token, password } });
    const inspect = (token: string) =>
      s.app.inject({ method: 'POST', url: '/v0/auth/password-links/inspect', payload: { token } });
    const canSignIn = async (email: string, password: string) =>
      (await s.app.inject({ method: 'POST', url: '/v0/auth/login', payload: { email, password } }))
        .statusCode === 200;

    test('a user created without a password gets a one-time invitation link, stored only as its SHA-256', async () => {
      const created = await s.call('POST', '/v0/users', admin, {
        email: 'newcomer@example.com',
        name: 'Newcomer',
      });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.headers['cache-control'], 'no-store');
      const { invitation } = created.json();
      assert.equal(invitation.purpose, 'invitation');
      assert.equal(invitation.emailed, false);
      assert.match(invitation.url, /^http:\/\/.+\/console\/set-password#token=[\w-]{43}$/);
      assert.equal(Date.parse(invitation.expiration), s.clock.now() + 7 * 86_400_000);
      const token = tokenOf(invitation.url);
      const rows = await s.ctx.db.selectFrom('userLinks').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.hash, createHash('sha256').update(token).digest('hex'));
      assert.ok(!JSON.stringify(rows).includes(token));

      const details = await inspect(token);
      assert.equal(details.statusCode, 200, details.body);
      assert.deepEqual(
        { purpose: details.json().purpose, email: details.json().email },
        { purpose: 'invitation', email: 'newcomer@example.com' },
      );
      const weak = await redeem(token, 'password1234');
      assert.equal(weak.statusCode, 400);
      assert.match(weak.json().error.message, /^password: too easy to guess/);
      assert.equal(await canSignIn('newcomer@example.com', 'password1234'), false, 'nothing set');

      assert.equal((await redeem(token)).statusCode, 200);
      assert.ok(await canSignIn('newcomer@example.com', NEW_PASSWORD));
      const again = await redeem(token, 'another strong passphrase here');
      assert.equal(again.statusCode, 410);
      assert.equal(again.json().error.code, 'link_used');
      assert.equal((await inspect(token)).json().error.code, 'link_used');
      assert.ok(await canSignIn('newcomer@example.com', NEW_PASSWORD), 'the second use changed nothing');

      const audit = await s.ctx.db
        .selectFrom('auditEvents')
        .select('action')
        .where('action', 'in', ['user.invited', 'user.password_set'])
        .execute();
      assert.deepEqual(audit.map((row) => row.action).sort(), ['user.invited', 'user.password_set']);
      const invited = await s.call('POST', `/v0/users/${created.json().slug}/invitation`, admin);
      assert.equal(invited.statusCode, 409, 'a user with a password is not invited again');
    });

    test('an expired link is link_expired and an unknown one link_invalid; nothing is set', async () => {
      const created = await s.call('POST', '/v0/users', admin, { email: 'late@example.com', name: 'Late' });
      const slug = created.json().slug;
      const token = tokenOf(created.json().invitation.url);
      s.clock.advance(7 * 86_400_000 + 1000);
      const expired = await redeem(token);
      assert.equal(expired.statusCode, 410);
      assert.equal(expired.json().error.code, 'link_expired');
      assert.equal(await canSignIn('late@example.com', NEW_PASSWORD), false);
      const unknown = await redeem('A'.repeat(43));
      assert.equal(unknown.statusCode, 404);
      assert.equal(unknown.json().error.code, 'link_invalid');

      // A new invitation works, and supersedes the earlier ones.
      const reissued = await s.call('POST', `/v0/users/${slug}/invitation`, admin);
      assert.equal(reissued.statusCode, 201, reissued.body);
      const second = await s.call('POST', `/v0/users/${slug}/invitation`, admin);
      assert.equal((await redeem(tokenOf(reissued.json().url))).json().error.code, 'link_used');
      assert.equal((await redeem(tokenOf(second.json().url))).statusCode, 200);
    });

    test('a password reset link sets a new password once and ends the user’s sessions', async () => {
      const user: UserRow = await s.createUser({ slug: 'forgetful' });
      const session = await s.login(user.email);
      const issued = await s.call('POST', '/v0/users/forgetful/password-reset', admin);
      assert.equal(issued.statusCode, 201, issued.body);
      assert.equal(issued.json().purpose, 'password_reset');
      assert.equal(Date.parse(issued.json().expiration), s.clock.now() + 86_400_000);
      const byUser = await s.call('POST', '/v0/users/forgetful/password-reset', session);
      assert.equal(byUser.statusCode, 403, 'administrators only');
      assert.equal((await redeem(tokenOf(issued.json().url))).statusCode, 200);
      assert.equal((await s.call('GET', '/v0/auth/whoami', session)).statusCode, 401);
      assert.equal(await canSignIn(user.email, TEST_PASSWORD), false);
      assert.ok(await canSignIn(user.email, NEW_PASSWORD));
    });
  });

  describe(`emailed links over SMTP (${dialect})`, () => {
    let s: TestServer;
    let smtp: TestSmtp;
    let admin: string;

    before(async () => {
      smtp = await startSmtp();
      s = await startTestServer(dialect, {
        env: { LATCHKEY_SMTP_URL: smtp.url, LATCHKEY_SMTP_FROM: 'Latchkey <latchkey@example.com>' },
      });
      const root = await s.createUser({ admin: true });
      admin = await s.login(root.email);
    });
    after(async () => {
      await s.close();
      await smtp.close();
    });

    test('with LATCHKEY_SMTP_URL the invitation is emailed and not shown to the administrator', async () => {
      const created = await s.call('POST', '/v0/users', admin, {
        email: 'mailed@example.com',
        name: 'Mailed',
      });
      assert.equal(created.statusCode, 201, created.body);
      const { invitation } = created.json();
      assert.equal(invitation.emailed, true, created.body);
      assert.equal(invitation.url, undefined);
      assert.equal(smtp.received.length, 1);
      const mail = smtp.received[0];
      assert.deepEqual(mail?.to, ['mailed@example.com']);
      assert.equal(mail?.from, 'latchkey@example.com');
      assert.match(mail?.raw ?? '', /Subject: You are invited to Latchkey/);
      const unfolded = (mail?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const url = /http:\/\/\S+\/console\/set-password#token=[\w-]{43}/.exec(unfolded)?.[0];
      assert.ok(url, unfolded);
      const redeemed = await s.app.inject({
        method: 'POST',
        url: '/v0/auth/password-links/redeem',
        payload: { token: tokenOf(url), password: NEW_PASSWORD },
      });
      assert.equal(redeemed.statusCode, 200, redeemed.body);

      const reset = await s.call('POST', `/v0/users/${created.json().slug}/password-reset`, admin);
      assert.equal(reset.json().emailed, true);
      assert.equal(smtp.received.length, 2);
      assert.match(smtp.received[1]?.raw ?? '', /Subject: Reset your Latchkey password/);
    });
  });
}
