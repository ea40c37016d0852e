// /v0/admin/settings: the site's key policy, administrators only.
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { authErrors, component } from '../../lib/schemas.ts';

const Lifetime = Type.Union(
  [
    Type.Literal('never'),
    Type.Literal('7d'),
    Type.Literal('30d'),
    Type.Literal('90d'),
    Type.Literal('180d'),
    Type.Literal('365d'),
  ],
  { description: 'The longest a new key may live; keys without a ttl expire at this maximum.' },
);

const UnusedAfter = Type.Union(
  [Type.Literal('never'), Type.Literal('90d'), Type.Literal('180d'), Type.Literal('365d')],
  { description: 'Keys not used for this long are revoked (audited, and key.revoked with reason unused).' },
);

const AllowImported = Type.Boolean({
  description:
    'Keys without Latchkey’s prefix and checksum (imported from another system) are looked up. Off by default; an import turns it on.',
});

const ImportedUntil = Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
  description: 'After this time imported keys are refused (imported_keys_ended); null: no end.',
});

const RequireMfa = Type.Union([Type.Literal('none'), Type.Literal('admins'), Type.Literal('everyone')], {
  description:
    'Who must have a second factor. A covered user without one signs in to a session that may only enrol one (403 mfa_enrolment_required elsewhere).',
});

const StepUpMinutes = Type.Integer({
  minimum: 1,
  maximum: 1440,
  description:
    'How long after proving a second factor a session may make sensitive changes (keys, client secrets, administrator writes); later, 403 step_up_required.',
});

const Policy = component(
  'KeyPolicy',
  Type.Object({
    allow_user_keys: Type.Boolean({ description: 'Users may create API keys.' }),
    key_max_lifetime: Lifetime,
    allow_session_keys: Type.Boolean({ description: 'Users may create session keys.' }),
    key_revoke_unused_after: UnusedAfter,
    allow_imported_keys: AllowImported,
    imported_keys_until: ImportedUntil,
    require_mfa: RequireMfa,
    step_up_minutes: StepUpMinutes,
  }),
);

const Patch = Type.Object(
  {
    allow_user_keys: Type.Optional(Type.Boolean()),
    key_max_lifetime: Type.Optional(Lifetime),
    allow_session_keys: Type.Optional(Type.Boolean()),
    key_revoke_unused_after: Type.Optional(UnusedAfter),
    allow_imported_keys: Type.Optional(AllowImported),
    imported_keys_until: Type.Optional(ImportedUntil),
    require_mfa: Type.Optional(RequireMfa),
    step_up_minutes: Type.Optional(StepUpMinutes),
  },
  { additionalProperties: false },
);

const tags = ['admin'];

export const settingsRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/admin/settings',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'getSettings',
        description:
          'Shows the site’s key policy, such as the longest lifetime a new key may have. Administrators only.',
        summary: 'The site key policy',
        response: { 200: Policy, ...authErrors },
      },
    },
    () => ctx.settings.policy(),
  );
  app.patch(
    '/v0/admin/settings',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'updateSettings',
        description:
          'Changes the site’s key policy. The change applies to keys created afterwards and is audited. Administrators only.',
        summary: 'Change the site key policy',
        body: Patch,
        response: { 200: Policy, ...authErrors },
      },
    },
    async (request) => {
      const until = request.body.imported_keys_until;
      // Stored as one spelling (UTC, milliseconds), so the gate and the answer agree.
      const patch =
        until === undefined || until === null
          ? request.body
          : { ...request.body, imported_keys_until: new Date(until).toISOString() };
      return ctx.settings.update(callerOf(request), patch);
    },
  );
};
