// Keys imported from the system Latchkey replaces: checked line by line, stored in one transaction,
// and found at authentication by their SHA-256, or (bcrypt) by a lookup prefix and one bcrypt check.
import bcrypt from 'bcryptjs';
import type { Caller } from '../../auth/actor.ts';
import type { CachedResult } from '../../auth/cache.ts';
import type { ApiKeyRow, Db, UserRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import type { UsersService } from '../users/users.service.ts';
import * as store from './keys.import.store.ts';
import type { KeyScopesInput, KeysService } from './keys.service.ts';

/** Lines a request may carry. */
export const IMPORT_MAX_LINES = 10_000;
/** Lookup prefixes: at least 8 characters (a 4-character prefix would gather thousands of candidates). */
export const LOOKUP_PREFIX_MIN = 8;
export const LOOKUP_PREFIX_MAX = 32;
/** bcrypt checks one authentication may cost, at most (prefixes that nest, one inside another). */
export const BCRYPT_CANDIDATES_MAX = 3;
/** The highest bcrypt cost accepted: each doubling doubles what a first use (or a guess) costs. */
export const BCRYPT_COST_MAX = 12;

export interface ImportLine {
  owner: string;
  name: string;
  hash: { sha256: string } | { bcrypt: string };
  lookup_prefix?: string;
  start?: string;
  created?: string;
  expiration?: string | null;
  scopes?: KeyScopesInput;
}

export type RefusalCode =
  | 'unknown_owner'
  | 'malformed_hash'
  | 'bcrypt_cost_too_high'
  | 'lookup_prefix_required'
  | 'lookup_prefix_malformed'
  | 'lookup_prefix_in_use'
  | 'lookup_prefix_nested'
  | 'duplicate_in_request'
  | 'hash_in_use'
  | 'unknown_project';

export interface ImportRefusal {
  index: number;
  code: RefusalCode;
  message: string;
}

export interface ImportOutcome {
  imported: number;
  already_imported: number;
  refused: number;
  refusals: ImportRefusal[];
}

export interface KeyImportDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  users: UsersService;
  settings: SettingsService;
  keys: KeysService;
}

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;
const BASE64_SHA256 = /^[A-Za-z0-9+/_-]{43}=?$/;
const BCRYPT = /^\$2[aby]\$(\d\d)\$[./A-Za-z0-9]{53}$/;
const PREFIX = /^[\x21-\x7E]+$/;

/** The stored form of a line's hash: SHA-256 as lowercase hex, bcrypt as given; or why it is refused. */
export function normalizeHash(
  hash: ImportLine['hash'],
): { sha256: string } | { bcrypt: string } | { refused: RefusalCode; message: string } {
  if ('sha256' in hash) {
    const value = hash.sha256.trim();
    if (HEX_SHA256.test(value)) return { sha256: value.toLowerCase() };
    if (BASE64_SHA256.test(value)) {
      const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
      if (bytes.length === 32) return { sha256: bytes.toString('hex') };
    }
    return {
      refused: 'malformed_hash',
      message: 'hash.sha256: expected 32 bytes as 64 hex digits or 43/44 base64 characters.',
    };
  }
  const match = BCRYPT.exec(hash.bcrypt);
  if (!match)
    return {
      refused: 'malformed_hash',
      message: 'hash.bcrypt: expected a modular crypt bcrypt hash ($2a$, $2b$ or $2y$, cost, 53 characters).',
    };
  if (Number(match[1]) > BCRYPT_COST_MAX)
    return {
      refused: 'bcrypt_cost_too_high',
      message: `hash.bcrypt: cost ${match[1]} is above ${BCRYPT_COST_MAX}; every first use would cost too much.`,
    };
  return { bcrypt: hash.bcrypt };
}

/** The prefixes of a presented key a bcrypt-hashed import may be filed under. */
export function prefixesOf(secret: string): string[] {
  const prefixes: string[] = [];
  for (let length = LOOKUP_PREFIX_MIN; length <= Math.min(LOOKUP_PREFIX_MAX, secret.length - 1); length++)
    prefixes.push(secret.slice(0, length));
  return prefixes;
}

