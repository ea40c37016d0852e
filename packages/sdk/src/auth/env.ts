// fromEnv(): the server's URL and a credential from LATCHKEY_* environment variables.
import { apiKey } from './api-key.ts';
import { clientCredentials } from './client-credentials.ts';
import type { AuthStrategy } from './strategy.ts';

export interface EnvConfig {
  url: string;
  auth: AuthStrategy;
}

/**
 * LATCHKEY_URL with LATCHKEY_API_KEY (a personal or session key, sent as Bearer), or with
 * LATCHKEY_CLIENT_ID and LATCHKEY_CLIENT_SECRET (an app, through the client credentials grant).
 */
export function fromEnv(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  const url = env.LATCHKEY_URL;
  if (!url) throw new Error('fromEnv: set LATCHKEY_URL to the Latchkey server, e.g. http://127.0.0.1:7420');
  try {
    new URL(url);
  } catch {
    throw new Error(`fromEnv: LATCHKEY_URL must be an absolute URL, got "${url}"`);
  }
  if (env.LATCHKEY_API_KEY) return { url, auth: apiKey(env.LATCHKEY_API_KEY) };
  if (env.LATCHKEY_CLIENT_ID || env.LATCHKEY_CLIENT_SECRET) {
    if (!env.LATCHKEY_CLIENT_ID || !env.LATCHKEY_CLIENT_SECRET)
      throw new Error('fromEnv: set both LATCHKEY_CLIENT_ID and LATCHKEY_CLIENT_SECRET');
    return {
      url,
      auth: clientCredentials({ clientId: env.LATCHKEY_CLIENT_ID, clientSecret: env.LATCHKEY_CLIENT_SECRET }),
    };
  }
  throw new Error('fromEnv: set LATCHKEY_API_KEY, or LATCHKEY_CLIENT_ID and LATCHKEY_CLIENT_SECRET');
}
