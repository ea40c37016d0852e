// Reads a request into the one credential it presents, nothing, or a precise refusal.
// Four forms carry a key (Benchling, LabKey, Bencher): Basic KEY:, Basic apikey:KEY, `apikey: KEY`, Bearer KEY.
// The OAuth endpoints also read a client's id and secret (RFC 6749 §2.3.1), and sign-in an email and password.
import type { IncomingHttpHeaders } from 'node:http';
import { looksImported, secretKindOf } from '../lib/crypto/secrets.ts';
import { type FormParams, REPEATED } from '../lib/form.ts';
import { carriesWorkloadToken } from './client-assertion.ts';

/** How a key or token came; `cookie`: the console's session cookie (auth/cookie-session.ts), read only when the headers present nothing. */
export type KeyForm = 'basic' | 'basic_apikey' | 'apikey_header' | 'bearer' | 'cookie';
export type ClientForm = 'client_secret_basic' | 'client_secret_post';
export type CredentialForm = KeyForm | ClientForm | 'password';

export type Presented =
  | { form: KeyForm; secret: string }
  /** An app's client id and secret, at the OAuth endpoints. */
  | { form: ClientForm; clientId: string; secret: string }
  /** An email and password, at sign-in. */
  | { form: 'password'; email: string; secret: string };

export type PresentResult =
  | {
      ok: true;
      presented: Presented | undefined;
      /** The device grant's public client, or a workload token: no client credential, and the handler checks what came. */
      publicClient?: true;
    }
  /** `ambiguous`: two credentials (400); `unreadable`: one that cannot be read (401). */
  | { ok: false; reason: 'ambiguous' | 'unreadable'; message: string; form?: CredentialForm };

export const ACCEPTED_FORMS =
  'Accepted: "Authorization: Bearer KEY", "Authorization: Basic base64(KEY:)" (curl -u KEY:), ' +
  '"Authorization: Basic base64(apikey:KEY)" (netrc login apikey), or an "apikey: KEY" header.';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** Schemes other clients send, which a refusal may name (RFC 9110 registry and common ones). */
const KNOWN_SCHEMES = new Set([
  'digest',
  'negotiate',
  'ntlm',
  'hoba',
  'mutual',
  'token',
  'apikey',
  'dpop',
  'aws4-hmac-sha256',
]);

const refuse = (message: string): PresentResult => ({
  ok: false,
  reason: 'unreadable',
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
  if (scheme !== 'basic') {
    // A key sent without a scheme would be its own "scheme": never echo what may be a secret.
    const named = scheme !== undefined && KNOWN_SCHEMES.has(scheme) ? ` "${scheme}"` : '';
    return refuse(
      named
        ? `The authorization scheme${named} is not supported.`
        : 'The Authorization header must start with a scheme (Bearer or Basic).',
    );
  }
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
  // A key imported from another system has no prefix to recognise it by: the empty password says it is one.
  if (password === '' && looksImported(user)) return { ok: true, presented: { form: 'basic', secret: user } };
  return refuse(
    'The Basic user name must be "apikey" (with the key as password) or the key itself (with an empty password).',
  );
}

export function present(headers: IncomingHttpHeaders): PresentResult {
  const authorization = headers.authorization;
  const apikey = headers.apikey;
  if (Array.isArray(apikey))
    return { ok: false, reason: 'ambiguous', message: 'The apikey header was sent more than once.' };
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
      reason: 'ambiguous',
      message:
        'The request carries two different credentials (Authorization and apikey headers); send exactly one.',
    };
  }
  return fromHeader;
}

/** `application/x-www-form-urlencoded` decoding of the id and secret inside Basic (RFC 6749 §2.3.1). */
function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

const clientRefusal = (
  reason: 'ambiguous' | 'unreadable',
  form: ClientForm,
  message: string,
): PresentResult => ({ ok: false, reason, form, message });

/**
 * At the OAuth endpoints: the client's id and secret from HTTP Basic or the form body, never both.
 * `orBearer` (introspection, revocation): without client authentication, an administrator's own
 * credential in any of the usual forms.
 */
