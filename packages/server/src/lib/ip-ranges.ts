// What kind of address an IP literal is, for the outbound URL policy: IPv4, IPv6 and the IPv6 forms that embed an IPv4 address.
import { isIPv4, isIPv6 } from 'node:net';
import ipaddr from 'ipaddr.js';

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

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;
type Range<A> = [base: A, bits: number, kind: AddressKind];

const v4Range = (cidr: string, kind: AddressKind): Range<IPv4> => [...ipaddr.IPv4.parseCIDR(cidr), kind];
const v6Range = (cidr: string, kind: AddressKind): Range<IPv6> => [...ipaddr.IPv6.parseCIDR(cidr), kind];

// Checked in order: the metadata addresses sit inside ranges listed after them.
const V4_RANGES: Range<IPv4>[] = [
  v4Range('169.254.169.254/32', 'metadata'), // AWS, GCP, Azure, OpenStack, …
  v4Range('100.100.100.200/32', 'metadata'), // Alibaba Cloud
  v4Range('0.0.0.0/8', 'unspecified'),
  v4Range('127.0.0.0/8', 'loopback'),
  v4Range('10.0.0.0/8', 'private'),
  v4Range('172.16.0.0/12', 'private'),
  v4Range('192.168.0.0/16', 'private'),
  v4Range('100.64.0.0/10', 'private'), // carrier-grade NAT, also used inside clouds
  v4Range('169.254.0.0/16', 'link_local'),
  v4Range('192.0.0.0/24', 'reserved'), // IETF protocol assignments
  v4Range('192.0.2.0/24', 'documentation'), // TEST-NET-1
  v4Range('198.51.100.0/24', 'documentation'), // TEST-NET-2
  v4Range('203.0.113.0/24', 'documentation'), // TEST-NET-3
  v4Range('198.18.0.0/15', 'reserved'), // benchmarking
  v4Range('224.0.0.0/4', 'multicast'),
  v4Range('240.0.0.0/4', 'reserved'), // includes 255.255.255.255
];

const V6_RANGES: Range<IPv6>[] = [
  v6Range('fd00:ec2::254/128', 'metadata'), // AWS's IPv6 instance metadata
  v6Range('::/128', 'unspecified'),
  v6Range('::1/128', 'loopback'),
  v6Range('fe80::/10', 'link_local'),
  v6Range('fc00::/7', 'private'),
  v6Range('ff00::/8', 'multicast'),
  v6Range('fec0::/10', 'reserved'), // deprecated site-local
  v6Range('2001:db8::/32', 'documentation'),
  v6Range('3fff::/20', 'documentation'),
];

/** IPv6 prefixes whose last 32 bits are an IPv4 address that is what the packet really reaches. */
const LAST_32_EMBEDS_V4: [base: IPv6, bits: number][] = [
  ipaddr.IPv6.parseCIDR('::ffff:0:0/96'), // IPv4-mapped
  ipaddr.IPv6.parseCIDR('::ffff:0:0:0/96'), // IPv4-translated (SIIT)
  ipaddr.IPv6.parseCIDR('::/96'), // IPv4-compatible (deprecated, still routed by some stacks)
  ipaddr.IPv6.parseCIDR('64:ff9b::/96'), // NAT64, well-known prefix
];
const NAT64_LOCAL = ipaddr.IPv6.parseCIDR('64:ff9b:1::/48'); // RFC 8215
const SIX_TO_FOUR = ipaddr.IPv6.parseCIDR('2002::/16'); // RFC 3056: the relay's IPv4 address is bits 16-47
const TEREDO = ipaddr.IPv6.parseCIDR('2001::/32'); // RFC 4380: server IPv4 at bits 32-63, client IPv4 complemented in the last 32

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
const v4Kind = (address: IPv4): AddressKind => rangeKind(address, V4_RANGES);

/** The IPv4 address in the 32 bits starting at 16-bit group `group` of an IPv6 address (complemented for Teredo's client). */
function embeddedV4(address: IPv6, group: number, complement = false): IPv4 {
  const flip = complement ? 0xffff : 0;
  const high = (address.parts[group] ?? 0) ^ flip;
  const low = (address.parts[group + 1] ?? 0) ^ flip;
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/** The kind of an IP literal (no brackets), or undefined when `address` is not one. */
export function addressKind(address: string): AddressKind | undefined {
  if (isIPv4(address)) return v4Kind(ipaddr.IPv4.parse(address));
  if (!isIPv6(address)) return undefined;
  // node:net accepts a zone (fe80::1%eth0); the zone does not change the kind.
  return v6Kind(ipaddr.IPv6.parse(address.split('%')[0] ?? ''));
}

/**
 * An IPv6 address that carries an IPv4 address is judged by the IPv4 address it reaches: a packet to
 * 2002:a9fe:a9fe::1 goes to 169.254.169.254 through a 6to4 relay, one to 64:ff9b::a9fe:a9fe through NAT64.
 */
function v6Kind(address: IPv6): AddressKind {
  const parts = address.parts;
  // `::` and `::1` are themselves, not IPv4-compatible forms of 0.0.0.0 and 0.0.0.1.
  const unspecifiedOrLoopback = parts.slice(0, 7).every((part) => part === 0) && (parts[7] ?? 0) <= 1;
  if (!unspecifiedOrLoopback) {
    for (const range of LAST_32_EMBEDS_V4) if (address.match(range)) return v4Kind(embeddedV4(address, 6));
  }
  // The local-use NAT64 prefix is reachable only inside the network that runs the translator: private,
  // and no better than the IPv4 address in its last 32 bits (the /96 layout).
  if (address.match(NAT64_LOCAL)) return worse('private', v4Kind(embeddedV4(address, 6)));
  if (address.match(SIX_TO_FOUR)) return v4Kind(embeddedV4(address, 1));
  if (address.match(TEREDO))
    return worse(v4Kind(embeddedV4(address, 2)), v4Kind(embeddedV4(address, 6, true)));
  return rangeKind(address, V6_RANGES);
}

function rangeKind<A extends IPv4 | IPv6>(address: A, ranges: Range<A>[]): AddressKind {
  for (const [base, bits, kind] of ranges) if (address.match(base, bits)) return kind;
  return 'public';
}
