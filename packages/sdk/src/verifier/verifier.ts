// createVerifier(): for resource servers, who is behind a request's credential, checked offline or by the server.
import { createHash } from 'node:crypto';
import { retryAfterSeconds } from '../errors.ts';
import {
  BEARER_CHALLENGE,
  type CredentialHeaders,
  type Refusal,
  refused,
  type Verification,
  type VerifiedPrincipal,
} from './result.ts';
import { isAccessToken, tokenChecker } from './token.ts';

export interface VerifierOptions {
  /** The Latchkey server, e.g. http://127.0.0.1:7420. */
  url: string;
  /**
   * The `aud` access tokens must carry: this resource server's identifier (RFC 8707), as registered at
   * /v0/admin/resources. By default the server's issuer (Latchkey's own API). Checked offline, and sent
   * to /v0/auth/verify as `audience=` when the server decides.
   */
  audience?: string;
  /** How long (ms) an answer of /v0/auth/verify is reused for the same credential (default 1000; 0: never). */
  cacheTtlMs?: number;
  /** The most credentials cached at once (default 10000). */
  cacheSize?: number;
  /** `offline` (default): access tokens are checked here; `server`: every credential goes to /v0/auth/verify. */
  tokens?: 'offline' | 'server';
  fetch?: (request: Request) => Promise<Response>;
  /** The time in ms (tests); the system clock otherwise. */
  now?: () => number;
}

export interface VerifyRequest {
  /** Ask for an access decision too: may the caller `action` this project? (Always through the server.) */
  project?: string;
  action?: 'read' | 'write';
  /**
   * Permissions from the platform's catalogue the caller must hold (all of them), at `project` when it is
   * given. An app's access token asked tenant-wide is answered here from its `scope` claim (the permissions
   * granted when it was issued); with a project, and for every other credential, the server decides.
   */
  permissions?: string[];
}

export interface Verifier {
  verify(headers: CredentialHeaders, request?: VerifyRequest): Promise<Verification>;
}

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** `X-Latchkey-Remaining` as the principal's `remaining`, only when the server sent a count. */
function remainingOf(header: string | null): { remaining?: number } {
  const remaining = header === null || !/^\d+$/.test(header) ? undefined : Number(header);
  return remaining === undefined ? {} : { remaining };
}

/** The server's identity headers (the gateway contract of /v0/auth/verify) as a principal. */
function principalOf(headers: Headers): VerifiedPrincipal | undefined {
  const [type, id] = (headers.get('x-latchkey-principal') ?? '').split(':');
  if ((type !== 'user' && type !== 'app') || !id) return undefined;
  const [kind = 'unknown', credentialId] = (headers.get('x-latchkey-credential') ?? '').split(':');
  return {
    type,
    id,
    slug: headers.get('x-latchkey-user') ?? undefined,
    email: headers.get('x-latchkey-email') ?? undefined,
    clientId: headers.get('x-latchkey-app') ?? undefined,
    admin: headers.get('x-latchkey-admin') === 'true',
    credential: { kind, id: credentialId },
    restrictions: headers.get('x-latchkey-restrictions') ?? undefined,
    ...remainingOf(headers.get('x-latchkey-remaining')),
    permissions: headers.get('x-latchkey-permissions')?.split(',').filter(Boolean),
    checkedBy: 'server',
  };
}

/**
 * An access token checked offline, held to the permissions asked: each must be in its `scope` claim, where
 * the server listed the permissions it granted. One missing is a 403 `permission_denied`, as the server says.
 */
function withinScope(verification: Verification, permissions: string[]): Verification {
  if (!verification.ok || permissions.length === 0) return verification;
  const granted = new Set(verification.principal.scopes ?? []);
  const missing = permissions.filter((permission) => !granted.has(permission));
  if (missing.length > 0)
    return refused({
      status: 403,
      code: 'permission_denied',
      message: `The access token's scope does not grant ${missing.join(', ')}`,
    });
  return { ok: true, principal: { ...verification.principal, permissions } };
}

