// A real OpenID Connect provider (oidc-provider) on loopback for tests: mints id tokens, rotates keys, goes down.
import { createHmac, createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter, type AdapterPayload } from 'oidc-provider';

export const IDP_CLIENT_ID = 'latchkey-client';
export const OTHER_CLIENT_ID = 'another-client';

export interface PrivateJwk {
  kty: string;
  kid: string;
  alg: string;
  use: 'sig';
  [member: string]: unknown;
}

export interface MintOptions {
  /** The subject (default: one per email); `null` leaves it out. */
  sub?: string | null;
  email?: string;
  emailVerified?: boolean | string;
  /** The client the token is issued to (its `aud`). */
  clientId?: string;
  /** Absolute `exp`, seconds since the epoch. */
  expiresAt?: number;
  /** Any other claims, set last (may override the ones above, except aud/iss/exp). */
  claims?: Record<string, unknown>;
}

/** Where oidc-provider keeps its sessions, grants and codes: in memory, for the tests' sign-ins at its login page. */
class MemoryAdapter implements Adapter {
  private static readonly rows = new Map<string, AdapterPayload>();
  constructor(private readonly name: string) {}
  private key = (id: string) => `${this.name}:${id}`;
  async upsert(id: string, payload: AdapterPayload) {
    MemoryAdapter.rows.set(this.key(id), payload);
  }
  async find(id: string) {
    return MemoryAdapter.rows.get(this.key(id));
  }
  async findByUserCode() {
    return undefined;
  }
  /** A session by its uid: codes issued in a session are valid only while it lasts. */
  async findByUid(uid: string) {
    for (const [key, payload] of MemoryAdapter.rows)
      if (key.startsWith(`${this.name}:`) && payload.uid === uid) return payload;
    return undefined;
  }
  async consume() {}
  async destroy(id: string) {
    MemoryAdapter.rows.delete(this.key(id));
  }
  async revokeByGrantId() {}
}

export function generateRsaJwk(kid = `k-${randomBytes(6).toString('hex')}`): PrivateJwk {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kty: 'RSA', kid, alg: 'RS256', use: 'sig' };
}

export class TestIdp {
  /** GET requests for the JWKS since start (or since the last reset). */
  jwksRequests = 0;
  discoveryRequests = 0;
  issuer = '';
  /** When set, the provider is up but answers every request with 503 (still counted). */
  failing = false;
  private provider: Provider | undefined;
  private readonly cookieKey = randomBytes(16).toString('hex');
  private server: Server | undefined;
  private port = 0;
  private keys: PrivateJwk[] = [generateRsaJwk()];
  /** The secret of IDP_CLIENT_ID, for a Latchkey that signs people in through this provider. */
  readonly clientSecret = randomBytes(24).toString('hex');
  /** Redirect URIs the clients accept besides the placeholder (Latchkey's callback). */
  private redirectUris: string[] = [];
  /** People who can sign in at the provider's login page, by login; anyone else is `sub-{login}` with a verified email. */
  readonly accounts = new Map<string, Record<string, unknown>>();
  /** The authentication methods (RFC 8176 `amr`) the provider says it checked at a login's sign-in. */
  readonly amr = new Map<string, string[]>();

  static async start(): Promise<TestIdp> {
    const idp = new TestIdp();
    await idp.listen(0);
    idp.issuer = `http://127.0.0.1:${idp.port}`;
    idp.build();
    return idp;
  }

  /** The kid new tokens are signed with. */
  get currentKid(): string {
    return this.keys[0]?.kid ?? '';
  }

  /** The public half of every key, as the provider publishes them. */
  publicJwks(): { keys: Record<string, unknown>[] } {
    return {
      keys: this.keys.map(({ kty, kid, alg, use, n, e }) => ({ kty, kid, alg, use, n, e })),
    };
  }

  /** The current private key (for tests that sign by hand, e.g. a token with a forged header). */
  privateJwk(): PrivateJwk {
    return this.privateJwkAt(0);
  }

  /** A private key by age: 0 is the current one, 1 the one before the last rotation. */
  privateJwkAt(index: number): PrivateJwk {
    const key = this.keys[index];
    if (!key) throw new Error(`no key at ${index}`);
    return key;
  }

  async mint(options: MintOptions = {}): Promise<string> {
    const provider = this.provider;
    if (!provider) throw new Error('idp not started');
    const client = await provider.Client.find(options.clientId ?? IDP_CLIENT_ID);
    if (!client) throw new Error('unknown client');
    const token = new provider.IdToken({}, { client });
    // One stable subject per email by default, as a real provider has.
    const sub =
      options.sub === undefined
        ? `sub-${options.email?.toLowerCase() ?? randomBytes(6).toString('hex')}`
        : options.sub;
    if (sub !== null) token.set('sub', sub);
    // Two tokens minted in the same second would otherwise be byte-identical (and share a cache entry).
    token.set('jti', randomBytes(8).toString('hex'));
    if (options.email !== undefined) token.set('email', options.email);
    if (options.emailVerified !== undefined) token.set('email_verified', options.emailVerified);
    for (const [name, value] of Object.entries(options.claims ?? {})) token.set(name, value);
    return token.issue({ use: 'idtoken', expiresAt: options.expiresAt });
  }

