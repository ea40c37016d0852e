// The data keys in memory: unwrapped once with the master key, then every seal and open is one AES-GCM call.
import { randomBytes } from 'node:crypto';
import type { DataKeyRow, Db } from '../db/schema.ts';
import type { Clock } from '../lib/clock.ts';
import { randomBase62 } from '../lib/crypto/base62.ts';
import { KEY_BYTES, open, SealError, seal, sealedKeyId } from '../lib/crypto/envelope.ts';
import type { MasterKey } from '../lib/crypto/master-key.ts';
import { insertDataKey, listDataKeys } from './keyring.store.ts';
import { type FieldName, PURPOSES, type Purpose, SEALED_FIELDS } from './sealed-fields.ts';

/** The master key given is not the one the data keys are wrapped with. */
export class MasterKeyMismatch extends Error {
  constructor(
    readonly given: string,
    readonly expected: string[],
  ) {
    super(`master key ${given} does not open the data keys (wrapped by ${expected.join(', ')})`);
  }
}

/** What a data key's wrapping is bound to: its own row and purpose. */
const wrapContext = (row: Pick<DataKeyRow, 'id' | 'purpose'>): string =>
  `data_keys.wrapped:${row.id}:${row.purpose}`;
const fieldContext = (field: FieldName, rowId: string): string => `${field}:${rowId}`;

export function wrapDataKey(master: MasterKey, row: Pick<DataKeyRow, 'id' | 'purpose'>, key: Buffer): string {
  return seal(master.bytes(), master.id, wrapContext(row), key);
}

/** Every data key unwrapped, by id; MasterKeyMismatch when any is not wrapped by `master`. */
export function unwrapDataKeys(master: MasterKey, rows: DataKeyRow[]): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  const mismatch = () =>
    new MasterKeyMismatch(master.id, [...new Set(rows.map((row) => row.masterKeyId))].sort());
  for (const row of rows) {
    if (row.masterKeyId !== master.id || sealedKeyId(row.wrapped) !== master.id) throw mismatch();
    try {
      keys.set(row.id, open(master.bytes(), wrapContext(row), row.wrapped));
    } catch (err) {
      if (err instanceof SealError) throw mismatch();
      throw err;
    }
  }
  return keys;
}

export class Keyring {
  private constructor(
    private readonly keys: Map<string, Buffer>,
    private readonly idByPurpose: Map<string, string>,
  ) {}

  /**
   * Unwraps the data keys with `master` (MasterKeyMismatch if it is the wrong one), then makes the
   * purposes' missing keys: the only writes, and only once the master key is known to be right.
   */
  static async open(db: Db, master: MasterKey, clock: Clock): Promise<Keyring> {
    let rows = await listDataKeys(db);
    unwrapDataKeys(master, rows);
    const missing = PURPOSES.filter((purpose) => !rows.some((row) => row.purpose === purpose));
    if (missing.length > 0) {
      const now = clock.now();
      for (const purpose of missing) {
        const row = { id: `dk_${randomBase62(12)}`, purpose };
        await insertDataKey(db, {
          ...row,
          wrapped: wrapDataKey(master, row, randomBytes(KEY_BYTES)),
          masterKeyId: master.id,
          createdAt: now,
          wrappedAt: now,
        });
      }
      rows = await listDataKeys(db);
    }
    return new Keyring(unwrapDataKeys(master, rows), new Map(rows.map((row) => [row.purpose, row.id])));
  }

  /** Encrypts `plaintext` for `field` of the row `rowId`. */
  seal(field: FieldName, rowId: string, plaintext: string): string {
    const keyId = this.idByPurpose.get(SEALED_FIELDS[field].purpose as Purpose);
    const key = keyId === undefined ? undefined : this.keys.get(keyId);
    if (keyId === undefined || key === undefined) throw new Error(`no data key for ${field}`);
    return seal(key, keyId, fieldContext(field, rowId), plaintext);
  }

  /** Decrypts what `seal` made for the same field and row; a SealError otherwise (plain text included). */
  open(field: FieldName, rowId: string, sealed: string): string {
    const keyId = sealedKeyId(sealed);
    const key = keyId === undefined ? undefined : this.keys.get(keyId);
    if (key === undefined)
      throw new SealError(`${field} of ${rowId} is not encrypted under a known data key`);
    try {
      return open(key, fieldContext(field, rowId), sealed).toString('utf8');
    } catch (err) {
      if (err instanceof SealError) throw new SealError(`${field} of ${rowId} ${err.message}`);
      throw err;
    }
  }

  /** As open, for a column that may be null. */
  openNullable(field: FieldName, rowId: string, sealed: string | null): string | null {
    return sealed === null ? null : this.open(field, rowId, sealed);
  }
}