export function createVerifier(options: VerifierOptions): Verifier {
  const base = new URL(options.url).toString().replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? ((request: Request) => fetch(request));
  const now = options.now ?? Date.now;
  const ttl = options.cacheTtlMs ?? 1000;
  const size = options.cacheSize ?? 10_000;
  const cache = new Map<string, { until: number; answer: Verification }>();
  let checkToken: Promise<(token: string) => Promise<Verification>> | undefined;

  const discover = async () => {
    const response = await fetchImpl(new Request(`${base}/.well-known/oauth-authorization-server`));
    if (!response.ok) throw new Error(`createVerifier: discovery answered ${response.status}`);
    const metadata = (await response.json()) as { issuer?: string; jwks_uri?: string };
    if (!metadata.issuer || !metadata.jwks_uri)
      throw new Error('createVerifier: no issuer or jwks_uri in discovery');
    return tokenChecker({
      issuer: metadata.issuer,
      audience: options.audience ?? metadata.issuer,
      jwksUri: new URL(metadata.jwks_uri, base).toString(),
      now: options.now,
      fetch: options.fetch,
    });
  };

  const askServer = async (headers: CredentialHeaders, request: VerifyRequest): Promise<Verification> => {
    const url = new URL(`${base}/v0/auth/verify`);
    if (request.project) url.searchParams.set('project', request.project);
    if (request.action) url.searchParams.set('action', request.action);
    if (options.audience) url.searchParams.set('audience', options.audience);
    for (const permission of request.permissions ?? []) url.searchParams.append('permission', permission);
    const forward = new Headers();
    for (const name of ['authorization', 'apikey']) {
      const value = first(headers[name]);
      if (value !== undefined) forward.set(name, value);
    }
    let response: Response;
    try {
      response = await fetchImpl(new Request(url, { headers: forward }));
    } catch {
      return refused({ status: 503, code: 'unavailable', message: 'The Latchkey server did not answer' });
    }
    if (response.status === 200) {
      await response.body?.cancel();
      const principal = principalOf(response.headers);
      if (principal) return { ok: true, principal };
      return refused({ status: 503, code: 'unavailable', message: 'The verify answer named no principal' });
    }
    const body = (await response.json().catch(() => undefined)) as
      | { error?: { code?: Refusal['code']; message?: string } }
      | undefined;
    const status = response.status;
    if (status === 404 && body?.error?.code === 'not_found' && !request.project)
      throw new Error(
        `createVerifier: ${base} has no /v0/auth/verify; it needs a Latchkey server that offers it`,
      );
    const mapped: Refusal['status'] = status === 401 || status === 403 || status === 429 ? status : 503;
    return refused({
      status: mapped,
      code: body?.error?.code ?? (mapped === 503 ? 'unavailable' : 'forbidden'),
      message: body?.error?.message ?? `The Latchkey server answered ${status}`,
      retryAfter: retryAfterSeconds(response.headers.get('retry-after'), Date.now()),
      challenge: response.headers.get('www-authenticate') ?? undefined,
    });
  };

  return {
    async verify(headers, request = {}) {
      const authorization = first(headers.authorization);
      const apikey = first(headers.apikey);
      if (authorization === undefined && apikey === undefined)
        return refused({
          status: 401,
          code: 'authentication_required',
          message: 'This endpoint needs a Latchkey credential',
          challenge: BEARER_CHALLENGE(),
        });
      const bearer = /^bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      if (
        bearer &&
        apikey === undefined &&
        isAccessToken(bearer) &&
        options.tokens !== 'server' &&
        !request.project
      ) {
        checkToken ??= discover().catch((error: unknown) => {
          checkToken = undefined;
          throw error;
        });
        return withinScope(await (await checkToken)(bearer), request.permissions ?? []);
      }
      const key = createHash('sha256')
        .update(
          `${authorization ?? ''}\n${apikey ?? ''}\n${request.project ?? ''}\n${request.action ?? ''}\n${(request.permissions ?? []).join(' ')}`,
        )
        .digest('base64url');
      const cached = cache.get(key);
      if (cached && cached.until > now()) return cached.answer;
      const answer = await askServer(headers, request);
      const cacheable = answer.ok || answer.refusal.status === 401 || answer.refusal.status === 403;
      if (ttl > 0 && cacheable) {
        if (cache.size >= size) cache.delete(cache.keys().next().value ?? '');
        cache.set(key, { until: now() + ttl, answer });
      }
      return answer;
    },
  };
}
