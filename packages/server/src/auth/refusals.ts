// The one refusal table: every reason a credential is refused, with its code, message and challenges.
import { secretKindOf } from '../lib/crypto/secrets.ts';
import { ApiError, type ErrorCode } from '../lib/errors.ts';
import type { CredentialForm, KeyForm } from './present.ts';
import type { AuthFailureReason, CredentialKind } from './principal.ts';

/** Why a request was refused before or while its credential was checked. */
export type RefusalReason =
  | AuthFailureReason
  /** No credential at all on a route that needs one. */
  | 'missing'
  /** A credential header that cannot be read (the detail says why). */
  | 'unreadable'
  /** Two different credentials in one request. */
  | 'ambiguous';

/** What was refused, as the caller knows it: the message names it. */
type Noun = CredentialKind | 'credential';

/** What each kind of credential is called in messages. */
export const NOUNS: Record<Noun, string> = {
  user_key: 'API key',
  session_key: 'session key',
  session: 'session',
  app_token: 'access token',
  oidc: 'id token',
  client_secret: 'client secret',
  password: 'password',
  federated: 'workload token',
  credential: 'credential',
};

/** What to do next, for each kind of credential. */
const RENEW: Record<Noun, string> = {
  user_key: 'Create a new API key.',
  session_key: 'Sign in again and create a new session key.',
  session: 'Sign in again.',
  app_token: 'Request a new access token from the token endpoint.',
  oidc: 'Get a new id token from your identity provider.',
  client_secret: 'Ask an administrator of the app for a new client secret.',
  password: 'Reset the password with an administrator.',
  federated: 'Get a fresh token from the workload’s platform.',
  credential: 'Present a valid credential.',
};

interface RefusalRecord {
  code: ErrorCode;
  message(noun: Noun, detail: string | undefined): string;
}

const notAccepted = (noun: Noun): string =>
  noun === 'password'
    ? 'The email or password is incorrect.'
    : noun === 'client_secret'
      ? 'Client authentication failed: unknown client, wrong or replaced secret, or archived app.'
      : `The ${NOUNS[noun]} was not accepted. Check that it was copied whole and has not been revoked or expired.`;

const NOT_ACCEPTED: RefusalRecord = { code: 'invalid_credentials', message: notAccepted };

/**
 * Complete: a reason without a record fails the type check. A code other than `invalid_credentials`
 * tells the caller why; that is only for callers who proved they hold a genuine secret (expired,
 * revoked, suspended), and for tokens, which describe themselves, so naming the failed check leaks nothing.
 */
