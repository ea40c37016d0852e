// Who is signed in: read from the cookie session, held in React state; only the CSRF token beside it, in memory.
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

export async function signIn(email: string, password: string): Promise<ConsoleSession> {
  const { data } = await call<ConsoleSession | { mfa_required: true }>('POST', '/v0/console/session', {
    body: { email, password },
    expectUnauthenticated: true,
  });
  if ('mfa_required' in data)
    throw new Error(
      'This account has a second factor, which the console cannot ask for yet: sign in with the API or the CLI (latchkey login).',
    );
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
