// Fetches and checks `{issuer}/.well-known/openid-configuration` (OpenID Connect Discovery 1.0 §4).
import { defaultOutbound, type OutboundHttp, OutboundRefused } from '../../lib/outbound-http.ts';
import { DEFAULT_OUTBOUND_POLICY, type OutboundPolicy, secureUrlProblem } from '../../lib/urls.ts';

export interface Discovered {
  issuer: string;
  jwksUri: string;
  /** `id_token_signing_alg_values_supported`, when the provider lists it. */
  algorithms: string[] | undefined;
}

export type DiscoveryResult = { ok: true; discovered: Discovered } | { ok: false; reason: string };

const MAX_DOCUMENT_BYTES = 256 * 1024;

/** An issuer or jwks_uri: a secure URL (lib/urls.ts) with no query or fragment. */
export function providerUrlProblem(
  value: string,
  policy: OutboundPolicy = DEFAULT_OUTBOUND_POLICY,
): string | undefined {
  const problem = secureUrlProblem(value, policy);
  if (problem) return problem;
  const url = new URL(value);
  return url.search || url.hash ? 'must not have a query or fragment' : undefined;
}

export const discoveryUrl = (issuer: string): string =>
  `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;

export async function discover(
  issuer: string,
  timeoutMs: number,
  outbound: OutboundHttp = defaultOutbound(),
): Promise<DiscoveryResult> {
  const url = discoveryUrl(issuer);
  let response: Response;
  try {
    response = await outbound.fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    if (error instanceof OutboundRefused)
      return { ok: false, reason: `the discovery document's host ${error.message}` };
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      ok: false,
      reason: timedOut
        ? `the discovery document at ${url} did not answer within ${timeoutMs} ms`
        : `the discovery document at ${url} is unreachable`,
    };
  }
  if (Number(response.headers.get('content-length') ?? 0) > MAX_DOCUMENT_BYTES) {
    await response.body?.cancel();
    return { ok: false, reason: `the discovery document at ${url} is too large` };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, reason: `the discovery document at ${url} could not be read` };
  }
  if (response.status !== 200) {
    return {
      ok: false,
      reason: `the discovery document at ${url} is missing (HTTP ${response.status}, expected 200)`,
    };
  }
  if (text.length > MAX_DOCUMENT_BYTES)
    return { ok: false, reason: `the discovery document at ${url} is too large` };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, reason: `the discovery document at ${url} is not JSON` };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return { ok: false, reason: `the discovery document at ${url} is not a JSON object` };
  const fields = document as Record<string, unknown>;
  if (fields.issuer !== issuer) {
    return {
      ok: false,
      reason: `the discovery document names the issuer ${JSON.stringify(fields.issuer)}, which does not match ${JSON.stringify(issuer)} exactly`,
    };
  }
  const jwksUri = fields.jwks_uri;
  if (typeof jwksUri !== 'string') return { ok: false, reason: 'the discovery document has no jwks_uri' };
  const problem = providerUrlProblem(jwksUri, outbound.policy);
  if (problem) return { ok: false, reason: `the discovery document's jwks_uri ${problem}` };
  const supported = fields.id_token_signing_alg_values_supported;
  const algorithms =
    Array.isArray(supported) && supported.every((alg) => typeof alg === 'string')
      ? (supported as string[])
      : undefined;
  return { ok: true, discovered: { issuer, jwksUri, algorithms } };
}
