// The JSON shapes of orgs, teams, members, projects, collaborators and access decisions.
import { Type } from 'typebox';
import type { OrgRow, Policy, ProjectRow, TeamRow } from '../../db/schema.ts';
import { toIso } from '../../lib/clock.ts';
import { SLUG_PATTERN } from '../../lib/ids.ts';
import { component, DisplayName, Timestamp, Uuid } from '../../lib/schemas.ts';
import type { Decision, ViaKind } from './access.check.ts';
import type { MemberView } from './access.store.ts';
import type { CollaboratorView } from './projects.store.ts';

export const PolicySchema = Type.Union([Type.Literal('read'), Type.Literal('write'), Type.Literal('admin')], {
  description: 'read < write < admin.',
});
// Response-only enums: plain `enum` rather than `anyOf` of literals, which the serializer would try one by one
// with a validator on every answer of the access check (its hot path).
const enumOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: values, ...(description ? { description } : {}) });
const nullableEnumOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T | null>({
    type: ['string', 'null'],
    enum: [...values, null],
    ...(description ? { description } : {}),
  });
const POLICY_VALUES = ['read', 'write', 'admin'] as const;

export const RoleSchema = Type.Union([Type.Literal('member'), Type.Literal('admin')]);
export const SlugSchema = Type.String({ minLength: 1, maxLength: 64, pattern: SLUG_PATTERN });

export const CreateNamed = Type.Object(
  { name: DisplayName(), slug: Type.Optional(SlugSchema) },
  { additionalProperties: false },
);

export const RenameBody = Type.Object({ name: DisplayName() }, { additionalProperties: false });

const ref = (what: string) =>
  Type.String({ minLength: 1, maxLength: 64, description: `The slug or UUID of the ${what}.` });

export const MemberBody = Type.Object(
  {
    user: Type.Optional(ref('user')),
    app: Type.Optional(ref('app (or its client id)')),
    role: Type.Optional(Type.Union([Type.Literal('member'), Type.Literal('admin')], { default: 'member' })),
  },
  { additionalProperties: false, description: 'Exactly one of user or app, and the role (default member).' },
);

const OrgShape = Type.Object({
  uuid: Uuid,
  slug: Type.String(),
  name: Type.String(),
  creation: Timestamp,
});
export const OrgJson = component('Org', OrgShape);
export const orgJson = (org: OrgRow) => ({
  uuid: org.id,
  slug: org.slug,
  name: org.name,
  creation: toIso(org.createdAt),
});

const TeamShape = Type.Object({
  uuid: Uuid,
  slug: Type.String(),
  name: Type.String(),
  org: Type.Object({ uuid: Uuid, slug: Type.String() }),
  creation: Timestamp,
});
export const TeamJson = component('Team', TeamShape);
export const teamJson = (team: TeamRow, org: OrgRow) => ({
  uuid: team.id,
  slug: team.slug,
  name: team.name,
  org: { uuid: org.id, slug: org.slug },
  creation: toIso(team.createdAt),
});

const MemberShape = Type.Object({
  type: Type.Union([Type.Literal('user'), Type.Literal('app')]),
  uuid: Uuid,
  slug: Type.String(),
  name: Type.String(),
  role: RoleSchema,
});
export const MemberJson = component('Member', MemberShape);
export const memberJson = (m: Pick<MemberView, 'memberType' | 'memberId' | 'slug' | 'name' | 'role'>) => ({
  type: m.memberType,
  uuid: m.memberId,
  slug: m.slug,
  name: m.name,
  role: m.role,
});

const ProjectShape = Type.Object({
  uuid: Uuid,
  slug: Type.String(),
  name: Type.String(),
  owner: Type.Object({
    type: Type.Union([Type.Literal('org'), Type.Literal('user')]),
    uuid: Uuid,
    slug: Type.String(),
  }),
  policy: Type.Union([PolicySchema, Type.Null()], {
    description: "The caller's effective policy on the project.",
  }),
  creation: Timestamp,
});
export const ProjectJson = component('Project', ProjectShape);
export const projectJson = (project: ProjectRow, ownerSlug: string, policy: Policy | null) => ({
  uuid: project.id,
  slug: project.slug,
  name: project.name,
  owner: {
    type: project.orgId ? ('org' as const) : ('user' as const),
    uuid: project.orgId ?? project.ownerId ?? '',
    slug: ownerSlug,
  },
  policy,
  creation: toIso(project.createdAt),
});

const GranteeType = Type.Union([
  Type.Literal('org'),
  Type.Literal('team'),
  Type.Literal('user'),
  Type.Literal('app'),
]);

const CollaboratorShape = Type.Object({
  uuid: Uuid,
  type: GranteeType,
  grantee: Type.Object({ uuid: Uuid, slug: Type.String(), name: Type.String() }),
  policy: PolicySchema,
  creation: Timestamp,
});
export const CollaboratorJson = component('Collaborator', CollaboratorShape);
export const collaboratorJson = (c: CollaboratorView) => ({
  uuid: c.id,
  type: c.granteeType,
  grantee: { uuid: c.granteeId, slug: c.slug, name: c.name },
  policy: c.policy,
  creation: toIso(c.createdAt),
});

export const ViaJson = Type.Object({
  kind: enumOf<ViaKind | 'role' | 'token_scope'>([
    'direct',
    'team',
    'org',
    'owner',
    'org_admin',
    'tenant_admin',
    'key_restriction',
    'role',
    'token_scope',
  ]),
  policy: nullableEnumOf(
    POLICY_VALUES,
    'The policy this path gives; for a key restriction, the most it allows.',
  ),
  subject: Type.Unsafe<{ type: string; uuid: string; slug: string | null } | null>({
    type: ['object', 'null'],
    properties: {
      type: { type: 'string', enum: ['org', 'team', 'user', 'app', 'key', 'token'] },
      uuid: { type: 'string' },
      slug: { type: ['string', 'null'] },
    },
    required: ['type', 'uuid', 'slug'],
    description:
      'The grantee (or the restricted key, or the app token) behind this path; null for a tenant administrator.',
  }),
  note: Type.String(),
  permission: Type.Optional(
    Type.String({ description: 'With `permission`: the permission this entry is about.' }),
  ),
  role: Type.Optional(Type.String({ description: '`role`: the role that gives the permission.' })),
  scope: Type.Optional(
    Type.Object(
      {
        type: enumOf<'tenant' | 'org' | 'project'>(['tenant', 'org', 'project']),
        uuid: Type.Union([Uuid, Type.Null()]),
        slug: Type.Union([Type.String(), Type.Null()]),
      },
      { description: '`role`: where the role is assigned (null uuid and slug for the whole tenant).' },
    ),
  ),
});

const CheckShape = Type.Object({
  allowed: Type.Boolean(),
  policy: nullableEnumOf(
    POLICY_VALUES,
    'The effective policy on the project (null when only permissions were asked about).',
  ),
  via: Type.Array(ViaJson, {
    description:
      'The grants (and key restrictions) that gave the answer; with `permission`, also the role assignments that gave each permission and any key or token restriction that narrowed or refused one.',
  }),
  permissions: Type.Optional(
    Type.Object(
      {
        granted: Type.Array(Type.String()),
        missing: Type.Array(Type.String(), { description: 'The asked permissions not held here.' }),
      },
      { description: 'With `permission`: each asked permission, held or missing.' },
    ),
  ),
});
export const CheckJson = component('AccessCheck', CheckShape);
export const checkJson = ({ allowed, decision }: { allowed: boolean; decision: Decision }) => ({
  allowed,
  policy: decision.policy,
  via: decision.via,
});
