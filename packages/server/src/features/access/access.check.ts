// The policy arithmetic of an access decision: the highest grant wins, then a key's restrictions cap it.
import type { KeyRestrictions } from '../../auth/principal.ts';
import type { GranteeType, Policy } from '../../db/schema.ts';

export const POLICIES: readonly Policy[] = ['read', 'write', 'admin'];

/** 0 for no access; read < write < admin. */
export const rank = (policy: Policy | null): number => (policy === null ? 0 : POLICIES.indexOf(policy) + 1);

export const highest = (policies: (Policy | null)[]): Policy | null =>
  policies.reduce<Policy | null>((best, p) => (rank(p) > rank(best) ? p : best), null);

/** Whom a decision is about: the caller, or the principal an administrator asks about. */
export interface Subject {
  type: 'user' | 'app';
  id: string;
  slug: string;
  isAdmin: boolean;
  restrictions?: KeyRestrictions;
  /** The restricted key, to name it in `via`. */
  keyId?: string;
}

/** How a principal reaches a project, as the store finds it. */
export interface GrantPath {
  kind: 'direct' | 'team' | 'org' | 'owner' | 'org_admin';
  policy: Policy;
  granteeType: GranteeType;
  granteeId: string;
  granteeSlug: string;
}

export type ViaKind = GrantPath['kind'] | 'tenant_admin' | 'key_restriction';

export interface Via {
  kind: ViaKind;
  /** The policy this path gives; for a key restriction, the most the key allows here (null: nothing). */
  policy: Policy | null;
  subject: { type: GranteeType | 'key'; uuid: string; slug: string | null } | null;
  note: string;
}

export interface Decision {
  /** The effective policy; null when the project is not visible to the subject at all. */
  policy: Policy | null;
  via: Via[];
}

const NOTES: Record<GrantPath['kind'], (path: GrantPath) => string> = {
  direct: (p) => `a collaborator of the project as ${p.granteeType} "${p.granteeSlug}"`,
  team: (p) => `a member of team "${p.granteeSlug}", a collaborator of the project`,
  org: (p) => `a member of org "${p.granteeSlug}", a collaborator of the project`,
  owner: () => 'the owner of this personal project',
  org_admin: (p) => `an admin of org "${p.granteeSlug}", which owns the project`,
};

export function decide(subject: Subject, projectId: string, paths: readonly GrantPath[]): Decision {
  const via: Via[] = [...paths]
    .sort((a, b) => rank(b.policy) - rank(a.policy))
    .map((path) => ({
      kind: path.kind,
      policy: path.policy,
      subject: { type: path.granteeType, uuid: path.granteeId, slug: path.granteeSlug },
      note: NOTES[path.kind](path),
    }));
  if (subject.isAdmin) {
    via.unshift({ kind: 'tenant_admin', policy: 'admin', subject: null, note: 'a tenant administrator' });
  }
  let policy = highest(via.map((v) => v.policy));
  const restrictions = subject.restrictions;
  if (!restrictions || policy === null) return { policy, via };
  const key = { type: 'key' as const, uuid: subject.keyId ?? '', slug: null };
  if (restrictions.projects !== null && !restrictions.projects.includes(projectId)) {
    policy = null;
    via.push({
      kind: 'key_restriction',
      policy: null,
      subject: key,
      note: 'this key is limited to other projects',
    });
  } else if (restrictions.readOnly) {
    policy = rank(policy) > rank('read') ? 'read' : policy;
    via.push({ kind: 'key_restriction', policy: 'read', subject: key, note: 'this key is read-only' });
  } else {
    via.push({
      kind: 'key_restriction',
      policy: 'admin',
      subject: key,
      note: 'this key is limited to some projects, this one among them',
    });
  }
  return { policy, via };
}

/** The 403 message for a visible project: the policy needed, what the caller has, and a key's part in it. */
export function refusal(needed: Policy, decision: Decision, what: string): string {
  const keyCapped = decision.via.some((v) => v.kind === 'key_restriction' && rank(v.policy) < rank(needed));
  return `This needs the ${needed} policy on ${what}; you have ${decision.policy ?? 'none'}${
    keyCapped ? ' (this API key is read-only)' : ''
  }.`;
}
