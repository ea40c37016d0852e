// One error class for every failure the API reports: Latchkey's error bodies and RFC 6749 ones alike.
import type { components } from './generated/openapi.ts';

/** Latchkey's closed set of error codes (from the contract), or an RFC 6749 error from the OAuth endpoints. */
export type ErrorCode =
  | components['schemas']['Error']['error']['code']
  | components['schemas']['OAuthError']['error']
  /** The server answered with something that is not an error body (a proxy's page, an empty 502). */
  | 'unexpected_response'
  /** No answer came: the connection failed or was cut. */
  | 'network_error'
  /** No answer came within the client's `timeoutMs`. */
  | 'timeout';

export class LatchkeyError extends Error {
  override readonly name = 'LatchkeyError';
  constructor(
    /** The HTTP status (0 when no answer came). */
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** The server's request id (X-Request-Id), to find the request in its logs. */
    readonly requestId: string | undefined,
    /** Seconds the server asked to wait (Retry-After), on a 429 or 503. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /**
   * The error a non-2xx response describes; reads (and so consumes) its body. `now` (ms) is what an
   * HTTP-date Retry-After is read against.
   */
  static async fromResponse(response: Response, now: number = Date.now()): Promise<LatchkeyError> {
    const requestId = response.headers.get('x-request-id') ?? undefined;
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'), now);
    const text = await response.text().catch(() => '');
    const body = parseJson(text);
    if (isLatchkeyBody(body)) {
      const { code, message, request_id } = body.error;
      return new LatchkeyError(response.status, code, message, request_id ?? requestId, retryAfter);
    }
    if (isOAuthBody(body)) {
      const message = body.error_description ?? body.error;
      return new LatchkeyError(response.status, body.error, message, requestId, retryAfter);
    }
    const what = response.statusText ? `${response.status} ${response.statusText}` : String(response.status);
    return new LatchkeyError(
      response.status,
      'unexpected_response',
      `The server answered ${what} without an error body`,
      requestId,
      retryAfter,
    );
  }
}

/** Retry-After as seconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isLatchkeyBody(body: unknown): body is components['schemas']['Error'] {
  return isObject(body) && isObject(body.error) && typeof body.error.code === 'string';
}

function isOAuthBody(body: unknown): body is components['schemas']['OAuthError'] {
  return isObject(body) && typeof body.error === 'string';
}
