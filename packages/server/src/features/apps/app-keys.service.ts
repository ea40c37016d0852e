// An app's public keys for private_key_jwt (RFC 7523 §2.2): an inline JWKS or a jwks_uri, checked when registered.
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import type { Caller } from '../../auth/actor.ts';
import type { AppKeyRow, Db } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { candidatesFor, type VerifyingKey, verifyingKeysOf } from '../../lib/crypto/jws.ts';
import { ApiError, invalid, notFound } from '../../lib/errors.ts';
import { isUuid, uuidv7 } from '../../lib/ids.ts';
import type { OutboundHttp } from '../../lib/outbound-http.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { ProviderKeys } from '../oidc/oidc.jwks.ts';
import * as store from './app-keys.store.ts';
import type { AppsService } from './apps.service.ts';

/** The signature algorithms a client assertion may use: no `none`, no HMAC (which would make a public key a secret). */
export const ASSERTION_ALGORITHMS = ['ES256', 'RS256', 'EdDSA'] as const;
export const MAX_KEYS = 10;
export const MAX_REGISTRATIONS = 10;
/** Private or symmetric members: a JWKS with one of these is refused, since it is no public key. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

export interface AppKeysDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  apps: AppsService;
  /** Fetches jwks_uri under the outbound URL policy (lib/outbound-http.ts). */
  outbound: OutboundHttp;
  /** Seconds between two fetches of one jwks_uri, at least. */
  jwksCooldownMs: number;
  httpTimeoutMs: number;
}

/** What the console and the API show of one key: never more than its public identity. */
export interface KeySummary {
  kid: string | null;
  kty: string;
  alg: string | null;
  crv: string | null;
}

