// Password guessing against one account from many addresses (spoofed X-Forwarded-For, a botnet), and the
// owner who must still get in: the account throttle as an attacker and a defender meet it over HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../test/harness.ts';

const ACCOUNT_LIMIT = 10;
const ADDRESS_LIMIT = 20;
const PROXY = '10.9.0.1';

for (const dialect of DIALECTS) {
  describe(`failed sign-ins count per account, whatever the address (${dialect})`, () => {
    let s: TestServer;
    let passwordChecks = 0;

    before(async () => {
      s = await startTestServer(dialect, {
        env: {
          // Every hop trusted: the client names its own address, as an attacker would.
          LATCHKEY_TRUST_PROXY: 'true',
          LATCHKEY_AUTH_FAILURE_LIMIT: String(ADDRESS_LIMIT),
          LATCHKEY_AUTH_ACCOUNT_FAILURE_LIMIT: String(ACCOUNT_LIMIT),
        },
      });
      const resolvePassword = s.ctx.sessions.resolvePassword.bind(s.ctx.sessions);
      s.ctx.sessions.resolvePassword = (email, password, actor) => {
        passwordChecks++;
        return resolvePassword(email, password, actor);
      };
    });
    after(() => s.close());

    let rotation = 0;
    /** A different client address every call, as a spoofer or a botnet sends. */
    const fresh = () => {
      rotation++;
      return `203.0.${Math.floor(rotation / 250)}.${(rotation % 250) + 1}`;
    };
    const login = (email: string, password: string, client = fresh()) =>
      s.app.inject({
        method: 'POST',
        url: '/v0/auth/login',
        remoteAddress: PROXY,
        headers: { 'x-forwarded-for': client },
        payload: { email, password },
      });
    const tally = (statuses: number[]) => {
      const counts: Record<number, number> = {};
      for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
      return counts;
    };

    test('100 guesses for the administrator, each from a new X-Forwarded-For: the limit’s checks, then 429 with Retry-After', async () => {
      const admin = await s.createUser({ admin: true });
      const before = passwordChecks;
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof login>> | undefined;
      for (let i = 0; i < 100; i++) {
        last = await login(admin.email, `guess number ${i}`);
        statuses.push(last.statusCode);
      }
      assert.equal(passwordChecks - before, ACCOUNT_LIMIT, 'scrypt ran only as often as the account allows');
      assert.deepEqual(statuses.slice(0, ACCOUNT_LIMIT), Array(ACCOUNT_LIMIT).fill(401));
      assert.deepEqual(tally(statuses.slice(ACCOUNT_LIMIT)), { 429: 100 - ACCOUNT_LIMIT });
      assert.equal(last?.headers['retry-after'], '1');
      assert.equal(last?.json().error.code, 'rate_limited');
      assert.match(last?.json().error.message, /for this account; try again in 1 seconds/);
    });

    test('a concurrent burst from rotating addresses gets no more checks than the limit', async () => {
      const target = await s.createUser();
      const before = passwordChecks;
      const responses = await Promise.all(
        Array.from({ length: 100 }, (_, i) => login(target.email, `burst guess ${i}`)),
      );
      assert.equal(passwordChecks - before, ACCOUNT_LIMIT);
      assert.deepEqual(tally(responses.map((response) => response.statusCode)), {
        401: ACCOUNT_LIMIT,
        429: 100 - ACCOUNT_LIMIT,
      });
    });

    test('an email no user has is counted the same, so the answers tell no one which accounts exist', async () => {
      const real = await s.createUser();
      const sequence = async (email: string) => {
        const statuses: number[] = [];
        for (let i = 0; i < ACCOUNT_LIMIT + 3; i++)
          statuses.push((await login(email, `probe ${i}`)).statusCode);
        return statuses;
      };
      const forReal = await sequence(real.email);
      const forNobody = await sequence('nobody-at-all@example.com');
      assert.deepEqual(forNobody, forReal);
      assert.deepEqual(forReal.slice(ACCOUNT_LIMIT), [429, 429, 429]);
    });

    test('every spelling of one email is one account', async () => {
      const user = await s.createUser({ email: 'spelled@example.com' });
      const spellings = [
        'spelled@example.com',
        'SPELLED@example.com',
        ' Spelled@Example.COM ',
        'spelled@EXAMPLE.com\t',
      ];
      for (let i = 0; i < ACCOUNT_LIMIT; i++)
        assert.equal((await login(spellings[i % spellings.length] ?? '', `spelling ${i}`)).statusCode, 401);
      assert.equal((await login(user.email.toUpperCase(), 'one more')).statusCode, 429);
    });

    test('the right password from a new address waits out the back-off too, and is accepted once it is served', async () => {
      // The documented choice: a new address cannot be told from the attacker's next one, so it waits;
      // the wait is at most LATCHKEY_AUTH_ACCOUNT_BACKOFF_MAX, never a lock.
      const owner = await s.createUser();
      for (let i = 0; i < ACCOUNT_LIMIT + 5; i++) await login(owner.email, `attack ${i}`);
      const waiting = await login(owner.email, TEST_PASSWORD);
      assert.equal(waiting.statusCode, 429);
      const seconds = Number(waiting.headers['retry-after']);
      assert.ok(seconds >= 1, `Retry-After ${waiting.headers['retry-after']}`);
      s.clock.advance(seconds * 1000);
      assert.equal((await login(owner.email, TEST_PASSWORD)).statusCode, 200);
    });

    test('the owner signs in from an address they signed in from before while the account is under attack', async () => {
      const owner = await s.createUser();
      const home = '192.0.2.10';
      assert.equal((await login(owner.email, TEST_PASSWORD, home)).statusCode, 200);
      for (let i = 0; i < 50; i++) await login(owner.email, `attack ${i}`);
      assert.equal(
        (await login(owner.email, 'attack from afar')).statusCode,
        429,
        'the account is throttled',
      );
      const typo = await login(owner.email, 'a typo at home', home);
      assert.equal(typo.statusCode, 401, 'checked, not throttled');
      assert.equal((await login(owner.email, TEST_PASSWORD, home)).statusCode, 200);
    });

    test('one address shared by many (a NAT): its failures do not lock out an account that signed in from there', async () => {
      const office = '198.51.100.77';
      const regular = await s.createUser();
      const newcomer = await s.createUser();
      assert.equal((await login(regular.email, TEST_PASSWORD, office)).statusCode, 200);
      // Someone in the office guesses at many accounts: the address is throttled.
      for (let i = 0; i < ADDRESS_LIMIT; i++)
        assert.equal((await login(`someone-${i}@example.com`, 'guess', office)).statusCode, 401);
      const blocked = await login(newcomer.email, TEST_PASSWORD, office);
      assert.equal(blocked.statusCode, 429, 'never signed in from here: the address’s throttle holds');
      assert.match(blocked.json().error.message, /from this address/);
      assert.equal((await login(regular.email, TEST_PASSWORD, office)).statusCode, 200);
    });
  });
}
