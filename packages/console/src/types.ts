// The API's JSON shapes the console reads (the subset of docs/openapi.json it shows).

export interface User {
  uuid: string;
  email: string;
  name: string;
  slug: string;
  admin: boolean;
  suspended: boolean;
  developer: boolean;
  creation: string;
  modified: string;
  rate_limit?: { per_second: number; burst: number; default: boolean } | null;
}

export interface Key {
  uuid: string;
  name: string;
  start: string;
  creation: string;
  expiration: string | null;
  revoked: string | null;
  last_used: string | null;
  scopes: { read_only: boolean; projects: string[] | null; permissions?: string[] | null } | null;
  /** Imported from the system Latchkey replaced: its holder should replace it. */
  imported: boolean;
  user?: { uuid: string; email: string; name: string; slug: string } | string;
  /** In the administrators' list: requests the usage history counted in the last 7 days. */
  requests_7d?: number;
}

export type MaxLifetime = 'never' | '7d' | '30d' | '90d' | '180d' | '365d';

export interface Settings {
  allow_user_keys: boolean;
  key_max_lifetime: MaxLifetime;
  allow_session_keys: boolean;
}

export interface ConfigValue {
  key: string;
  description: string;
  type: string;
  required: boolean;
  value: string | number | boolean | null;
}

export interface App {
  uuid: string;
  client_id: string;
  slug: string;
  name: string;
  description: string;
  lifecycle: 'manual' | 'automatic';
  status: 'active' | 'inactive' | 'archived';
  version: string | null;
  scopes: string[];
  webhook_url: string | null;
  configuration: ConfigValue[];
  secret?: { start: string; creation: string } | null;
  creation: string;
  activated: string | null;
  archived: string | null;
  last_seen: string | null;
}

export interface Project {
  uuid: string;
  slug: string;
  name: string;
  owner: { type: 'org' | 'user'; uuid: string; slug: string };
  policy: 'read' | 'write' | 'admin' | null;
  creation: string;
}

export interface Via {
  kind: string;
  policy: string | null;
  subject: { type: string; uuid: string; slug: string | null } | null;
  note: string;
}

export interface Org {
  uuid: string;
  slug: string;
  name: string;
  creation: string;
}

export interface Team extends Org {
  org: { uuid: string; slug: string };
}

export interface Member {
  type: 'user' | 'app';
  uuid: string;
  slug: string;
  name: string;
  role: 'member' | 'admin';
}

export interface Collaborator {
  uuid: string;
  type: 'org' | 'team' | 'user' | 'app';
  grantee: { uuid: string; slug: string; name: string };
  policy: 'read' | 'write' | 'admin';
  creation: string;
}

export interface IdentityProvider {
  uuid: string;
  issuer: string;
  audience: string;
  email_claim: string;
  algorithms: string[];
  enabled: boolean;
  jwks_uri: string;
  creation: string;
}

export interface AuditEvent {
  uuid: string;
  seq: number;
  time: string;
  action: string;
  actor: {
    type: 'user' | 'app' | 'anonymous' | 'system';
    uuid: string | null;
    label: string | null;
    credential: { kind: string; id: string | null; hint: string | null } | null;
  };
  target: { type: string; id: string };
  client: { address: string | null; user_agent: string | null };
  request_id: string | null;
  changes: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

export interface Permission {
  name: string;
  description: string;
  creation: string;
  updated: string;
}

export interface Role {
  name: string;
  description: string;
  /** As written: names, `resource:*` or `*`. */
  permissions: string[];
  creation: string;
  updated: string;
}

export type GranteeType = 'user' | 'app' | 'team' | 'org';

export interface RoleAssignment {
  uuid: string;
  role: string;
  scope: { type: 'tenant' | 'org' | 'project'; uuid: string | null };
  grantee: { type: GranteeType; uuid: string };
  creation: string;
}

/** GET /v0/users/{user}/keys/{key}/usage: which of its permissions a key was checked for. */
export interface KeyUsage {
  from: string;
  to: string;
  granularity: string;
  permissions: {
    granted: string[];
    used: { permission: string; allowed: number; refused: number; last_used_at: string | null }[];
    unused: string[];
  };
}

/** A workload identity an app trusts instead of its secret (docs/workload-identity.md). */
export interface FederatedCredential {
  uuid: string;
  name: string;
  issuer: string;
  audience: string;
  subject: string | null;
  claims: Record<string, string>;
  creator: string | null;
  creation: string;
  modified: string;
}
