// The console's one way to call the API: same-origin cookie, the CSRF token on every change, errors as values.

/** The API's error body: `{ error: { code, message } }` (docs/openapi.json). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Answer<T> {
  data: T;
  /** X-Total-Count of a list. */
  total: number | undefined;
}

/** Held in memory only: re-read from GET /v0/console/session after a reload, never stored. */
let csrfToken: string | undefined;
let onSessionLost: (() => void) | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when the API says the session is over (401), so the page goes back to sign-in. */
export function whenSessionLost(callback: () => void): void {
  onSessionLost = callback;
}

/**
 * Asked when a change answers 403 step_up_required: resolves true once the session proved its second
 * factor again (the request is then retried once), false when the user gave up.
 */
let onStepUp: ((message: string) => Promise<boolean>) | undefined;

export function whenStepUpNeeded(callback: (message: string) => Promise<boolean>): void {
  onStepUp = callback;
}

export type Query = Record<string, string | number | boolean | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

interface CallOptions {
  body?: unknown;
  /** A raw body and its type (a YAML manifest). */
  raw?: { text: string; type: string };
  /** 401 here is an answer, not a lost session (signing in). */
  expectUnauthenticated?: boolean;
  /** Already retried after a step-up: a second step_up_required is an answer. */
  steppedUp?: boolean;
}

export async function call<T>(method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
  // The marker keeps the browser's own Basic sign-in prompt away from the API's 401s.
  const headers: Record<string, string> = { accept: 'application/json', 'x-latchkey-console': '1' };
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: string | undefined;
  if (options.raw) {
    headers['content-type'] = options.raw.type;
    body = options.raw.text;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiFailure(0, 'network', 'The server could not be reached. Check that it is running.');
  }
  const text = await response.text();
  const parsed = text === '' ? undefined : safeJson(text);
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
    const failure = new ApiFailure(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
    );
    if (response.status === 401 && !options.expectUnauthenticated) onSessionLost?.();
    if (failure.code === 'step_up_required' && onStepUp && !options.steppedUp) {
      if (await onStepUp(failure.message)) return call<T>(method, path, { ...options, steppedUp: true });
    }
    throw failure;
  }
  const total = response.headers.get('x-total-count');
  return { data: parsed as T, total: total === null ? undefined : Number(total) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const get = <T>(path: string, query?: Query) => call<T>('GET', withQuery(path, query));
export const post = <T>(path: string, body?: unknown) => call<T>('POST', path, { body });
export const patch = <T>(path: string, body: unknown) => call<T>('PATCH', path, { body });
export const put = <T>(path: string, body: unknown) => call<T>('PUT', path, { body });
export const del = <T>(path: string) => call<T>('DELETE', path);

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong.';
