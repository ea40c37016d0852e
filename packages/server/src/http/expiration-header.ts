// Latchkey-Credential-Expiration: when the credential a request came with expires, as an RFC 9110 HTTP-date.

export const EXPIRATION_HEADER = 'latchkey-credential-expiration';

/** Expiry times are few (one per credential) and repeat on every request: each is formatted once. */
const formatted = new Map<number, string>();
const MAX_ENTRIES = 10_000;

/** The IMF-fixdate of `expiresAt` (epoch ms), e.g. `Sun, 06 Nov 1994 08:49:37 GMT`. */
export function expirationHeader(expiresAt: number): string {
  let value = formatted.get(expiresAt);
  if (value === undefined) {
    // A simple bound: when full, start again (the live credentials' dates come back at once).
    if (formatted.size >= MAX_ENTRIES) formatted.clear();
    value = new Date(expiresAt).toUTCString();
    formatted.set(expiresAt, value);
  }
  return value;
}