  /** Lets the clients redirect to `uri` (Latchkey's single sign-on callback). */
  allowRedirect(uri: string): void {
    this.redirectUris = [...this.redirectUris, uri];
    this.build();
  }

  /** Rotates: a new key signs from now on; the old ones stay published. Returns the new kid. */
  rotate(): string {
    this.keys = [generateRsaJwk(), ...this.keys];
    this.build();
    return this.currentKid;
  }

  /** The provider goes down: its port refuses connections. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
  }

  /** Back up on the same port. */
  async restart(): Promise<void> {
    if (!this.server) await this.listen(this.port);
  }

  private build(): void {
    this.provider = new Provider(this.issuer, {
      adapter: MemoryAdapter,
      clients: [IDP_CLIENT_ID, OTHER_CLIENT_ID].map((client_id) => ({
        client_id,
        client_secret: client_id === IDP_CLIENT_ID ? this.clientSecret : randomBytes(24).toString('hex'),
        redirect_uris: ['https://client.example/callback', ...this.redirectUris],
      })),
      jwks: { keys: this.keys },
      cookies: { keys: [this.cookieKey] },
      // The provider's own login page (any login, any password) for sign-in through the browser.
      features: { devInteractions: { enabled: true } },
      // `amr` with the openid scope: the id token says which methods the login was checked with.
      claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
      // Claims in the id token itself, as most providers send them, not only from userinfo.
      conformIdTokenClaims: false,
      findAccount: (_ctx, id) => ({
        accountId: id,
        claims: async () => ({ sub: `sub-${id}`, email: id, email_verified: true, ...this.accounts.get(id) }),
      }),
      // Consent is taken as given: the tests sign in, they do not review scopes.
      loadExistingGrant: async (ctx) => {
        const { client, session } = ctx.oidc;
        if (!client || !session?.accountId) return undefined;
        const grant = new ctx.oidc.provider.Grant({
          clientId: client.clientId,
          accountId: session.accountId,
        });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
      ttl: { IdToken: 3600 },
    });
    // The login page checks nothing: the methods a test gives a login are recorded as if it had.
    const session = this.provider.Session.prototype;
    const loginAccount = session.loginAccount;
    const amr = this.amr;
    session.loginAccount = function (details) {
      loginAccount.call(this, { ...details, amr: details.amr ?? amr.get(details.accountId) });
    };
  }

  private handle = (request: IncomingMessage, response: ServerResponse): void => {
    if (request.url?.startsWith('/jwks')) this.jwksRequests++;
    if (request.url?.startsWith('/.well-known/openid-configuration')) this.discoveryRequests++;
    const provider = this.provider;
    if (!provider || this.failing) {
      response.statusCode = 503;
      response.end();
      return;
    }
    void provider.callback()(request, response);
  };

  private async listen(port: number): Promise<void> {
    const server = createServer(this.handle);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }
}

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The claims of a token, read without verifying (tests only). */
export const claimsOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));

/** Signs by hand with an RSA private JWK (RS256), whatever the header says: for forged headers and foreign keys. */
export function signRs256(
  jwk: PrivateJwk,
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
): string {
  const input = `${part(header)}.${part(claims)}`;
  const signature = sign('sha256', Buffer.from(input), createPrivateKey({ key: jwk, format: 'jwk' }));
  return `${input}.${signature.toString('base64url')}`;
}

/** Signs with HMAC-SHA256 using `secret`: the classic "public key as an HS256 secret" forgery. */
export function signHs256(
  secret: string,
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
): string {
  const input = `${part(header)}.${part(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** The same payload and signature under another header. */
export const withHeader = (token: string, header: Record<string, unknown>): string =>
  [part(header), ...token.split('.').slice(1)].join('.');

/**
 * Signs in at the provider's login page as `login` the way a browser would (cookies kept, redirects
 * followed) and answers the URL it finally redirects to outside the provider: Latchkey's callback.
 */
export async function signInAtIdp(authorizationUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const origin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  for (let step = 0; step < 10; step++) {
    if (!url.startsWith(origin)) return url;
    let response = await fetch(url, { redirect: 'manual', headers: { cookie: cookie() } });
    remember(response);
    if (response.status === 200) {
      // The login page: its form posts back to the interaction.
      const html = await response.text();
      const action = /action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`no form at ${url}`);
      response = await fetch(new URL(action, origin), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
      });
      remember(response);
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`the provider answered ${response.status} at ${url}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects at the provider');
}