/** A prepared line: its row, or its refusal. */
type Checked = { index: number; row: ApiKeyRow; owner: UserRow } | ImportRefusal;

export class KeyImport {
  constructor(private readonly deps: KeyImportDeps) {}

  /**
   * Imports what can be imported, refuses the rest line by line (with the line's index), recognises
   * lines imported before, and turns `allow_imported_keys` on when anything was imported.
   */
  async import(caller: Caller, lines: ImportLine[]): Promise<ImportOutcome> {
    const { db, clock } = this.deps;
    const now = clock.now();
    const owners = await this.deps.users.findByOwnerRefs([...new Set(lines.map((line) => line.owner))]);
    const refusals: ImportRefusal[] = [];
    const seenHashes = new Set<string>();
    const seenPrefixes = new Set<string>();
    const prepared: { index: number; row: ApiKeyRow; owner: UserRow }[] = [];
    for (const [index, line] of lines.entries()) {
      const checked = await this.check(index, line, owners.get(line.owner), now, seenHashes, seenPrefixes);
      if ('code' in checked) refusals.push(checked);
      else prepared.push(checked);
    }
    this.refuseNestedPrefixes(prepared, refusals);
    const refused = new Set(refusals.map((refusal) => refusal.index));
    const candidates = prepared.filter((line) => !refused.has(line.index));

    const before = await store.findImported(
      db,
      candidates.map((line) => line.row.importedHash as string),
    );
    const previous = new Map(before.map((row) => [row.importedHash, row.userId]));
    const taken = new Set(
      (
        await store.findHashes(
          db,
          candidates.map((line) => line.row.hash),
        )
      ).map((row) => row.hash),
    );
    const prefixesTaken = new Set(
      (
        await store.findLookupPrefixes(
          db,
          candidates.flatMap((line) => (line.row.lookupPrefix ? [line.row.lookupPrefix] : [])),
        )
      ).map((row) => row.lookupPrefix),
    );
    let alreadyImported = 0;
    const rows: ApiKeyRow[] = [];
    for (const { index, row } of candidates) {
      const owner = previous.get(row.importedHash);
      if (owner === row.userId) alreadyImported++;
      else if (owner !== undefined || taken.has(row.hash))
        refusals.push({ index, code: 'hash_in_use', message: 'Another key already has this hash.' });
      else if (row.lookupPrefix && prefixesTaken.has(row.lookupPrefix))
        refusals.push({
          index,
          code: 'lookup_prefix_in_use',
          message: 'lookup_prefix: a bcrypt-hashed key not yet used already has this lookup prefix.',
        });
      else rows.push(row);
    }

    await db.transaction().execute(async (tx) => {
      await store.insertImported(tx, rows);
      if (rows.length > 0 && !(await this.deps.settings.policy(tx)).allow_imported_keys)
        await this.deps.settings.update(caller, { allow_imported_keys: true }, tx);
      await this.deps.audit.record(tx, caller, {
        action: 'key.imported',
        target: { type: 'key_import', id: uuidv7(now) },
        changes: {
          lines: lines.length,
          imported: rows.length,
          already_imported: alreadyImported,
          refused: refusals.length,
          bcrypt: rows.filter((row) => row.lookupPrefix !== null).length,
          owners: new Set(rows.map((row) => row.userId)).size,
        },
      });
    });
    refusals.sort((a, b) => a.index - b.index);
    return { imported: rows.length, already_imported: alreadyImported, refused: refusals.length, refusals };
  }

