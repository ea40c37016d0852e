// Table types as Kysely sees them (camelCase; the columns are snake_case). Times are epoch milliseconds, UTC.
import type { Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { ChainedFields } from '../lib/crypto/hash-chain.ts';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  slug: string;
  passwordHash: string | null;
  role: 'admin' | 'user';
  suspendedAt: number | null;
  /** Set when an administrator granted the developer capability (may create apps). */
  developerAt: number | null;
  /** An administrator's rate-limit override; both null: the configured default. */
  rateLimitPerSecond: number | null;
  rateLimitBurst: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface SessionsTable {
  id: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
  endedAt: number | null;
  /** When the session last proved a second factor (sign-in, enrolment, step-up); null: never. */
  factorAt: number | null;
  /** The site's policy covered a user with no factor at sign-in: until one is enrolled, only enrolment. */
  enrolmentRequiredAt: number | null;
}

/** A one-time link that lets a user set a password: an invitation or a password reset. */
export interface UserLinksTable {
  id: string;
  userId: string;
  purpose: 'invitation' | 'password_reset';
  /** SHA-256 of the link's token. */
  hash: string;
  /** The administrator who made it. */
  createdBy: string | null;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

export interface ApiKeysTable {
  id: string;
  userId: string;
  name: string;
  hash: string;
  start: string;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  lastUsedAt: number | null;
  /** JSON `{"read_only", "projects"}` restrictions; null for a key with its owner's full access. */
  scopes: string | null;
  /** When the first key of this key's line was created (itself, unless it came from rerolls). */
  lineageCreatedAt: number;
  /** The key that replaced this one in a reroll; null while it has not been rerolled. */
  rerolledTo: string | null;
  /** When the key was imported from another system; null for a key Latchkey generated. */
  importedAt: number | null;
  /** The hash it was imported with (`sha256:<hex>` or `bcrypt:<hash>`): a repeated import is recognised by it. */
  importedHash: string | null;
  /** A bcrypt-hashed import not yet used: the first characters of the key it is found by; null after. */
  lookupPrefix: string | null;
}

export interface SigningKeysTable {
  id: string;
  /** Encrypted (secrets/sealed-fields.ts). */
  privateKeyPem: string;
  createdAt: number;
  retiredAt: number | null;
}

export interface SettingsTable {
  name: string;
  /** JSON. */
  value: string;
  updatedAt: number;
}

/** One recorded change or security event, chained to the one before it (lib/crypto/hash-chain.ts). */
export interface AuditEventsTable extends ChainedFields {
  actorType: 'user' | 'app' | 'anonymous' | 'system';
  prevHash: string;
  hash: string;
}

/** The one row (id 1) holding the last event's seq and hash. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface SessionKeysTable {
  id: string;
  sessionId: string;
  hash: string;
  start: string;
  createdAt: number;
}

export interface AppsTable {
  id: string;
  /** `app_…`: stable, public, not a secret. */
  clientId: string;
  slug: string;
  name: string;
  description: string;
  lifecycle: 'manual' | 'automatic';
  version: string | null;
  /** JSON array of the scopes the app may request. */
  scopes: string;
  /** The manifest as submitted (JSON), for apps created from one. */
  manifest: string | null;
  /** JSON object of configuration values set so far; encrypted (secrets/sealed-fields.ts). */
  configuration: string;
  webhookUrl: string | null;
  /** HMAC key for lifecycle webhooks; shown once, at creation from the manifest; encrypted. */
  webhookSecret: string | null;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
  activatedAt: number | null;
  archivedAt: number | null;
  lastSeenAt: number | null;
  /** An administrator's rate-limit override; both null: the configured default. */
  rateLimitPerSecond: number | null;
  rateLimitBurst: number | null;
  /**
   * JSON array of permissions and wildcards an administrator set as the app's ceiling: its tokens are
   * granted nothing outside it. Null: no ceiling beyond what its role assignments give.
   */
  permissions: string | null;
}

/** A workload identity an app trusts: tokens from `issuer` whose `aud`, `sub` and claims match. */
export interface FederatedCredentialsTable {
  id: string;
  appId: string;
  name: string;
  issuer: string;
  audience: string;
  /** The token's `sub`, exactly or as a glob; null: any subject. */
  subject: string | null;
  /** JSON object: claim name -> the string it must equal (a `*` in it matches any run of characters). */
  claims: string;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface AppSecretsTable {
  id: string;
  appId: string;
  hash: string;
  start: string;
  createdAt: number;
  /** Null while current; set when replaced (to now, or now + grace). */
  expiresAt: number | null;
}

export interface RevokedTokensTable {
  jti: string;
  /** The token's own `exp`: the row is useless afterwards and may be deleted. */
  expiresAt: number;
}

export interface IdentityProvidersTable {
  id: string;
  issuer: string;
  audience: string;
  emailClaim: string;
  /** A JSON array of JWS algorithm names. */
  algorithms: string;
  jwksUri: string;
  disabledAt: number | null;
  createdAt: number;
  updatedAt: number;
  /** 1 when people may sign in to the console through it. */
  signIn: Generated<number>;
  displayName: string | null;
  clientId: string | null;
  /** Sealed (identity_providers.client_secret). */
  clientSecret: string | null;
  /** A JSON array of email domains whose users are created at their first sign-in. */
  jitDomains: Generated<string>;
}

export interface SsoAttemptsTable {
  stateHash: string;
  providerId: string;
  nonce: string;
  returnTo: string;
  usedAt: number | null;
  expiresAt: number;
  createdAt: number;
}

export interface IdentityBindingsTable {
  issuer: string;
  subject: string;
  userId: string;
  createdAt: number;
}

export type MemberType = 'user' | 'app';
export type MemberRole = 'member' | 'admin';
export type GranteeType = 'org' | 'team' | 'user' | 'app';
export type Policy = 'read' | 'write' | 'admin';

export interface OrgsTable {
  id: string;
  slug: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

export interface OrgMembersTable {
  orgId: string;
  memberId: string;
  memberType: MemberType;
  role: MemberRole;
  createdAt: number;
}

export interface TeamsTable {
  id: string;
  orgId: string;
  slug: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

export interface TeamMembersTable {
  teamId: string;
  memberId: string;
  memberType: MemberType;
  role: MemberRole;
  createdAt: number;
}

export interface ProjectsTable {
  id: string;
  slug: string;
  name: string;
  /** Set for an org's project; null for a personal project. */
  orgId: string | null;
  /** Set for a personal project: the user who owns it. */
  ownerId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface ProjectGrantsTable {
  id: string;
  projectId: string;
  granteeType: GranteeType;
  granteeId: string;
  policy: Policy;
  createdAt: number;
}

export interface WebhookEndpointsTable {
  id: string;
  url: string;
  description: string;
  /** JSON array of the event types sent to this endpoint. */
  events: string;
  /** `whsec_` + base64: the Standard Webhooks signing secret, shown once at creation; encrypted. */
  secret: string;
  disabledAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** The outbox: one delivery of one event to one receiver (an endpoint, or an app's manifest webhook). */
export interface WebhookDeliveriesTable {
  id: string;
  endpointId: string | null;
  appId: string | null;
  eventId: string;
  eventType: string;
  /** The JSON body (encrypted when sensitive); null once a credential's own delivery is finished. */
  payload: string | null;
  /** 1: the body carries the receiver's credential (app.activated). */
  sensitive: number;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number;
  /** The worker holding the delivery, until `leaseUntil`: no other instance sends it meanwhile. */
  leaseOwner: string | null;
  leaseUntil: number | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: number;
  deliveredAt: number | null;
}

export interface WebhookAttemptsTable {
  id: string;
  deliveryId: string;
  at: number;
  status: number | null;
  error: string | null;
  /** The start of the receiver's answer, for the delivery log. */
  response: string | null;
  durationMs: number;
}

/** A job run on a schedule: whoever holds the lease runs it, once per period, across restarts. */
export interface ScheduledJobsTable {
  name: string;
  nextRunAt: number;
  leaseOwner: string | null;
  leaseUntil: number | null;
  lastRunAt: number | null;
}

export type KeyNotice = 'expiring_7d' | 'expiring_1d' | 'expired';

export interface KeyNoticesTable {
  keyId: string;
  notice: KeyNotice;
  at: number;
}

/** A data key, wrapped by the master key `masterKeyId` (secrets/keyring.ts). */
export interface DataKeysTable {
  id: string;
  purpose: string;
  /** `lk1:<master key id>:…`: the key's 32 bytes sealed under the master key. */
  wrapped: string;
  masterKeyId: string;
  createdAt: number;
  wrappedAt: number;
}

/** A permission the platform defines: `resource:action`. */
export interface PermissionsTable {
  name: string;
  description: string;
  createdAt: number;
  updatedAt: number;
}

export interface RolesTable {
  name: string;
  description: string;
  createdAt: number;
  updatedAt: number;
}

/** One permission of a role as written: a name, `resource:*`, or `*`. */
export interface RolePermissionsTable {
  role: string;
  pattern: string;
}

export type RoleScopeType = 'tenant' | 'org' | 'project';
export type RoleGranteeType = 'user' | 'app' | 'team' | 'org';

/** A role given to a user, app, team or org at a scope; the tenant scope's `scopeId` is ''. */
export interface RoleAssignmentsTable {
  id: string;
  role: string;
  scopeType: RoleScopeType;
  scopeId: string;
  granteeType: RoleGranteeType;
  granteeId: string;
  createdAt: number;
}

/** A user's TOTP factor: its seed sealed with the keyring, confirmed by a first code. */
export interface TotpFactorsTable {
  id: string;
  userId: string;
  seed: string;
  confirmedAt: number | null;
  /** The last time step a code was accepted for (no replay within the window). */
  lastStep: number | null;
  createdAt: number;
}

/** A single-use recovery code: the SHA-256 of its plaintext, shown once. */
export interface RecoveryCodesTable {
  id: string;
  userId: string;
  hash: string;
  usedAt: number | null;
  createdAt: number;
}

/** A right password waiting for its second factor: the SHA-256 of the challenge handed out. */
export interface MfaChallengesTable {
  id: string;
  userId: string;
  hash: string;
  failures: Generated<number>;
  expiresAt: number;
  usedAt: number | null;
  createdAt: number;
}

export interface DeviceAuthorizationsTable {
  id: string;
  deviceCodeHash: string;
  userCodeHash: string;
  clientId: string;
  status: 'pending' | 'approved' | 'denied';
  userId: string | null;
  requesterAddress: string;
  requesterAgent: string | null;
  intervalSeconds: number;
  lastPolledAt: number | null;
  decidedAt: number | null;
  redeemedAt: number | null;
  expiresAt: number;
  createdAt: number;
}

/** A user's passkey: the WebAuthn credential's public key and signature counter. */
export interface PasskeysTable {
  id: string;
  userId: string;
  credentialId: string;
  publicKey: string;
  counter: number;
  transports: string;
  name: string;
  lastUsedAt: number | null;
  createdAt: number;
}

export type PasskeyPurpose = 'register' | 'sign_in' | 'second_factor';

/** A WebAuthn challenge handed out: the SHA-256 of it, single use, minutes long. */
export interface PasskeyChallengesTable {
  id: string;
  hash: string;
  purpose: PasskeyPurpose;
  userId: string | null;
  expiresAt: number;
  usedAt: number | null;
  createdAt: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  apiKeys: ApiKeysTable;
  signingKeys: SigningKeysTable;
  settings: SettingsTable;
  sessionKeys: SessionKeysTable;
  apps: AppsTable;
  appSecrets: AppSecretsTable;
  federatedCredentials: FederatedCredentialsTable;
  revokedTokens: RevokedTokensTable;
  identityProviders: IdentityProvidersTable;
  identityBindings: IdentityBindingsTable;
  ssoAttempts: SsoAttemptsTable;
  orgs: OrgsTable;
  orgMembers: OrgMembersTable;
  teams: TeamsTable;
  teamMembers: TeamMembersTable;
  projects: ProjectsTable;
  projectGrants: ProjectGrantsTable;
  auditEvents: AuditEventsTable;
  auditHead: AuditHeadTable;
  webhookEndpoints: WebhookEndpointsTable;
  webhookDeliveries: WebhookDeliveriesTable;
  webhookAttempts: WebhookAttemptsTable;
  scheduledJobs: ScheduledJobsTable;
  keyNotices: KeyNoticesTable;
  dataKeys: DataKeysTable;
  permissions: PermissionsTable;
  roles: RolesTable;
  rolePermissions: RolePermissionsTable;
  roleAssignments: RoleAssignmentsTable;
  totpFactors: TotpFactorsTable;
  userLinks: UserLinksTable;
  recoveryCodes: RecoveryCodesTable;
  mfaChallenges: MfaChallengesTable;
  deviceAuthorizations: DeviceAuthorizationsTable;
  credentialUsage: CredentialUsageTable;
  passkeys: PasskeysTable;
  passkeyChallenges: PasskeyChallengesTable;
}

/**
 * A credential's usage in one hour, one row per thing counted: an outcome (`accepted`, a refusal's
 * code), a client address, or a permission it was checked for. Written by upserts that add.
 */
export interface CredentialUsageTable {
  credentialKind: 'user_key' | 'session_key' | 'app';
  /** The key's or session key's id, or the app's. */
  credentialId: string;
  /** The hour's start, in milliseconds since the epoch. */
  hour: number;
  dimension: 'outcome' | 'address' | 'permission';
  item: string;
  /** Requests with this outcome or from this address; for a permission, the checks it passed. */
  count: number;
  /** For a permission: the checks it failed. */
  refused: number;
  /** For a permission: the last check. */
  lastAt: number | null;
}

export type Db = Kysely<Database>;
/** A database handle or an open transaction: stores take either. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;
/** An open transaction: what the audit log records into, beside the change it records. */
export type Tx = Transaction<Database>;

export type UserRow = Selectable<UsersTable>;
export type TotpFactorRow = Selectable<TotpFactorsTable>;
export type UserLinkRow = Selectable<UserLinksTable>;
export type MfaChallengeRow = Selectable<MfaChallengesTable>;
export type DeviceAuthorizationRow = Selectable<DeviceAuthorizationsTable>;
export type PasskeyRow = Selectable<PasskeysTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type SessionKeyRow = Selectable<SessionKeysTable>;
export type SigningKeyRow = Selectable<SigningKeysTable>;
export type AppRow = Selectable<AppsTable>;
export type AppSecretRow = Selectable<AppSecretsTable>;
export type FederatedCredentialRow = Selectable<FederatedCredentialsTable>;
export type IdentityProviderRow = Selectable<IdentityProvidersTable>;
export type IdentityBindingRow = Selectable<IdentityBindingsTable>;
export type SsoAttemptRow = Selectable<SsoAttemptsTable>;
export type OrgRow = Selectable<OrgsTable>;
export type OrgMemberRow = Selectable<OrgMembersTable>;
export type TeamRow = Selectable<TeamsTable>;
export type TeamMemberRow = Selectable<TeamMembersTable>;
export type ProjectRow = Selectable<ProjectsTable>;
export type ProjectGrantRow = Selectable<ProjectGrantsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
export type WebhookAttemptRow = Selectable<WebhookAttemptsTable>;
export type DataKeyRow = Selectable<DataKeysTable>;
export type PermissionRow = Selectable<PermissionsTable>;
export type RoleRow = Selectable<RolesTable>;
export type RoleAssignmentRow = Selectable<RoleAssignmentsTable>;
export type { Generated };
