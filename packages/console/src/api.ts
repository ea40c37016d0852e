// The console's one way to call the API: openapi-fetch typed by the contract (@latchkey/sdk/contract), so a change to
// the API breaks this package's type check. One middleware: the console's marker, the CSRF token on every change,
// a lost session, the step-up prompt, and every failure thrown as an ApiFailure (a call that returns has its data).
import type { components, paths } from '@latchkey/sdk/contract';
import createClient, { type Middleware } from 'openapi-fetch';

/** The API's shapes by name: `Schemas['UserKey']`, `Schemas['App']`… */
export type Schemas = components['schemas'];

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
 * factor again (the request is then sent once more), false when the user gave up.
 */
let onStepUp: ((message: string) => Promise<boolean>) | undefined;

export function whenStepUpNeeded(callback: (message: string) => Promise<boolean>): void {
  onStepUp = callback;
}

const SAFE = new Set(['GET', 'HEAD']);

async function failureOf(response: Response): Promise<ApiFailure> {
  const text = await response.text().catch(() => '');
  let error: { code?: string; message?: string } | undefined;
  try {
    error = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
  } catch {
    error = undefined;
  }
  return new ApiFailure(
    response.status,
    error?.code ?? 'http_error',
    error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
  );
}

/** `expectUnauthenticated`: a 401 is an answer (signing in), not a lost session. */
function consoleMiddleware(expectUnauthenticated: boolean): Middleware {
  // What each change sent, to send once more after a step-up. Its body is read as text rather than cloned:
  // Chromium never sends a Request whose body was teed by clone() while the copy stays unread.
  const changes = new Map<
    string,
    { url: string; method: string; headers: Headers; body: string | undefined }
  >();
  const prepare = (url: string, init: { method: string; headers: Headers; body: string | undefined }) => {
    // The marker keeps the browser's own Basic sign-in prompt away from the API's 401s.
    init.headers.set('x-latchkey-console', '1');
    if (!init.headers.has('accept')) init.headers.set('accept', 'application/json');
    if (!SAFE.has(init.method) && csrfToken) init.headers.set('x-csrf-token', csrfToken);
    return new Request(url, { ...init, credentials: 'same-origin', cache: 'no-store' });
  };
  return {
    async onRequest({ request, id }) {
      const sent = {
        url: request.url,
        method: request.method,
        headers: new Headers(request.headers),
        body: request.body ? await request.text() : undefined,
      };
      if (!SAFE.has(sent.method)) changes.set(id, sent);
      return prepare(sent.url, sent);
    },
    async onResponse({ response, id, options }) {
      const sent = changes.get(id);
      changes.delete(id);
      if (response.ok) return response;
      let failure = await failureOf(response);
      if (response.status === 401 && !expectUnauthenticated) onSessionLost?.();
      if (failure.code === 'step_up_required' && sent && onStepUp && (await onStepUp(failure.message))) {
        // Called on its own: the browser's fetch refuses to run as a method of another object (Illegal invocation).
        const send = options.fetch;
        const again = await send(prepare(sent.url, sent));
        if (again.ok) return again;
        failure = await failureOf(again);
        if (again.status === 401 && !expectUnauthenticated) onSessionLost?.();
      }
      throw failure;
    },
    onError() {
      return new ApiFailure(0, 'network', 'The server could not be reached. Check that it is running.');
    },
  };
}

/** Query values left out when undefined or empty (an empty search box is no filter); arrays repeat the name. */
export function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    for (const item of Array.isArray(value) ? value : [value])
      if (item !== undefined && item !== null && item !== '') params.append(name, String(item));
  return params.toString();
}

function consoleClient(expectUnauthenticated: boolean) {
  const client = createClient<paths>({
    baseUrl: globalThis.location?.origin ?? '',
    credentials: 'same-origin',
    cache: 'no-store',
    querySerializer,
  });
  client.use(consoleMiddleware(expectUnauthenticated));
  return client;
}

/** The signed-in console's client: `await ok(api.GET('/v0/users/{user}/keys', { params: { path: { user } } }))`. */
export const api = consoleClient(false);

/** For signing in and out, where a 401 is an answer rather than a session that ended. */
export const signInApi = consoleClient(true);

/** The data of a call (a failure has already thrown); undefined for a 204. */
export async function ok<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await call).data as T;
}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong.';
