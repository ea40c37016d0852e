// URLs Latchkey itself calls or hands secrets to: https to a host that is not internal, or plain http on loopback when allowed.
import { ALWAYS_REFUSED, addressKind, KIND_DESCRIPTION } from './ip-ranges.ts';

const MAX_URL_LENGTH = 2048;

export interface OutboundPolicy {
  /** Private ranges (on-premises identity providers live there); LATCHKEY_OUTBOUND_ALLOW_PRIVATE. */
  allowPrivate: boolean;
  /** Loopback (this machine's own services): a receiver or provider under development; LATCHKEY_OUTBOUND_ALLOW_LOOPBACK. */
  allowLoopback: boolean;
}

export const DEFAULT_OUTBOUND_POLICY: OutboundPolicy = { allowPrivate: false, allowLoopback: false };

/**
 * Names that reach a cloud provider's instance metadata service (credentials for the machine itself)
 * without being an address: refused like the addresses they resolve to.
 */
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.internal',
  'metadata.tencentyun.com',
  'metadata.platformequinix.com',
]);

/** The host as it will be resolved: lower case (URL did that), no IPv6 brackets, no trailing root dot. */
export function hostOf(url: URL): string {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** `localhost` and the names under it (RFC 6761): they resolve to loopback without asking any DNS server. */
export const isLoopbackName = (host: string): boolean => host === 'localhost' || host.endsWith('.localhost');

const LOOPBACK_REFUSED = `must not point at ${KIND_DESCRIPTION.loopback} unless LATCHKEY_OUTBOUND_ALLOW_LOOPBACK is set`;

/**
 * The one decision on an address: why it may not be called, undefined when it may. Used on the URL's
 * own address literal when it is saved and when it is connected to, and on every address a name
 * resolves to at connect time (`name`, lower case without the root dot). Loopback reached through a
 * name other than localhost is refused whatever the policy: that is DNS pointing at this machine.
 */
export function addressProblem(address: string, policy: OutboundPolicy, name?: string): string | undefined {
  const kind = addressKind(address) ?? 'reserved';
  if (ALWAYS_REFUSED.has(kind)) return `must not point at ${KIND_DESCRIPTION[kind]}`;
  if (kind === 'private' && !policy.allowPrivate)
    return `must not point at ${KIND_DESCRIPTION[kind]} unless LATCHKEY_OUTBOUND_ALLOW_PRIVATE is set`;
  if (kind === 'loopback') {
    if (!policy.allowLoopback) return LOOPBACK_REFUSED;
    if (name !== undefined && !isLoopbackName(name))
      return `must not point at ${KIND_DESCRIPTION.loopback} through a name other than localhost`;
  }
  return undefined;
}

/**
 * Why `value` is not a URL we may call with (or send) something worth protecting; undefined when it is.
 * Loopback (literals in every spelling URL parsing folds to one, and `localhost`) only when the policy
 * allows it, and only there plain http: a provider or receiver run for development or tests. Names are
 * checked again, once resolved, when the connection is made (outbound-http.ts).
 */
export function secureUrlProblem(
  value: string,
  policy: OutboundPolicy = DEFAULT_OUTBOUND_POLICY,
): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL';
  }
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  if (url.username || url.password) return 'must not contain credentials';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must use https';
  const host = hostOf(url);
  const kind = addressKind(host);
  if (kind === undefined && METADATA_NAMES.has(host)) return 'must not point at a cloud metadata service';
  if (kind === undefined && isLoopbackName(host) && !policy.allowLoopback) return LOOPBACK_REFUSED;
  if (kind !== undefined) {
    const problem = addressProblem(host, policy);
    if (problem) return problem;
  }
  const loopback = kind === 'loopback' || isLoopbackName(host);
  if (url.protocol === 'http:' && !loopback)
    return 'must use https (plain http is allowed only for loopback addresses and localhost)';
  return undefined;
}
