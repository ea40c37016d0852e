// A workload's own token for an app's access token: RFC 8693 token exchange, or the client-credentials grant with the token as a jwt-bearer client_assertion.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { anonymousOf } from '../../auth/actor.ts';
import { JWT_BEARER_ASSERTION, TOKEN_EXCHANGE_GRANT } from '../../auth/client-assertion.ts';
import type { FailureThrottle } from '../../auth/failure-throttle.ts';
import { appPrincipal, type Principal } from '../../auth/principal.ts';
import { chargePrincipal, type RateLimits } from '../../auth/ratelimit/ratelimit.ts';
import { throttled } from '../../auth/refusals.ts';
import type { UsageRecorder } from '../../auth/usage.ts';
import type { FederatedCredentialRow } from '../../db/schema.ts';
import { decodeJwt } from '../../lib/crypto/jwt.ts';
import { hashSecret } from '../../lib/crypto/secrets.ts';
import { type FormParams, valuesOf } from '../../lib/form.ts';
import { type MatchFailure, mismatch } from '../apps/federated-credentials.service.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { CLIENT_CHALLENGE, type OAuthErrorCode, OAuthFailure } from './oauth.errors.ts';
import type { OAuthService } from './oauth.service.ts';
import { credentialsFor, type WorkloadClients } from './workload-clients.ts';
import type { WorkloadCheck, WorkloadIssuers } from './workload-token.ts';

/** RFC 8693 §3: the token types a workload token may be given as. */
export const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
export const ID_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:id_token';
/** What the exchange issues (RFC 8693 §2.2.1 `issued_token_type`). */
export const ACCESS_TOKEN_TYPE_URN = 'urn:ietf:params:oauth:token-type:access_token';

/** The token endpoint's form parameters for a workload token, beside the others. */
export const WorkloadTokenFields = {
  subject_token: Type.Optional(
    Type.String({
      description:
        'Token exchange (RFC 8693): the workload’s own JWT (a GitHub Actions OIDC token, a Kubernetes service-account token), checked against the federated credentials of the app `client_id` names.',
    }),
  ),
  subject_token_type: Type.Optional(
    Type.String({
      description: `Token exchange: \`${JWT_TOKEN_TYPE}\` (or \`${ID_TOKEN_TYPE}\`).`,
    }),
  ),
  requested_token_type: Type.Optional(
    Type.String({ description: `Token exchange: \`${ACCESS_TOKEN_TYPE_URN}\`, the only type issued.` }),
  ),
  client_assertion_type: Type.Optional(
    Type.String({
      description: `\`${JWT_BEARER_ASSERTION}\`: with grant_type=client_credentials, \`client_assertion\` is a workload token checked against the app’s federated credentials (an assertion whose \`iss\` equals its \`sub\` or the client_id is the client’s own, RFC 7523).`,
    }),
  ),
  client_assertion: Type.Optional(Type.String({ description: 'The JWT `client_assertion_type` names.' })),
};

type Mode = 'token_exchange' | 'client_assertion';

/** Why an exchange was refused: a verification check, or which part of the app's credentials did not match. */
type Refusal = {
  reason: WorkloadCheck | 'unknown_client' | 'issuer_unknown' | MatchFailure['check'];
  description: string;
  error: OAuthErrorCode;
  appId?: string;
  federatedCredential?: string;
};

type Checked =
  | { ok: true; principal: Principal; credential: FederatedCredentialRow; claims: Record<string, unknown> }
  | ({ ok: false } & Refusal);

export interface TokenExchangeDeps {
  /** The app and its federated credentials, cached until an invalidation names the app. */
  clients: WorkloadClients;
  issuers: WorkloadIssuers;
  oauth: OAuthService;
  audit: AuditLog;
  /** The pipeline's failure throttle: a refused workload token counts as a refused secret does. */
  throttle: FailureThrottle;
  rateLimits?: RateLimits;
  usage?: UsageRecorder;
}

export interface Exchanged {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  issued_token_type?: string;
}

export class TokenExchange {
  constructor(private readonly deps: TokenExchangeDeps) {}

