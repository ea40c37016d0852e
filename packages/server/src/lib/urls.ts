// URLs Latchkey itself calls or hands secrets to: https to a host that is not internal, or plain http on loopback only.
import { type AddressKind, ALWAYS_REFUSED, addressKind, KIND_DESCRIPTION } from './ip-ranges.ts';

const MAX_URL_LENGTH = 2048;

export interface OutboundPolicy {
  /** Private ranges (on-premises identity providers live there); LATCHKEY_OUTBOUND_ALLOW_PRIVATE. */
  allowPrivate: boolean;
}

export const DEFAULT_OUTBOUND_POLICY: OutboundPolicy = { allowPrivate: false };

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

/** Why an address (one the URL names, or one its name resolved to) may not be called; undefined when it may. */
export function addressProblem(kind: AddressKind, policy: OutboundPolicy): string | undefined {
  if (ALWAYS_REFUSED.has(kind)) return `must not point at ${KIND_DESCRIPTION[kind]}`;
  if (kind === 'private' && !policy.allowPrivate)
    return `must not point at ${KIND_DESCRIPTION[kind]} unless LATCHKEY_OUTBOUND_ALLOW_PRIVATE is set`;
  return undefined;
}

/**
 * Why `value` is not a URL we may call with (or send) something worth protecting; undefined when it is.
 * Plain http is allowed only for loopback literals and `localhost`: a provider or receiver run for
 * development or tests. Names are checked again, once resolved, when the connection is made (outbound-http.ts).
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
  if (kind !== undefined) {
    const problem = addressProblem(kind, policy);
    if (problem) return problem;
  }
  const loopback = kind === 'loopback' || host === 'localhost';
  if (url.protocol === 'http:' && !loopback)
    return 'must use https (plain http is allowed only for loopback addresses and localhost)';
  return undefined;
}
