// The JSON shapes of permissions, roles and role assignments.
import { Type } from 'typebox';
import type { PermissionRow, RoleAssignmentRow } from '../../db/schema.ts';
import { toIso } from '../../lib/clock.ts';
import { component, Timestamp, Uuid } from '../../lib/schemas.ts';
import { PERMISSION_PATTERN } from './permissions.model.ts';
import type { RoleWithPatterns } from './permissions.store.ts';

export const PermissionName = Type.String({
  pattern: PERMISSION_PATTERN,
  maxLength: 129,
  description: '`resource:action`: lowercase letters, digits, `-` and `_`, one colon.',
});

export const PermissionPatterns = Type.Array(
  Type.String({ minLength: 1, maxLength: 129, description: 'A permission, `resource:*` or `*`.' }),
  { maxItems: 1000 },
);

export const PermissionJson = component(
  'Permission',
  Type.Object({ name: Type.String(), description: Type.String(), creation: Timestamp, updated: Timestamp }),
);
export const permissionJson = (row: PermissionRow) => ({
  name: row.name,
  description: row.description,
  creation: toIso(row.createdAt),
  updated: toIso(row.updatedAt),
});

export const RoleJson = component(
  'Role',
  Type.Object({
    name: Type.String(),
    description: Type.String(),
    permissions: Type.Array(Type.String(), { description: 'As written: names, `resource:*` or `*`.' }),
    creation: Timestamp,
    updated: Timestamp,
  }),
);
export const roleJson = (role: RoleWithPatterns) => ({
  name: role.name,
  description: role.description,
  permissions: role.permissions,
  creation: toIso(role.createdAt),
  updated: toIso(role.updatedAt),
});

const ScopeType = Type.Unsafe<'tenant' | 'org' | 'project'>({
  type: 'string',
  enum: ['tenant', 'org', 'project'],
});
const GranteeType = Type.Unsafe<'user' | 'app' | 'team' | 'org'>({
  type: 'string',
  enum: ['user', 'app', 'team', 'org'],
});

export const AssignmentJson = component(
  'RoleAssignment',
  Type.Object({
    uuid: Uuid,
    role: Type.String(),
    scope: Type.Object({
      type: ScopeType,
      uuid: Type.Union([Uuid, Type.Null()], { description: 'null at tenant scope.' }),
    }),
    grantee: Type.Object({ type: GranteeType, uuid: Uuid }),
    creation: Timestamp,
  }),
);
export const assignmentJson = (row: RoleAssignmentRow) => ({
  uuid: row.id,
  role: row.role,
  scope: { type: row.scopeType, uuid: row.scopeType === 'tenant' ? null : row.scopeId },
  grantee: { type: row.granteeType, uuid: row.granteeId },
  creation: toIso(row.createdAt),
});

export const AssignmentBody = Type.Object(
  {
    role: Type.String({ minLength: 1, maxLength: 64, description: 'The role’s name.' }),
    user: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'A user’s slug or UUID.' })),
    app: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'An app’s slug, UUID or client id.' }),
    ),
    team: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'A team’s slug or UUID.' })),
    org: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'An org’s slug or UUID.' })),
  },
  { additionalProperties: false, description: 'The role, and exactly one of user, app, team or org.' },
);