  private async check(
    index: number,
    line: ImportLine,
    owner: UserRow | undefined,
    now: number,
    seenHashes: Set<string>,
    seenPrefixes: Set<string>,
  ): Promise<Checked> {
    const refuse = (code: RefusalCode, message: string): ImportRefusal => ({ index, code, message });
    if (!owner) return refuse('unknown_owner', `owner: no user has the slug, email or UUID "${line.owner}".`);
    const hash = normalizeHash(line.hash);
    if ('refused' in hash) return refuse(hash.refused, hash.message);
    let lookupPrefix: string | null = null;
    if ('bcrypt' in hash) {
      if (line.lookup_prefix === undefined)
        return refuse(
          'lookup_prefix_required',
          'lookup_prefix: a bcrypt-hashed key needs the first characters of the key (bcrypt is salted: it cannot be found by its hash).',
        );
      const prefix = line.lookup_prefix;
      if (
        prefix.length < LOOKUP_PREFIX_MIN ||
        prefix.length > LOOKUP_PREFIX_MAX ||
        !PREFIX.test(prefix) ||
        prefix.startsWith('lk_')
      )
        return refuse(
          'lookup_prefix_malformed',
          `lookup_prefix: ${LOOKUP_PREFIX_MIN} to ${LOOKUP_PREFIX_MAX} printable ASCII characters without spaces, not starting with lk_.`,
        );
      if (seenPrefixes.has(prefix))
        return refuse('duplicate_in_request', 'lookup_prefix: an earlier line of this request has it.');
      seenPrefixes.add(prefix);
      lookupPrefix = prefix;
    } else if (line.lookup_prefix !== undefined) {
      return refuse('lookup_prefix_malformed', 'lookup_prefix: only bcrypt-hashed keys have one.');
    }
    const importedHash = 'sha256' in hash ? `sha256:${hash.sha256}` : `bcrypt:${hash.bcrypt}`;
    if (seenHashes.has(importedHash))
      return refuse('duplicate_in_request', 'hash: an earlier line of this request has the same hash.');
    seenHashes.add(importedHash);
    let scopes: string | null;
    try {
      scopes = await this.deps.keys.storedScopes(owner, line.scopes, `keys.${index}.scopes`);
    } catch (error) {
      return refuse('unknown_project', error instanceof Error ? error.message : String(error));
    }
    const createdAt = line.created === undefined ? now : Date.parse(line.created);
    return {
      index,
      owner,
      row: {
        id: uuidv7(now),
        userId: owner.id,
        name: line.name,
        hash: 'sha256' in hash ? hash.sha256 : importedHash,
        start: line.start ?? '',
        createdAt,
        expiresAt:
          line.expiration === undefined || line.expiration === null ? null : Date.parse(line.expiration),
        revokedAt: null,
        lastUsedAt: null,
        scopes,
        lineageCreatedAt: createdAt,
        rerolledTo: null,
        importedAt: now,
        importedHash,
        lookupPrefix,
      },
    };
  }

  /**
   * Lookup prefixes where one begins another would make one key two candidates: among a request's
   * lines, each prefix that begins a later one in sorted order refuses the later line.
   */
  private refuseNestedPrefixes(
    prepared: { index: number; row: ApiKeyRow }[],
    refusals: ImportRefusal[],
  ): void {
    const withPrefix = prepared
      .filter((line) => line.row.lookupPrefix !== null)
      .sort((a, b) => ((a.row.lookupPrefix as string) < (b.row.lookupPrefix as string) ? -1 : 1));
    for (let i = 1; i < withPrefix.length; i++) {
      const earlier = withPrefix[i - 1]?.row.lookupPrefix as string;
      const line = withPrefix[i];
      if (line && (line.row.lookupPrefix as string).startsWith(earlier))
        refusals.push({
          index: line.index,
          code: 'lookup_prefix_nested',
          message: 'lookup_prefix: another line’s lookup prefix begins this one; use prefixes of one length.',
        });
    }
  }

  /**
   * The resolver for imported keys (a cache miss): by SHA-256 through the one key lookup; failing that,
   * among at most BCRYPT_CANDIDATES_MAX bcrypt-hashed imports filed under a prefix of the key. A match
   * is stored as SHA-256 at once, so the next lookup is the unique-index read every key gets.
   */
  async resolve(hash: string, secret: string): Promise<CachedResult> {
    const byHash = await this.deps.keys.resolve(hash, '');
    if (byHash.result.ok || byHash.result.reason !== 'unknown') return byHash;
    const candidates = await store.bcryptCandidates(this.deps.db, prefixesOf(secret), BCRYPT_CANDIDATES_MAX);
    for (const candidate of candidates) {
      if (!(await bcrypt.compare(secret, candidate.hash.slice('bcrypt:'.length)))) continue;
      await store.restoreAsSha256(this.deps.db, candidate.id, hash);
      return this.deps.keys.resolve(hash, '');
    }
    return byHash;
  }
}
