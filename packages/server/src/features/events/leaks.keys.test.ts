// The secret-scanning keys are fetched through the outbound client: its address policy and its refusal of redirects.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { ManualClock } from '../../lib/clock.ts';
import { OutboundHttp } from '../../lib/outbound-http.ts';
import { makeSigningKey, signReport, startKeyServer } from '../../test/scanning-keys.ts';
import { ScanningKeys } from './leaks.keys.ts';

describe('the secret-scanning key fetch', () => {
  const key = makeSigningKey('k1');
  const body = Buffer.from('[{"token":"lk_x","type":"latchkey_api_key","url":"https://example.com"}]');
  const signature = signReport(key, body.toString());
  let keyServer: Awaited<ReturnType<typeof startKeyServer>>;
  before(async () => {
    keyServer = await startKeyServer([key]);
  });
  after(() => keyServer.close());

  const keysThrough = (outbound: OutboundHttp) =>
    new ScanningKeys({
      url: keyServer.url,
      cooldownMs: 0,
      fetch: outbound.fetch,
      clock: new ManualClock(),
      log: pino({ level: 'silent' }),
    });

  test('is held to the site policy: a loopback key server is not asked unless loopback is allowed', async () => {
    const strict = new OutboundHttp();
    const loose = new OutboundHttp({ policy: { allowPrivate: false, allowLoopback: true } });
    try {
      const before = keyServer.fetches();
      assert.equal(await keysThrough(strict).verify('k1', signature, body), false);
      assert.equal(keyServer.fetches(), before, 'the refused fetch never reached the key server');
      assert.equal(await keysThrough(loose).verify('k1', signature, body), true);
      assert.equal(keyServer.fetches(), before + 1);
    } finally {
      await strict.close();
      await loose.close();
    }
  });
});