const REFUSALS: Record<RefusalReason, RefusalRecord> = {
  missing: { code: 'authentication_required', message: () => 'This endpoint requires a credential.' },
  unreadable: {
    code: 'invalid_credentials',
    message: (_noun, detail) => detail ?? 'The credential is unreadable.',
  },
  ambiguous: {
    code: 'ambiguous_credentials',
    message: (_noun, detail) => detail ?? 'The request carries two different credentials; send exactly one.',
  },
  malformed: {
    code: 'malformed_credential',
    message: (noun) =>
      `The ${noun === 'credential' ? 'credential' : NOUNS[noun]} is not a well-formed Latchkey ${noun === 'credential' ? 'key' : NOUNS[noun]}: it may be truncated or have extra characters. Copy it whole again.`,
  },
  unknown: NOT_ACCEPTED,
  app_inactive: NOT_ACCEPTED,
  throttled: NOT_ACCEPTED,
  expired: {
    code: 'credential_expired',
    message: (noun) => `This ${NOUNS[noun]} has expired. ${RENEW[noun]}`,
  },
  revoked: {
    code: 'credential_revoked',
    message: (noun) => `This ${NOUNS[noun]} was revoked and can never be used again. ${RENEW[noun]}`,
  },
  imported_ended: {
    code: 'imported_keys_ended',
    message: () =>
      'This API key was imported from the system Latchkey replaced, and imported keys stopped working on this site (setting imported_keys_until). Create a new API key.',
  },
  suspended: {
    code: 'user_suspended',
    message: (noun) =>
      noun === 'password'
        ? 'This account is suspended. Contact an administrator.'
        : `The account this ${NOUNS[noun]} belongs to is suspended. Contact an administrator.`,
  },
  session_ended: {
    code: 'session_ended',
    message: (noun) =>
      noun === 'session_key'
        ? 'The session this session key belongs to has ended. Sign in again and create a new session key.'
        : 'This session has ended. Sign in again.',
  },
  untrusted_issuer: {
    code: 'untrusted_issuer',
    message: () =>
      'The token’s issuer (iss) is not a trusted identity provider. An administrator can add it at /v0/admin/identity-providers.',
  },
  bad_signature: {
    code: 'bad_signature',
    message: () =>
      'The token’s signature does not verify with its issuer’s published keys, or it uses an algorithm that is not allowed.',
  },
  token_expired: {
    code: 'token_expired',
    message: (noun) =>
      `The ${noun === 'credential' ? 'token' : NOUNS[noun]} has expired (exp). ${RENEW[noun === 'credential' ? 'oidc' : noun]}`,
  },
  token_not_yet_valid: {
    code: 'token_not_yet_valid',
    message: () =>
      'The token is not valid yet (its nbf or iat is in the future). Check the clocks of the token’s issuer and this client.',
  },
  wrong_audience: {
    code: 'wrong_audience',
    message: () =>
      'The token was issued to another client: its aud (or azp) is not the audience configured for this identity provider.',
  },
  email_not_verified: {
    code: 'email_not_verified',
    message: () => 'The identity provider says the token’s email is not verified (email_verified is false).',
  },
  email_claim_missing: {
    code: 'email_claim_missing',
    message: () =>
      'The token carries no email in the claim this identity provider is configured to use (email_claim). Configure the provider to include it.',
  },
  user_not_found: {
    code: 'user_not_found',
    message: () =>
      'No Latchkey user has this token’s email: the user must sign in to Latchkey first or be created by an administrator.',
  },
  subject_mismatch: {
    code: 'subject_mismatch',
    message: () =>
      'This email is bound to a different account (sub) at this identity provider, so the token cannot act for it. Ask an administrator.',
  },
  invalid_id_token: {
    code: 'invalid_id_token',
    message: () =>
      'The token is not a usable id token: it must be a JWT (typ JWT, if set) with a string sub and numeric exp and iat.',
  },
  idp_unavailable: {
    code: 'idp_unavailable',
    message: () =>
      'The identity provider’s signing keys could not be fetched and the token’s key is not among those already known. Try again later.',
  },
};

type Scheme = 'bearer' | 'basic' | 'apikey';

/** RFC 7235 challenges, one for each scheme a key may come in. */
const CHALLENGE: Record<Scheme, string> = {
  bearer: 'Bearer realm="latchkey"',
  basic: 'Basic realm="latchkey", charset="UTF-8"',
  apikey: 'apikey realm="latchkey", header="apikey"',
};
/** RFC 6750 §3.1: a bearer credential was presented and refused. */
export const BEARER_INVALID_TOKEN = 'Bearer realm="latchkey", error="invalid_token"';

/**
 * The scheme each form of presenting a key answers to. A gateway may keep only the first of several
 * `WWW-Authenticate` headers (nginx 1.22's `auth_request` does), so the caller's own scheme comes first.
 * The `apikey` header answers to its own challenge, which names the header a script sets. The console's
 * cookie is a session, which is also accepted as Bearer.
 */
const SCHEME_OF: Record<KeyForm, Scheme> = {
  bearer: 'bearer',
  cookie: 'bearer',
  basic: 'basic',
  basic_apikey: 'basic',
  apikey_header: 'apikey',
};

/**
 * Without a credential, Bearer first: it is the one scheme every credential is accepted in (keys,
 * session keys, sessions, access tokens, id tokens), so a gateway that keeps only the first challenge
 * still names one that works for any caller; Basic next (curl -u, netrc), then the apikey header.
 */
const DEFAULT_ORDER: readonly Scheme[] = ['bearer', 'basic', 'apikey'];

function ordered(first: Scheme | undefined, invalidToken: boolean): string[] {
  const schemes = first ? [first, ...DEFAULT_ORDER.filter((scheme) => scheme !== first)] : DEFAULT_ORDER;
  return schemes.map((scheme) =>
    scheme === 'bearer' && invalidToken ? BEARER_INVALID_TOKEN : CHALLENGE[scheme],
  );
}

