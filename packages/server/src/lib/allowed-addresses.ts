// Allowed addresses of a key or an app: entries checked and normalised once, then a fast match per request.
import ipaddr from 'ipaddr.js';

/** The most entries one list may hold. */
export const MAX_ALLOWED_ADDRESSES = 100;

export type AllowedAddressesCheck =
  | { ok: true; entries: string[]; warnings: string[] }
  | { ok: false; problems: string[] };

/** `0.0.0.0/0` and `::/0` match every address of their family: allowed, but the answer warns. */
const EVERYWHERE = new Set(['0.0.0.0/0', '::/0']);

/**
 * Checks each entry (an IPv4 or IPv6 address, or a CIDR) and answers them normalised: an IPv4-mapped IPv6
 * address is its IPv4 address, IPv6 is written in its canonical short form, a CIDR is its network (host bits
 * cleared), and duplicates are dropped. A malformed entry is named with its index in `field`.
 */
export function checkAllowedAddresses(entries: string[], field: string): AllowedAddressesCheck {
  const problems: string[] = [];
  const normalised: string[] = [];
  entries.forEach((entry, index) => {
    const parsed = normalise(entry);
    if (parsed === undefined)
      problems.push(
        `${field}.${index}: "${entry}" is not an IP address or CIDR (203.0.113.0/24, 2001:db8::/32).`,
      );
    else if (!normalised.includes(parsed)) normalised.push(parsed);
  });
  if (problems.length > 0) return { ok: false, problems };
  const warnings = normalised
    .filter((entry) => EVERYWHERE.has(entry))
    .map(
      (entry) =>
        `${field}: "${entry}" allows every ${entry.includes(':') ? 'IPv6' : 'IPv4'} address; the list restricts nothing for that family.`,
    );
  return { ok: true, entries: normalised, warnings };
}

/** The warnings a stored list would give (shown again when it is read back). */
export const warningsOf = (entries: string[] | null | undefined, field: string): string[] =>
  entries ? ((checkAllowedAddresses(entries, field) as { warnings?: string[] }).warnings ?? []) : [];

/** Strict spellings only: four decimal parts for IPv4 (no `0x7f.1`, no `2130706433`), any valid IPv6. */
function parseStrict(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (text.includes(':') && ipaddr.IPv6.isValid(text)) {
    const v6 = ipaddr.IPv6.parse(text);
    // A zone (fe80::1%eth0) names an interface, not an address a request comes from.
    if (v6.zoneId !== undefined) return undefined;
    return v6;
  }
  return undefined;
}

function normalise(entry: string): string | undefined {
  if (typeof entry !== 'string') return undefined;
  const text = entry.trim();
  const slash = text.indexOf('/');
  const address = parseStrict(slash === -1 ? text : text.slice(0, slash));
  if (address === undefined) return undefined;
  let bits = address.kind() === 'ipv4' ? 32 : 128;
  if (slash !== -1) {
    const given = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(given) || Number(given) > bits) return undefined;
    bits = Number(given);
  }
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
    const v4 = (address as ipaddr.IPv6).toIPv4Address();
    return withBits(v4, bits - 96);
  }
  return withBits(address, bits);
}

function withBits(address: ipaddr.IPv4 | ipaddr.IPv6, bits: number): string {
  const full = address.kind() === 'ipv4' ? 32 : 128;
  if (bits === full) return address.toString();
  const network =
    address.kind() === 'ipv4'
      ? ipaddr.IPv4.networkAddressFromCIDR(`${address.toString()}/${bits}`)
      : ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/${bits}`);
  return `${network.toString()}/${bits}`;
}

/** The client address, normalised as entries are (an IPv4-mapped IPv6 address is its IPv4 address). */
export function normaliseClientAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  try {
    return ipaddr.process(address.includes('%') ? address.slice(0, address.indexOf('%')) : address);
  } catch {
    return undefined;
  }
}

/** Decisions remembered per list: a client calls from few addresses, so most requests are one Map lookup. */
const REMEMBERED = 64;

/** A list compiled for matching; built once per cached credential. */
export class AddressList {
  private readonly v4: [number, number][] = [];
  private readonly v6: [ipaddr.IPv6, number][] = [];
  private readonly decided = new Map<string, boolean>();

  constructor(readonly entries: readonly string[]) {
    for (const entry of entries) {
      const [address, bits] = ipaddr.parseCIDR(entry.includes('/') ? entry : withFullBits(entry));
      if (address.kind() === 'ipv4') {
        const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
        this.v4.push([(toInt(address as ipaddr.IPv4) & mask) >>> 0, mask]);
      } else this.v6.push([address as ipaddr.IPv6, bits]);
    }
  }

  /** Whether the client address (as Fastify resolved it behind trusted proxies) is among the entries. */
  allows(address: string): boolean {
    const known = this.decided.get(address);
    if (known !== undefined) return known;
    const allowed = this.match(address);
    if (this.decided.size >= REMEMBERED) this.decided.clear();
    this.decided.set(address, allowed);
    return allowed;
  }

  private match(text: string): boolean {
    const address = normaliseClientAddress(text);
    if (address === undefined) return false;
    if (address.kind() === 'ipv4') {
      const value = toInt(address as ipaddr.IPv4);
      return this.v4.some(([network, mask]) => (value & mask) >>> 0 === network);
    }
    return this.v6.some(([network, bits]) => (address as ipaddr.IPv6).match(network, bits));
  }
}

const withFullBits = (entry: string): string => `${entry}/${entry.includes(':') ? 128 : 32}`;

const toInt = (address: ipaddr.IPv4): number => {
  const [a = 0, b = 0, c = 0, d = 0] = address.octets;
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
};
