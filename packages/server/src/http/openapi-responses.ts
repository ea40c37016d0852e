// What each documented response means and which headers it carries, from the route's status codes and declaration.
import type { FastifySchema } from 'fastify';

type Json = Record<string, unknown>;

/** What the documentation reads of a route's declaration (the auth layer's `Requirement` has each). */
export interface DocumentedRequirement {
  who: string;
  presents?: string;
  createsCredential: boolean;
}

const integer = (description: string) => ({ type: 'integer', minimum: 0, description });

const RATE_LIMIT_HEADERS = {
  'RateLimit-Limit': integer(
    'Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both).',
  ),
  'RateLimit-Remaining': integer('Requests left in the caller’s bucket, when rate limits are on (draft-06).'),
  'RateLimit-Reset': integer(
    'Seconds until the caller’s bucket is full again, when rate limits are on (draft-06).',
  ),
  'RateLimit-Policy': {
    type: 'string',
    description:
      'draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both).',
  },
  RateLimit: {
    type: 'string',
    description:
      'draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both).',
  },
};

/** The headers of a document anyone may read and cache (discovery, the JWKS). */
const PUBLIC_DOCUMENT_HEADERS = {
  ETag: { type: 'string', description: 'The representation’s entity tag; send it back in If-None-Match.' },
  'Cache-Control': { type: 'string', description: 'How long the document may be cached (public, max-age).' },
  'Access-Control-Allow-Origin': { type: 'string', description: '`*`: any origin may read the document.' },
};

const PAGE_HEADERS = {
  'X-Total-Count': integer('How many items match, over every page.'),
  Link: {
    type: 'string',
    description:
      'RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any.',
  },
};

const EXPIRATION = {
  'Latchkey-Credential-Expiration': {
    type: 'string',
    description:
      'When the credential the caller presented expires (an RFC 9110 HTTP-date), for a credential that expires.',
  },
};

/** An answer to a credential with a usage limit (features/limits). */
const USAGE_REMAINING = {
  'X-Latchkey-Remaining': integer(
    'For a key or app with a usage limit: the uses left after this request (0 with 429 usage_exhausted).',
  ),
};

const CACHE_CONTROL = {
  'Cache-Control': {
    type: 'string',
    description:
      '`no-store` (RFC 9111) on an answer that carries a secret, a token or an access decision, so that no cache keeps it.',
  },
};

/** RFC 6749 §5.1: the OAuth endpoints' answers, and a new client secret, are never cached, by HTTP/1.0 caches either. */
const PRAGMA = {
  Pragma: { type: 'string', description: '`no-cache`, beside `Cache-Control: no-store` (RFC 6749 §5.1).' },
};

const ERROR_REF = { $ref: 'Error#' };
const PROBLEM_REF = { $ref: 'Problem#' };

const RETRY_AFTER = { 'Retry-After': integer('Seconds to wait before trying again.') };

const WWW_AUTHENTICATE = {
  'WWW-Authenticate': {
    type: 'string',
    description:
      'RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token.',
  },
};

const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400':
    'The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous.',
  '401':
    'No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate.',
  '403': 'Authenticated, but not allowed: the message names the rule or restriction that refused it.',
  '404': 'Not found, or not visible to the caller (the two are not told apart).',
  '409': 'The request conflicts with the current state: a name already taken, or an object already ended.',
  '413': 'The body is larger than the server accepts (64 KiB).',
  '415': 'The body’s Content-Type is not one this operation reads (application/json).',
  '429': 'Too many requests or failed attempts: retry after Retry-After seconds.',
  '503':
    'Not available right now: the database does not answer, or the usage counter (Redis) that a usage-limited credential spends from cannot be reached; retry after Retry-After seconds.',
};

/** The OAuth endpoints answer in RFC 6749 §5.2 form. */
const OAUTH_DESCRIPTIONS: Record<string, string> = {
  '400': 'An RFC 6749 error: invalid_request, unsupported_grant_type, invalid_scope or unauthorized_client.',
  '401':
    'The client could not be authenticated (invalid_client), or a bearer token was refused (invalid_token); WWW-Authenticate says how to authenticate.',
  '429':
    'temporarily_unavailable: the client’s budget or the failure throttle; retry after Retry-After seconds.',
};