const isKeyForm = (form: CredentialForm | undefined): form is KeyForm =>
  form !== undefined && Object.hasOwn(SCHEME_OF, form);

const PLAIN = new Map<Scheme | undefined, string[]>();
const REFUSED = new Map<Scheme | undefined, string[]>();
for (const first of [undefined, ...DEFAULT_ORDER]) {
  PLAIN.set(first, ordered(first, false));
  REFUSED.set(first, ordered(first, true));
}

/**
 * The one mapping from how the caller came to the challenges of a 401, its own scheme first.
 * `refused`: a credential was presented and refused, so Bearer's challenge says `error="invalid_token"`.
 */
export function challengesFor(form: CredentialForm | undefined, refused = false): string[] {
  const first = isKeyForm(form) ? SCHEME_OF[form] : undefined;
  return (refused ? REFUSED : PLAIN).get(first) ?? ordered(first, refused);
}

/** A refused authentication: the API's error, plus what the OAuth endpoints need to render it their way. */
export class Refusal extends ApiError {
  constructor(
    readonly reason: RefusalReason,
    /** How the refused credential came; undefined when none did. */
    readonly form: CredentialForm | undefined,
    code: ErrorCode,
    message: string,
    headers: Record<string, string | string[]>,
    status?: number,
  ) {
    super(code, message, headers, status);
  }
}

export interface RefusedCredential {
  form?: CredentialForm;
  /** The presented secret, only to tell its kind by its prefix (never kept). */
  secret?: string;
  /** The kind, when the resolver that refused it knows it (a JWT's issuer said). */
  kind?: CredentialKind;
  /** The presentation's own explanation (unreadable, ambiguous). */
  detail?: string;
}

const KIND_OF_PREFIX = { user: 'user_key', session: 'session_key', appSecret: 'client_secret' } as const;

function nounOf(refused: RefusedCredential): Noun {
  if (refused.kind) return refused.kind;
  if (refused.form === 'password') return 'password';
  if (refused.form === 'client_secret_basic' || refused.form === 'client_secret_post') return 'client_secret';
  const prefix = refused.secret === undefined ? undefined : secretKindOf(refused.secret);
  return prefix ? KIND_OF_PREFIX[prefix] : 'credential';
}

/** The refusal for a reason, naming the credential that was refused and challenging the way it came. */
export function refuse(reason: RefusalReason, refused: RefusedCredential = {}): Refusal {
  const record = REFUSALS[reason];
  const { form, secret } = refused;
  const message = record.message(nounOf(refused), refused.detail);
  const isJwt = secret !== undefined && secretKindOf(secret) === undefined;
  // A refused token was a Bearer JWT: RFC 6750's one challenge. A key may come in any of the forms.
  const challenges = isJwt || refused.kind === 'app_token' ? BEARER_INVALID_TOKEN : challengesFor(form, true);
  if (reason === 'malformed') {
    // RFC 6750: a refused Bearer credential is a 401 invalid_token, whatever was wrong with it.
    return form === 'bearer'
      ? new Refusal(reason, form, record.code, message, { 'www-authenticate': challenges }, 401)
      : new Refusal(reason, form, record.code, message, {});
  }
  if (form === 'password') return new Refusal(reason, form, record.code, message, {});
  if (reason === 'missing' || reason === 'unreadable' || reason === 'ambiguous')
    return new Refusal(reason, form, record.code, message, { 'www-authenticate': challengesFor(form) });
  return new Refusal(reason, form, record.code, message, { 'www-authenticate': challenges });
}

/**
 * 429 for an address that failed too often (its credentials that already worked there still pass), or
 * for an account waiting out its back-off (addresses it signed in from still pass).
 */
export function throttled(
  retryAfterSeconds: number,
  form?: CredentialForm,
  what: 'address' | 'account' = 'address',
): Refusal {
  const attempts =
    what === 'account'
      ? 'Too many failed sign-in attempts for this account'
      : 'Too many failed authentication attempts from this address';
  return new Refusal(
    'throttled',
    form,
    'rate_limited',
    `${attempts}; try again in ${retryAfterSeconds} seconds.`,
    { 'retry-after': String(retryAfterSeconds) },
  );
}
