// The CLI's pure parts: durations, relative times, the netrc rewrite, KEY=VALUE pairs, and the version.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { duration, pairs } from './command.ts';
import { withoutMachine } from './commands/netrc-offer.ts';
import { relativeTime } from './output.ts';
import { VERSION } from './version.ts';

test('--ttl takes seconds or a number with a unit, and refuses anything else', () => {
  assert.equal(duration('3600'), 3600);
  assert.equal(duration('30d'), 2_592_000);
  assert.equal(duration('12h'), 43_200);
  for (const bad of ['0', 'soon', '30 days', '-5', '1.5d']) assert.throws(() => duration(bad), bad);
});

test('relative times read as a person says them', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  assert.equal(relativeTime('2026-12-01T12:00:02Z', now), 'just now');
  assert.equal(relativeTime('2026-12-01T11:57:00Z', now), '3 minutes ago');
  assert.equal(relativeTime('2026-12-31T12:00:00Z', now), 'in 30 days');
  assert.equal(relativeTime('2025-12-01T12:00:00Z', now), '1 year ago');
});

test("saving a key in netrc replaces only that machine's entry", () => {
  const before =
    'machine a.example\n  login x\n  password y\nmachine 127.0.0.1\n  login apikey\n  password old\ndefault login z\n';
  assert.equal(
    withoutMachine(before, '127.0.0.1'),
    'machine a.example\n  login x\n  password y\ndefault login z\n',
  );
});

test('KEY=VALUE pairs keep "=" in values and refuse a missing key', () => {
  assert.deepEqual(pairs(['a=b=c', 'x=']), [
    ['a', 'b=c'],
    ['x', ''],
  ]);
  assert.throws(() => pairs(['=v']));
  assert.throws(() => pairs(['novalue']));
});

test('--version is the package version', async () => {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  assert.equal(VERSION, pkg.version);
});
