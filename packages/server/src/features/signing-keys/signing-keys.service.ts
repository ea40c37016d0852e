// Our ES256 signing keys: generated at first start, kept encrypted in the database, decrypted once into KeyObjects, rotated on request.
import { type Actor, SYSTEM } from '../../auth/actor.ts';
import type { Db, SigningKeyRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { generateSigningKeyPem, type LoadedKey, loadKey, type PublicJwk } from '../../lib/crypto/jwt.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { Keyring } from '../../secrets/keyring.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { insertSigningKey, listSigningKeys, retireSigningKeys } from './signing-keys.store.ts';

export interface SigningKeyOptions {
  /** How long a retired key stays in the JWKS: the longest access-token lifetime. */
  publishSeconds: number;
  /** How long a retired key still verifies our own tokens: the longest lifetime of any token we sign. */
  verifySeconds: number;
}

interface HeldKey {
  key: LoadedKey;
  retiredAt: number | null;
}

/** Reloading from the database (another instance may have rotated) happens at most this often. */
const REFRESH_INTERVAL_MS = 1000;

export class SigningKeys {
  private keys: HeldKey[] = [];
  private lastRefresh = 0;
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly keyring: Keyring,
    private readonly options: SigningKeyOptions,
  ) {}

  /** Loads the keys in use, creating the first one on a new database (recorded as the server's rotation). */
  static async load(
    db: Db,
    clock: Clock,
    audit: AuditLog,
    keyring: Keyring,
    options: SigningKeyOptions = { publishSeconds: 900, verifySeconds: 30 * 86400 },
  ): Promise<SigningKeys> {
    const keys = new SigningKeys(db, clock, audit, keyring, options);
    await keys.reload();
    if (!keys.keys.some((held) => held.retiredAt === null)) await keys.rotate(SYSTEM);
    return keys;
  }

  /** The newest key that is not retired signs. */
  current(): LoadedKey {
    const held = this.keys.find((candidate) => candidate.retiredAt === null) ?? this.keys[0];
    if (!held) throw new Error('no signing key loaded');
    return held.key;
  }

  /** A key that may still verify: signing, or retired less than the longest token lifetime ago. */
  byKid(kid: unknown): LoadedKey | undefined {
    if (typeof kid !== 'string') return undefined;
    const held = this.keys.find((candidate) => candidate.key.kid === kid);
    return held && this.within(held, this.options.verifySeconds) ? held.key : undefined;
  }

  /** As byKid, but a kid we do not know makes us look in the database once (another instance may have rotated). */
  async findKey(kid: unknown): Promise<LoadedKey | undefined> {
    const known = this.byKid(kid);
    if (known || typeof kid !== 'string' || this.clock.now() - this.lastRefresh < REFRESH_INTERVAL_MS)
      return known;
    await this.reload();
    return this.byKid(kid);
  }

  /** Published keys: the signing key and those retired less than an access token's lifetime ago. */
  jwks(): PublicJwk[] {
    return this.keys
      .filter((held) => this.within(held, this.options.publishSeconds))
      .map((held) => held.key.jwk);
  }

  /** A new key signs from now on; the others are retired (still verifying their tokens until those expire). */
  async rotate(actor: Actor): Promise<{ kid: string; retired: string[] }> {
    const now = this.clock.now();
    const id = uuidv7(now);
    const row: SigningKeyRow = {
      id,
      privateKeyPem: this.keyring.seal('signing_keys.private_key_pem', id, generateSigningKeyPem()),
      createdAt: now,
      retiredAt: null,
    };
    const retired = this.keys.filter((held) => held.retiredAt === null).map((held) => held.key.kid);
    await this.db.transaction().execute(async (tx) => {
      await insertSigningKey(tx, row);
      await retireSigningKeys(tx, now, row.id);
      await this.audit.record(tx, actor, {
        action: 'signing_key.rotated',
        target: { type: 'signing_key', id: row.id },
        changes: { retired },
      });
    });
    await this.reload();
    return { kid: row.id, retired };
  }

  /** Reloads now and then, so a rotation made by another instance reaches this one's signing and JWKS. */
  startRefreshing(intervalMs: number): void {
    this.timer ??= setInterval(() => {
      this.reload().catch(() => {
        // Kept as they were; the next round tries again.
      });
    }, intervalMs);
    this.timer.unref();
  }

  stopRefreshing(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private within(held: HeldKey, seconds: number): boolean {
    return held.retiredAt === null || held.retiredAt + seconds * 1000 > this.clock.now();
  }

  private async reload(): Promise<void> {
    const now = this.clock.now();
    this.lastRefresh = now;
    const rows = await listSigningKeys(this.db, now - this.options.verifySeconds * 1000);
    const byKid = new Map(this.keys.map((held) => [held.key.kid, held.key]));
    // Only a key not yet held is decrypted: signing and verifying use the KeyObjects, never the database.
    this.keys = rows.map((row) => ({
      key: byKid.get(row.id) ?? this.decrypt(row),
      retiredAt: row.retiredAt,
    }));
  }

  private decrypt(row: SigningKeyRow): LoadedKey {
    const privateKeyPem = this.keyring.open('signing_keys.private_key_pem', row.id, row.privateKeyPem);
    return loadKey({ kid: row.id, privateKeyPem });
  }
}
