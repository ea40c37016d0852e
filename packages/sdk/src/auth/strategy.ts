// What an auth strategy is: the headers for the next request, and whether a refusal is worth one fresh try.

export interface AuthContext {
  /** The client's base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** Sends without the client's credential (for sign-in, discovery and token requests); non-2xx throws. */
  send(request: Request, retry?: boolean): Promise<Response>;
}

export interface AuthStrategy {
  /** A short name for messages and logs (never the secret). */
  readonly kind: 'api_key' | 'client_credentials' | 'session' | 'netrc';
  /** The headers that carry the credential; may fetch (and cache) a token first. */
  authorize(context: AuthContext): Promise<Record<string, string>>;
  /**
   * Called once on a 401 invalid_token, with the headers the refused request carried: get a fresh
   * credential unless another request already did. True when the request should be sent again (a token
   * or session can be renewed); a key cannot, so key strategies have no refresh.
   */
  refresh?(context: AuthContext, refused: Record<string, string>): Promise<boolean>;
}

/** A credential that is about to go into a header: no line breaks or spaces that could split or bend it. */
export function checkSecret(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw new TypeError(`${what} must be a non-empty string`);
  if ([...value].some((c) => c <= ' ' || c === '\u007f'))
    throw new TypeError(`${what} contains spaces or control characters; check how it was copied`);
  return value;
}

export const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
