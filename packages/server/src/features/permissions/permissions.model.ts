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

/**
 * The catalogue's permissions a role's patterns name. A name is looked up, only a wildcard walks the
 * catalogue: with hundreds of permissions and dozens of roles, expanding every pattern against the whole
 * catalogue cost most of a cold decision.
 */
export function expandRole(patterns: readonly string[], catalogue: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const pattern of patterns) {
    if (!pattern.includes('*')) {
      if (catalogue.has(pattern)) names.add(pattern);
    } else for (const name of catalogue) if (matches(pattern, name)) names.add(name);
  }
  return names;
}

/** A role as a decision uses it: its patterns as written, and the catalogue's permissions they name. */
export interface ExpandedRole {
  patterns: string[];
  names: ReadonlySet<string>;
}

/** One assignment a principal holds through, and its role. */
interface Held {
  assignment: Omit<RoleGrant, 'patterns'>;
  role: ExpandedRole;
}

/**
 * What a principal holds where it was asked: the assignments that reached it, each with its role expanded
 * once beforehand. A permission's grants are found when it is asked about, not gathered for every
 * permission up front: a decision asks about one or a few of hundreds, and a map of every held
 * permission to its grants was most of the work (and the garbage) of a decision on a miss.
 */
export class Holdings {
  static readonly NONE = new Holdings([]);

  private constructor(private readonly held: readonly Held[]) {}

  /** What the assignments give; an assignment of a role without patterns (or unknown) gives nothing. */
  static from(
    assignments: readonly Omit<RoleGrant, 'patterns'>[],
    roles: ReadonlyMap<string, ExpandedRole>,
  ): Holdings {
    const held: Held[] = [];
    for (const assignment of assignments) {
      const role = roles.get(assignment.role);
      if (role && role.patterns.length > 0) held.push({ assignment, role });
    }
    return new Holdings(held);
  }

  /** The assignments that give this permission, in the order they came; undefined when none does. */
  grantsOf(name: string): readonly RoleGrant[] | undefined {
    let grants: RoleGrant[] | undefined;
    for (const { assignment, role } of this.held)
      if (role.names.has(name)) {
        const grant = { ...assignment, patterns: role.patterns };
        if (grants) grants.push(grant);
        else grants = [grant];
      }
    return grants;
  }

  /** Every permission held. */
  names(): Set<string> {
    const all = new Set<string>();
    for (const { role } of this.held) for (const name of role.names) all.add(name);
    return all;
  }
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
    const via = holdings.grantsOf(name);
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
