// An app's federated credentials: the workload identities (issuer, audience, subject, claims) whose own tokens it accepts instead of a secret.
import type { Caller } from '../../auth/actor.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Principal } from '../../auth/principal.ts';
import type { Db, FederatedCredentialRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { OutboundPolicy } from '../../lib/urls.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { providerUrlProblem } from '../oidc/oidc.discovery.ts';
import type { AppsService } from './apps.service.ts';
import * as store from './federated-credentials.store.ts';

/** Azure allows 20 per app; enough for a repository's branches and environments, or a cluster's accounts. */
export const MAX_FEDERATED_CREDENTIALS = 20;
export const MAX_CLAIMS = 16;
/** Registered claims checked by their own fields (issuer, audience, subject) or by the signature check. */
const RESERVED_CLAIMS = new Set(['iss', 'aud', 'sub', 'exp', 'nbf', 'iat', 'jti']);

export interface FederatedCredentialInput {
  name: string;
  issuer: string;
  audience: string;
  subject?: string | null;
  claims?: Record<string, string>;
}

export type FederatedCredentialPatch = Partial<FederatedCredentialInput>;

export interface FederatedCredentialsDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  apps: AppsService;
  /** The outbound policy the issuer's discovery and JWKS are fetched under: an issuer it refuses is refused here. */
  outbound: OutboundPolicy;
  /** Tells every instance that the app's credentials changed: the exchange's cached copy goes at once. */
  invalidate(match: Invalidation): void;
}

export const claimsOf = (row: Pick<FederatedCredentialRow, 'claims'>): Record<string, string> =>
  JSON.parse(row.claims) as Record<string, string>;

/**
 * `*` matches any run of characters (slashes included), every other character only itself:
 * `refs/heads/*` matches `refs/heads/main` and `refs/heads/release/1.0`. No regular expression is built,
 * so a pattern cannot make matching slow.
 */
export function globMatches(pattern: string, value: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === value;
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last))
    return false;
  let at = first.length;
  const end = value.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const found = value.indexOf(part, at);
    if (found === -1 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/** A claim by name; a name with `/` also reaches into objects (`kubernetes.io/namespace`). */
export function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let value: unknown = claims;
  for (const segment of name.split('/')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, segment))
      return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

const scalar = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;

/** The first check a verified token fails against one credential, in order: audience, subject, each claim by name. */
export interface MatchFailure {
  check: 'audience' | 'subject' | 'claim';
  claim?: string;
  description: string;
  /** How many checks passed before this one: the refusal names the failure of the closest credential. */
  passed: number;
}

export function mismatch(
  row: FederatedCredentialRow,
  claims: Record<string, unknown>,
  patterns: [string, string][] = Object.entries(claimsOf(row)).sort(([a], [b]) => (a < b ? -1 : 1)),
): MatchFailure | undefined {
  const named = `the federated credential "${row.name}"`;
  const aud = claims.aud;
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(row.audience))
    return {
      check: 'audience',
      description: `audience: the token's aud (${JSON.stringify(aud ?? null)}) does not include the audience of ${named}.`,
      passed: 0,
    };
  if (row.subject !== null) {
    const sub = scalar(claims.sub);
    if (sub === undefined || !globMatches(row.subject, sub))
      return {
        check: 'subject',
        description: `subject: the token's sub (${JSON.stringify(claims.sub ?? null)}) does not match ${named}.`,
        passed: 1,
      };
  }
  let passed = 2;
  for (const [name, pattern] of patterns) {
    const raw = claimAt(claims, name);
    const value = scalar(raw);
    if (value === undefined || !globMatches(pattern, value))
      return {
        check: 'claim',
        claim: name,
        description: `claim ${JSON.stringify(name)}: the token's value (${JSON.stringify(raw ?? null)}) does not match ${named}.`,
        passed,
      };
    passed++;
  }
  return undefined;
}

export class FederatedCredentials {
  constructor(private readonly deps: FederatedCredentialsDeps) {}

  async list(principal: Principal, appRef: string): Promise<FederatedCredentialRow[]> {
    const app = await this.deps.apps.managed(principal, appRef);
    return store.listFederatedCredentials(this.deps.db, app.id);
  }

  async get(principal: Principal, appRef: string, ref: string): Promise<FederatedCredentialRow> {
    const app = await this.deps.apps.managed(principal, appRef);
    return this.found(app.id, ref);
  }

