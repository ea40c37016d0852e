// Enrolling a user's TOTP factor through the API, with codes from the independent generator.
import assert from 'node:assert/strict';
import type { TestServer } from './harness.ts';
import { pyotpAt } from './totp.ts';

export interface Enrolled {
  seed: string;
  recoveryCodes: string[];
}

/** Starts and confirms enrolment for the session's user; the confirming code is the current step's. */
export async function enrolTotp(s: TestServer, session: string): Promise<Enrolled> {
  const started = await s.call('POST', '/v0/auth/mfa/totp', session);
  assert.equal(started.statusCode, 200, started.body);
  const seed = new URL(started.json().otpauth_uri).searchParams.get('secret') ?? '';
  const confirmed = await s.call('POST', '/v0/auth/mfa/totp/confirm', session, {
    code: pyotpAt(seed, s.clock.now()),
  });
  assert.equal(confirmed.statusCode, 200, confirmed.body);
  return { seed, recoveryCodes: confirmed.json().recovery_codes };
}

/** The first step of a sign-in by a user with a factor: the challenge. */
export async function challengeFor(s: TestServer, email: string, password: string): Promise<string> {
  const response = await s.app.inject({
    method: 'POST',
    url: '/v0/auth/login',
    payload: { email, password },
  });
  assert.equal(response.statusCode, 200, response.body);
  assert.equal(response.json().mfa_required, true, response.body);
  return response.json().challenge;
}

export const secondStep = (s: TestServer, payload: Record<string, string | undefined>) =>
  s.app.inject({ method: 'POST', url: '/v0/auth/login/mfa', payload });

/** Moves the clock to the start of the next 30-second step: a fresh code, never a replay of the last. */
export const nextStep = (s: TestServer): void =>
  s.clock.set((Math.floor(s.clock.now() / 30_000) + 1) * 30_000);

/** Signs in a user with a factor through both steps (the clock moved to a fresh step); the session token. */
export async function signInWithFactor(s: TestServer, email: string, password: string, seed: string) {
  nextStep(s);
  const challenge = await challengeFor(s, email, password);
  const done = await secondStep(s, { challenge, code: pyotpAt(seed, s.clock.now()) });
  assert.equal(done.statusCode, 200, done.body);
  return done.json().token as string;
}
