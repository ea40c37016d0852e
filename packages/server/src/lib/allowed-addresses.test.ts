// Allowed addresses: entries checked and normalised, every spelling of a client address matched alike.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AddressList, checkAllowedAddresses } from './allowed-addresses.ts';

describe('allowed addresses', () => {
  test('normalises entries: networks, IPv4-mapped IPv6, IPv6 short form, duplicates', () => {
    const checked = checkAllowedAddresses(
      ['203.0.113.7/24', '::ffff:198.51.100.9', '2001:0DB8:0000::/32', '203.0.113.0/24', ' 192.0.2.1 '],
      'scopes.allowed_ips',
    );
    assert.deepEqual(checked, {
      ok: true,
      entries: ['203.0.113.0/24', '198.51.100.9', '2001:db8::/32', '192.0.2.1'],
      warnings: [],
    });
  });

  test('names each malformed entry by its index, and accepts no odd IPv4 spelling', () => {
    const checked = checkAllowedAddresses(
      ['10.0.0.0/8', 'lb.internal', '10.0.0.0/33', '0x7f.0.0.1', '2130706433', 'fe80::1%eth0', '::1/129'],
      'body.allowed_ips',
    );
    assert.equal(checked.ok, false);
    const problems = checked.ok ? [] : checked.problems;
    assert.equal(problems.length, 6);
    for (const [index, entry] of [
      [1, 'lb.internal'],
      [2, '10.0.0.0/33'],
      [3, '0x7f.0.0.1'],
      [4, '2130706433'],
      [5, 'fe80::1%eth0'],
      [6, '::1/129'],
    ] as const)
      assert.ok(
        problems.some((p) => p.startsWith(`body.allowed_ips.${index}: "${entry}"`)),
        `${index} named in ${problems.join(' | ')}`,
      );
  });

  test('0.0.0.0/0 and ::/0 are allowed with a warning', () => {
    const checked = checkAllowedAddresses(['0.0.0.0/0', '::/0', '192.0.2.1'], 'allowed_ips');
    assert.ok(checked.ok);
    assert.equal(checked.warnings.length, 2);
    assert.match(checked.warnings[0] ?? '', /"0\.0\.0\.0\/0" allows every IPv4 address/);
    assert.match(checked.warnings[1] ?? '', /"::\/0" allows every IPv6 address/);
  });

  test('matches a client address in any spelling, and nothing outside the list', () => {
    const list = new AddressList(['203.0.113.0/24', '2001:db8::/32', '192.0.2.1']);
    for (const inside of [
      '203.0.113.0',
      '203.0.113.255',
      '::ffff:203.0.113.9',
      '2001:db8:ffff::1',
      '2001:DB8::1',
      '192.0.2.1',
      '::ffff:c000:201',
    ])
      assert.equal(list.allows(inside), true, inside);
    for (const outside of [
      '203.0.114.1',
      '192.0.2.2',
      '2001:db9::1',
      '::1',
      '127.0.0.1',
      'not an address',
      '',
    ])
      assert.equal(list.allows(outside), false, outside);
    // Remembered decisions answer the same.
    assert.equal(list.allows('203.0.113.9'), true);
    assert.equal(list.allows('203.0.114.1'), false);
    assert.equal(new AddressList(['0.0.0.0/0']).allows('198.51.100.1'), true);
    assert.equal(new AddressList(['0.0.0.0/0']).allows('2001:db8::1'), false);
  });
});