  async add(
    caller: Caller,
    appRef: string,
    input: FederatedCredentialInput,
  ): Promise<FederatedCredentialRow> {
    const app = await this.changeable(caller.principal, appRef);
    const now = this.deps.clock.now();
    const row: FederatedCredentialRow = {
      id: uuidv7(now),
      appId: app.id,
      name: input.name.trim(),
      issuer: this.checkedIssuer(input.issuer),
      audience: input.audience,
      subject: input.subject ?? null,
      claims: JSON.stringify(checkedClaims(input.claims ?? {})),
      createdBy: caller.principal.type === 'user' ? caller.principal.id : null,
      createdAt: now,
      updatedAt: now,
    };
    await this.deps.db.transaction().execute(async (tx) => {
      const existing = await store.listFederatedCredentials(tx, app.id);
      if (existing.length >= MAX_FEDERATED_CREDENTIALS)
        throw conflict(
          `An app has at most ${MAX_FEDERATED_CREDENTIALS} federated credentials; remove one first.`,
        );
      if (existing.some((other) => other.name === row.name))
        throw conflict(`The app already has a federated credential named "${row.name}".`);
      await store.insertFederatedCredential(tx, row);
      await this.deps.audit.record(tx, caller, {
        action: 'app.federated_credential_added',
        target: { type: 'app', id: app.id },
        changes: auditFields(row),
      });
    });
    this.deps.invalidate({ principalId: app.id });
    return row;
  }

  async update(
    caller: Caller,
    appRef: string,
    ref: string,
    patch: FederatedCredentialPatch,
  ): Promise<FederatedCredentialRow> {
    const app = await this.changeable(caller.principal, appRef);
    const row = await this.found(app.id, ref);
    const changes: Partial<FederatedCredentialRow> = {};
    if (patch.name !== undefined && patch.name.trim() !== row.name) changes.name = patch.name.trim();
    if (patch.issuer !== undefined && patch.issuer !== row.issuer)
      changes.issuer = this.checkedIssuer(patch.issuer);
    if (patch.audience !== undefined && patch.audience !== row.audience) changes.audience = patch.audience;
    if (patch.subject !== undefined && (patch.subject ?? null) !== row.subject)
      changes.subject = patch.subject ?? null;
    if (patch.claims !== undefined) {
      const claims = JSON.stringify(checkedClaims(patch.claims));
      if (claims !== row.claims) changes.claims = claims;
    }
    if (Object.keys(changes).length === 0) return row;
    changes.updatedAt = this.deps.clock.now();
    const updated = { ...row, ...changes };
    await this.deps.db.transaction().execute(async (tx) => {
      await store.updateFederatedCredential(tx, row.id, changes);
      await this.deps.audit.record(tx, caller, {
        action: 'app.federated_credential_updated',
        target: { type: 'app', id: app.id },
        changes: { id: row.id, ...changedFields(row, updated) },
      });
    });
    this.deps.invalidate({ principalId: app.id });
    return updated;
  }

  async remove(caller: Caller, appRef: string, ref: string): Promise<FederatedCredentialRow> {
    const app = await this.changeable(caller.principal, appRef);
    const row = await this.found(app.id, ref);
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.deleteFederatedCredential(tx, row.id))) throw notFound('Federated credential');
      await this.deps.audit.record(tx, caller, {
        action: 'app.federated_credential_removed',
        target: { type: 'app', id: app.id },
        changes: auditFields(row),
      });
    });
    this.deps.invalidate({ principalId: app.id });
    return row;
  }

  private async changeable(principal: Principal, appRef: string) {
    const app = await this.deps.apps.managed(principal, appRef);
    if (app.archivedAt !== null) throw conflict('This app is archived and cannot change.');
    return app;
  }

  private async found(appId: string, ref: string): Promise<FederatedCredentialRow> {
    const row = await store.findFederatedCredential(this.deps.db, appId, ref);
    if (!row) throw notFound('Federated credential');
    return row;
  }

  private checkedIssuer(issuer: string): string {
    const problem = providerUrlProblem(issuer, this.deps.outbound);
    if (problem) throw invalid(`body.issuer: ${problem}`);
    return issuer;
  }
}

function checkedClaims(claims: Record<string, string>): Record<string, string> {
  const names = Object.keys(claims);
  if (names.length > MAX_CLAIMS) throw invalid(`body.claims: at most ${MAX_CLAIMS} claims.`);
  const reserved = names.filter((name) => RESERVED_CLAIMS.has(name));
  if (reserved.length > 0)
    throw invalid(
      `body.claims: ${reserved.join(', ')} cannot be listed here: the issuer, audience and subject have their own fields, and the times are always checked.`,
    );
  return Object.fromEntries(names.sort().map((name) => [name, claims[name] ?? '']));
}

const auditFields = (row: FederatedCredentialRow) => ({
  id: row.id,
  name: row.name,
  issuer: row.issuer,
  audience: row.audience,
  subject: row.subject,
  claims: claimsOf(row),
});

function changedFields(before: FederatedCredentialRow, after: FederatedCredentialRow) {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(auditFields(after))) {
    const previous = auditFields(before)[key as keyof ReturnType<typeof auditFields>];
    if (JSON.stringify(previous) !== JSON.stringify(value)) changes[key] = { from: previous, to: value };
  }
  return changes;
}
