// The per-account throttle on its own, with a clock that moves only when told: the back-off, the window,
// checks in flight, and the allowance of addresses the account signed in from.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ManualClock } from '../lib/clock.ts';
import {
  type AccountAttempt,
  AccountThrottle,
  backoffMs,
  KNOWN_ADDRESS_ALLOWANCE,
  KNOWN_ADDRESS_MS,
} from './account-throttle.ts';
import type { ThrottleState } from './failure-throttle.ts';

const LIMIT = 3;
const MAX_MS = 60_000;
const WINDOW_MS = 3_600_000;
const ACCOUNT = 'ada@example.com';

function setUp(limit = LIMIT) {
  const clock = new ManualClock();
  const throttle = new AccountThrottle({ limit, maxBackoffMs: MAX_MS, windowMs: WINDOW_MS }, clock);
  return { clock, throttle };
}

function attempt(result: AccountAttempt | ThrottleState): AccountAttempt {
  assert.ok(!('blocked' in result), `expected a check, got a wait of ${JSON.stringify(result)}`);
  return result;
}

function waits(result: AccountAttempt | ThrottleState): number {
  assert.ok('blocked' in result, 'expected a wait, got a check');
  return result.retryAfterSeconds;
}

/** One failed check on the account from the address (a different address each time, as a rotating attacker). */
const fail = (throttle: AccountThrottle, address: string, account = ACCOUNT) =>
  attempt(throttle.begin(account, address)).failed();

describe('backoffMs', () => {
  test('is nothing below the limit, then 1 s doubling per failure up to the cap', () => {
    assert.deepEqual(
      [0, 2, 3, 4, 5, 6, 8, 9, 10, 1000].map((failures) => backoffMs(failures, 3, MAX_MS)),
      [0, 0, 1000, 2000, 4000, 8000, 32_000, MAX_MS, MAX_MS, MAX_MS],
    );
  });
});

