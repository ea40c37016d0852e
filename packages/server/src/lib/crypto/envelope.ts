// AES-256-GCM sealing in one self-describing text form: `lk1:<key id>:<iv>:<ciphertext and tag>` (base64url).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'lk1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** Why a sealed value could not be opened; never carries the value or the key. */
export class SealError extends Error {}

/**
 * Encrypts `plaintext` under `key` (32 bytes), bound to `context`: the same text must be given to
 * open it, so a sealed value copied to another row or column does not open.
 */
export function seal(key: Buffer, keyId: string, context: string, plaintext: string | Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}:${keyId}:${iv.toString('base64url')}:${body.toString('base64url')}`;
}

/** The parts of a sealed value, or undefined when the text is not one. */
export function parseSealed(value: string): { keyId: string; iv: Buffer; body: Buffer } | undefined {
  const parts = value.split(':');
  if (parts.length !== 4 || parts[0] !== VERSION) return undefined;
  const [, keyId, iv, body] = parts as [string, string, string, string];
  const ivBytes = Buffer.from(iv, 'base64url');
  const bodyBytes = Buffer.from(body, 'base64url');
  if (!keyId || ivBytes.length !== IV_BYTES || bodyBytes.length < TAG_BYTES) return undefined;
  return { keyId, iv: ivBytes, body: bodyBytes };
}

export const isSealed = (value: string): boolean => value.startsWith(`${VERSION}:`);

/** The id of the key a sealed value was made with (undefined: not a sealed value). */
export const sealedKeyId = (value: string): string | undefined => parseSealed(value)?.keyId;

/** Decrypts what `seal` made with the same key and context; a SealError for anything else. */
export function open(key: Buffer, context: string, value: string): Buffer {
  const parsed = parseSealed(value);
  if (!parsed) throw new SealError('not an encrypted value');
  const decipher = createDecipheriv('aes-256-gcm', key, parsed.iv);
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(parsed.body.subarray(parsed.body.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(parsed.body.subarray(0, parsed.body.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new SealError('does not decrypt: another key, another row, or altered');
  }
}
