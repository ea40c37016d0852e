// What kind of address an IP literal is, for the outbound URL policy: IPv4, IPv6 and the IPv6 forms that embed an IPv4 address.
import { isIPv4, isIPv6 } from 'node:net';

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link_local'
  | 'unspecified'
  | 'metadata'
  | 'multicast'
  | 'documentation'
  | 'reserved';

/** Kinds no outbound call may reach, whatever the settings. */
export const ALWAYS_REFUSED: ReadonlySet<AddressKind> = new Set([
  'link_local',
  'unspecified',
  'metadata',
  'multicast',
  'documentation',
  'reserved',
]);

export const KIND_DESCRIPTION: Record<AddressKind, string> = {
  public: 'a public address',
  loopback: 'a loopback address',
  private: 'a private address (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7)',
  link_local: 'a link-local address (169.254.0.0/16, fe80::/10)',
  unspecified: 'an unspecified address (0.0.0.0/8, ::)',
  metadata: 'a cloud metadata address',
  multicast: 'a multicast or broadcast address',
  documentation:
    'a documentation address (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20)',
  reserved: 'a reserved address',
};

type Range = [base: bigint, bits: number, kind: AddressKind];

// Checked in order: the metadata addresses sit inside ranges listed after them.
const V4_RANGES: Range[] = [
  [v4('169.254.169.254'), 32, 'metadata'], // AWS, GCP, Azure, OpenStack, …
  [v4('100.100.100.200'), 32, 'metadata'], // Alibaba Cloud
  [v4('0.0.0.0'), 8, 'unspecified'],
  [v4('127.0.0.0'), 8, 'loopback'],
  [v4('10.0.0.0'), 8, 'private'],
  [v4('172.16.0.0'), 12, 'private'],
  [v4('192.168.0.0'), 16, 'private'],
  [v4('100.64.0.0'), 10, 'private'], // carrier-grade NAT, also used inside clouds
  [v4('169.254.0.0'), 16, 'link_local'],
  [v4('192.0.0.0'), 24, 'reserved'], // IETF protocol assignments
  [v4('192.0.2.0'), 24, 'documentation'], // TEST-NET-1
  [v4('198.51.100.0'), 24, 'documentation'], // TEST-NET-2
  [v4('203.0.113.0'), 24, 'documentation'], // TEST-NET-3
  [v4('198.18.0.0'), 15, 'reserved'], // benchmarking
  [v4('224.0.0.0'), 4, 'multicast'],
  [v4('240.0.0.0'), 4, 'reserved'], // includes 255.255.255.255
];

const V6_RANGES: Range[] = [
  [v6('fd00:ec2::254'), 128, 'metadata'], // AWS's IPv6 instance metadata
  [v6('::'), 128, 'unspecified'],
  [v6('::1'), 128, 'loopback'],
  [v6('fe80::'), 10, 'link_local'],
  [v6('fc00::'), 7, 'private'],
  [v6('ff00::'), 8, 'multicast'],
  [v6('fec0::'), 10, 'reserved'], // deprecated site-local
  [v6('2001:db8::'), 32, 'documentation'],
  [v6('3fff::'), 20, 'documentation'],
];

/** IPv6 prefixes whose last 32 bits are an IPv4 address that is what the packet really reaches. */
const LAST_32_EMBEDS_V4: [base: bigint, bits: number][] = [
  [v6('::ffff:0:0'), 96], // IPv4-mapped
  [v6('::ffff:0:0:0'), 96], // IPv4-translated (SIIT)
  [v6('::'), 96], // IPv4-compatible (deprecated, still routed by some stacks)
  [v6('64:ff9b::'), 96], // NAT64, well-known prefix
];
const NAT64_LOCAL = v6('64:ff9b:1::'); // /48, RFC 8215
const SIX_TO_FOUR = v6('2002::'); // /16, RFC 3056: the relay's IPv4 address is bits 16-47
const TEREDO = v6('2001::'); // /32, RFC 4380: server IPv4 at bits 32-63, client IPv4 complemented in the last 32

const V4_MASK = 0xffffffffn;

/** How far a kind is from being reachable: an address embedding two IPv4 addresses takes the worse one. */
const SEVERITY: Record<AddressKind, number> = {
  public: 0,
  private: 1,
  loopback: 2,
  link_local: 3,
  unspecified: 3,
  metadata: 3,
  multicast: 3,
  documentation: 3,
  reserved: 3,
};

const worse = (a: AddressKind, b: AddressKind): AddressKind => (SEVERITY[b] > SEVERITY[a] ? b : a);
const v4Kind = (value: bigint): AddressKind => rangeKind(value & V4_MASK, 32, V4_RANGES);

/** The kind of an IP literal (no brackets), or undefined when `address` is not one. */
export function addressKind(address: string): AddressKind | undefined {
  if (isIPv4(address)) return rangeKind(v4(address), 32, V4_RANGES);
  if (!isIPv6(address)) return undefined;
  return v6Kind(v6(address));
}

/**
 * An IPv6 address that carries an IPv4 address is judged by the IPv4 address it reaches: a packet to
 * 2002:a9fe:a9fe::1 goes to 169.254.169.254 through a 6to4 relay, one to 64:ff9b::a9fe:a9fe through NAT64.
 */
function v6Kind(value: bigint): AddressKind {
  // `::` and `::1` are themselves, not IPv4-compatible forms of 0.0.0.0 and 0.0.0.1.
  if (value > 1n) {
    for (const [base, bits] of LAST_32_EMBEDS_V4) if (inRange(value, 128, base, bits)) return v4Kind(value);
  }
  // The local-use NAT64 prefix is reachable only inside the network that runs the translator: private,
  // and no better than the IPv4 address in its last 32 bits (the /96 layout).
  if (inRange(value, 128, NAT64_LOCAL, 48)) return worse('private', v4Kind(value));
  if (inRange(value, 128, SIX_TO_FOUR, 16)) return v4Kind(value >> 80n);
  if (inRange(value, 128, TEREDO, 32)) return worse(v4Kind(value >> 64n), v4Kind(~value));
  return rangeKind(value, 128, V6_RANGES);
}

function rangeKind(value: bigint, width: number, ranges: Range[]): AddressKind {
  for (const [base, bits, kind] of ranges) if (inRange(value, width, base, bits)) return kind;
  return 'public';
}

function inRange(value: bigint, width: number, base: bigint, bits: number): boolean {
  const shift = BigInt(width - bits);
  return value >> shift === base >> shift;
}

function v4(address: string): bigint {
  return address.split('.').reduce((sum, octet) => (sum << 8n) | BigInt(Number(octet)), 0n);
}

/** 128-bit value of an IPv6 literal (node:net has checked it), including a dotted IPv4 tail and a zone. */
function v6(address: string): bigint {
  let text = address.split('%')[0] ?? '';
  const tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/)?.[1];
  if (tail) {
    const n = v4(tail);
    text = `${text.slice(0, -tail.length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = rest === undefined ? [] : rest ? rest.split(':') : [];
  const groups =
    rest === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((sum, group) => (sum << 16n) | BigInt(Number.parseInt(group, 16)), 0n);
}