  /** Answers the token endpoint for a request that carries a workload token (auth/client-assertion.ts decides which). */
  async answer(request: FastifyRequest, reply: FastifyReply): Promise<Exchanged> {
    const form = request.body as FormParams;
    const mode: Mode = form.grant_type === TOKEN_EXCHANGE_GRANT ? 'token_exchange' : 'client_assertion';
    const token = requestedToken(form, mode);
    // A client that also authenticated (Basic) exchanges for itself; otherwise client_id names the app.
    const authenticated = request.principal !== undefined;
    const clientId = request.principal?.clientId ?? form.client_id;
    if (!clientId)
      throw new OAuthFailure(
        'invalid_request',
        'client_id is required: it names the app whose federated credentials the token is checked against.',
      );
    const attempt = this.deps.throttle.begin(request.ip, hashSecret(`${clientId}\n${token}`));
    if ('blocked' in attempt) {
      const refusal = throttled(attempt.retryAfterSeconds);
      throw new OAuthFailure('temporarily_unavailable', refusal.message, refusal.headers);
    }
    let checked: Checked;
    try {
      checked = await this.check(token, clientId, mode);
    } catch (error) {
      attempt.failed();
      throw error;
    }
    if (!checked.ok) {
      attempt.failed();
      await this.deps.audit.recordAlone(anonymousOf(request), {
        action: 'app.client_auth_failed',
        target: { type: 'app', id: checked.appId ?? clientId.slice(0, 254) },
        changes: {
          client_id: clientId.slice(0, 254),
          method: mode,
          reason: checked.reason,
          ...(checked.federatedCredential && { federated_credential: checked.federatedCredential }),
        },
      });
      throw new OAuthFailure(
        checked.error,
        checked.description,
        checked.error === 'invalid_client' ? { 'www-authenticate': CLIENT_CHALLENGE } : {},
      );
    }
    attempt.succeeded();
    const { principal, credential, claims } = checked;
    request.principal = principal;
    // A client that authenticated was charged by the pipeline already.
    if (this.deps.rateLimits && !authenticated) await chargePrincipal(this.deps.rateLimits, principal, reply);
    this.deps.usage?.decided(principal, 'accepted', request.ip);
    const outcome = await this.deps.oauth.issue(principal, form.scope, valuesOf(form, 'resource'), {
      // RFC 8693 §4.1: the workload acted; which of the app's federated credentials let it in.
      act: { iss: claims.iss, sub: claims.sub, federated_credential: credential.id },
    });
    if (!outcome.ok) throw new OAuthFailure(outcome.error, outcome.description);
    return {
      access_token: outcome.accessToken,
      token_type: 'Bearer',
      expires_in: outcome.expiresIn,
      scope: outcome.scope,
      ...(mode === 'token_exchange' && { issued_token_type: ACCESS_TOKEN_TYPE_URN }),
    };
  }

  /** The app, then the issuer among its credentials, then the token's signature and times, then audience, subject and claims. */
  private async check(token: string, clientId: string, mode: Mode): Promise<Checked> {
    // RFC 8693 §2.2.2: a subject token that is refused is invalid_request; a client assertion, invalid_client.
    const error: OAuthErrorCode = mode === 'token_exchange' ? 'invalid_request' : 'invalid_client';
    const client = await this.deps.clients.find(clientId);
    if (!client)
      return {
        ok: false,
        reason: 'unknown_client',
        error: 'invalid_client',
        description: 'client_id: no active app has this client id.',
      };
    const refused = (
      reason: Refusal['reason'],
      description: string,
      federatedCredential?: string,
    ): Checked => ({
      ok: false,
      reason,
      error,
      description,
      appId: client.app.id,
      ...(federatedCredential && { federatedCredential }),
    });
    const decoded = decodeJwt(token);
    if (!decoded)
      return refused(
        'malformed',
        'the workload token is not a JWT (three base64url parts, a JSON header and claims).',
      );
    const issuer = decoded.payload.iss;
    if (typeof issuer !== 'string' || issuer === '')
      return refused('malformed', 'iss: the token names no issuer.');
    const candidates = credentialsFor(client, issuer);
    if (candidates.length === 0)
      return refused(
        'issuer_unknown',
        `iss: the app has no federated credential for the issuer ${JSON.stringify(issuer)}.`,
      );
    const verdict = await this.deps.issuers.verify(decoded, issuer);
    if (!verdict.ok) return refused(verdict.check, verdict.description);
    const claims = verdict.claims as Record<string, unknown>;
    let closest: { row: FederatedCredentialRow; failure: MatchFailure } | undefined;
    for (const { row, patterns } of candidates) {
      const failure = mismatch(row, claims, patterns);
      if (!failure) {
        const { app } = client;
        const principal = appPrincipal(app, { kind: 'federated', id: row.id, start: row.name, issuer });
        principal.client = {
          scopes: client.scopes,
          active: app.activatedAt !== null,
          permissions: client.ceiling,
        };
        return { ok: true, principal, credential: row, claims };
      }
      if (!closest || failure.passed > closest.failure.passed) closest = { row, failure };
    }
    // Several credentials for one issuer: the refusal names how the closest one failed.
    const { row, failure } = closest as { row: FederatedCredentialRow; failure: MatchFailure };
    return refused(failure.check === 'claim' ? 'claim' : failure.check, failure.description, row.id);
  }
}

function requestedToken(form: FormParams, mode: Mode): string {
  if (mode === 'client_assertion') {
    if (form.grant_type !== 'client_credentials')
      throw new OAuthFailure(
        'invalid_request',
        'A workload token as client_assertion goes with grant_type=client_credentials; or use the token exchange grant.',
      );
    return form.client_assertion ?? '';
  }
  if (!form.subject_token) throw new OAuthFailure('invalid_request', 'subject_token is required.');
  if (form.subject_token_type !== JWT_TOKEN_TYPE && form.subject_token_type !== ID_TOKEN_TYPE)
    throw new OAuthFailure(
      'invalid_request',
      `subject_token_type must be ${JWT_TOKEN_TYPE} (or ${ID_TOKEN_TYPE}): the subject token is a workload's JWT.`,
    );
  if (form.requested_token_type !== undefined && form.requested_token_type !== ACCESS_TOKEN_TYPE_URN)
    throw new OAuthFailure(
      'invalid_request',
      `requested_token_type: only ${ACCESS_TOKEN_TYPE_URN} is issued.`,
    );
  if (form.actor_token !== undefined)
    throw new OAuthFailure(
      'invalid_request',
      'actor_token is not supported: the workload token is the only one.',
    );
  return form.subject_token;
}