describe('AccountThrottle', () => {
  test('the limit’s failures from any addresses are free; then each attempt waits, doubling per failure up to the cap', () => {
    const { clock, throttle } = setUp();
    for (let i = 0; i < LIMIT; i++) fail(throttle, `203.0.113.${i}`);
    assert.equal(waits(throttle.begin(ACCOUNT, '198.51.100.1')), 1);
    const expected = [1, 2, 4, 8, 16, 32, 60, 60];
    for (const [i, seconds] of expected.entries()) {
      clock.advance(seconds * 1000 - 1);
      assert.equal(
        waits(throttle.begin(ACCOUNT, `198.51.100.${i}`)),
        1,
        `1 ms before the ${seconds} s wait ends`,
      );
      clock.advance(1);
      fail(throttle, `198.51.100.${i}`);
      const next = expected[i + 1];
      if (next !== undefined) assert.equal(waits(throttle.begin(ACCOUNT, '192.0.2.1')), next);
    }
  });

  test('Retry-After counts down from the last failure', () => {
    const { clock, throttle } = setUp();
    for (let i = 0; i < LIMIT + 3; i++) {
      fail(throttle, `203.0.113.${i}`);
      clock.advance(8000);
    }
    // Six failures: the wait after the last is 8 s, just served; one more makes it 16 s.
    fail(throttle, '203.0.113.99');
    clock.advance(5000);
    assert.equal(waits(throttle.begin(ACCOUNT, '198.51.100.1')), 11);
  });

  test('failures are forgotten a window after the last one, not a permanent lock', () => {
    const { clock, throttle } = setUp();
    for (let i = 0; i < LIMIT + 10; i++) {
      clock.advance(MAX_MS);
      fail(throttle, `203.0.113.${i}`);
    }
    clock.advance(WINDOW_MS - 1);
    fail(throttle, '198.51.100.1');
    assert.equal(waits(throttle.begin(ACCOUNT, '198.51.100.2')), 60, 'within the window: still the cap');
    clock.advance(WINDOW_MS);
    // A fresh count: the limit's failures are free again.
    for (let i = 0; i < LIMIT; i++) fail(throttle, `198.51.100.${i}`);
    assert.equal(waits(throttle.begin(ACCOUNT, '198.51.100.9')), 1);
  });

  test('a correct password does not reset the account: the owner signing in gives an attacker no fresh guesses', () => {
    const { throttle } = setUp();
    const home = setUpKnown(throttle, '192.0.2.10');
    for (let i = 0; i < LIMIT; i++) fail(throttle, `203.0.113.${i}`);
    // The owner signs in from home, where they signed in before.
    attempt(throttle.begin(ACCOUNT, home)).succeeded();
    assert.equal(waits(throttle.begin(ACCOUNT, '203.0.113.50')), 1);
  });

  test('checks in flight count: a concurrent burst gets the limit’s checks, then one at a time past it', () => {
    const { clock, throttle } = setUp();
    const burst = Array.from({ length: 50 }, (_, i) => throttle.begin(ACCOUNT, `203.0.113.${i}`));
    const checks = burst.filter((result): result is AccountAttempt => !('blocked' in result));
    assert.equal(checks.length, LIMIT);
    for (const check of checks) check.failed();
    clock.advance(1000);
    const next = Array.from({ length: 10 }, (_, i) => throttle.begin(ACCOUNT, `198.51.100.${i}`));
    assert.equal(next.filter((result) => !('blocked' in result)).length, 1, 'past the limit: one check');
  });

  test('a check that another throttle refused counts for nothing', () => {
    const { throttle } = setUp();
    for (let i = 0; i < 100; i++) attempt(throttle.begin(ACCOUNT, `203.0.113.${i}`)).released();
    for (let i = 0; i < LIMIT; i++) fail(throttle, `198.51.100.${i}`);
    assert.equal(waits(throttle.begin(ACCOUNT, '198.51.100.9')), 1);
  });

  test('accounts are counted apart', () => {
    const { throttle } = setUp();
    for (let i = 0; i < LIMIT; i++) fail(throttle, `203.0.113.${i}`);
    attempt(throttle.begin('grace@example.com', '203.0.113.1')).succeeded();
  });

  test('an address the account signed in from skips the wait, within its allowance', () => {
    const { clock, throttle } = setUp();
    const home = setUpKnown(throttle, '192.0.2.10');
    for (let i = 0; i < LIMIT + 5; i++) {
      clock.advance(MAX_MS);
      fail(throttle, `203.0.113.${i}`);
    }
    assert.ok(waits(throttle.begin(ACCOUNT, '198.51.100.1')) > 0, 'a new address waits');
    const known = attempt(throttle.begin(ACCOUNT, home));
    assert.equal(known.known, true);
    known.succeeded();
    // Typos at home: the allowance, then home waits like everyone else.
    for (let i = 0; i < KNOWN_ADDRESS_ALLOWANCE; i++) fail(throttle, home);
    assert.ok(waits(throttle.begin(ACCOUNT, home)) > 0);
    // A sign-in, once the wait is served, gives home its allowance back.
    clock.advance(MAX_MS);
    attempt(throttle.begin(ACCOUNT, home)).succeeded();
    assert.equal(attempt(throttle.begin(ACCOUNT, home)).known, true);
  });

  test('a known address gets no more concurrent checks than its allowance', () => {
    const { throttle } = setUp();
    const home = setUpKnown(throttle, '192.0.2.10');
    for (let i = 0; i < LIMIT; i++) fail(throttle, `203.0.113.${i}`);
    const burst = Array.from({ length: 50 }, () => throttle.begin(ACCOUNT, home));
    assert.equal(burst.filter((result) => !('blocked' in result)).length, KNOWN_ADDRESS_ALLOWANCE);
  });

  test('an address is known for the account it signed in to, for a limited time', () => {
    const { clock, throttle } = setUp();
    const home = setUpKnown(throttle, '192.0.2.10');
    for (let i = 0; i < LIMIT; i++) fail(throttle, `203.0.113.${i}`, 'grace@example.com');
    assert.ok(waits(throttle.begin('grace@example.com', home)) > 0, 'known for another account only');
    clock.advance(KNOWN_ADDRESS_MS);
    for (let i = 0; i < LIMIT; i++) fail(throttle, `203.0.113.${i}`);
    assert.ok(waits(throttle.begin(ACCOUNT, home)) > 0, 'no longer known');
  });

  test('limit 0 turns it off', () => {
    const { throttle } = setUp(0);
    for (let i = 0; i < 1000; i++) fail(throttle, '203.0.113.1');
    assert.equal(attempt(throttle.begin(ACCOUNT, '203.0.113.1')).known, false);
  });
});

/** Makes the address one the account signed in from (a correct password while the account is not waiting). */
function setUpKnown(throttle: AccountThrottle, address: string): string {
  const check = attempt(throttle.begin(ACCOUNT, address));
  check.succeeded();
  return address;
}
