// The key walkthrough written against a client that @hey-api/openapi-ts generates from docs/openapi.json into
// ./gen (the interop test generates it, compiles this file with it under tsc --strict, and runs it): sign in,
// create a key, call whoami with it, revoke it, and see the next whoami refused. Excluded from the
// repository's tsconfig: ./gen exists only in the test's temporary directory.
import { createClient } from './gen/client/index.js';
import { createUserKey, login, revokeUserKey, whoami } from './gen/index.js';

const [baseUrl, email, password, user] = process.argv.slice(2) as [string, string, string, string];

const signedIn = await login({
  client: createClient({ baseUrl }),
  body: { email, password },
  throwOnError: true,
});
// The sign-in answers a session, or that a second factor is owed (this user has none).
if (!('token' in signedIn.data)) throw new Error('the walkthrough user has a second factor');
const { token } = signedIn.data;
// `auth` is sent as each operation's security scheme says: here Bearer.
const session = createClient({ baseUrl, auth: () => token });
const created = await createUserKey({
  client: session,
  path: { user },
  body: { name: 'generated client' },
  throwOnError: true,
});
const withKey = createClient({ baseUrl, auth: () => created.data.key });
const me = await whoami({ client: withKey, throwOnError: true });
const revoked = await revokeUserKey({
  client: session,
  path: { user, key: created.data.uuid },
  throwOnError: true,
});
const refused = await whoami({ client: withKey });

console.log(
  JSON.stringify({
    key: { uuid: created.data.uuid, start: created.data.start },
    whoami: { principal: me.data.principal.uuid, credential: me.data.credential.uuid },
    revoked: revoked.response.status,
    refused: {
      status: refused.response.status,
      code: refused.error?.error.code,
      challenge: refused.response.headers.get('www-authenticate'),
    },
  }),
);
