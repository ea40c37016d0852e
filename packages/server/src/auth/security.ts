// Each route's OpenAPI `security`, derived from its declaration, and the schemes it names.
import type { Requirement } from './requirement.ts';

/** One scheme per way a credential is accepted (docs/architecture.md, the pipeline's Present step). */
export const SECURITY_SCHEMES = {
  bearer: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A user API key (lk_user_…), a session key (lk_sess_…), a session token, an app access token, or an id token from a trusted identity provider.',
  },
  basic: {
    type: 'http',
    scheme: 'basic',
    description:
      'A key as Basic credentials: the key as user name with an empty password (curl -u KEY:), or the user name "apikey" with the key as password (netrc).',
  },
  apikey: { type: 'apiKey', in: 'header', name: 'apikey', description: 'A key in the apikey header.' },
  oauth2: {
    type: 'oauth2',
    description: 'An app’s access token, from the client credentials grant.',
    flows: { clientCredentials: { tokenUrl: '/v0/oauth/token', scopes: { api: 'The Latchkey API' } } },
  },
  clientSecretBasic: {
    type: 'http',
    scheme: 'basic',
    description:
      'An app’s client id and secret (client_secret_basic); the OAuth endpoints also take them as client_id and client_secret in the form body (client_secret_post), or a client_assertion signed with a key registered for the app (private_key_jwt, RFC 7523).',
  },
} as const;

type Scheme = keyof typeof SECURITY_SCHEMES;
type Security = Partial<Record<Scheme, string[]>>[];

const each = (...schemes: Scheme[]): Security => schemes.map((scheme) => ({ [scheme]: [] }));

const BY_WHO: Record<Requirement['who'], Security> = {
  none: [],
  any: each('bearer', 'basic', 'apikey', 'oauth2'),
  // A session comes only as a Bearer session token.
  session: each('bearer'),
  // Apps are never administrators.
  admin: each('bearer', 'basic', 'apikey'),
  client: each('clientSecretBasic'),
  client_or_admin: each('clientSecretBasic', 'bearer', 'apikey'),
};

/**
 * A route that creates a credential takes a session (a Bearer session token); a reroll also takes the key
 * itself. An optional credential adds OpenAPI's empty requirement: the route answers without one too.
 */
export const securityOf = (requirement: Requirement): Security => {
  const security =
    requirement.createsCredential && requirement.itself === undefined
      ? BY_WHO.session
      : BY_WHO[requirement.who];
  return requirement.optional ? [...security, {}] : security;
};
