// The public keys that sign secret-scanning reports: fetched from the configured URL, cached, refetched sparingly.
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../lib/clock.ts';
import type { OutboundFetch } from '../../lib/outbound-http.ts';

interface PublishedKeys {
  public_keys?: { key_identifier?: unknown; key?: unknown; is_current?: unknown }[];
}

const FETCH_TIMEOUT_MS = 5000;

export class ScanningKeys {
  private keys = new Map<string, KeyObject>();
  private lastFetch = Number.NEGATIVE_INFINITY;
  private fetching: Promise<void> | undefined;

  constructor(
    private readonly deps: {
      url: string;
      cooldownMs: number;
      /** The outbound client's fetch (lib/outbound-http.ts): the site's address policy, no redirects. */
      fetch: OutboundFetch;
      clock: Clock;
      log: FastifyBaseLogger;
    },
  ) {}

  /**
   * Whether `signature` (base64 DER ECDSA P-256 with SHA-256) over the raw `body` verifies with the key
   * `identifier`. An unknown identifier refetches the keys, at most once per cooldown: a flood of made-up
   * identifiers cannot turn into a flood of requests to the key server.
   */
  async verify(identifier: string, signature: string, body: Buffer): Promise<boolean> {
    let key = this.keys.get(identifier);
    if (!key && this.deps.clock.now() - this.lastFetch >= this.deps.cooldownMs) {
      await this.refresh();
      key = this.keys.get(identifier);
    }
    if (!key) return false;
    try {
      return verify('sha256', body, { key, dsaEncoding: 'der' }, Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  }

  /** Concurrent callers share one fetch; a failed fetch keeps the keys already known. */
  private refresh(): Promise<void> {
    this.fetching ??= this.fetchKeys().finally(() => {
      this.fetching = undefined;
    });
    return this.fetching;
  }

  private async fetchKeys(): Promise<void> {
    this.lastFetch = this.deps.clock.now();
    try {
      const response = await this.deps.fetch(this.deps.url, {
        headers: { accept: 'application/json', 'user-agent': 'Latchkey' },
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const published = (await response.json()) as PublishedKeys;
      const keys = new Map<string, KeyObject>();
      for (const entry of published.public_keys ?? []) {
        if (typeof entry.key_identifier !== 'string' || typeof entry.key !== 'string') continue;
        try {
          const key = createPublicKey(entry.key);
          if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
            keys.set(entry.key_identifier, key);
        } catch {
          // One unreadable key does not hide the others.
        }
      }
      this.keys = keys;
    } catch (err) {
      this.deps.log.warn(
        { err: err instanceof Error ? err.message : String(err) },
        'secret-scanning keys fetch failed',
      );
    }
  }
}
