// `latchkey login --device`: RFC 8628 device sign-in; the person approves in the console, the CLI polls for the session.
import { setTimeout as sleep } from 'node:timers/promises';
import { CliError, EXIT } from '../errors.ts';
import { httpFetch } from '../http.ts';
import type { Output } from '../output.ts';
import { VERSION } from '../version.ts';

/** The CLI's client id at every Latchkey server: a public client, with no secret to keep. */
const CLIENT_ID = 'latchkey-cli';
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

interface DeviceAnswer {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete?: string;
  expires_in: number;
  interval?: number;
}

interface OAuthAnswer {
  access_token?: string;
  expires_in?: number;
  error?: string;
  error_description?: string;
}

const postForm = async (
  url: string,
  form: Record<string, string>,
): Promise<{ status: number; body: unknown }> => {
  const response = await httpFetch(
    new Request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        'user-agent': `latchkey-cli/${VERSION}`,
      },
      body: new URLSearchParams(form).toString(),
    }),
  );
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body };
};

/** Signs in through the console: prints the code and page, then polls until approved, denied or expired. */
export async function deviceSignIn(url: string, out: Output): Promise<{ token: string; expiresIn: number }> {
  const started = await postForm(`${url}/v0/oauth/device_authorization`, { client_id: CLIENT_ID });
  const asked = started.body as DeviceAnswer | OAuthAnswer | undefined;
  if (started.status !== 200 || !asked || !('device_code' in asked)) {
    const refusal = asked as OAuthAnswer | undefined;
    throw new CliError(
      `${url} refused the device sign-in (HTTP ${started.status}${refusal?.error ? `, ${refusal.error}: ${refusal.error_description ?? ''}` : ''})`,
    );
  }
  // On stderr: stdout stays for --json's one object.
  out.note(
    `To sign in, open ${asked.verification_uri} and enter the code ${asked.user_code}\n` +
      (asked.verification_uri_complete ? `(or open ${asked.verification_uri_complete})\n` : '') +
      `Waiting for approval (the code expires in ${Math.round(asked.expires_in / 60)} minutes)…\n`,
  );
  let interval = Math.max(1, asked.interval ?? 5);
  const deadline = Date.now() + asked.expires_in * 1000;
  while (Date.now() < deadline) {
    await sleep(interval * 1000);
    const polled = await postForm(`${url}/v0/oauth/token`, {
      grant_type: DEVICE_GRANT,
      device_code: asked.device_code,
      client_id: CLIENT_ID,
    });
    const answer = (polled.body ?? {}) as OAuthAnswer;
    if (polled.status === 200 && answer.access_token)
      return { token: answer.access_token, expiresIn: answer.expires_in ?? 0 };
    if (answer.error === 'authorization_pending') continue;
    // RFC 8628 §3.5: five seconds more from now on.
    if (answer.error === 'slow_down') {
      interval += 5;
      continue;
    }
    if (answer.error === 'access_denied')
      throw new CliError('The sign-in was denied in the console.', EXIT.refused, 'access_denied');
    if (answer.error === 'expired_token')
      throw new CliError(
        'The code expired before it was approved: run the command again.',
        EXIT.error,
        'expired_token',
      );
    throw new CliError(
      `${url} refused the device sign-in (HTTP ${polled.status}${answer.error ? `, ${answer.error}: ${answer.error_description ?? ''}` : ''})`,
    );
  }
  throw new CliError(
    'The code expired before it was approved: run the command again.',
    EXIT.error,
    'expired_token',
  );
}
