// Reads the request's headers into the one credential it presents, nothing, or a precise refusal.
// Four forms carry a key (Benchling, LabKey, Bencher): Basic KEY:, Basic apikey:KEY, `apikey: KEY`, Bearer KEY.
import type { IncomingHttpHeaders } from 'node:http';
import { secretKindOf } from '../lib/crypto/secrets.ts';

export type CredentialForm =
  | 'basic'
  | 'basic_apikey'
  | 'apikey_header'
  | 'bearer'
  // The console's session cookie (auth/cookie-session.ts), read only when the headers present nothing.
  | 'cookie';

export interface Presented {
  form: CredentialForm;
  secret: string;
}

export type PresentResult =
  | { ok: true; presented: Presented | undefined }
  | { ok: false; status: 400 | 401; message: string };

export const ACCEPTED_FORMS =
  'Accepted: "Authorization: Bearer KEY", "Authorization: Basic base64(KEY:)" (curl -u KEY:), ' +
  '"Authorization: Basic base64(apikey:KEY)" (netrc login apikey), or an "apikey: KEY" header.';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const refuse = (message: string): PresentResult => ({
  ok: false,
  status: 401,
  message: `${message} ${ACCEPTED_FORMS}`,
});

function fromAuthorization(value: string): PresentResult {
  // The common form, answered without the regular expression; the same result as the general path.
  if (value.startsWith('Bearer ')) {
    const token = value.slice(7).trim();
    return token === ''
      ? refuse('The Bearer credential is empty.')
      : { ok: true, presented: { form: 'bearer', secret: token } };
  }
  const match = /^(\S+)(?:\s+(.*))?$/.exec(value.trim());
  const scheme = match?.[1]?.toLowerCase();
  const rest = match?.[2]?.trim() ?? '';
  if (scheme === 'bearer') {
    return rest === ''
      ? refuse('The Bearer credential is empty.')
      : { ok: true, presented: { form: 'bearer', secret: rest } };
  }
  if (scheme !== 'basic') return refuse(`The authorization scheme "${scheme ?? ''}" is not supported.`);
  if (!BASE64.test(rest)) return refuse('The Basic credentials are not base64.');
  const decoded = Buffer.from(rest, 'base64').toString('utf8');
  if (decoded.includes('\uFFFD')) return refuse('The Basic credentials are not UTF-8.');
  const colon = decoded.indexOf(':');
  if (colon === -1) return refuse('The Basic credentials have no colon between user name and password.');
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (user.toLowerCase() === 'apikey') {
    return password === ''
      ? refuse('The user name is "apikey" but the password (the key) is empty.')
      : { ok: true, presented: { form: 'basic_apikey', secret: password } };
  }
  if (secretKindOf(user) !== undefined) return { ok: true, presented: { form: 'basic', secret: user } };
  return refuse(
    'The Basic user name must be "apikey" (with the key as password) or the key itself (with an empty password).',
  );
}

export function present(headers: IncomingHttpHeaders): PresentResult {
  const authorization = headers.authorization;
  const apikey = headers.apikey;
  if (Array.isArray(apikey))
    return { ok: false, status: 400, message: 'The apikey header was sent more than once.' };
  const header = apikey?.trim();
  const hasAuthorization = authorization !== undefined && authorization.trim() !== '';
  if (!hasAuthorization) {
    if (header === undefined) return { ok: true, presented: undefined };
    if (header === '') return refuse('The apikey header is empty.');
    return { ok: true, presented: { form: 'apikey_header', secret: header } };
  }
  const fromHeader = fromAuthorization(authorization);
  if (!fromHeader.ok || header === undefined || header === '') return fromHeader;
  if (fromHeader.presented?.secret !== header) {
    return {
      ok: false,
      status: 400,
      message:
        'The request carries two different credentials (Authorization and apikey headers); send exactly one.',
    };
  }
  return fromHeader;
}
