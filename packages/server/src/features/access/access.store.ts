// Queries for organisations, teams and their members (users and apps).
import { type Page, selectPage } from '../../db/page.ts';
import type { DbOrTx, MemberRole, MemberType, OrgRow, TeamRow } from '../../db/schema.ts';
import { containsText, toCount } from '../../db/sql.ts';
import { isUuid } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';

export interface MemberView {
  memberId: string;
  memberType: MemberType;
  role: MemberRole;
  createdAt: number;
  slug: string;
  name: string;
}

export type Group = { table: 'orgMembers'; orgId: string } | { table: 'teamMembers'; teamId: string };

// ---- orgs

export async function insertOrg(db: DbOrTx, row: OrgRow): Promise<void> {
  await db.insertInto('orgs').values(row).execute();
}

export function findOrgByRef(db: DbOrTx, ref: string): Promise<OrgRow | undefined> {
  return db
    .selectFrom('orgs')
    .selectAll()
    .where(isUuid(ref) ? 'id' : 'slug', '=', isUuid(ref) ? ref.toLowerCase() : ref)
    .executeTakeFirst();
}

export const findOrgById = (db: DbOrTx, id: string): Promise<OrgRow | undefined> =>
  db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();

export const orgSlugTaken = async (db: DbOrTx, slug: string): Promise<boolean> =>
  (await db.selectFrom('orgs').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;

export async function renameOrg(db: DbOrTx, id: string, name: string, at: number): Promise<void> {
  await db.updateTable('orgs').set({ name, updatedAt: at }).where('id', '=', id).execute();
}

export async function deleteOrg(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('orgs').where('id', '=', id).execute();
}

/** Every org, or (memberId) only those the principal belongs to. */
export async function listOrgs(
  db: DbOrTx,
  page: PageRequest,
  filter: { memberId?: string; search?: string },
): Promise<Page<OrgRow>> {
  let base = db.selectFrom('orgs');
  if (filter.memberId !== undefined) {
    const memberId = filter.memberId;
    base = base.where('id', 'in', (eb) =>
      eb.selectFrom('orgMembers').select('orgId').where('memberId', '=', memberId),
    );
  }
  if (filter.search) {
    const text = filter.search;
    base = base.where((eb) => eb.or([containsText('name', text), containsText('slug', text)]));
  }
  return selectPage(page, base.selectAll().orderBy('name', page.direction).orderBy('id', 'asc'), base);
}

// ---- teams

export async function insertTeam(db: DbOrTx, row: TeamRow): Promise<void> {
  await db.insertInto('teams').values(row).execute();
}

export function findTeamByRef(db: DbOrTx, ref: string): Promise<TeamRow | undefined> {
  return db
    .selectFrom('teams')
    .selectAll()
    .where(isUuid(ref) ? 'id' : 'slug', '=', isUuid(ref) ? ref.toLowerCase() : ref)
    .executeTakeFirst();
}

export const teamSlugTaken = async (db: DbOrTx, slug: string): Promise<boolean> =>
  (await db.selectFrom('teams').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;

export async function renameTeam(db: DbOrTx, id: string, name: string, at: number): Promise<void> {
  await db.updateTable('teams').set({ name, updatedAt: at }).where('id', '=', id).execute();
}

export async function deleteTeam(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('teams').where('id', '=', id).execute();
}

export const teamIdsOfOrg = async (db: DbOrTx, orgId: string): Promise<string[]> =>
  (await db.selectFrom('teams').select('id').where('orgId', '=', orgId).execute()).map((r) => r.id);

export async function listTeams(db: DbOrTx, orgId: string, page: PageRequest): Promise<Page<TeamRow>> {
  const base = db.selectFrom('teams').where('orgId', '=', orgId);
  return selectPage(page, base.selectAll().orderBy('name', page.direction).orderBy('id', 'asc'), base);
}

// ---- members of an org or a team (the two tables have the same shape)

/** The principal's role in the group, one primary-key lookup. */
export async function roleIn(db: DbOrTx, group: Group, memberId: string): Promise<MemberRole | undefined> {
  const row =
    group.table === 'orgMembers'
      ? await db
          .selectFrom('orgMembers')
          .select('role')
          .where('orgId', '=', group.orgId)
          .where('memberId', '=', memberId)
          .executeTakeFirst()
      : await db
          .selectFrom('teamMembers')
          .select('role')
          .where('teamId', '=', group.teamId)
          .where('memberId', '=', memberId)
          .executeTakeFirst();
  return row?.role;
}

/** Adds the member, or changes its role; answers its role before (undefined when it was added). */
export async function putMember(
  db: DbOrTx,
  group: Group,
  member: { memberId: string; memberType: MemberType; role: MemberRole; createdAt: number },
): Promise<MemberRole | undefined> {
  const existing = await roleIn(db, group, member.memberId);
  if (existing === member.role) return existing;
  if (existing !== undefined) {
    if (group.table === 'orgMembers') {
      await db
        .updateTable('orgMembers')
        .set({ role: member.role })
        .where('orgId', '=', group.orgId)
        .where('memberId', '=', member.memberId)
        .execute();
    } else {
      await db
        .updateTable('teamMembers')
        .set({ role: member.role })
        .where('teamId', '=', group.teamId)
        .where('memberId', '=', member.memberId)
        .execute();
    }
    return existing;
  }
  if (group.table === 'orgMembers') {
    await db
      .insertInto('orgMembers')
      .values({ ...member, orgId: group.orgId })
      .execute();
  } else {
    await db
      .insertInto('teamMembers')
      .values({ ...member, teamId: group.teamId })
      .execute();
  }
  return undefined;
}

export async function deleteMember(db: DbOrTx, group: Group, memberId: string): Promise<void> {
  if (group.table === 'orgMembers') {
    await db
      .deleteFrom('orgMembers')
      .where('orgId', '=', group.orgId)
      .where('memberId', '=', memberId)
      .execute();
  } else {
    await db
      .deleteFrom('teamMembers')
      .where('teamId', '=', group.teamId)
      .where('memberId', '=', memberId)
      .execute();
  }
}

/** Team memberships in the org's teams end with the org membership; answers the teams it left. */
export async function deleteTeamMemberships(db: DbOrTx, orgId: string, memberId: string): Promise<string[]> {
  const rows = await db
    .deleteFrom('teamMembers')
    .where('memberId', '=', memberId)
    .where('teamId', 'in', (eb) => eb.selectFrom('teams').select('id').where('orgId', '=', orgId))
    .returning('teamId')
    .execute();
  return rows.map((row) => row.teamId).sort();
}

/** How many members the group has (rows, including any left behind by a deleted user or app). */
export async function countMembers(db: DbOrTx, group: Group): Promise<number> {
  const count =
    group.table === 'orgMembers'
      ? await db
          .selectFrom('orgMembers')
          .where('orgId', '=', group.orgId)
          .select((eb) => eb.fn.countAll<number | string>().as('count'))
          .executeTakeFirstOrThrow()
      : await db
          .selectFrom('teamMembers')
          .where('teamId', '=', group.teamId)
          .select((eb) => eb.fn.countAll<number | string>().as('count'))
          .executeTakeFirstOrThrow();
  return toCount(count);
}

function membersQuery(db: DbOrTx, group: Group) {
  const base =
    group.table === 'orgMembers'
      ? db.selectFrom('orgMembers as m').where('m.orgId', '=', group.orgId)
      : db.selectFrom('teamMembers as m').where('m.teamId', '=', group.teamId);
  // Deleted users and apps leave rows behind (member_id has no foreign key: it names either table);
  // their UUIDs never come back, so the inner condition hides them and they grant nothing.
  return base
    .leftJoin('users', 'users.id', 'm.memberId')
    .leftJoin('apps', 'apps.id', 'm.memberId')
    .where((eb) => eb.or([eb('users.id', 'is not', null), eb('apps.id', 'is not', null)]));
}

const memberColumns = (q: ReturnType<typeof membersQuery>) =>
  q.select((eb) => [
    'm.memberId',
    'm.memberType',
    'm.role',
    'm.createdAt',
    eb.fn.coalesce('users.slug', 'apps.slug').as('slug'),
    eb.fn.coalesce('users.name', 'apps.name').as('name'),
  ]);

export async function listMembers(db: DbOrTx, group: Group, page: PageRequest): Promise<Page<MemberView>> {
  const base = membersQuery(db, group);
  const { rows, total } = await selectPage(
    page,
    memberColumns(base).orderBy('m.createdAt', page.direction).orderBy('m.memberId', 'asc'),
    base,
  );
  return { rows: rows as MemberView[], total };
}

/** Members of the group named by `ref`: their UUID, slug or (apps) client id; a slug may name two. */
export async function findMembers(db: DbOrTx, group: Group, ref: string): Promise<MemberView[]> {
  const rows = await memberColumns(membersQuery(db, group))
    .where((eb) =>
      isUuid(ref)
        ? eb('m.memberId', '=', ref.toLowerCase())
        : eb.or([eb('users.slug', '=', ref), eb('apps.slug', '=', ref), eb('apps.clientId', '=', ref)]),
    )
    .execute();
  return rows as MemberView[];
}
