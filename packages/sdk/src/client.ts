// createLatchkey(): the typed client (openapi-fetch over the generated paths) with auth, retries and pagination.
import createClient, { type Client } from 'openapi-fetch';
import { fromEnv } from './auth/env.ts';
import type { AuthStrategy } from './auth/strategy.ts';
import type { paths } from './generated/openapi.ts';
import { type ItemOf, type ListInit, type ListPath, type Paginated, paginate } from './paginate.ts';
import { type RetryOptions, retryPolicy } from './retry.ts';
import { createTransport, type Transport } from './transport.ts';

export interface LatchkeyOptions {
  /** The server, e.g. http://127.0.0.1:7420 (no /v0: the paths carry it). */
  url: string;
  /** How to authenticate: apiKey(), clientCredentials(), session(), netrc(); none for public endpoints. */
  auth?: AuthStrategy;
  retry?: RetryOptions;
  /**
   * How long (ms) one attempt waits for the server's answer before it is abandoned: a LatchkeyError with
   * code `timeout`, after the retries an idempotent request gets. No limit by default.
   */
  timeoutMs?: number;
  /** Another fetch (a proxy agent, a test's recorder); the global fetch by default. */
  fetch?: (request: Request) => Promise<Response>;
  userAgent?: string;
}

export type LatchkeyClient = Client<paths> & {
  readonly url: string;
  /** Every item of a list operation, following Link rel="next"; `total` from X-Total-Count. */
  paginate<P extends ListPath>(path: P, ...init: [ListInit<P>?]): Paginated<ItemOf<P>>;
  /** The transport under the client, for requests outside the contract (a Link target, a raw call). */
  readonly transport: Transport;
};

/**
 * A client for one server. Every call is typed by the contract; any answer that is not a 2xx throws a
 * LatchkeyError, so a call that returns has its `data`. Without options, the environment (fromEnv()).
 */
export function createLatchkey(options: LatchkeyOptions = fromEnv()): LatchkeyClient {
  let base: URL;
  try {
    base = new URL(options.url);
  } catch {
    throw new TypeError(`createLatchkey: url must be an absolute URL, got "${String(options.url)}"`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:')
    throw new TypeError('createLatchkey: url must be http: or https:');
  if (options.timeoutMs !== undefined && !(Number.isFinite(options.timeoutMs) && options.timeoutMs > 0))
    throw new RangeError('createLatchkey: timeoutMs must be a number of milliseconds above 0');
  const transport = createTransport({
    baseUrl: base.toString(),
    auth: options.auth,
    retry: retryPolicy(options.retry),
    fetch: options.fetch,
    userAgent: options.userAgent ?? 'latchkey-sdk/0.1.0',
    timeoutMs: options.timeoutMs,
  });
  const api = createClient<paths>({
    baseUrl: transport.baseUrl,
    fetch: (request) => transport.send(request),
  });
  return Object.assign(api, {
    url: transport.baseUrl,
    transport,
    paginate: <P extends ListPath>(path: P, ...init: [ListInit<P>?]) =>
      paginate(api, transport, path, ...init),
  });
}

/**
 * The data of a call that succeeded (a failure has already thrown): `const keys = await ok(lk.GET(…))`.
 * For a 204 it is undefined.
 */
export async function ok<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
