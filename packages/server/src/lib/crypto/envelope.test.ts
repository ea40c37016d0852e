// AES-256-GCM envelopes and the master key: round trips, and everything that must not open.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { inspect } from 'node:util';
import { open, parseSealed, SealError, seal, sealedKeyId } from './envelope.ts';
import { MasterKey } from './master-key.ts';

test('a sealed value names its key and opens only with that key and the same context', () => {
  const key = randomBytes(32);
  const sealed = seal(key, 'dk_one', 'apps.configuration:a', '{"token":"s3cret"}');
  assert.match(sealed, /^lk1:dk_one:[\w-]{16}:[\w-]+$/);
  assert.equal(sealedKeyId(sealed), 'dk_one');
  assert.ok(!sealed.includes('s3cret'));
  assert.equal(open(key, 'apps.configuration:a', sealed).toString(), '{"token":"s3cret"}');
  assert.notEqual(
    seal(key, 'dk_one', 'apps.configuration:a', 'x'),
    seal(key, 'dk_one', 'apps.configuration:a', 'x'),
  );
  assert.throws(() => open(key, 'apps.configuration:b', sealed), SealError, 'another row');
  assert.throws(() => open(key, 'apps.webhook_secret:a', sealed), SealError, 'another column');
  assert.throws(() => open(randomBytes(32), 'apps.configuration:a', sealed), SealError, 'another key');
  const parts = sealed.split(':');
  const body = Buffer.from(parts[3] ?? '', 'base64url');
  body[0] = (body[0] ?? 0) ^ 1;
  parts[3] = body.toString('base64url');
  assert.throws(() => open(key, 'apps.configuration:a', parts.join(':')), SealError, 'altered');
  for (const notSealed of ['-----BEGIN PRIVATE KEY-----', 'lk1:dk:short:x', 'lk2:dk_one:aaaa:bbbb'])
    assert.equal(parseSealed(notSealed), undefined);
  assert.throws(() => open(key, 'apps.configuration:a', 'whsec_plain'), SealError);
});

test('a master key is 32 bytes of base64; its bytes never print, its id is stable', () => {
  const key = MasterKey.generate();
  const again = MasterKey.parse(`${key.toBase64()}\n`);
  assert.ok(again instanceof MasterKey);
  assert.equal(again.id, key.id);
  assert.match(key.id, /^mk_[0-9a-f]{16}$/);
  const url = MasterKey.parse(key.bytes().toString('base64url'));
  assert.ok(url instanceof MasterKey && url.id === key.id, 'base64url spelling too');
  for (const shown of [JSON.stringify({ key }), inspect(key), String(key)])
    assert.ok(!shown.includes(key.toBase64()) && shown.includes(key.id));
  assert.deepEqual(MasterKey.parse(randomBytes(16).toString('base64')), {
    problem: 'must be 32 random bytes written as base64; it decodes to 16 bytes',
  });
  assert.match((MasterKey.parse('ünïcode') as { problem: string }).problem, /not base64/);
  assert.notEqual(MasterKey.generate().id, key.id);
});
