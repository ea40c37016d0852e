// clientCredentials(): an app's access token (RFC 6749 §4.4), found by discovery, cached and renewed ahead of expiry.
import type { AuthContext, AuthStrategy } from './strategy.ts';
import { basic, checkSecret } from './strategy.ts';

export interface ClientCredentialsOptions {
  clientId: string;
  clientSecret: string;
  /** Space-delimited scopes; by default all the app may have. */
  scope?: string;
  /**
   * The token endpoint; by default `token_endpoint` from /.well-known/oauth-authorization-server, which
   * must then be on the client's own origin (the secret is never sent elsewhere unless named here).
   */
  tokenUrl?: string;
  /** For tests: the time in ms. */
  now?: () => number;
}

/** How long before expiry a token is renewed: 10% of its lifetime, at least 5 s and at most 5 min. */
export const REFRESH_MARGIN = { fraction: 0.1, minSeconds: 5, maxSeconds: 300 } as const;

/** Seconds after issue at which a token of this lifetime is renewed (never later than its half-life's end). */
export function refreshAfterSeconds(expiresIn: number): number {
  const margin = Math.min(
    Math.max(expiresIn * REFRESH_MARGIN.fraction, REFRESH_MARGIN.minSeconds),
    REFRESH_MARGIN.maxSeconds,
  );
  return Math.max(0, expiresIn - Math.min(margin, expiresIn / 2));
}

interface Token {
  value: string;
  renewAt: number;
}

export interface ClientCredentialsStrategy extends AuthStrategy {
  /** How many tokens were requested so far (for metrics and tests). */
  readonly tokensIssued: number;
}

export function clientCredentials(options: ClientCredentialsOptions): ClientCredentialsStrategy {
  const clientId = checkSecret(options?.clientId, 'clientCredentials: clientId');
  const clientSecret = checkSecret(options.clientSecret, 'clientCredentials: clientSecret');
  const now = options.now ?? Date.now;
  let endpoint: Promise<string> | undefined;
  let token: Token | undefined;
  let inFlight: Promise<Token> | undefined;
  let issued = 0;

  const tokenEndpoint = (context: AuthContext): Promise<string> => {
    endpoint ??= discover(context, options.tokenUrl).catch((error: unknown) => {
      endpoint = undefined;
      throw error;
    });
    return endpoint;
  };

  const requestToken = async (context: AuthContext): Promise<Token> => {
    const url = await tokenEndpoint(context);
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (options.scope) form.set('scope', options.scope);
    const started = now();
    // client_secret_basic: both parts form-encoded first (RFC 6749 §2.3.1).
    const response = await context.send(
      new Request(url, {
        method: 'POST',
        headers: {
          authorization: basic(encodeURIComponent(clientId), encodeURIComponent(clientSecret)),
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: form,
      }),
      true,
    );
    const body = (await response.json()) as { access_token: string; expires_in?: number };
    issued++;
    const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
    return { value: body.access_token, renewAt: started + refreshAfterSeconds(lifetime) * 1000 };
  };

  /** One request for a token however many callers wait for it. */
  const fresh = (context: AuthContext): Promise<Token> => {
    inFlight ??= requestToken(context)
      .then((next) => {
        token = next;
        return next;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  return {
    kind: 'client_credentials',
    get tokensIssued() {
      return issued;
    },
    async authorize(context) {
      const current = token && now() < token.renewAt ? token : await fresh(context);
      return { authorization: `Bearer ${current.value}` };
    },
    async refresh(context, refused) {
      // Many requests refused with the same token renew it once.
      if (inFlight) await inFlight;
      else if (!token || refused.authorization === `Bearer ${token.value}`) {
        token = undefined;
        await fresh(context);
      }
      return true;
    },
  };
}

async function discover(context: AuthContext, configured: string | undefined): Promise<string> {
  if (configured) return new URL(configured, context.baseUrl).toString();
  const response = await context.send(
    new Request(`${context.baseUrl}/.well-known/oauth-authorization-server`, {
      headers: { accept: 'application/json' },
    }),
  );
  const metadata = (await response.json()) as { token_endpoint?: unknown };
  if (typeof metadata.token_endpoint !== 'string')
    throw new Error('The authorization server metadata names no token_endpoint');
  const url = new URL(metadata.token_endpoint, context.baseUrl);
  if (url.origin !== new URL(context.baseUrl).origin)
    throw new Error(
      `The server's token endpoint (${url.origin}) is not on the client's origin (${new URL(context.baseUrl).origin}); pass tokenUrl to clientCredentials() to send the secret there`,
    );
  return url.toString();
}
