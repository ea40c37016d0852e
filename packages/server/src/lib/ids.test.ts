// UUIDv7 and slugs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSlug, isUuid, slugify, uuidv7 } from './ids.ts';

test('uuidv7 carries the millisecond time, version 7 and the RFC 9562 variant, and sorts by time', () => {
  const at = Date.UTC(2026, 10, 23);
  const id = uuidv7(at);
  assert.ok(isUuid(id));
  assert.equal(id[14], '7');
  assert.match(id[19] ?? '', /[89ab]/);
  assert.equal(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16), at);
  assert.ok(uuidv7(at) < uuidv7(at + 1));
});

test('slugs', () => {
  assert.equal(slugify('Ada  Lovelace!'), 'ada-lovelace');
  assert.equal(slugify('Émile Zola'), 'emile-zola');
  assert.ok(isSlug('a-b-1'));
  assert.ok(!isSlug('A-b'));
  assert.ok(!isSlug('a--b'));
  assert.ok(!isSlug('-a'));
});
