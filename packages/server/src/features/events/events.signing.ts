// Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature) and the secrets behind them.
import { createHmac, randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';

/** `whsec_` + base64 of 24 random bytes, as Standard Webhooks libraries expect. */
export const generateWebhookSecret = (): string => SECRET_PREFIX + randomBytes(24).toString('base64');

/** The HMAC key a `whsec_` secret stands for: the base64 after the prefix, decoded. */
export const secretKey = (secret: string): Buffer =>
  Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. */
export function standardSignature(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The headers of one Standard Webhooks delivery; `timestamp` in seconds. */
export function standardHeaders(secret: string, id: string, timestamp: number, body: string) {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': standardSignature(secret, id, timestamp, body),
  };
}

/**
 * The app activation webhook's former scheme, added beside the Standard Webhooks headers only with
 * LATCHKEY_LEGACY_APP_ACTIVATED_SIGNATURE=true, for one release:
 * `x-latchkey-signature: v1=<hex HMAC-SHA256 with the secret's text over "timestamp.body">`.
 */
export function legacyAppHeaders(secret: string, id: string, timestamp: number, body: string) {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return {
    'x-latchkey-timestamp': String(timestamp),
    'x-latchkey-signature': `v1=${mac}`,
    'x-latchkey-delivery': id,
  };
}
