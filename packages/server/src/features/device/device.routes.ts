// /v0/device-authorizations: the console's side of a device sign-in, where a signed-in person approves or denies a code.
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { toIso } from '../../lib/clock.ts';
import { authErrors, ErrorBody, Timestamp } from '../../lib/schemas.ts';

const tags = ['device sign-in'];
const PATH = '/v0/device-authorizations';

const CodeBody = Type.Object(
  {
    user_code: Type.String({
      minLength: 1,
      maxLength: 32,
      description: 'The code the device shows, e.g. `BCDF-GHJK` (case, dashes and spaces do not matter).',
    }),
  },
  { additionalProperties: false },
);

const Pending = Type.Object({
  client_id: Type.String({ description: 'The client asking: `latchkey-cli`.' }),
  client_name: Type.String(),
  requester_address: Type.String({ description: 'The address the device asked from.' }),
  requester_agent: Type.Union([Type.String(), Type.Null()], { description: 'Its User-Agent header.' }),
  creation: Timestamp,
  expiration: Timestamp,
});

/** A wrong code is a 404 and counts against the person's allowance of wrong codes (429 past it). */
const codeErrors = { ...authErrors, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody };

export const deviceRoutes: RoutesPlugin = (app, ctx) => {
  app.post(
    `${PATH}/lookup`,
    {
      config: { auth: { who: 'session', does: 'read' } },
      schema: {
        tags,
        operationId: 'lookUpDeviceAuthorization',
        summary: 'What a device sign-in code asks for, before approving it',
        description:
          'Shows the pending device sign-in a user code names: which client and from where. 404 for a code that is unknown or expired, 409 for one decided already; too many wrong codes are 429.',
        body: CodeBody,
        response: { 200: Pending, ...codeErrors },
      },
    },
    async (request) => {
      const view = await ctx.device.lookup(callerOf(request), request.body.user_code);
      return {
        client_id: view.clientId,
        client_name: view.clientName,
        requester_address: view.requesterAddress,
        requester_agent: view.requesterAgent,
        creation: toIso(view.createdAt),
        expiration: toIso(view.expiresAt),
      };
    },
  );

  for (const [verb, approve] of [
    ['approve', true],
    ['deny', false],
  ] as const) {
    app.post(
      `${PATH}/${verb}`,
      {
        // Approving hands the device a session of the caller's: only a signed-in session may.
        config: { auth: { who: 'session', createsCredential: true } },
        schema: {
          tags,
          operationId: approve ? 'approveDeviceAuthorization' : 'denyDeviceAuthorization',
          summary: approve
            ? 'Approve a device sign-in: the device receives a session of yours'
            : 'Deny a device sign-in: the device is told access_denied',
          description: approve
            ? 'The device polling with this code receives a session of the signed-in user, once. Audited.'
            : 'The device polling with this code is refused. Audited.',
          body: CodeBody,
          response: { 204: Type.Null(), ...codeErrors },
        },
      },
      async (request, reply) => {
        await ctx.device.decide(callerOf(request), request.body.user_code, approve);
        return reply.status(204).send(null);
      },
    );
  }
};
