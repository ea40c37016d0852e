// Permission names, the patterns roles and keys are written with, and what a principal holds: pure functions.
import type { RoleGranteeType, RoleScopeType } from '../../db/schema.ts';

/** `resource:action`: lowercase letters, digits, `-` and `_`, one colon. */
export const PERMISSION_PATTERN = '^[a-z0-9_-]{1,64}:[a-z0-9_-]{1,64}$';
const NAME = new RegExp(PERMISSION_PATTERN);
const RESOURCE_WILDCARD = /^[a-z0-9_-]{1,64}:\*$/;

export const isPermissionName = (value: string): boolean => NAME.test(value);

/** A permission, `resource:*` or `*`: what a role or a key restriction is written with. */
export const isPattern = (value: string): boolean =>
  value === '*' || NAME.test(value) || RESOURCE_WILDCARD.test(value);

export function matches(pattern: string, name: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith(':*')) return name.startsWith(pattern.slice(0, -1));
  return pattern === name;
}

/** The catalogue's permissions the patterns name. */
export const expand = (patterns: readonly string[], catalogue: Iterable<string>): string[] =>
  [...catalogue].filter((name) => patterns.some((pattern) => matches(pattern, name)));

/** The first pattern in `field` that is malformed, or a wildcard matching nothing: a message naming it. */
export function badPattern(
  field: string,
  patterns: readonly string[],
  catalogue: ReadonlySet<string>,
  wildcards: boolean,
): string | undefined {
  for (const [index, pattern] of patterns.entries()) {
    const at = `${field}.${index}`;
    if (!wildcards && !isPermissionName(pattern))
      return `${at}: "${pattern}" is not a permission name (resource:action: lowercase letters, digits, - and _).`;
    if (!isPattern(pattern))
      return `${at}: "${pattern}" is neither a permission (resource:action), resource:* nor *.`;
    if (pattern.includes('*')) {
      if (expand([pattern], catalogue).length === 0)
        return `${at}: "${pattern}" matches no permission in the catalogue.`;
    } else if (!catalogue.has(pattern)) return `${at}: "${pattern}" is not in the permission catalogue.`;
  }
  return undefined;
}

/** One role assignment that reached a principal, with the role's patterns. */
export interface RoleGrant {
  role: string;
  scopeType: RoleScopeType;
  scopeId: string;
  /** The slug (or UUID) of the org or project the scope names, for `via`; '' at tenant scope. */
  scopeSlug: string;
  granteeType: RoleGranteeType;
  granteeId: string;
  granteeSlug: string;
  patterns: string[];
}

/** What a principal holds where it was asked: each permission with the assignments that gave it. */
export interface Holdings {
  permissions: ReadonlyMap<string, readonly RoleGrant[]>;
}

/**
 * The catalogue's permissions a role's patterns name. A name is looked up, only a wildcard walks the
 * catalogue: with hundreds of permissions and dozens of roles, expanding every pattern against the whole
 * catalogue cost most of a cold decision.
 */
export function expandRole(patterns: readonly string[], catalogue: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const pattern of patterns) {
    if (!pattern.includes('*')) {
      if (catalogue.has(pattern)) names.add(pattern);
    } else for (const name of catalogue) if (matches(pattern, name)) names.add(name);
  }
  return [...names];
}

/** A role as a decision uses it: its patterns as written, and the catalogue's permissions they name. */
export interface ExpandedRole {
  patterns: string[];
  names: readonly string[];
}

/**
 * What the assignments give, each role expanded once beforehand; an assignment of a role without
 * patterns (or unknown) gives nothing.
 */
export function holdingsFrom(
  assignments: readonly Omit<RoleGrant, 'patterns'>[],
  roles: ReadonlyMap<string, ExpandedRole>,
): Holdings {
  const permissions = new Map<string, RoleGrant[]>();
  for (const assignment of assignments) {
    const role = roles.get(assignment.role);
    if (!role || role.patterns.length === 0) continue;
    const grant: RoleGrant = { ...assignment, patterns: role.patterns };
    for (const name of role.names) {
      const list = permissions.get(name);
      if (list) list.push(grant);
      else permissions.set(name, [grant]);
    }
  }
  return { permissions };
}

/**
 * A credential's own limit on permissions (a key's `scopes.permissions`, an app token's `scope`); null:
 * none beyond its holder's.
 */
export interface PermissionLimit {
  patterns: readonly string[] | null;
  /** The key (or the token's id), to name it in `via`. */
  keyId?: string;
  /** What kind of credential sets the limit; a key by default. */
  kind?: 'key' | 'token';
}

export interface PermissionVerdict {
  allowed: boolean;
  /** The asked permissions the credential does not have here, in the order asked. */
  missing: string[];
  /** For each asked permission it has, the assignments that gave it. */
  granted: Map<string, readonly RoleGrant[]>;
  /** The asked permissions the owner has but the credential's restriction leaves out. */
  cappedByKey: string[];
}

/** Effective = what the holder has ∩ what the credential allows: every asked permission must be in both. */
export function decidePermissions(
  holdings: Holdings,
  limit: PermissionLimit,
  asked: readonly string[],
): PermissionVerdict {
  const missing: string[] = [];
  const cappedByKey: string[] = [];
  const granted = new Map<string, readonly RoleGrant[]>();
  for (const name of asked) {
    const via = holdings.permissions.get(name);
    if (!via) {
      missing.push(name);
      continue;
    }
    if (limit.patterns !== null && !limit.patterns.some((pattern) => matches(pattern, name))) {
      missing.push(name);
      cappedByKey.push(name);
      continue;
    }
    granted.set(name, via);
  }
  return { allowed: missing.length === 0, missing, granted, cappedByKey };
}

/** Role names: as slugs are. */
export const ROLE_NAME_PATTERN = '^[a-z0-9][a-z0-9_-]{0,63}$';
