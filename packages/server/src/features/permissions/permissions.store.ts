// Queries for the permission catalogue, roles, role assignments, and the assignments that reach a principal.
import type { CompiledQuery } from 'kysely';
import type {
  Db,
  DbOrTx,
  PermissionRow,
  RoleAssignmentRow,
  RoleGranteeType,
  RoleRow,
  RoleScopeType,
} from '../../db/schema.ts';
import type { RoleGrant } from './permissions.model.ts';

// ---- the catalogue

export const listPermissions = (db: DbOrTx): Promise<PermissionRow[]> =>
  db.selectFrom('permissions').selectAll().orderBy('name').execute();

export const permissionNames = async (db: DbOrTx): Promise<string[]> =>
  (await db.selectFrom('permissions').select('name').execute()).map((row) => row.name);

export const findPermission = (db: DbOrTx, name: string): Promise<PermissionRow | undefined> =>
  db.selectFrom('permissions').selectAll().where('name', '=', name).executeTakeFirst();

export async function putPermission(db: DbOrTx, row: PermissionRow): Promise<void> {
  await db
    .insertInto('permissions')
    .values(row)
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({ description: row.description, updatedAt: row.updatedAt }),
    )
    .execute();
}

export async function deletePermission(db: DbOrTx, name: string): Promise<void> {
  await db.deleteFrom('permissions').where('name', '=', name).execute();
}

// ---- roles

export interface RoleWithPatterns extends RoleRow {
  permissions: string[];
}

export async function listRoles(db: DbOrTx, names?: string[]): Promise<RoleWithPatterns[]> {
  if (names?.length === 0) return [];
  let query = db.selectFrom('roles').selectAll().orderBy('name');
  if (names) query = query.where('name', 'in', names);
  const roles = await query.execute();
  if (roles.length === 0) return [];
  const patterns = await db
    .selectFrom('rolePermissions')
    .select(['role', 'pattern'])
    .where(
      'role',
      'in',
      roles.map((role) => role.name),
    )
    .orderBy('pattern')
    .execute();
  return roles.map((role) => ({
    ...role,
    permissions: patterns.filter((p) => p.role === role.name).map((p) => p.pattern),
  }));
}

export const findRole = async (db: DbOrTx, name: string): Promise<RoleWithPatterns | undefined> =>
  (await listRoles(db, [name]))[0];

/** Creates the role or replaces its description and permissions. */
export async function putRole(db: DbOrTx, role: RoleWithPatterns): Promise<void> {
  const { permissions, ...row } = role;
  await db
    .insertInto('roles')
    .values(row)
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({ description: row.description, updatedAt: row.updatedAt }),
    )
    .execute();
  await db.deleteFrom('rolePermissions').where('role', '=', role.name).execute();
  if (permissions.length > 0)
    await db
      .insertInto('rolePermissions')
      .values(permissions.map((pattern) => ({ role: role.name, pattern })))
      .execute();
}

/** Its assignments go with it. */
export async function deleteRole(db: DbOrTx, name: string): Promise<void> {
  await db.deleteFrom('roleAssignments').where('role', '=', name).execute();
  await db.deleteFrom('rolePermissions').where('role', '=', name).execute();
  await db.deleteFrom('roles').where('name', '=', name).execute();
}

/** The roles that name this permission itself (not through a wildcard). */
export const rolesNaming = async (db: DbOrTx, name: string): Promise<string[]> =>
  (
    await db
      .selectFrom('rolePermissions')
      .select('role')
      .where('pattern', '=', name)
      .orderBy('role')
      .execute()
  ).map((row) => row.role);

export async function removePattern(db: DbOrTx, role: string, pattern: string): Promise<void> {
  await db.deleteFrom('rolePermissions').where('role', '=', role).where('pattern', '=', pattern).execute();
}

// ---- assignments

export interface Scope {
  type: RoleScopeType;
  /** '' for the tenant. */
  id: string;
}

export const listAssignments = (
  db: DbOrTx,
  filter: { scope?: Scope; role?: string },
): Promise<RoleAssignmentRow[]> => {
  let query = db.selectFrom('roleAssignments').selectAll().orderBy('createdAt').orderBy('id');
  if (filter.scope)
    query = query.where('scopeType', '=', filter.scope.type).where('scopeId', '=', filter.scope.id);
  if (filter.role !== undefined) query = query.where('role', '=', filter.role);
  return query.execute();
};

