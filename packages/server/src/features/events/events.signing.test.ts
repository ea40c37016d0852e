// Standard Webhooks signing against the specification's own test vector, and the receiver check in the tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verifyStandardWebhook } from '../../test/webhook-receiver.ts';
import { generateWebhookSecret, standardHeaders, standardSignature } from './events.signing.ts';

test("the signature matches the Standard Webhooks specification's test vector", () => {
  assert.equal(
    standardSignature(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    ),
    'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  );
});

test('a receiver accepts its own secret within five minutes, and nothing else', () => {
  const secret = generateWebhookSecret();
  assert.match(secret, /^whsec_[A-Za-z0-9+/]{32}$/);
  const body = '{"type":"key.created"}';
  const headers = standardHeaders(secret, 'msg_1', 1_800_000_000, body);
  assert.equal(verifyStandardWebhook(secret, headers, body, 1_800_000_000 + 299), true);
  assert.equal(verifyStandardWebhook(secret, headers, body, 1_800_000_000 + 301), false, 'too old');
  assert.equal(verifyStandardWebhook(secret, headers, `${body} `, 1_800_000_000), false, 'another body');
  assert.equal(
    verifyStandardWebhook(generateWebhookSecret(), headers, body, 1_800_000_000),
    false,
    'another secret',
  );
  const rotated = { ...headers, 'webhook-signature': `v1,bm90IGl0 ${headers['webhook-signature']}` };
  assert.equal(
    verifyStandardWebhook(secret, rotated, body, 1_800_000_000),
    true,
    'one of several signatures',
  );
});
