// Where a command's server and credential come from: --url/env/profile for the URL; an env key or app, the profile's session, or netrc.
import { readFile } from 'node:fs/promises';
import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import {
  type AuthStrategy,
  apiKey,
  clientCredentials,
  createLatchkey,
  type LatchkeyClient,
  netrc,
  netrcPath,
  parseNetrc,
} from '@latchkey/sdk';
import { CliError, EXIT } from './errors.ts';
import { httpFetch } from './http.ts';
import { createOutput, type Output } from './output.ts';
import { configPath, DEFAULT_PROFILE, type Profile, readConfig } from './profiles.ts';
import { withStepUp } from './step-up.ts';
import { VERSION } from './version.ts';

export const DEFAULT_URL = 'http://127.0.0.1:7420';

export interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
  profile?: string;
  url?: string;
}

export type CredentialSource = 'LATCHKEY_API_KEY' | 'LATCHKEY_CLIENT_ID' | 'profile' | 'netrc' | 'none';

export interface Context {
  out: Output;
  profileName: string;
  profile: Profile | undefined;
  url: string;
  source: CredentialSource;
  /** The client, with the resolved credential; throws exit 3 when a command needs one and there is none. */
  client(options?: { anonymous?: boolean }): LatchkeyClient;
  /** USER's default: the signed-in user's slug. */
  me(): Promise<string>;
}

/** The URL without a trailing slash; refuses what is not http(s). */
export function normalizeUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`not a URL: "${value}" (e.g. ${DEFAULT_URL})`, EXIT.usage, 'usage');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new CliError(`the URL must be http: or https:, got ${url.protocol}`, EXIT.usage, 'usage');
  return url.toString().replace(/\/+$/, '');
}

async function hasNetrcEntry(url: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    const entries = parseNetrc(await readFile(netrcPath(env), 'utf8'));
    const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
    const entry = entries.get(host) ?? entries.get('');
    return entry?.login !== undefined && entry.password !== undefined;
  } catch {
    return false;
  }
}

/** A session token (a profile's, or one `login --device` just received) as the SDK sends it. */
export const bearer = (token: string): AuthStrategy => ({
  kind: 'session',
  authorize: async () => ({ authorization: `Bearer ${token}` }),
});

export async function resolveContext(
  command: CommandUnknownOpts,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Context> {
  // The global options are declared on the program, above the typed subcommand.
  const globals: GlobalOptions = command.optsWithGlobals();
  const out = createOutput(globals, env);
  const profileName = globals.profile ?? env.LATCHKEY_PROFILE ?? DEFAULT_PROFILE;
  const config = await readConfig(configPath(env));
  const profile = config.profiles[profileName];
  if (globals.profile && !profile && command.name() !== 'login')
    throw new CliError(
      `no profile "${profileName}" in ${configPath(env)}; run latchkey login --profile ${profileName}`,
      EXIT.refused,
      'not_signed_in',
    );
  const url = normalizeUrl(globals.url ?? env.LATCHKEY_URL ?? profile?.url ?? DEFAULT_URL);

  let auth: AuthStrategy | undefined;
  let source: CredentialSource = 'none';
  if (env.LATCHKEY_API_KEY) {
    auth = apiKey(env.LATCHKEY_API_KEY);
    source = 'LATCHKEY_API_KEY';
  } else if (env.LATCHKEY_CLIENT_ID && env.LATCHKEY_CLIENT_SECRET) {
    auth = clientCredentials({ clientId: env.LATCHKEY_CLIENT_ID, clientSecret: env.LATCHKEY_CLIENT_SECRET });
    source = 'LATCHKEY_CLIENT_ID';
  } else if (profile?.token && normalizeUrl(profile.url) === url) {
    auth = bearer(profile.token);
    source = 'profile';
  } else if (await hasNetrcEntry(url, env)) {
    auth = netrc({ path: netrcPath(env) });
    source = 'netrc';
  }

  const clients = new Map<boolean, LatchkeyClient>();
  const client = ({ anonymous = false } = {}): LatchkeyClient => {
    if (!anonymous && !auth)
      throw new CliError(
        `not signed in to ${url}: run \`latchkey login\`${profileName === DEFAULT_PROFILE ? '' : ` --profile ${profileName}`}, or set LATCHKEY_API_KEY`,
        EXIT.refused,
        'not_signed_in',
      );
    let made = clients.get(anonymous);
    if (!made) {
      made = createLatchkey({
        url,
        auth: anonymous ? undefined : auth,
        // One retry after a 429 or 503 (waiting Retry-After), then the exit code says what happened.
        retry: { attempts: 2, totalTimeMs: 10_000 },
        userAgent: `latchkey-cli/${VERSION}`,
        fetch: withStepUp(httpFetch),
      });
      clients.set(anonymous, made);
    }
    return made;
  };

  return {
    out,
    profileName,
    profile,
    url,
    source,
    client,
    async me() {
      if (source === 'profile' && profile?.user) return profile.user;
      const { data } = await client().GET('/v0/auth/whoami');
      if (data?.principal.type !== 'user')
        throw new CliError('this credential is not a user: name the USER', EXIT.usage, 'usage');
      return data.principal.slug;
    },
  };
}
