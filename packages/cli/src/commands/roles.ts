// latchkey admin role list|view|set|delete, and its assignments: assign|unassign|assignments at the tenant, an org or a project.

import { type Command, InvalidArgumentError, type OptionValues } from '@commander-js/extra-typings';
import type { components } from '@latchkey/sdk';
import { act, collect, examples, str } from '../command.ts';
import type { Context } from '../context.ts';
import { CliError, EXIT, usageError } from '../errors.ts';
import { type Column, printDone, printList, printObject } from '../output.ts';

type Role = components['schemas']['Role'];
type Assignment = components['schemas']['RoleAssignment'];
type GranteeType = 'user' | 'app' | 'team' | 'org';

const ROLE_COLUMNS: Column<Role>[] = [
  { header: 'NAME', value: (r) => r.name },
  { header: 'DESCRIPTION', value: (r) => r.description },
  { header: 'PERMISSIONS', value: (r) => r.permissions },
  { header: 'UPDATED', value: (r) => r.updated, time: true },
];

const ASSIGNMENT_COLUMNS: Column<Assignment>[] = [
  { header: 'UUID', value: (a) => a.uuid },
  { header: 'ROLE', value: (a) => a.role },
  { header: 'SCOPE', value: (a) => (a.scope.uuid ? `${a.scope.type}:${a.scope.uuid}` : a.scope.type) },
  { header: 'GRANTEE', value: (a) => `${a.grantee.type}:${a.grantee.uuid}` },
  { header: 'CREATED', value: (a) => a.creation, time: true },
];

/** TYPE:REF, the one the role is given to: user:ada, app:ci, team:ops, org:acme. */
export function grantee(value: string): { type: GranteeType; ref: string } {
  const match = /^(user|app|team|org):(.+)$/.exec(value);
  if (!match)
    throw new InvalidArgumentError('TYPE:REF, where TYPE is user, app, team or org (e.g. user:ada)');
  return { type: match[1] as GranteeType, ref: match[2] ?? '' };
}

/** Where the command acts: --org, --project, or the whole tenant. */
type ScopeOptions = { org?: string; project?: string };

function scopeOf(o: ScopeOptions): { type: 'tenant' } | { type: 'org' | 'project'; ref: string } {
  if (o.org !== undefined && o.project !== undefined) throw usageError('give --org or --project, not both');
  if (o.org !== undefined) return { type: 'org', ref: o.org };
  if (o.project !== undefined) return { type: 'project', ref: o.project };
  return { type: 'tenant' };
}

async function listAssignments(
  ctx: Context,
  o: ScopeOptions,
  role: string | undefined,
): Promise<Assignment[]> {
  const scope = scopeOf(o);
  if (scope.type === 'org')
    return (
      (await ctx.client().GET('/v0/orgs/{org}/roles', { params: { path: { org: scope.ref } } })).data ?? []
    );
  if (scope.type === 'project')
    return (
      (await ctx.client().GET('/v0/projects/{project}/roles', { params: { path: { project: scope.ref } } }))
        .data ?? []
    );
  if (role === undefined)
    throw usageError('at the tenant, name the role: latchkey admin role assignments ROLE');
  return (
    (await ctx.client().GET('/v0/admin/roles/{role}/assignments', { params: { path: { role } } })).data ?? []
  );
}

/** A grantee's UUID from its slug (or UUID, or an app's client id), as the API shows assignments by UUID. */
async function granteeUuid(ctx: Context, who: { type: GranteeType; ref: string }): Promise<string> {
  const client = ctx.client();
  const found =
    who.type === 'user'
      ? (await client.GET('/v0/users/{user}', { params: { path: { user: who.ref } } })).data
      : who.type === 'app'
        ? (await client.GET('/v0/apps/{app}', { params: { path: { app: who.ref } } })).data
        : who.type === 'team'
          ? (await client.GET('/v0/teams/{team}', { params: { path: { team: who.ref } } })).data
          : (await client.GET('/v0/orgs/{org}', { params: { path: { org: who.ref } } })).data;
  if (!found) throw new CliError(`no ${who.type} "${who.ref}"`, EXIT.notFound, 'not_found');
  return found.uuid;
}

const scopeOptions = <Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
) =>
  command
    .option('--org <org>', 'at this org (its admins may), instead of the whole tenant')
    .option('--project <project>', 'at this project (its admins may), instead of the whole tenant');

