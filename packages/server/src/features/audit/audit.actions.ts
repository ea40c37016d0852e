// The closed set of things the audit log records, and the kinds of object they are done to.

/** Object types an event can be about; `GET /v0/audit?target=TYPE:REF` takes these. */
export const TARGET_TYPES = [
  'user',
  'key',
  'key_import',
  'settings',
  'app',
  'token',
  'signing_key',
  'identity_provider',
  'org',
  'team',
  'project',
  'webhook',
] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

/** Every action, named `<target type>.<what happened>`. */
export const AUDIT_ACTIONS = [
  'session.signed_in',
  'session.sign_in_failed',
  'session.signed_out',
  'session.key_created',
  'user.created',
  'user.provisioned',
  'user.updated',
  'user.password_changed',
  'user.suspended',
  'user.unsuspended',
  'user.deleted',
  'user.identity_bound',
  'key.created',
  'key.renamed',
  'key.revoked',
  'key.rerolled',
  'key.imported',
  'settings.changed',
  'app.created',
  'app.updated',
  'app.configured',
  'app.activated',
  'app.archived',
  'app.secret_generated',
  'app.client_auth_failed',
  'token.revoked',
  'signing_key.rotated',
  'identity_provider.created',
  'identity_provider.updated',
  'identity_provider.deleted',
  'org.created',
  'org.updated',
  'org.deleted',
  'org.member_added',
  'org.member_updated',
  'org.member_removed',
  'team.created',
  'team.updated',
  'team.deleted',
  'team.member_added',
  'team.member_updated',
  'team.member_removed',
  'project.created',
  'project.updated',
  'project.deleted',
  'project.grant_added',
  'project.grant_updated',
  'project.grant_removed',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.redelivered',
  'credential.leak_reported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One thing that happened to one object, with what changed (never a secret). */
export interface AuditEntry {
  action: AuditAction;
  target: { type: TargetType; id: string };
  changes?: Record<string, unknown>;
}
