// Who is signed in: read from the cookie session, held in React state; only the CSRF token beside it, in memory.
import { startAuthentication } from '@simplewebauthn/browser';
import { createContext, useContext } from 'react';
import { call, setCsrfToken } from './api.ts';
import type { User } from './types.ts';

export interface ConsoleSession {
  user: User;
  csrf_token: string;
  expiration: string;
}

export interface SessionState {
  user: User;
  expiration: string;
  signOut: () => Promise<void>;
  /** Re-read the signed-in user (after changing their own account). */
  refresh: () => Promise<void>;
}

export const SessionContext = createContext<SessionState | undefined>(undefined);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in console');
  return session;
}

/** What GET /v0/console/session answers: not signed in is a 200, not a 401 (nothing logged by the browser). */
type SessionCheck = ({ signed_in: true } & ConsoleSession) | { signed_in: false };

/** The current cookie session, or undefined when there is none (or it ended). */
export async function readSession(): Promise<ConsoleSession | undefined> {
  try {
    const { data } = await call<SessionCheck>('GET', '/v0/console/session', {
      expectUnauthenticated: true,
    });
    if (!data.signed_in) {
      setCsrfToken(undefined);
      return undefined;
    }
    setCsrfToken(data.csrf_token);
    return data;
  } catch (error) {
    setCsrfToken(undefined);
    // A cookie whose session ended on the server.
    if ((error as { status?: number }).status === 401) return undefined;
    throw error;
  }
}

/** A right password whose user has a second factor: what the second step takes. */
export interface SecondStep {
  mfa_required: true;
  methods: ('totp' | 'recovery_code' | 'passkey')[];
  challenge: string;
  // biome-ignore lint/suspicious/noExplicitAny: WebAuthn options as the server's JSON, handed to the browser as is
  passkey_options?: any;
}

export type FactorAnswer = { code: string } | { recovery_code: string } | { passkey: unknown };

/** What a user typed as their factor: six digits are the app's code; anything else a recovery code. */
export function typedFactor(typed: string): { code: string } | { recovery_code: string } {
  const trimmed = typed.trim();
  return /^\d{6}$/.test(trimmed) ? { code: trimmed } : { recovery_code: trimmed };
}

/** The session, or the second step a user with a factor owes. */
export async function signIn(email: string, password: string): Promise<ConsoleSession | SecondStep> {
  const { data } = await call<ConsoleSession | SecondStep>('POST', '/v0/console/session', {
    body: { email, password },
    expectUnauthenticated: true,
  });
  if ('mfa_required' in data) return data;
  setCsrfToken(data.csrf_token);
  return data;
}

/** The second step: the challenge and a code, a recovery code or a passkey's assertion. */
export async function completeSignIn(challenge: string, answer: FactorAnswer): Promise<ConsoleSession> {
  const { data } = await call<ConsoleSession>('POST', '/v0/console/session/mfa', {
    body: { challenge, ...answer },
    expectUnauthenticated: true,
  });
  setCsrfToken(data.csrf_token);
  return data;
}

/** Asks the browser for a passkey over these options (the authenticator's prompt); its assertion. */
export async function passkeyAssertion(
  optionsJSON: Parameters<typeof startAuthentication>[0]['optionsJSON'],
) {
  try {
    return await startAuthentication({ optionsJSON });
  } catch (error) {
    throw new Error(`No passkey was used: ${(error as Error).message}`);
  }
}

/** A password-less sign-in: any passkey the authenticator holds for this site. */
export async function signInWithPasskey(): Promise<ConsoleSession> {
  const { data: options } = await call<Parameters<typeof passkeyAssertion>[0]>(
    'POST',
    '/v0/auth/login/passkey/options',
    { expectUnauthenticated: true },
  );
  const credential = await passkeyAssertion(options);
  const { data } = await call<ConsoleSession>('POST', '/v0/console/session/passkey', {
    body: { credential },
    expectUnauthenticated: true,
  });
  setCsrfToken(data.csrf_token);
  return data;
}

export async function endSession(): Promise<void> {
  try {
    await call('DELETE', '/v0/console/session', { expectUnauthenticated: true });
  } finally {
    setCsrfToken(undefined);
  }
}
