// The one HTTP client for calls Latchkey makes itself (webhooks, identity providers): URL policy, connect-time address check, no redirects.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import type { Agent, buildConnector } from 'undici';
import { onDemand } from './on-demand.ts';
import { addressProblem, DEFAULT_OUTBOUND_POLICY, type OutboundPolicy, secureUrlProblem } from './urls.ts';

// Loaded at the first outbound request (a webhook, an identity provider), not at start.
const loadUndici = onDemand<typeof import('undici')>('undici');

/** Resolves a host name to every address it has; tests inject one so no real lookup or traffic happens. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface OutboundRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string> | Headers;
  body?: string;
  signal?: AbortSignal;
}

export type OutboundFetch = (url: string, init?: OutboundRequest) => Promise<Response>;

/** A call refused by the policy, before any byte was sent; `message` says which rule. */
export class OutboundRefused extends Error {
  override readonly name = 'OutboundRefused';
}

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) =>
      err ? reject(err) : resolve(addresses),
    ),
  );

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * The URL was checked when it was saved, but a name can resolve to anything later (DNS rebinding), so
 * each connection checks the addresses it is about to use, with the same decision as a literal.
 */
export function checkedLookup(policy: OutboundPolicy, resolve: Resolver) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    resolve(host)
      .then((addresses) => {
        if (addresses.length === 0) throw new OutboundRefused(`${host} has no address`);
        for (const { address } of addresses) {
          const problem = addressProblem(address, policy, host);
          if (problem)
            throw new OutboundRefused(`${host} resolves to ${address}, and outbound calls ${problem}`);
        }
        if (options.all) callback(null, addresses);
        else {
          const [first] = addresses as [LookupAddress];
          callback(null, first.address, first.family);
        }
      })
      .catch((err: NodeJS.ErrnoException) => callback(err, []));
  };
}

/**
 * Every connection the client opens: an address literal (no lookup happens for one) is decided here,
 * a name by `checkedLookup` on each address it resolves to.
 */
export function checkedConnector(policy: OutboundPolicy, resolve: Resolver): buildConnector.connector {
  const connect = loadUndici().buildConnector({ lookup: checkedLookup(policy, resolve) });
  return (options, callback) => {
    const problem = isIP(options.hostname) ? addressProblem(options.hostname, policy) : undefined;
    if (problem) callback(new OutboundRefused(`${options.hostname} ${problem}`), null);
    else connect(options, callback);
  };
}

export class OutboundHttp {
  readonly policy: OutboundPolicy;
  private readonly resolve: Resolver;
  /** Made at the first request. */
  private agent: Agent | undefined;

  constructor(options: { policy?: OutboundPolicy; resolve?: Resolver } = {}) {
    this.policy = options.policy ?? DEFAULT_OUTBOUND_POLICY;
    this.resolve = options.resolve ?? systemResolver;
  }

  /**
   * Loads the HTTP client ahead of the first outbound request, whose time limit would otherwise include
   * the load (tens of milliseconds, more on a busy machine). Called once the server listens.
   */
  warm(): void {
    loadUndici();
  }

  urlProblem(value: string): string | undefined {
    return secureUrlProblem(value, this.policy);
  }

  /**
   * fetch, held to the policy: the URL first (an address literal, or a URL saved before the policy was
   * stricter), then every resolved address at connect time. A redirect is returned, never followed.
   */
  readonly fetch: OutboundFetch = async (url, init = {}) => {
    const problem = this.urlProblem(url);
    // The host only: a URL's path or query may carry a token that logs must not see.
    if (problem) throw new OutboundRefused(`${URL.parse(url)?.host ?? 'the URL'} ${problem}`);
    try {
      const undici = loadUndici();
      this.agent ??= new undici.Agent({ connect: checkedConnector(this.policy, this.resolve) });
      const response = await undici.fetch(url, {
        ...init,
        // jose hands over the global Headers class, which is not undici's own: pass plain pairs.
        headers: Object.fromEntries(new Headers(init.headers ?? {})),
        redirect: 'manual',
        dispatcher: this.agent,
      });
      return response as unknown as Response;
    } catch (err) {
      // fetch wraps connection errors in "fetch failed"; the refusal is the useful part.
      const cause = (err as { cause?: unknown }).cause;
      if (cause instanceof OutboundRefused) throw cause;
      throw err;
    }
  };

  async close(): Promise<void> {
    await this.agent?.close();
  }
}

/** Shared by callers built without one (tests, tools): the default policy with the system resolver. */
let fallback: OutboundHttp | undefined;
export const defaultOutbound = (): OutboundHttp => {
  fallback ??= new OutboundHttp();
  return fallback;
};

/** A refusal as a short reason (for logs and 400s); other failures keep their name only. */
export const describeOutboundError = (err: unknown): string =>
  err instanceof OutboundRefused ? err.message : err instanceof Error ? err.name : 'network error';
