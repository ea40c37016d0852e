// Every request the SDK sends: credentials from the auth strategy, retries, one fresh-token retry, typed errors.
import type { AuthContext, AuthStrategy } from './auth/strategy.ts';
import { LatchkeyError } from './errors.ts';
import { AttemptTimeout, IDEMPOTENT_METHODS, type RetryPolicy, withRetries } from './retry.ts';

export interface Transport {
  readonly baseUrl: string;
  /**
   * Sends with the client's credential; non-2xx answers throw a LatchkeyError. `retry` forces the retry
   * decision (token requests are retried although they are POSTs); by default only idempotent methods are.
   */
  send(request: Request, options?: { retry?: boolean; auth?: boolean }): Promise<Response>;
}

export interface TransportOptions {
  baseUrl: string;
  auth?: AuthStrategy;
  retry: RetryPolicy;
  fetch?: (request: Request) => Promise<Response>;
  userAgent?: string;
  /** Each attempt is abandoned when no answer (status and headers) came within this many ms. */
  timeoutMs?: number;
}

/** A 401 that says the bearer token itself was refused (RFC 6750), as the server's challenge names it. */
const refusedToken = (response: Response): boolean =>
  response.status === 401 && /error="?invalid_token/.test(response.headers.get('www-authenticate') ?? '');

export function createTransport(options: TransportOptions): Transport {
  const fetchImpl = options.fetch ?? ((request: Request) => fetch(request));
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const context: AuthContext = {
    baseUrl,
    send: (request, retry = true) => transport.send(request, { retry, auth: false }),
  };

  const attempt = async (request: Request, auth: boolean, used: { headers: Record<string, string> }) => {
    const copy = request.clone();
    if (options.userAgent && !copy.headers.has('user-agent'))
      copy.headers.set('user-agent', options.userAgent);
    if (auth && options.auth) {
      used.headers = await options.auth.authorize(context);
      for (const [name, value] of Object.entries(used.headers)) copy.headers.set(name, value);
    }
    if (options.timeoutMs === undefined) return fetchImpl(copy);
    // The caller's own signal still cancels; the timer only ends this attempt.
    const timer = AbortSignal.timeout(options.timeoutMs);
    const timed = new Request(copy, { signal: AbortSignal.any([copy.signal, timer]) });
    try {
      return await fetchImpl(timed);
    } catch (error) {
      if (timer.aborted && !copy.signal.aborted) throw new AttemptTimeout(options.timeoutMs);
      throw error;
    }
  };

  const transport: Transport = {
    baseUrl,
    async send(request, { retry, auth = true } = {}) {
      const retryable = retry ?? IDEMPOTENT_METHODS.has(request.method.toUpperCase());
      const used = { headers: {} as Record<string, string> };
      const once = () => withRetries(() => attempt(request, auth, used), retryable, options.retry);
      let response = await once();
      // A refused token was not acted on, so sending again with a fresh one is safe for any method; once.
      if (auth && options.auth?.refresh && refusedToken(response)) {
        if (await options.auth.refresh(context, used.headers)) {
          await response.body?.cancel();
          response = await once();
        }
      }
      if (!response.ok) throw await LatchkeyError.fromResponse(response, options.retry.now());
      return response;
    },
  };
  return transport;
}
