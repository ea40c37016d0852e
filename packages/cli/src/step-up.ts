// A fetch that answers 403 step_up_required by asking the person for their second factor (on a terminal),
// proving it for the session (POST /v0/auth/step-up), and retrying the request once.
import { promptLine } from './prompt.ts';

type Fetch = (request: Request) => Promise<Response>;

/** Without a terminal the refusal stands: a script gets the 403 and its message. */
export function withStepUp(
  fetch: Fetch,
  ask: () => Promise<string> = askForCode,
  terminal: () => boolean = () => process.stdin.isTTY === true,
): Fetch {
  return async (request) => {
    // The body is read once to send it twice: only requests that change something carry one, and they are small.
    const body = request.body ? await request.arrayBuffer() : undefined;
    const send = () => fetch(new Request(request, body === undefined ? {} : { body }));
    const response = await send();
    if (response.status !== 403 || !terminal()) return response;
    const text = await response.clone().text();
    if (!text.includes('"step_up_required"')) return response;
    const message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? '';
    process.stderr.write(`${message.replace(/: POST .*$/, '.')}\n`);
    const answer = (await ask()).trim();
    const proof = /^\d{6,8}$/.test(answer) ? { code: answer } : { recovery_code: answer };
    const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
    const authorization = request.headers.get('authorization');
    if (authorization) headers.set('authorization', authorization);
    const stepped = await fetch(
      new Request(new URL('/v0/auth/step-up', request.url), {
        method: 'POST',
        headers,
        body: JSON.stringify(proof),
      }),
    );
    // A refused code is the answer the person sees (its message says why).
    if (!stepped.ok) return stepped;
    return send();
  };
}

const askForCode = () => promptLine('Authenticator code (or a recovery code): ');
