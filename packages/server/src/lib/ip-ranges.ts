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
  | 'reserved';

/** Kinds no outbound call may reach, whatever the settings. */
export const ALWAYS_REFUSED: ReadonlySet<AddressKind> = new Set([
  'link_local',
  'unspecified',
  'metadata',
  'multicast',
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
];

/** IPv6 prefixes whose last 32 bits are an IPv4 address that is what the packet really reaches. */
const EMBEDS_V4: [base: bigint, bits: number][] = [
  [v6('::ffff:0:0'), 96], // IPv4-mapped
  [v6('::'), 96], // IPv4-compatible (deprecated, still routed by some stacks)
  [v6('64:ff9b::'), 96], // NAT64
];

/** The kind of an IP literal (no brackets), or undefined when `address` is not one. */
export function addressKind(address: string): AddressKind | undefined {
  if (isIPv4(address)) return rangeKind(v4(address), 32, V4_RANGES);
  if (!isIPv6(address)) return undefined;
  const value = v6(address);
  // `::` and `::1` are themselves, not IPv4-compatible forms of 0.0.0.0 and 0.0.0.1.
  if (value > 1n) {
    for (const [base, bits] of EMBEDS_V4) {
      if (inRange(value, 128, base, bits)) return rangeKind(value & 0xffffffffn, 32, V4_RANGES);
    }
  }
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
