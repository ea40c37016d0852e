// Signs in and creates an API key (keys cannot create keys): LATCHKEY_URL, LATCHKEY_EMAIL, LATCHKEY_PASSWORD.
import { createLatchkey, LatchkeyError, ok, session } from '@latchkey/sdk';

const { LATCHKEY_URL, LATCHKEY_EMAIL, LATCHKEY_PASSWORD } = process.env;
if (!LATCHKEY_URL || !LATCHKEY_EMAIL || !LATCHKEY_PASSWORD) {
  console.error('set LATCHKEY_URL, LATCHKEY_EMAIL and LATCHKEY_PASSWORD');
  process.exit(2);
}
const lk = createLatchkey({
  url: LATCHKEY_URL,
  auth: session({ email: LATCHKEY_EMAIL, password: LATCHKEY_PASSWORD }),
});
try {
  const me = await ok(lk.GET('/v0/auth/whoami'));
  const created = await ok(
    lk.POST('/v0/users/{user}/keys', {
      params: { path: { user: me.principal.slug } },
      body: { name: process.argv[2] ?? 'created by the SDK example', ttl: 30 * 24 * 3600 },
    }),
  );
  // The plaintext is in this answer and never again: print it once, for the caller to store.
  console.log(JSON.stringify({ uuid: created.uuid, key: created.key, expiration: created.expiration }));
} catch (error) {
  if (error instanceof LatchkeyError) {
    console.error(`${error.status} ${error.code}: ${error.message} (request ${error.requestId})`);
    process.exit(1);
  }
  throw error;
}
