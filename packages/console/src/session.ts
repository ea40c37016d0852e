// Who is signed in: read from the cookie session, held in React state; only the CSRF token beside it, in memory.

import type { paths } from '@latchkey/sdk/contract';
import { startAuthentication } from '@simplewebauthn/browser';
import { createContext, useContext } from 'react';
import { ok, type Schemas, setCsrfToken, signInApi } from './api.ts';

export type User = Schemas['User'];

export interface ConsoleSession {
  user: User;
  csrf_token: string;
  expiration: string;
  /** The site's require_mfa covers this user, who has no factor yet: the session may only enrol one. */
  enrolment_required?: boolean;
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

/** The current cookie session, or undefined when there is none (or it ended). */
export async function readSession(): Promise<ConsoleSession | undefined> {
  try {
    // Not signed in is a 200, not a 401 (nothing logged by the browser).
    const { data } = await signInApi.GET('/v0/console/session');
    if (!data?.signed_in) {
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

/** A passkey's assertion as the contract takes it: the browser's JSON, handed on as is. */
export type PasskeyCredential = NonNullable<
  NonNullable<
    paths['/v0/console/session/mfa']['post']['requestBody']
  >['content']['application/json']['passkey']
>;

export type FactorAnswer = { code: string } | { recovery_code: string } | { passkey: PasskeyCredential };

/** What a user typed as their factor: six digits are the app's code; anything else a recovery code. */
export function typedFactor(typed: string): { code: string } | { recovery_code: string } {
  const trimmed = typed.trim();
  return /^\d{6}$/.test(trimmed) ? { code: trimmed } : { recovery_code: trimmed };
}

/** The session, or the second step a user with a factor owes. */
export async function signIn(email: string, password: string): Promise<ConsoleSession | SecondStep> {
  const { data } = await signInApi.POST('/v0/console/session', { body: { email, password } });
  if (!data) throw new Error('The server answered without a session.');
  if ('mfa_required' in data) return data;
  setCsrfToken(data.csrf_token);
  return data;
}

/** The second step: the challenge and a code, a recovery code or a passkey's assertion. */
export async function completeSignIn(challenge: string, answer: FactorAnswer): Promise<ConsoleSession> {
  const data = await ok(signInApi.POST('/v0/console/session/mfa', { body: { challenge, ...answer } }));
  setCsrfToken(data.csrf_token);
  return data;
}

/** Asks the browser for a passkey over these options (the authenticator's prompt); its assertion. */
export async function passkeyAssertion(
  optionsJSON: Parameters<typeof startAuthentication>[0]['optionsJSON'],
) {
  try {
    return (await startAuthentication({ optionsJSON })) as PasskeyCredential;
  } catch (error) {
    throw new Error(`No passkey was used: ${(error as Error).message}`);
  }
}

/** A password-less sign-in: any passkey the authenticator holds for this site. */
export async function signInWithPasskey(): Promise<ConsoleSession> {
  const options = await ok(signInApi.POST('/v0/auth/login/passkey/options'));
  const credential = await passkeyAssertion(options as Parameters<typeof passkeyAssertion>[0]);
  const data = await ok(signInApi.POST('/v0/console/session/passkey', { body: { credential } }));
  setCsrfToken(data.csrf_token);
  return data;
}

export async function endSession(): Promise<void> {
  try {
    await signInApi.DELETE('/v0/console/session');
  } finally {
    setCsrfToken(undefined);
  }
}
