// Credential secrets: `<prefix>` + 30 random base62 + 6 base62 CRC32 (GitHub-style), and their hashes.
import { hash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { encodeBase62, randomBase62 } from './base62.ts';

export const SECRET_PREFIXES = {
  user: 'lk_user_',
  session: 'lk_sess_',
  appSecret: 'lk_secret_',
} as const;
export type SecretKind = keyof typeof SECRET_PREFIXES;

const BODY_LENGTH = 30;
const CHECKSUM_LENGTH = 6;
/** Characters kept after the prefix for display (`start`). */
const START_LENGTH = 4;

const checksum = (prefixAndBody: string): string => encodeBase62(crc32(prefixAndBody), CHECKSUM_LENGTH);

export interface GeneratedSecret {
  plaintext: string;
  hash: string;
  start: string;
}

export function generateSecret(kind: SecretKind): GeneratedSecret {
  const head = SECRET_PREFIXES[kind] + randomBase62(BODY_LENGTH);
  const plaintext = head + checksum(head);
  return { plaintext, hash: hashSecret(plaintext), start: secretStart(plaintext) };
}

// crypto.hash (Node ≥ 20.12) is one call with no Hash object: about a quarter of createHash's cost.
export const hashSecret = (plaintext: string): string => hash('sha256', plaintext, 'hex');

export function secretStart(plaintext: string): string {
  const kind = secretKindOf(plaintext);
  const prefix = kind ? SECRET_PREFIXES[kind] : '';
  return plaintext.slice(0, prefix.length + START_LENGTH);
}

const KINDS = Object.entries(SECRET_PREFIXES) as [SecretKind, string][];

/** Which of our prefixes the value carries, whether or not it is well formed. */
export function secretKindOf(value: string): SecretKind | undefined {
  if (!value.startsWith('lk_')) return undefined;
  // A plain loop over a list made once: this runs on every authenticated request.
  for (const [kind, prefix] of KINDS) {
    if (value.startsWith(prefix)) return kind;
  }
  return undefined;
}

const SHAPES = Object.fromEntries(
  Object.entries(SECRET_PREFIXES).map(([kind, prefix]) => [
    kind,
    new RegExp(`^${prefix}[0-9A-Za-z]{${BODY_LENGTH + CHECKSUM_LENGTH}}$`),
  ]),
) as Record<SecretKind, RegExp>;

export type SecretCheck = { ok: true; kind: SecretKind } | { ok: false; kind: SecretKind | undefined };

/** Shape and checksum, with no lookup: a mistyped or truncated secret is refused here. */
export function checkSecret(value: string): SecretCheck {
  const kind = secretKindOf(value);
  if (!kind || !SHAPES[kind].test(value)) return { ok: false, kind };
  const head = value.slice(0, -CHECKSUM_LENGTH);
  return checksum(head) === value.slice(-CHECKSUM_LENGTH) ? { ok: true, kind } : { ok: false, kind };
}

/**
 * What a key imported from another system may look like: 16 to 256 printable ASCII characters, no
 * whitespace, not starting with `lk_` (ours, checked by checksum) and not shaped as a JWT (three
 * base64url parts joined by dots: tokens are routed by `iss`). Tested after both, so a value is one
 * or the other, never both.
 */
const IMPORTED_SHAPE = /^[\x21-\x7E]{16,256}$/;
export const IMPORTED_KEY_RULE =
  '16 to 256 printable ASCII characters without spaces, not starting with lk_ and not shaped as a JWT';
export const looksImported = (value: string): boolean =>
  IMPORTED_SHAPE.test(value) && !value.startsWith('lk_');
