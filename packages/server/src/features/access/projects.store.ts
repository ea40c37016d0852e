// Queries for projects and their collaborators, and the two access queries: one project, and every project.

import { CompiledQuery, type RawBuilder, sql } from 'kysely';
import { type Page, selectPage } from '../../db/page.ts';
import type { DbOrTx, GranteeType, Policy, ProjectGrantRow, ProjectRow } from '../../db/schema.ts';
import { toCount } from '../../db/sql.ts';
import { isUuid } from '../../lib/ids.ts';
import { offsetOf, type PageRequest } from '../../lib/pagination.ts';
import type { GrantPath } from './access.check.ts';

export async function insertProject(db: DbOrTx, row: ProjectRow): Promise<void> {
  await db.insertInto('projects').values(row).execute();
}

/**
 * The access check's queries are built and compiled once per database and then run with new values: the
 * building costs more than the indexed reads themselves. Values are placed by name through sentinels.
 */
const compiled = new WeakMap<object, Map<string, { sql: string; names: string[] }>>();

async function runPrepared<R>(
  db: DbOrTx,
  key: string,
  build: (value: (name: string) => RawBuilder<unknown>) => RawBuilder<unknown>,
  values: Record<string, unknown>,
): Promise<R[]> {
  let forDb = compiled.get(db);
  if (!forDb) {
    forDb = new Map();
    compiled.set(db, forDb);
  }
  let entry = forDb.get(key);
  if (!entry) {
    const query = build((name) => sql`${`\u0000${name}`}`).compile(db);
    entry = { sql: query.sql, names: query.parameters.map((p) => String(p).slice(1)) };
    forDb.set(key, entry);
  }
  const result = await db.executeQuery<R>(
    CompiledQuery.raw(
      entry.sql,
      entry.names.map((n) => values[n]),
    ),
  );
  return result.rows;
}

export async function findProjectByRef(db: DbOrTx, ref: string): Promise<ProjectRow | undefined> {
  const byId = isUuid(ref);
  const rows = await runPrepared<ProjectRow>(
    db,
    byId ? 'project-by-id' : 'project-by-slug',
    (v) => sql`select * from projects where ${sql.ref(byId ? 'id' : 'slug')} = ${v('ref')}`,
    { ref: byId ? ref.toLowerCase() : ref },
  );
  return rows[0];
}