/** The component a `$ref` names ('UserKey#' → 'UserKey'). */
const refName = (schema: Json | undefined): string | undefined =>
  typeof schema?.$ref === 'string' ? schema.$ref.replace(/#.*$/, '') : undefined;

function successDescription(status: string, schema: Json): string {
  const named = refName(schema);
  const items = schema.type === 'array' ? refName(schema.items as Json | undefined) : undefined;
  if (status === '204') return 'Done; there is no body.';
  if (items) return `One page of ${items} objects, in the order asked for.`;
  if (status === '201') return named ? `Created: the new ${named}.` : 'Created.';
  if (named) return `The ${named}.`;
  if (schema.type === 'null') return 'Done; there is no body.';
  return typeof schema.description === 'string' ? schema.description : 'Success.';
}

const isList = (schema: FastifySchema): boolean => {
  const query = schema.querystring as Json | undefined;
  return typeof query?.properties === 'object' && query.properties !== null && 'per_page' in query.properties;
};

/**
 * The route's schema with a description and headers on every response (as @fastify/swagger reads them:
 * `x-response-description`, or `description` beside a `$ref`, and `headers` beside the body schema). Only the document sees the result.
 */
export function describeResponses(
  schema: FastifySchema,
  requirement: DocumentedRequirement,
  method: string | string[],
): FastifySchema {
  const given = schema.response as Record<string, Json> | undefined;
  if (!given) return schema;
  // A charged principal's answers carry its budget; a sign-in's password is not charged.
  const charged = requirement.who !== 'none' && requirement.presents === undefined;
  const list = isList(schema);
  const publicDocument = '304' in given;
  const oauth = Object.values(given).some((body) => refName(body) === 'OAuthError');
  const responses = { ...given };
  // Fastify answers a body it cannot read (too large, another Content-Type) before the route runs, on every
  // method that may carry one, whether or not the route reads it; the OAuth endpoints say both as an RFC 6749
  // invalid_request (a 400).
  const carriesBody = [method].flat().some((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m.toUpperCase()));
  if (carriesBody && !oauth) {
    responses['413'] ??= ERROR_REF;
    responses['415'] ??= ERROR_REF;
  }
  // A usage-limited credential is refused while the counter (Redis) cannot be asked, rather than passed uncounted.
  if (charged && !oauth) responses['503'] ??= ERROR_REF;
  const described: Record<string, Json> = {};
  for (const [status, body] of Object.entries(responses)) {
    const success = status.startsWith('2');
    // Headers the route declares itself (an object schema's properties, or a map of names to schemas).
    const own = (body.headers ?? {}) as Json;
    const headers: Json = { ...((own.properties as Json | undefined) ?? own) };
    if (success && list) Object.assign(headers, PAGE_HEADERS);
    // A refused credential is not charged; at the OAuth endpoints a charged caller's insufficient_scope is a 401 too.
    if (charged && (status !== '401' || oauth))
      Object.assign(headers, RATE_LIMIT_HEADERS, EXPIRATION, USAGE_REMAINING);
    if (status === '429' || (status === '503' && charged)) Object.assign(headers, RETRY_AFTER);
    if (publicDocument && (status === '200' || status === '304'))
      Object.assign(headers, PUBLIC_DOCUMENT_HEADERS);
    else Object.assign(headers, CACHE_CONTROL);
    if (oauth || (success && requirement.createsCredential)) Object.assign(headers, PRAGMA);
    // A malformed or ambiguous credential is a 400 with the challenges too.
    if (status === '401' || (status === '400' && requirement.who !== 'none'))
      Object.assign(headers, WWW_AUTHENTICATE);
    const description = success
      ? successDescription(status, body)
      : status === '304'
        ? 'Not modified: the ETag in If-None-Match is current; there is no body.'
        : ((refName(body) === 'OAuthError' ? OAUTH_DESCRIPTIONS[status] : undefined) ??
          ERROR_DESCRIPTIONS[status] ??
          'The request failed.');
    // The usual error body, or RFC 9457 problem details for a client whose Accept asks for them.
    const { headers: _own, ...rest } = body;
    const content =
      refName(body) === 'Error'
        ? {
            content: {
              'application/json': { schema: rest },
              'application/problem+json': { schema: PROBLEM_REF },
            },
          }
        : rest;
    described[status] = {
      ...content,
      // A referenced body's own description would be taken otherwise.
      ...(refName(body) ? { description } : {}),
      'x-response-description': description,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
    };
  }
  return { ...schema, response: described };
}