export function presentClient(
  headers: IncomingHttpHeaders,
  form: FormParams,
  orBearer: boolean,
): PresentResult {
  const repeated = form[REPEATED]?.filter((name) => name === 'client_id' || name === 'client_secret');
  if (repeated && repeated.length > 0)
    return clientRefusal(
      'ambiguous',
      'client_secret_post',
      `Parameters given more than once: ${repeated.join(', ')}.`,
    );
  const bodySecret = form.client_secret;
  const bodyId = form.client_id;
  const authorization = headers.authorization?.trim() ?? '';
  const space = authorization.indexOf(' ');
  const scheme = (space === -1 ? authorization : authorization.slice(0, space)).toLowerCase();
  if (authorization !== '' && scheme === 'basic') {
    if (bodySecret !== undefined)
      return clientRefusal(
        'ambiguous',
        'client_secret_basic',
        'The client authenticated twice (Authorization header and client_secret); use one method.',
      );
    const value = authorization.slice(space + 1).trim();
    const decoded = BASE64.test(value) ? Buffer.from(value, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    const clientId = colon > 0 ? formDecode(decoded.slice(0, colon)) : undefined;
    const secret = colon > 0 ? formDecode(decoded.slice(colon + 1)) : undefined;
    if (!clientId || secret === undefined)
      return clientRefusal(
        'unreadable',
        'client_secret_basic',
        'The Basic credentials are not base64 of client_id:client_secret (each form-urlencoded).',
      );
    if (bodyId !== undefined && bodyId !== clientId)
      return clientRefusal(
        'ambiguous',
        'client_secret_basic',
        'client_id in the body differs from the one in the Authorization header.',
      );
    return { ok: true, presented: { form: 'client_secret_basic', clientId, secret } };
  }
  // RFC 8628's device grant is for a public client (the CLI): its client_id alone is no credential, and
  // the token endpoint checks it against the one public client.
  if (form.grant_type === DEVICE_GRANT && bodySecret === undefined && authorization === '')
    return { ok: true, presented: undefined, publicClient: true };
  // A workload's own token (an app's federated credentials): the token exchange checks it and the app.
  if (bodySecret === undefined && authorization === '' && carriesWorkloadToken(form))
    return { ok: true, presented: undefined, publicClient: true };
  if (bodyId !== undefined || bodySecret !== undefined) {
    if (authorization !== '' || headers.apikey !== undefined)
      return clientRefusal(
        'ambiguous',
        'client_secret_post',
        'The request carries two credentials (client_secret in the body and an Authorization or apikey header); send exactly one.',
      );
    if (!bodyId || bodySecret === undefined)
      return clientRefusal(
        'unreadable',
        'client_secret_post',
        'client_secret_post needs both client_id and client_secret.',
      );
    return { ok: true, presented: { form: 'client_secret_post', clientId: bodyId, secret: bodySecret } };
  }
  if (orBearer) return present(headers);
  if (authorization !== '')
    return clientRefusal(
      'unreadable',
      'client_secret_basic',
      'Client authentication uses HTTP Basic (client_secret_basic) or the form body (client_secret_post).',
    );
  return { ok: true, presented: undefined };
}

const EMAIL_MAX = 254;
const PASSWORD_MAX = 1024;

/**
 * At sign-in: the email and password of the JSON body. A body of another shape presents nothing and is
 * refused by the route's schema, which names the field.
 */
export function presentPassword(body: unknown): PresentResult {
  if (typeof body !== 'object' || body === null) return { ok: true, presented: undefined };
  const { email, password } = body as { email?: unknown; password?: unknown };
  if (typeof email !== 'string' || typeof password !== 'string') return { ok: true, presented: undefined };
  if (email.length > EMAIL_MAX || password.length === 0 || password.length > PASSWORD_MAX)
    return { ok: true, presented: undefined };
  return { ok: true, presented: { form: 'password', email, secret: password } };
}
