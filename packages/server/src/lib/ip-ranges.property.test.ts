// Property tests (fast-check): an IPv4 address hidden in any IPv6 form that carries one gets the IPv4 address's own decision.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addressKind } from './ip-ranges.ts';
import { addressProblem, DEFAULT_OUTBOUND_POLICY, type OutboundPolicy, secureUrlProblem } from './urls.ts';

const POLICIES: OutboundPolicy[] = [
  DEFAULT_OUTBOUND_POLICY,
  { allowPrivate: true, allowLoopback: false },
  { allowPrivate: false, allowLoopback: true },
  { allowPrivate: true, allowLoopback: true },
];

const dotted = (v4: number): string => [24, 16, 8, 0].map((shift) => (v4 >>> shift) & 0xff).join('.');

/** Eight groups of hexadecimal, the long way: the URL parser and node:net shorten it as they like. */
function ipv6(value: bigint): string {
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(((value >> shift) & 0xffffn).toString(16));
  return groups.join(':');
}

const big = (v4: number): bigint => BigInt(v4 >>> 0);
const V4_MASK = 0xffffffffn;

/** The refused IPv4 ranges (base, prefix length), every one the policy knows of. */
const REFUSED_V4: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const toNumber = (text: string) => text.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);

const refusedV4 = fc
  .tuple(fc.constantFrom(...REFUSED_V4), fc.integer({ min: 0, max: 0xffffffff }))
  .map(([[base, bits], noise]) => {
    const host = bits === 32 ? 0 : noise % 2 ** (32 - bits);
    return (toNumber(base) + host) >>> 0;
  })
  .chain((v4) => fc.constantFrom(v4, toNumber('169.254.169.254'), toNumber('100.100.100.200')));
const publicV4 = fc.integer({ min: 0, max: 0xffffffff }).filter((v4) => addressKind(dotted(v4)) === 'public');
const bits = (width: number) => fc.bigInt({ min: 0n, max: (1n << BigInt(width)) - 1n });

/**
 * Every IPv6 spelling of `v4`, named; `other` is a second IPv4 address (a Teredo address carries two),
 * `noise` fills the bits a form leaves free.
 */
function embeddings(v4: number, other: number, noise: bigint): [string, string][] {
  const x = big(v4);
  return [
    ['IPv4-mapped', `::ffff:${dotted(v4)}`],
    ['IPv4-mapped, hexadecimal', ipv6((0xffffn << 32n) | x)],
    ['SIIT', ipv6((0xffffn << 48n) | x)],
    ['IPv4-compatible', `::${dotted(v4)}`],
    ['NAT64 well-known', ipv6((0x64ff9bn << 96n) | x)],
    ['NAT64 local-use', ipv6((0x64ff9b0001n << 80n) | ((noise & ((1n << 48n) - 1n)) << 32n) | x)],
    ['6to4', ipv6((0x2002n << 112n) | (x << 80n) | (noise & ((1n << 80n) - 1n)))],
    [
      'Teredo server',
      ipv6((0x20010000n << 96n) | (x << 64n) | ((noise & 0xffffffffn) << 32n) | (~big(other) & V4_MASK)),
    ],
    [
      'Teredo client',
      ipv6((0x20010000n << 96n) | (big(other) << 64n) | ((noise & 0xffffffffn) << 32n) | (~x & V4_MASK)),
    ],
  ];
}

/** The one decision, as URL validation reaches it (the bracketed literal in a URL) and as connect time does. */
function decisions(address: string, policy: OutboundPolicy): [string | undefined, string | undefined] {
  return [addressProblem(address, policy), secureUrlProblem(`https://[${address}]/`, policy)];
}

/** The decision on the IPv4 address itself, in a URL. */
const v4Decision = (v4: number, policy: OutboundPolicy) => secureUrlProblem(`https://${dotted(v4)}/`, policy);

describe('IPv6 forms that carry an IPv4 address', () => {
  test('for any IPv4 address in a refused range, every IPv6 form of it is refused, whatever the policy refuses', () => {
    fc.assert(
      fc.property(refusedV4, publicV4, bits(80), (v4, other, noise) => {
        assert.ok(v4Decision(v4, DEFAULT_OUTBOUND_POLICY), `${dotted(v4)} itself is refused by default`);
        for (const policy of POLICIES) {
          if (v4Decision(v4, policy) === undefined) continue; // allowed by this policy (private or loopback)
          for (const [form, address] of embeddings(v4, other, noise)) {
            if (form === 'IPv4-compatible' && v4 <= 1) continue; // :: and ::1 are themselves
            const [atConnect, atValidation] = decisions(address, policy);
            assert.ok(atConnect, `${form} ${address} of ${dotted(v4)} is refused at connect time`);
            assert.ok(atValidation, `${form} ${address} of ${dotted(v4)} is refused in a URL`);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test('for a public IPv4 address, every IPv6 form gets the IPv4 decision; local-use NAT64 counts as private', () => {
    fc.assert(
      fc.property(publicV4, publicV4, bits(80), (v4, other, noise) => {
        for (const policy of POLICIES) {
          for (const [form, address] of embeddings(v4, other, noise)) {
            const expected =
              form === 'NAT64 local-use' && !policy.allowPrivate
                ? v4Decision(toNumber('10.0.0.1'), policy)
                : v4Decision(v4, policy);
            assert.deepEqual(
              decisions(address, policy),
              [expected, expected],
              `${form} ${address} of ${dotted(v4)}`,
            );
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test('the kind of every form is the kind of its IPv4 address; local-use NAT64 is at least private', () => {
    fc.assert(
      fc.property(fc.oneof(refusedV4, publicV4), publicV4, bits(80), (v4, other, noise) => {
        const kind = addressKind(dotted(v4));
        for (const [form, address] of embeddings(v4, other, noise)) {
          if (form === 'IPv4-compatible' && v4 <= 1) continue; // :: and ::1 are themselves
          const expected = form === 'NAT64 local-use' && kind === 'public' ? 'private' : kind;
          assert.equal(addressKind(address), expected, `${form} ${address} of ${dotted(v4)}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});