export function addRoleCommands(admin: Command): void {
  const role = admin
    .command('role')
    .description('Roles (named sets of permissions) and who holds them where');
  examples(
    role
      .command('list')
      .description('List the roles, with their permissions as written')
      .action(
        act(async (ctx) => {
          const { data } = await ctx.client().GET('/v0/admin/roles');
          printList(ctx.out, data ?? [], ROLE_COLUMNS, (r) => r.name);
        }),
      ),
    'latchkey admin role list',
  );
  examples(
    role
      .command('view')
      .description('Show one role')
      .argument('<role>', 'its name')
      .action(
        act(async (ctx, [name]) => {
          const { data } = await ctx.client().GET('/v0/admin/roles/{role}', {
            params: { path: { role: String(name) } },
          });
          if (data) printObject(ctx.out, data, ROLE_COLUMNS, (r) => r.name);
        }),
      ),
    'latchkey admin role view ci-uploader',
  );
  examples(
    role
      .command('set')
      .description('Define a role, or replace its description and permissions')
      .argument('<role>', 'its name (lowercase letters, digits, - and _)')
      .option('--description <text>', 'what it is for', '')
      .option('--permission <pattern>', 'a permission, resource:* or * (repeatable)', collect)
      .action(
        act(async (ctx, [name], o) => {
          const { data } = await ctx.client().PUT('/v0/admin/roles/{role}', {
            params: { path: { role: String(name) } },
            body: {
              description: String(o.description),
              permissions: o.permission ?? [],
            },
          });
          if (data) printObject(ctx.out, data, ROLE_COLUMNS, (r) => r.name);
        }),
      ),
    'latchkey admin role set ci-uploader --description "CI uploads" --permission results:upload',
    'latchkey admin role set reader --permission "runs:*" --permission results:read',
  );
  examples(
    role
      .command('delete')
      .description('Delete a role; its assignments at every scope go with it')
      .argument('<role>', 'its name')
      .action(
        act(async (ctx, [name]) => {
          await ctx.client().DELETE('/v0/admin/roles/{role}', { params: { path: { role: String(name) } } });
          printDone(ctx.out, `Role ${String(name)} deleted.`, { deleted: String(name) });
        }),
      ),
    'latchkey admin role delete ci-uploader',
  );

  examples(
    scopeOptions(
      role
        .command('assign')
        .description('Give a role to a user, app, team or org: tenant-wide, or at --org or --project')
        .argument('<role>', 'the role')
        .argument('<grantee>', 'TYPE:REF: user:ada, app:ci, team:ops or org:acme', grantee),
    ).action(
      act(async (ctx, [name, who], o) => {
        const { type, ref } = who;
        const scope = scopeOf(o);
        const client = ctx.client();
        const body = { role: String(name), [type]: ref };
        const { data } =
          scope.type === 'org'
            ? await client.PUT('/v0/orgs/{org}/roles', { params: { path: { org: scope.ref } }, body })
            : scope.type === 'project'
              ? await client.PUT('/v0/projects/{project}/roles', {
                  params: { path: { project: scope.ref } },
                  body,
                })
              : await client.PUT('/v0/admin/roles/{role}/assignments', {
                  params: { path: { role: String(name) } },
                  body: { [type]: ref },
                });
        if (data) printObject(ctx.out, data, ASSIGNMENT_COLUMNS, (a) => a.uuid);
      }),
    ),
    'latchkey admin role assign reader team:ops',
    'latchkey admin role assign ci-uploader user:ci-bot --project web',
  );
  examples(
    scopeOptions(
      role
        .command('unassign')
        .description('Take a role back from a user, app, team or org at the tenant, or at --org or --project')
        .argument('<role>', 'the role')
        .argument('<grantee>', 'TYPE:REF: user:ada, app:ci, team:ops or org:acme', grantee),
    ).action(
      act(async (ctx, [name, who], o) => {
        const target = who;
        const scope = scopeOf(o);
        const uuid = await granteeUuid(ctx, target);
        const found = (await listAssignments(ctx, o, String(name))).find(
          (a) => a.role === String(name) && a.grantee.type === target.type && a.grantee.uuid === uuid,
        );
        const where = scope.type === 'tenant' ? 'the tenant' : `${scope.type} ${scope.ref}`;
        if (!found)
          throw new CliError(
            `${target.type} ${target.ref} has no role ${String(name)} at ${where}`,
            EXIT.notFound,
            'not_found',
          );
        const client = ctx.client();
        if (scope.type === 'org')
          await client.DELETE('/v0/orgs/{org}/roles/{assignment}', {
            params: { path: { org: scope.ref, assignment: found.uuid } },
          });
        else if (scope.type === 'project')
          await client.DELETE('/v0/projects/{project}/roles/{assignment}', {
            params: { path: { project: scope.ref, assignment: found.uuid } },
          });
        else
          await client.DELETE('/v0/admin/roles/{role}/assignments/{assignment}', {
            params: { path: { role: String(name), assignment: found.uuid } },
          });
        printDone(ctx.out, `Role ${String(name)} taken from ${target.type} ${target.ref} at ${where}.`, {
          unassigned: found.uuid,
        });
      }),
    ),
    'latchkey admin role unassign ci-uploader user:ci-bot --project web',
  );
  examples(
    scopeOptions(
      role
        .command('assignments')
        .description("List a role's tenant-wide assignments, or every assignment at --org or --project")
        .argument('[role]', 'the role (needed at the tenant; a filter elsewhere)'),
    ).action(
      act(async (ctx, [name], o) => {
        const wanted = str(name);
        const rows = (await listAssignments(ctx, o, wanted)).filter((a) => !wanted || a.role === wanted);
        printList(ctx.out, rows, ASSIGNMENT_COLUMNS, (a) => a.uuid);
      }),
    ),
    'latchkey admin role assignments reader',
    'latchkey admin role assignments --project web',
  );
}