export const findAssignment = (
  db: DbOrTx,
  key: Pick<RoleAssignmentRow, 'role' | 'scopeType' | 'scopeId' | 'granteeType' | 'granteeId'>,
): Promise<RoleAssignmentRow | undefined> =>
  db
    .selectFrom('roleAssignments')
    .selectAll()
    .where('role', '=', key.role)
    .where('scopeType', '=', key.scopeType)
    .where('scopeId', '=', key.scopeId)
    .where('granteeType', '=', key.granteeType)
    .where('granteeId', '=', key.granteeId)
    .executeTakeFirst();

export const findAssignmentById = (db: DbOrTx, id: string): Promise<RoleAssignmentRow | undefined> =>
  db.selectFrom('roleAssignments').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertAssignment(db: DbOrTx, row: RoleAssignmentRow): Promise<void> {
  await db.insertInto('roleAssignments').values(row).execute();
}

export async function deleteAssignment(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('roleAssignments').where('id', '=', id).execute();
}

/**
 * The assignments to, or at, what goes away (a user, app, team, org or project; ids are UUIDs, unique
 * across the tables), and those at the personal projects a deleted user owns: how many there were.
 * grantee_id and scope_id have no foreign key (each names several tables), so nothing else removes them.
 */
export async function deleteAssignmentsNaming(db: DbOrTx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .deleteFrom('roleAssignments')
    .where((eb) =>
      eb.or([
        eb('granteeId', 'in', ids),
        eb('scopeId', 'in', ids),
        eb('scopeId', 'in', eb.selectFrom('projects').select('id').where('ownerId', 'in', ids)),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** An assignment that reached a principal, named for `via`; the role's patterns come from the role. */
export type Assignment = Omit<RoleGrant, 'patterns'>;

/**
 * Every assignment that reaches the principal at these scopes: to itself, to its teams and to its
 * orgs, with the slugs `via` names. One row per assignment (the roles' patterns are read apart, once
 * per role, and kept expanded by the cache), found through the grantee index.
 */
export async function assignmentsReaching(
  db: Db,
  principal: { type: 'user' | 'app'; id: string },
  scopes: Scope[] | 'any',
): Promise<Assignment[]> {
  const { rows } = await db.executeQuery<AssignmentQueryRow>(compiledAssignments(db, principal, scopes));
  return rows.map((row) => ({
    role: row.role,
    scopeType: row.scopeType,
    scopeId: row.scopeId,
    scopeSlug: row.scopeOrgSlug ?? row.scopeProjectSlug ?? row.scopeId,
    granteeType: row.granteeType as RoleGranteeType,
    granteeId: row.granteeId,
    granteeSlug: row.userSlug ?? row.appSlug ?? row.teamSlug ?? row.orgSlug ?? row.granteeId,
  }));
}

type AssignmentQueryRow = Awaited<ReturnType<ReturnType<typeof assignmentsQuery>['execute']>>[number];

/**
 * Stand-ins compiled into the assignments query in place of the principal and the scopes, replaced by the real
 * values at each run. Building and compiling the query through Kysely costs more than SQLite takes to answer it, on
 * the cold path of every permission decision; its SQL depends only on the number of scopes, so it is compiled once
 * per number (per database) and run with new parameters. No real id or scope type starts with a NUL.
 */
const STAND_IN = '\u0000';
const standIns = (scopes: number) => ({
  principal: { type: `${STAND_IN}principal.type` as 'user', id: `${STAND_IN}principal.id` },
  scopes: Array.from({ length: scopes }, (_, i) => ({
    type: `${STAND_IN}scope${i}.type` as Scope['type'],
    id: `${STAND_IN}scope${i}.id`,
  })),
});
const compiledByDb = new WeakMap<Db, Map<number | 'any', CompiledQuery<AssignmentQueryRow>>>();

function compiledAssignments(
  db: Db,
  principal: { type: 'user' | 'app'; id: string },
  scopes: Scope[] | 'any',
): CompiledQuery<AssignmentQueryRow> {
  const shape = scopes === 'any' ? 'any' : scopes.length;
  let compiled = compiledByDb.get(db);
  if (!compiled) {
    compiled = new Map();
    compiledByDb.set(db, compiled);
  }
  let query = compiled.get(shape);
  if (!query) {
    const stand = standIns(shape === 'any' ? 0 : shape);
    query = assignmentsQuery(db, stand.principal, shape === 'any' ? 'any' : stand.scopes).compile();
    compiled.set(shape, query);
  }
  const values = new Map<unknown, unknown>([
    [`${STAND_IN}principal.type`, principal.type],
    [`${STAND_IN}principal.id`, principal.id],
  ]);
  if (scopes !== 'any')
    scopes.forEach((scope, i) => {
      values.set(`${STAND_IN}scope${i}.type`, scope.type);
      values.set(`${STAND_IN}scope${i}.id`, scope.id);
    });
  return {
    ...query,
    parameters: query.parameters.map((parameter) =>
      typeof parameter === 'string' && parameter.startsWith(STAND_IN) ? values.get(parameter) : parameter,
    ),
  };
}

/** The query assignmentsReaching runs (the bench explains it). */
export const assignmentsQuery = (
  db: Db,
  principal: { type: 'user' | 'app'; id: string },
  scopes: Scope[] | 'any',
) =>
  db
    .selectFrom('roleAssignments as ra')
    .leftJoin('users as gu', (join) =>
      join.onRef('gu.id', '=', 'ra.granteeId').on('ra.granteeType', '=', 'user'),
    )
    .leftJoin('apps as ga', (join) =>
      join.onRef('ga.id', '=', 'ra.granteeId').on('ra.granteeType', '=', 'app'),
    )
    .leftJoin('teams as gt', (join) =>
      join.onRef('gt.id', '=', 'ra.granteeId').on('ra.granteeType', '=', 'team'),
    )
    .leftJoin('orgs as go', (join) =>
      join.onRef('go.id', '=', 'ra.granteeId').on('ra.granteeType', '=', 'org'),
    )
    .leftJoin('orgs as so', (join) => join.onRef('so.id', '=', 'ra.scopeId').on('ra.scopeType', '=', 'org'))
    .leftJoin('projects as sp', (join) =>
      join.onRef('sp.id', '=', 'ra.scopeId').on('ra.scopeType', '=', 'project'),
    )
    .select([
      'ra.role',
      'ra.scopeType',
      'ra.scopeId',
      'ra.granteeType',
      'ra.granteeId',
      'gu.slug as userSlug',
      'ga.slug as appSlug',
      'gt.slug as teamSlug',
      'go.slug as orgSlug',
      'so.slug as scopeOrgSlug',
      'sp.slug as scopeProjectSlug',
    ])
    .where((eb) =>
      eb.and([
        scopes === 'any'
          ? eb.lit(true)
          : eb.or(
              scopes.map((scope) =>
                eb.and([eb('ra.scopeType', '=', scope.type), eb('ra.scopeId', '=', scope.id)]),
              ),
            ),
        eb.or([
          eb.and([eb('ra.granteeType', '=', principal.type), eb('ra.granteeId', '=', principal.id)]),
          eb.and([
            eb('ra.granteeType', '=', 'team'),
            eb(
              'ra.granteeId',
              'in',
              eb.selectFrom('teamMembers').select('teamId').where('memberId', '=', principal.id),
            ),
          ]),
          eb.and([
            eb('ra.granteeType', '=', 'org'),
            eb(
              'ra.granteeId',
              'in',
              eb.selectFrom('orgMembers').select('orgId').where('memberId', '=', principal.id),
            ),
          ]),
        ]),
      ]),
    )
    .orderBy('ra.createdAt')
    .orderBy('ra.id');

/** Each of these roles' patterns as written, sorted; a role without any is absent. */
export async function rolePatterns(db: DbOrTx, roles: readonly string[]): Promise<Map<string, string[]>> {
  const patterns = new Map<string, string[]>();
  for (let i = 0; i < roles.length; i += CHUNK) {
    const rows = await db
      .selectFrom('rolePermissions')
      .select(['role', 'pattern'])
      .where('role', 'in', roles.slice(i, i + CHUNK))
      .orderBy('role')
      .orderBy('pattern')
      .execute();
    for (const row of rows) {
      const list = patterns.get(row.role);
      if (list) list.push(row.pattern);
      else patterns.set(row.role, [row.pattern]);
    }
  }
  return patterns;
}

/** A few hundred rows a statement keeps far below either database's limit on bound parameters. */
const CHUNK = 500;

/** New ones only: another instance applying the same file at the same start may have written one first. */
export async function insertPermissions(db: DbOrTx, rows: PermissionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('permissions')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
}

/** The permissions and any role pattern naming them. */
export async function deletePermissions(db: DbOrTx, names: string[]): Promise<void> {
  for (let i = 0; i < names.length; i += CHUNK) {
    const chunk = names.slice(i, i + CHUNK);
    await db.deleteFrom('rolePermissions').where('pattern', 'in', chunk).execute();
    await db.deleteFrom('permissions').where('name', 'in', chunk).execute();
  }
}

/** How many assignments each role has, at every scope. */
export async function assignmentCounts(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('roleAssignments')
    .select((eb) => ['role', eb.fn.countAll<number | string>().as('n')])
    .groupBy('role')
    .execute();
  return new Map(rows.map((row) => [row.role, Number(row.n)]));
}
