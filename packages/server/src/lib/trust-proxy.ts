// LATCHKEY_TRUST_PROXY: which peers may say who the client is (X-Forwarded-For), as Fastify's trustProxy takes it.
import { isIP } from 'node:net';

/** false: nobody (the peer is the client); true: every peer; a number: that many hops; a list: those addresses or CIDRs. */
export type TrustProxy = boolean | number | string[];

/** Parses the setting, or answers what is wrong with it. */
export function parseTrustProxy(raw: string | undefined): TrustProxy | { problem: string } {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= 32 ? hops : { problem: `a hop count must be from 1 to 32, got ${value}` };
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !isAddressOrCidr(entry));
  if (bad.length > 0)
    return { problem: `not an IP address or CIDR: ${bad.map((entry) => JSON.stringify(entry)).join(', ')}` };
  return entries;
}

function isAddressOrCidr(entry: string): boolean {
  const slash = entry.indexOf('/');
  const address = slash === -1 ? entry : entry.slice(0, slash);
  const family = isIP(address);
  if (family === 0) return false;
  if (slash === -1) return true;
  const bits = entry.slice(slash + 1);
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** Fastify's option: a hop count becomes "trust the nearest N peers" (proxy-addr counts hops from 0). */
export function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
