// session(): signs in with an email and password (interactive tools) and uses the session token.
import type { AuthContext, AuthStrategy } from './strategy.ts';

export interface SessionCredentials {
  email: string;
  password: string;
}

/** Signs in on first use (POST /v0/auth/login); signs in again, once, when the session is refused. */
export function session(credentials: SessionCredentials): AuthStrategy & { signOut(): void } {
  if (typeof credentials?.email !== 'string' || typeof credentials.password !== 'string')
    throw new TypeError('session({ email, password }) needs both as strings');
  let token: Promise<string> | undefined;

  const signIn = async (context: AuthContext): Promise<string> => {
    const response = await context.send(
      new Request(`${context.baseUrl}/v0/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: credentials.email, password: credentials.password }),
      }),
      // A sign-in is not repeated on its own: failed attempts count against the caller's address.
      false,
    );
    const body = (await response.json()) as { token?: string; mfa_required?: boolean };
    if (body.mfa_required)
      throw new Error(
        'This account signs in with a second factor, which session() cannot answer: use an API key (apiKey()) instead.',
      );
    return body.token ?? '';
  };

  return {
    kind: 'session',
    async authorize(context) {
      token ??= signIn(context).catch((error: unknown) => {
        token = undefined;
        throw error;
      });
      return { authorization: `Bearer ${await token}` };
    },
    async refresh(_context, refused) {
      const current = token ? `Bearer ${await token.catch(() => '')}` : undefined;
      if (current === refused.authorization) token = undefined;
      return true;
    },
    signOut() {
      token = undefined;
    },
  };
}
