// Brute force: failed authentications from one address are throttled; that address's good credentials are not.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../lib/clock.ts';
import { generateSecret } from '../lib/crypto/secrets.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../test/harness.ts';
import { FailureThrottle } from './failure-throttle.ts';

describe('FailureThrottle: a cached credential used from an address', () => {
  const WINDOW = 60_000;
  const failTimes = (throttle: FailureThrottle, address: string, times: number) => {
    for (let i = 0; i < times; i++) throttle.recordFailure(address);
  };

  test('that has had failures stays admitted there once the address is throttled, to the end of the window', () => {
    const clock = new ManualClock();
    const throttle = new FailureThrottle(5, WINDOW, clock);
    failTimes(throttle, '10.0.0.9', 1);
    // Used many times while the address is below its limit: remembered once, and that is enough.
    for (let i = 0; i < 3; i++) assert.equal(throttle.admit('10.0.0.9', 'good').blocked, false);
    clock.advance(WINDOW - 1000);
    failTimes(throttle, '10.0.0.9', 4);
    assert.equal(throttle.state('10.0.0.9').blocked, true);
    assert.equal(throttle.admit('10.0.0.9', 'good').blocked, false, 'the credential that worked here');
    assert.equal(throttle.admit('10.0.0.9', 'other').blocked, true, 'a credential never used here');
  });

  test('is remembered again in a later window, so the memo of an old window never stands in for it', () => {
    const clock = new ManualClock();
    const throttle = new FailureThrottle(5, WINDOW, clock);
    failTimes(throttle, '10.0.0.8', 1);
    assert.equal(throttle.admit('10.0.0.8', 'good').blocked, false);
    // Two windows later the first remembering has lapsed; a use in the new window remembers it anew.
    clock.advance(2 * WINDOW + 1);
    failTimes(throttle, '10.0.0.8', 1);
    assert.equal(throttle.admit('10.0.0.8', 'good').blocked, false);
    clock.advance(WINDOW - 1000);
    failTimes(throttle, '10.0.0.8', 4);
    assert.equal(throttle.admit('10.0.0.8', 'good').blocked, false);
    assert.equal(throttle.admit('10.0.0.8', 'other').blocked, true);
  });
});

for (const dialect of DIALECTS) {
  describe(`failed-authentication throttle (${dialect})`, () => {
    let s: TestServer;
    let session: string;
    let key: string;
    let email: string;

    before(async () => {
      s = await startTestServer(dialect, {
        env: { LATCHKEY_AUTH_FAILURE_LIMIT: '5', LATCHKEY_AUTH_FAILURE_WINDOW: '60' },
      });
      const user = await s.createUser({ slug: 'sam' });
      email = user.email;
      session = await s.login(email);
      key = (await s.createKey(session, 'sam')).key;
    });
    after(() => s.close());

    const from = (address: string, secret: string) =>
      s.app.inject({
        method: 'GET',
        url: '/v0/auth/whoami',
        headers: bearer(secret),
        remoteAddress: address,
      });

    test('the limit-th failure is still a 401; the next is a 429 with Retry-After and rate_limited', async () => {
      assert.equal((await from('10.0.0.1', key)).statusCode, 200, 'warms the cache for this key');
      for (let i = 0; i < 5; i++)
        assert.equal((await from('10.0.0.1', generateSecret('user').plaintext)).statusCode, 401);
      const blocked = await from('10.0.0.1', generateSecret('user').plaintext);
      assert.equal(blocked.statusCode, 429);
      assert.equal(blocked.json().error.code, 'rate_limited');
      assert.equal(blocked.headers['retry-after'], '60');
      assert.equal((await from('10.0.0.1', 'not even a key')).statusCode, 429);
    });

    test('successful requests from the throttled address are not slowed; other addresses are untouched', async () => {
      for (let i = 0; i < 10; i++) assert.equal((await from('10.0.0.1', key)).statusCode, 200);
      assert.equal((await from('10.0.0.2', generateSecret('user').plaintext)).statusCode, 401);
    });

    test('sign-in from the throttled address is refused before any password work', async () => {
      const response = await s.app.inject({
        method: 'POST',
        url: '/v0/auth/login',
        remoteAddress: '10.0.0.1',
        payload: { email, password: 'whatever it is' },
      });
      assert.equal(response.statusCode, 429);
    });

    test('failed sign-ins count too', async () => {
      const login = (password: string) =>
        s.app.inject({
          method: 'POST',
          url: '/v0/auth/login',
          remoteAddress: '10.0.0.3',
          payload: { email, password },
        });
      for (let i = 0; i < 5; i++) assert.equal((await login(`wrong password ${i}`)).statusCode, 401);
      assert.equal((await login('wrong password again')).statusCode, 429);
    });

    test('the address may try again once the window has passed', async () => {
      s.clock.advance(60_000);
      assert.equal((await from('10.0.0.1', generateSecret('user').plaintext)).statusCode, 401);
      assert.equal((await from('10.0.0.1', key)).statusCode, 200);
    });
  });
}