export const projectSlugTaken = async (db: DbOrTx, slug: string): Promise<boolean> =>
  (await db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;

export async function renameProject(db: DbOrTx, id: string, name: string, at: number): Promise<void> {
  await db.updateTable('projects').set({ name, updatedAt: at }).where('id', '=', id).execute();
}

export async function deleteProject(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('projects').where('id', '=', id).execute();
}

export async function countOrgProjects(db: DbOrTx, orgId: string): Promise<number> {
  return toCount(
    await db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('orgId', '=', orgId)
      .executeTakeFirstOrThrow(),
  );
}

/** Owners' slugs for a page of projects: org slug or user slug. */
export async function ownerSlugs(db: DbOrTx, rows: ProjectRow[]): Promise<Map<string, string>> {
  const orgIds = rows.flatMap((r) => (r.orgId ? [r.orgId] : []));
  const userIds = rows.flatMap((r) => (r.ownerId ? [r.ownerId] : []));
  const [orgs, users] = await Promise.all([
    orgIds.length ? db.selectFrom('orgs').select(['id', 'slug']).where('id', 'in', orgIds).execute() : [],
    userIds.length ? db.selectFrom('users').select(['id', 'slug']).where('id', 'in', userIds).execute() : [],
  ]);
  return new Map([...orgs, ...users].map((r) => [r.id, r.slug]));
}

/**
 * Every way `memberId` reaches the project: its own grant, its teams' and orgs' grants and, for users,
 * owning the personal project or administering the owning org. Each branch is a lookup on
 * project_grants(project_id, grantee_id) or a primary key, so a check costs a few index reads.
 */
export async function grantPaths(
  db: DbOrTx,
  project: Pick<ProjectRow, 'id' | 'orgId' | 'ownerId'>,
  member: { id: string; type: 'user' | 'app'; slug: string },
): Promise<GrantPath[]> {
  const paths = await runPrepared<GrantPath>(
    db,
    `grant-paths-${member.type}`,
    (v) =>
      grantPathsQuery(
        { id: v('project'), orgId: v('org') },
        { id: v('member'), type: member.type, slug: v('slug') },
      ),
    { project: project.id, org: project.orgId, member: member.id, slug: member.slug },
  );
  if (member.type === 'user' && project.ownerId === member.id) {
    paths.push({
      kind: 'owner',
      policy: 'admin',
      granteeType: 'user',
      granteeId: member.id,
      granteeSlug: member.slug,
    });
  }
  return paths;
}

/** The query behind grantPaths, apart so a test can read its plan; values may be placeholders. */
export function grantPathsQuery(
  project: { id: unknown; orgId: unknown },
  member: { id: unknown; type: 'user' | 'app'; slug: unknown },
) {
  const p = project.id;
  const m = member.id;
  const userOnly =
    member.type === 'user'
      ? sql`
    union all
    select 'org_admin', 'admin', 'org', o.id, o.slug
      from org_members om join orgs o on o.id = om.org_id
     where om.org_id = ${project.orgId} and om.member_id = ${m} and om.role = 'admin'`
      : sql``;
  return sql<{
    kind: string;
    policy: Policy;
    granteeType: GranteeType;
    granteeId: string;
    granteeSlug: string;
  }>`
    select 'direct' as kind, g.policy as policy, g.grantee_type as grantee_type, g.grantee_id as grantee_id,
           cast(${member.slug} as text) as grantee_slug
      from project_grants g where g.project_id = ${p} and g.grantee_id = ${m}
    union all
    select 'team', g.policy, 'team', t.id, t.slug
      from team_members tm
      join project_grants g on g.project_id = ${p} and g.grantee_id = tm.team_id
      join teams t on t.id = tm.team_id
     where tm.member_id = ${m}
    union all
    select 'org', g.policy, 'org', o.id, o.slug
      from org_members om
      join project_grants g on g.project_id = ${p} and g.grantee_id = om.org_id
      join orgs o on o.id = om.org_id
     where om.member_id = ${m}
    ${userOnly}`;
}

export interface VisibleProject extends ProjectRow {
  rank: number;
}

/**
 * The projects `member` reaches with the best rank on each (1 read, 2 write, 3 admin); every project
 * at rank 3 when `all` (tenant administrators); only `onlyIds` for a key limited to some projects.
 */
export async function listVisibleProjects(
  db: DbOrTx,
  member: { id: string; type: 'user' | 'app' },
  page: PageRequest,
  filter: { all: boolean; onlyIds: string[] | null },
): Promise<Page<VisibleProject>> {
  if (filter.onlyIds !== null && filter.onlyIds.length === 0) return { rows: [], total: 0 };
  const m = member.id;
  const R = sql`case g.policy when 'admin' then 3 when 'write' then 2 else 1 end`;
  const userOnly =
    member.type === 'user'
      ? sql`
      union all select p.id, 3 from projects p where p.owner_id = ${m}
      union all select p.id, 3 from org_members om join projects p on p.org_id = om.org_id
       where om.member_id = ${m} and om.role = 'admin'`
      : sql``;
  const reach = filter.all
    ? sql`select p.id as project_id, 3 as rank from projects p`
    : sql`
      select g.project_id, ${R} as rank from project_grants g where g.grantee_id = ${m}
      union all
      select g.project_id, ${R} from team_members tm join project_grants g on g.grantee_id = tm.team_id
       where tm.member_id = ${m}
      union all
      select g.project_id, ${R} from org_members om join project_grants g on g.grantee_id = om.org_id
       where om.member_id = ${m}
      ${userOnly}`;
  const only = filter.onlyIds === null ? sql`` : sql`where p.id in (${sql.join(filter.onlyIds)})`;
  const from = sql`
    from projects p
    join (select r.project_id, max(r.rank) as rank from (${reach}) r group by r.project_id) best
      on best.project_id = p.id
    ${only}`;
  const direction = page.direction === 'desc' ? sql`desc` : sql`asc`;
  const [rows, count] = await Promise.all([
    sql<VisibleProject>`select p.*, best.rank as rank ${from}
      order by p.name ${direction}, p.id asc limit ${page.perPage} offset ${offsetOf(page)}`.execute(db),
    sql<{ count: number | string }>`select count(*) as count ${from}`.execute(db),
  ]);
  const first = count.rows[0];
  return {
    rows: rows.rows.map((r) => ({
      ...r,
      rank: Number(r.rank),
      createdAt: Number(r.createdAt),
      updatedAt: Number(r.updatedAt),
    })),
    total: first ? toCount(first) : 0,
  };
}

// ---- collaborators

export interface CollaboratorView extends ProjectGrantRow {
  slug: string;
  name: string;
}

export function findGrant(db: DbOrTx, projectId: string, granteeId: string) {
  return db
    .selectFrom('projectGrants')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('granteeId', '=', granteeId)
    .executeTakeFirst();
}

export async function insertGrant(db: DbOrTx, row: ProjectGrantRow): Promise<void> {
  await db.insertInto('projectGrants').values(row).execute();
}

export async function setGrantPolicy(db: DbOrTx, id: string, policy: Policy): Promise<void> {
  await db.updateTable('projectGrants').set({ policy }).where('id', '=', id).execute();
}

export async function deleteGrant(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('projectGrants').where('id', '=', id).execute();
}

/**
 * Grants to a team or org that is being deleted (grantee_id has no foreign key: it names four tables);
 * answers how many there were.
 */
export async function deleteGrantsTo(db: DbOrTx, granteeIds: string[]): Promise<number> {
  if (granteeIds.length === 0) return 0;
  const result = await db.deleteFrom('projectGrants').where('granteeId', 'in', granteeIds).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How many collaborators (grants) the project has. */
export async function countGrants(db: DbOrTx, projectId: string): Promise<number> {
  return toCount(
    await db
      .selectFrom('projectGrants')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('projectId', '=', projectId)
      .executeTakeFirstOrThrow(),
  );
}

function collaboratorsQuery(db: DbOrTx, projectId: string) {
  return db
    .selectFrom('projectGrants as g')
    .leftJoin('orgs', 'orgs.id', 'g.granteeId')
    .leftJoin('teams', 'teams.id', 'g.granteeId')
    .leftJoin('users', 'users.id', 'g.granteeId')
    .leftJoin('apps', 'apps.id', 'g.granteeId')
    .where('g.projectId', '=', projectId)
    .where((eb) =>
      eb.or([
        eb('orgs.id', 'is not', null),
        eb('teams.id', 'is not', null),
        eb('users.id', 'is not', null),
        eb('apps.id', 'is not', null),
      ]),
    )
    .selectAll('g')
    .select((eb) => [
      eb.fn.coalesce('orgs.slug', 'teams.slug', 'users.slug', 'apps.slug').as('slug'),
      eb.fn.coalesce('orgs.name', 'teams.name', 'users.name', 'apps.name').as('name'),
    ]);
}

export async function listCollaborators(
  db: DbOrTx,
  projectId: string,
  page: PageRequest,
): Promise<Page<CollaboratorView>> {
  const { rows, total } = await selectPage(
    page,
    collaboratorsQuery(db, projectId).orderBy('g.createdAt', page.direction).orderBy('g.id', 'asc'),
    db.selectFrom('projectGrants').where('projectId', '=', projectId),
  );
  return { rows: rows as CollaboratorView[], total };
}

/** The project's collaborators named by `ref`: the grant's UUID, the grantee's UUID, or a slug (may name several). */
export async function findCollaborators(
  db: DbOrTx,
  projectId: string,
  ref: string,
): Promise<CollaboratorView[]> {
  const rows = await collaboratorsQuery(db, projectId)
    .where((eb) =>
      isUuid(ref)
        ? eb.or([eb('g.id', '=', ref.toLowerCase()), eb('g.granteeId', '=', ref.toLowerCase())])
        : eb.or([
            eb('orgs.slug', '=', ref),
            eb('teams.slug', '=', ref),
            eb('users.slug', '=', ref),
            eb('apps.slug', '=', ref),
          ]),
    )
    .execute();
  return rows as CollaboratorView[];
}
