// An app calls the API with the client credentials grant: LATCHKEY_URL, LATCHKEY_CLIENT_ID, LATCHKEY_CLIENT_SECRET.
import { createLatchkey, fromEnv, ok } from '@latchkey/sdk';

// fromEnv() picks clientCredentials() when the client id and secret are set: the token endpoint comes
// from discovery, the token is cached and renewed ahead of its expiry.
const lk = createLatchkey(fromEnv());
const me = await ok(lk.GET('/v0/auth/whoami'));
console.log(
  `${me.principal.type} ${me.principal.client_id} (${me.principal.name}) via ${me.credential.kind}`,
);
const projects = await ok(lk.GET('/v0/projects'));
console.log(`${projects.length} projects visible`);
