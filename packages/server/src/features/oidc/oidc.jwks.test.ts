// A provider's key set on its own, against a real oidc-provider: stale keys survive an outage, unknown kids fail closed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ManualClock } from '../../lib/clock.ts';
import { TestIdp } from '../../test/idp.ts';
import { ProviderKeys, ProviderUnavailable } from './oidc.jwks.ts';

describe('provider keys', () => {
  let idp: TestIdp;
  before(async () => {
    idp = await TestIdp.start();
  });
  after(() => idp.stop());

  test('after the cache goes stale with the provider down, known keys still verify and new kids fail closed', async () => {
    const clock = new ManualClock();
    const failures: unknown[] = [];
    const keys = new ProviderKeys({
      jwksUri: `${idp.issuer}/jwks`,
      clock,
      cooldownMs: 50,
      timeoutMs: 1000,
      maxAgeMs: 50,
      onFetchFailure: (error) => failures.push(error),
    });
    const known = { alg: 'RS256', kid: idp.currentKid };
    assert.equal((await keys.keysFor(known)).length, 1);
    assert.equal(idp.jwksRequests, 1);
    await idp.stop();
    await sleep(80);
    // Stale: the set is fetched again, that fails, and the last fetched set answers.
    assert.equal((await keys.keysFor(known)).length, 1);
    assert.equal(failures.length, 1);
    await assert.rejects(keys.keysFor({ alg: 'RS256', kid: 'never-seen' }), ProviderUnavailable);
    // Within our own back-off the provider is not asked again.
    assert.equal((await keys.keysFor(known)).length, 1);
    assert.equal(failures.length, 1);
    // Back up: after the back-off, the set is fetched again and new kids resolve.
    const newKid = idp.rotate();
    await idp.restart();
    clock.advance(51);
    await sleep(60);
    assert.equal((await keys.keysFor({ alg: 'RS256', kid: newKid })).length, 1);
    assert.equal(idp.jwksRequests, 2);
  });

  test('a provider that was never reached fails closed', async () => {
    const down = await TestIdp.start();
    await down.stop();
    const keys = new ProviderKeys({
      jwksUri: `${down.issuer}/jwks`,
      clock: new ManualClock(),
      cooldownMs: 30_000,
      timeoutMs: 1000,
    });
    await assert.rejects(keys.keysFor({ alg: 'RS256', kid: 'any' }), ProviderUnavailable);
  });
});
