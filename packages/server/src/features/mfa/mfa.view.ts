// The second factor as sign-in answers show it: the challenge a right password gets, and the answer to it.
import { Type } from 'typebox';
import { toIso } from '../../lib/clock.ts';
import { invalid } from '../../lib/errors.ts';
import { component, Timestamp } from '../../lib/schemas.ts';
import type { AuthenticationResponseJSON } from '../passkeys/passkeys.service.ts';
import { PasskeyAssertion, PasskeyRequestOptions } from '../passkeys/passkeys.view.ts';
import { type FactorAnswer, MFA_METHODS, type PendingFactor } from './mfa.service.ts';

export const MfaRequired = component(
  'MfaRequired',
  Type.Object(
    {
      mfa_required: Type.Literal(true),
      methods: Type.Array(
        Type.Union([
          Type.Literal(MFA_METHODS[0]),
          Type.Literal(MFA_METHODS[1]),
          Type.Literal(MFA_METHODS[2]),
        ]),
        {
          description:
            'What the second step takes: a current TOTP `code` or a `recovery_code` (`totp`, `recovery_code`), or a `passkey` assertion over `passkey_options`.',
        },
      ),
      challenge: Type.String({
        description:
          'Single use, bound to the user; send it with the code to the second step. No session yet.',
      }),
      expiration: Timestamp,
      // When `methods` has `passkey`: what navigator.credentials.get() takes, allowing only the user's passkeys.
      passkey_options: Type.Optional(PasskeyRequestOptions),
    },
    { description: 'The password was right and the user has a second factor: sign-in takes one more step.' },
  ),
);

export const mfaRequiredJson = (pending: PendingFactor) => ({
  mfa_required: true as const,
  methods: pending.methods,
  challenge: pending.challenge,
  expiration: toIso(pending.expiresAt),
  passkey_options: pending.passkeyOptions,
});

const Code = Type.String({
  minLength: 1,
  maxLength: 16,
  description: 'The current 6-digit code of the authenticator app.',
});
const RecoveryCode = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'One of the recovery codes shown at enrolment; each works once.',
});

/** A code or a recovery code (exactly one): what proves the factor. */
export const FactorProperties = {
  code: Type.Optional(Code),
  recovery_code: Type.Optional(RecoveryCode),
};

export const SecondStep = Type.Object(
  {
    challenge: Type.String({ minLength: 1, maxLength: 128 }),
    ...FactorProperties,
    // The assertion navigator.credentials.get() made over the first step's `passkey_options`.
    passkey: Type.Optional(PasskeyAssertion),
  },
  { additionalProperties: false },
);

export const FactorBody = Type.Object(FactorProperties, { additionalProperties: false });

/** The one answer of a body with `code`, `recovery_code` or `passkey`; 400 naming the fields otherwise. */
export function factorAnswer(body: {
  code?: string;
  recovery_code?: string;
  passkey?: object;
}): FactorAnswer {
  const given = [body.code, body.recovery_code, body.passkey].filter((field) => field !== undefined);
  if (given.length === 1) {
    if (body.code !== undefined) return { code: body.code.trim() };
    if (body.recovery_code !== undefined) return { recovery_code: body.recovery_code };
    // The schema checked its shape; the library checks everything in it.
    if (body.passkey !== undefined) return { passkey: body.passkey as AuthenticationResponseJSON };
  }
  throw invalid(
    'Send exactly one of code (the authenticator app’s current code), recovery_code and passkey.',
  );
}
