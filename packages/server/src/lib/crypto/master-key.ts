// The master key: 32 random bytes, written as base64; only ever wraps data keys. Its bytes never print.
import { hash, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { KEY_BYTES } from './envelope.ts';

export class MasterKey {
  /** A fingerprint that names the key in data-key rows and messages; reveals nothing of it. */
  readonly id: string;
  readonly #bytes: Buffer;

  private constructor(bytes: Buffer) {
    this.#bytes = bytes;
    this.id = `mk_${hash('sha256', Buffer.concat([Buffer.from('latchkey master key id\0'), bytes]), 'hex').slice(0, 16)}`;
  }

  static generate(): MasterKey {
    return new MasterKey(randomBytes(KEY_BYTES));
  }

  /** The key from its base64 text, or why it is not one (the text is never repeated). */
  static parse(text: string): MasterKey | { problem: string } {
    const trimmed = text.trim();
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed))
      return { problem: `must be ${KEY_BYTES} random bytes written as base64; it is not base64` };
    const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length !== KEY_BYTES)
      return {
        problem: `must be ${KEY_BYTES} random bytes written as base64; it decodes to ${bytes.length} bytes`,
      };
    return new MasterKey(bytes);
  }

  /** The bytes, for wrapping and unwrapping data keys only. */
  bytes(): Buffer {
    return this.#bytes;
  }

  /** As a key file holds it. */
  toBase64(): string {
    return this.#bytes.toString('base64');
  }

  toJSON(): string {
    return `[master key ${this.id}]`;
  }

  [inspect.custom](): string {
    return this.toJSON();
  }

  toString(): string {
    return this.toJSON();
  }
}

/** The master key a setting names, and which setting it came from. */
export interface ConfiguredMasterKey {
  key: MasterKey;
  setting: 'LATCHKEY_MASTER_KEY' | 'LATCHKEY_MASTER_KEY_FILE';
}