/** Why one JWK cannot verify a client assertion; undefined when it can. */
function jwkProblem(jwk: Record<string, unknown>): string | undefined {
  const kty = jwk.kty;
  if (kty === 'oct') return 'is a symmetric key (kty oct): only public keys are registered';
  const secret = PRIVATE_MEMBERS.find((member) => member in jwk);
  if (secret !== undefined) return `holds a private member (${secret}): register the public key only`;
  if (kty !== 'EC' && kty !== 'RSA' && kty !== 'OKP') return 'must have kty EC, RSA or OKP';
  if (kty === 'EC' && jwk.crv !== 'P-256') return 'must be on crv P-256 (ES256)';
  if (kty === 'OKP' && jwk.crv !== 'Ed25519') return 'must be on crv Ed25519 (EdDSA)';
  if (jwk.alg !== undefined && !(ASSERTION_ALGORITHMS as readonly unknown[]).includes(jwk.alg))
    return `has alg ${String(jwk.alg)}: ES256, RS256 or EdDSA only`;
  if (jwk.use !== undefined && jwk.use !== 'sig') return 'has use other than sig';
  if (jwk.kid !== undefined && (typeof jwk.kid !== 'string' || jwk.kid.length > 256))
    return 'has a kid that is not a string of at most 256 characters';
  try {
    const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
    if (kty === 'RSA' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
      return 'is an RSA key shorter than 2048 bits';
  } catch {
    return 'is not a valid public key';
  }
  return undefined;
}

export const summaryOf = (jwk: Record<string, unknown>): KeySummary => ({
  kid: typeof jwk.kid === 'string' ? jwk.kid : null,
  kty: String(jwk.kty),
  alg: typeof jwk.alg === 'string' ? jwk.alg : null,
  crv: typeof jwk.crv === 'string' ? jwk.crv : null,
});

export const keysOf = (row: AppKeyRow): Record<string, unknown>[] =>
  row.jwks === null ? [] : (JSON.parse(row.jwks) as { keys: Record<string, unknown>[] }).keys;

/** One registration's keys for a header: an inline JWKS's, or those fetched from its jwks_uri. */
export type KeySet = (header: Record<string, unknown>) => Promise<VerifyingKey[]>;

export class AppKeysService {
  /** Key sets by registration: an inline JWKS's keys made once, or a jwks_uri's keys (cached, coalesced, with a cooldown). */
  private readonly sets = new Map<string, KeySet>();

  constructor(private readonly deps: AppKeysDeps) {}

  async list(caller: Caller, appRef: string): Promise<AppKeyRow[]> {
    const app = await this.deps.apps.get(caller.principal, appRef);
    return store.listAppKeys(this.deps.db, app.id);
  }

  /** Registers keys for the app: an inline JWKS or a jwks_uri, exactly one. Audited. */
  async add(
    caller: Caller,
    appRef: string,
    input: { name?: string; jwks?: { keys: Record<string, unknown>[] }; jwksUri?: string },
  ): Promise<AppKeyRow> {
    const app = await this.deps.apps.managed(caller.principal, appRef);
    if (app.archivedAt !== null) throw new ApiError('conflict', 'This app is archived and cannot change.');
    if ((input.jwks === undefined) === (input.jwksUri === undefined))
      throw invalid('body: give exactly one of jwks and jwks_uri');
    if (input.jwks !== undefined) {
      const { keys } = input.jwks;
      keys.forEach((jwk, index) => {
        const problem = jwkProblem(jwk);
        if (problem) throw invalid(`body.jwks.keys[${index}] ${problem}`);
      });
      const kids = keys.map((jwk) => jwk.kid).filter((kid) => kid !== undefined);
      if (new Set(kids).size !== kids.length) throw invalid('body.jwks.keys: each kid must be different');
    }
    if (input.jwksUri !== undefined) {
      const problem = this.deps.outbound.urlProblem(input.jwksUri);
      if (problem) throw invalid(`body.jwks_uri ${problem}`);
    }
    const existing = await store.listAppKeys(this.deps.db, app.id);
    if (existing.length >= MAX_REGISTRATIONS)
      throw new ApiError(
        'conflict',
        `An app has at most ${MAX_REGISTRATIONS} key registrations; remove one first.`,
      );
    const now = this.deps.clock.now();
    const row: AppKeyRow = {
      id: uuidv7(now),
      appId: app.id,
      name: input.name?.trim() || (input.jwksUri ? new URL(input.jwksUri).host : 'JWKS'),
      // Only the public members the check above allowed are kept, as given.
      jwks: input.jwks === undefined ? null : JSON.stringify({ keys: input.jwks.keys }),
      jwksUri: input.jwksUri ?? null,
      createdBy: caller.principal.type === 'user' ? caller.principal.id : null,
      createdAt: now,
    };
    await this.deps.db.transaction().execute(async (tx) => {
      await store.insertAppKey(tx, row);
      await this.deps.audit.record(tx, caller, {
        action: 'app.key_added',
        target: { type: 'app', id: app.id },
        changes: {
          key: row.id,
          name: row.name,
          ...(row.jwksUri === null
            ? { kids: keysOf(row).map((jwk) => summaryOf(jwk).kid) }
            : { jwks_uri: row.jwksUri }),
        },
      });
    });
    return row;
  }

  /** The app stops accepting assertions signed by these keys at once, on every instance (keys are read per assertion). */
  async remove(caller: Caller, appRef: string, keyId: string): Promise<void> {
    const app = await this.deps.apps.managed(caller.principal, appRef);
    if (!isUuid(keyId)) throw notFound('Key');
    const id = keyId.toLowerCase();
    const row = (await store.listAppKeys(this.deps.db, app.id)).find((candidate) => candidate.id === id);
    if (!row) throw notFound('Key');
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.deleteAppKey(tx, app.id, id))) throw notFound('Key');
      await this.deps.audit.record(tx, caller, {
        action: 'app.key_removed',
        target: { type: 'app', id: app.id },
        changes: { key: row.id, name: row.name },
      });
    });
    this.sets.delete(row.id);
  }

  /** The key sets an assertion of the app may be verified with, read from the database each time. */
  async keySetsOf(appId: string): Promise<{ row: AppKeyRow; keysFor: KeySet }[]> {
    const rows = await store.listAppKeys(this.deps.db, appId);
    return rows.map((row) => ({ row, keysFor: this.setOf(row) }));
  }

  private setOf(row: AppKeyRow): KeySet {
    let set = this.sets.get(row.id);
    if (!set) {
      if (row.jwksUri === null) {
        const keys = verifyingKeysOf({ keys: keysOf(row) });
        set = async (header) => candidatesFor(keys, header);
      } else {
        const remote = new ProviderKeys({
          jwksUri: row.jwksUri,
          clock: this.deps.clock,
          cooldownMs: this.deps.jwksCooldownMs,
          timeoutMs: this.deps.httpTimeoutMs,
          fetch: this.deps.outbound.fetch,
        });
        set = (header) => remote.keysFor(header);
      }
      this.sets.set(row.id, set);
    }
    return set;
  }
}
