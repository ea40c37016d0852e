// The second factor as sign-in answers show it: the challenge a right password gets, and the answer to it.
import { Type } from 'typebox';
import { toIso } from '../../lib/clock.ts';
import { invalid } from '../../lib/errors.ts';
import { component, Timestamp } from '../../lib/schemas.ts';
import { type FactorAnswer, MFA_METHODS } from './mfa.service.ts';

export const MfaRequired = component(
  'MfaRequired',
  Type.Object(
    {
      mfa_required: Type.Literal(true),
      methods: Type.Array(Type.Union([Type.Literal(MFA_METHODS[0]), Type.Literal(MFA_METHODS[1])]), {
        description: 'What the second step takes: a current TOTP `code`, or a `recovery_code`.',
      }),
      challenge: Type.String({
        description:
          'Single use, bound to the user; send it with the code to the second step. No session yet.',
      }),
      expiration: Timestamp,
    },
    { description: 'The password was right and the user has a second factor: sign-in takes one more step.' },
  ),
);

export const mfaRequiredJson = (pending: { challenge: string; expiresAt: number }) => ({
  mfa_required: true as const,
  methods: [...MFA_METHODS],
  challenge: pending.challenge,
  expiration: toIso(pending.expiresAt),
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
  { challenge: Type.String({ minLength: 1, maxLength: 128 }), ...FactorProperties },
  { additionalProperties: false },
);

export const FactorBody = Type.Object(FactorProperties, { additionalProperties: false });

/** The one answer of a body with `code` or `recovery_code`; 400 naming the fields otherwise. */
export function factorAnswer(body: { code?: string; recovery_code?: string }): FactorAnswer {
  if (body.code !== undefined && body.recovery_code === undefined) return { code: body.code.trim() };
  if (body.recovery_code !== undefined && body.code === undefined)
    return { recovery_code: body.recovery_code };
  throw invalid('Send exactly one of code (the authenticator app’s current code) and recovery_code.');
}
