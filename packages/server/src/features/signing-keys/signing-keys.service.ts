// Our ES256 signing keys: generated at first start, kept in the database, loaded once as KeyObjects.
import type { Db } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { generateSigningKeyPem, type LoadedKey, loadKey, type PublicJwk } from '../../lib/crypto/jwt.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { insertSigningKey, listActiveSigningKeys } from './signing-keys.store.ts';

export class SigningKeys {
  private constructor(private readonly keys: LoadedKey[]) {}

  /** Loads the active keys, creating the first one on a new database. */
  static async load(db: Db, clock: Clock): Promise<SigningKeys> {
    let rows = await listActiveSigningKeys(db);
    if (rows.length === 0) {
      const row = {
        id: uuidv7(clock.now()),
        privateKeyPem: generateSigningKeyPem(),
        createdAt: clock.now(),
        retiredAt: null,
      };
      await insertSigningKey(db, row);
      rows = [row];
    }
    return new SigningKeys(rows.map((row) => loadKey({ kid: row.id, privateKeyPem: row.privateKeyPem })));
  }

  /** The newest key signs. */
  current(): LoadedKey {
    const key = this.keys[0];
    if (!key) throw new Error('no signing key loaded');
    return key;
  }

  byKid(kid: unknown): LoadedKey | undefined {
    return typeof kid === 'string' ? this.keys.find((key) => key.kid === kid) : undefined;
  }

  jwks(): PublicJwk[] {
    return this.keys.map((key) => key.jwk);
  }
}
