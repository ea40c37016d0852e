// Organisations, teams and projects with their members and collaborators, and restrictions on user API keys.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('orgs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  // A member is a user or an app (member_type); UUIDs never collide across the two, so member_id alone
  // identifies it and the primary key doubles as the "is P in this org?" index of every access check.
  await db.schema
    .createTable('org_members')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('member_type', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('org_members_pk', ['org_id', 'member_id'])
    .execute();
  await db.schema
    .createIndex('org_members_member')
    .on('org_members')
    .columns(['member_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('teams_org_id').on('teams').column('org_id').execute();

  await db.schema
    .createTable('team_members')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('member_type', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'member_id'])
    .execute();
  await db.schema
    .createIndex('team_members_member')
    .on('team_members')
    .columns(['member_id', 'team_id'])
    .execute();

  // Owned by an org, or by a user (a personal project): exactly one of org_id and owner_id is set.
  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.references('orgs.id').onDelete('restrict'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('projects_org_id').on('projects').column('org_id').execute();
  await db.schema.createIndex('projects_owner_id').on('projects').column('owner_id').execute();

  // A collaborator: an org, team, user or app (grantee_type) with a policy. The unique index answers
  // "this grantee on this project" in one lookup; the grantee index answers "every project of P".
  await db.schema
    .createTable('project_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('grantee_type', 'text', (c) => c.notNull())
    .addColumn('grantee_id', 'text', (c) => c.notNull())
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_grants_project_grantee')
    .on('project_grants')
    .columns(['project_id', 'grantee_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('project_grants_grantee')
    .on('project_grants')
    .columns(['grantee_id', 'project_id'])
    .execute();

  // JSON `{"read_only": bool, "projects": [uuid…] | null}`; null for an unrestricted key.
  await db.schema.alterTable('api_keys').addColumn('scopes', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_keys').dropColumn('scopes').execute();
  for (const table of ['project_grants', 'projects', 'team_members', 'teams', 'org_members', 'orgs'])
    await db.schema.dropTable(table).execute();
}
