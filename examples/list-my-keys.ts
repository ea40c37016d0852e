// Lists the caller's API keys, every page. LATCHKEY_URL with LATCHKEY_EMAIL and LATCHKEY_PASSWORD (a session
// sees all of them), or with LATCHKEY_API_KEY (a key sees only itself).
import { createLatchkey, fromEnv, ok, session } from '@latchkey/sdk';

const { LATCHKEY_URL, LATCHKEY_EMAIL, LATCHKEY_PASSWORD } = process.env;
const lk =
  LATCHKEY_URL && LATCHKEY_EMAIL && LATCHKEY_PASSWORD
    ? createLatchkey({
        url: LATCHKEY_URL,
        auth: session({ email: LATCHKEY_EMAIL, password: LATCHKEY_PASSWORD }),
      })
    : createLatchkey(fromEnv());
const me = await ok(lk.GET('/v0/auth/whoami'));
const keys = lk.paginate('/v0/users/{user}/keys', { params: { path: { user: me.principal.slug } } });
for await (const key of keys) {
  console.log(`${key.start}…  ${key.name}  expires ${key.expiration ?? 'never'}`);
}
console.log(`keys of ${me.principal.slug}: ${keys.total ?? 0}`);
