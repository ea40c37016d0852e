// Credential format: prefix, 30 unbiased base62 characters, CRC32 checksum; and the checks that need no lookup.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE62, encodeBase62, randomBase62 } from './base62.ts';
import { checkSecret, generateSecret, hashSecret, secretStart } from './secrets.ts';

test('a generated key is lk_user_ + 30 base62 + 6 base62 checksum, and passes its own check', () => {
  const { plaintext, hash, start } = generateSecret('user');
  assert.match(plaintext, /^lk_user_[0-9A-Za-z]{36}$/);
  assert.deepEqual(checkSecret(plaintext), { ok: true, kind: 'user' });
  assert.equal(hash, hashSecret(plaintext));
  assert.equal(start, plaintext.slice(0, 12));
  assert.equal(secretStart(plaintext), start);
});

test('each prefix has its own kind', () => {
  assert.match(generateSecret('session').plaintext, /^lk_sess_/);
  assert.match(generateSecret('appSecret').plaintext, /^lk_secret_/);
  assert.equal(checkSecret(generateSecret('appSecret').plaintext).ok, true);
});

test('a changed character, a truncation or an extra character fails the check', () => {
  const { plaintext } = generateSecret('user');
  const body = plaintext.slice(8);
  const swapped = `lk_user_${body[0] === 'a' ? 'b' : 'a'}${body.slice(1)}`;
  for (const bad of [
    swapped,
    plaintext.slice(0, -1),
    `${plaintext}x`,
    `apikey|${plaintext}`,
    plaintext.replace('lk_user_', 'lk_sess_'),
    `${plaintext.slice(0, -6)}000000`,
  ]) {
    assert.equal(checkSecret(bad).ok, false, bad.slice(0, 14));
  }
});

test('base62 encoding pads to width and round-trips the largest CRC32', () => {
  assert.equal(encodeBase62(0, 6), '000000');
  assert.equal(encodeBase62(61, 2), '0z');
  assert.equal(encodeBase62(2 ** 32 - 1, 6).length, 6);
});

test('random base62 characters are spread evenly (no modulo bias)', () => {
  const counts = new Map<string, number>();
  const sample = randomBase62(62 * 2000);
  for (const char of sample) counts.set(char, (counts.get(char) ?? 0) + 1);
  assert.equal(counts.size, 62);
  // Expected 2000 each; with modulo bias over 256 the first 8 characters would sit near 2065.
  for (const char of BASE62) {
    const n = counts.get(char) ?? 0;
    assert.ok(n > 1750 && n < 2250, `${char}: ${n}`);
  }
});
