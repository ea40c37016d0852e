// latchkey org|team|project list|create|view|update (rename)|delete, their members and collaborators, and access check.

import type { Command } from '@commander-js/extra-typings';
import type { components } from '@latchkey/sdk';
import { act, collect, examples, oneOf } from '../command.ts';
import { usageError } from '../errors.ts';
import { type Column, green, printDone, printList, printObject, red } from '../output.ts';
import { confirm } from '../prompt.ts';
import { addMemberCommands } from './members.ts';

type Org = components['schemas']['Org'];
type Team = components['schemas']['Team'];
type Project = components['schemas']['Project'];
type Check = components['schemas']['AccessCheck'];

const ORG_COLUMNS: Column<Org>[] = [
  { header: 'SLUG', value: (o) => o.slug },
  { header: 'NAME', value: (o) => o.name },
  { header: 'UUID', value: (o) => o.uuid },
  { header: 'CREATED', value: (o) => o.creation, time: true },
];
const TEAM_COLUMNS: Column<Team>[] = [
  { header: 'SLUG', value: (t) => t.slug },
  { header: 'NAME', value: (t) => t.name },
  { header: 'ORG', value: (t) => (typeof t.org === 'object' ? (t.org as { slug?: string }).slug : t.org) },
  { header: 'CREATED', value: (t) => t.creation, time: true },
];
const PROJECT_COLUMNS: Column<Project>[] = [
  { header: 'SLUG', value: (p) => p.slug },
  { header: 'NAME', value: (p) => p.name },
  {
    header: 'OWNER',
    value: (p) => (typeof p.owner === 'object' ? (p.owner as { slug?: string }).slug : p.owner),
  },
  { header: 'POLICY', value: (p) => p.policy },
  { header: 'CREATED', value: (p) => p.creation, time: true },
];

/** "user:ada" or "app:slack-sync" for --principal. */
export function principal(value: string): { type: 'user' | 'app'; id: string } {
  const match = /^(user|app):(.+)$/.exec(value);
  if (!match?.[1] || !match[2]) throw usageError(`--principal must be user:ID or app:ID, got "${value}"`);
  return { type: match[1] as 'user' | 'app', id: match[2] };
}

export function addAccessCommands(program: Command): void {
  const org = program.command('org').description('Organisations: members, teams and projects');
  examples(
    org
      .command('list')
      .description('List the orgs you can see')
      .option('--search <text>', 'name or slug contains'),
    'latchkey org list',
  ).action(
    act(async (ctx, _a, o) => {
      const { data } = await ctx.client().GET('/v0/orgs', { params: { query: { search: o.search } } });
      printList(ctx.out, data ?? [], ORG_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    org
      .command('create')
      .description('Create an org (tenant administrators)')
      .argument('<name>')
      .option('--slug <slug>'),
    'latchkey org create "Acme Labs" --slug acme',
  ).action(
    act(async (ctx, [name], o) => {
      const { data } = await ctx.client().POST('/v0/orgs', {
        body: { name: String(name), ...(o.slug ? { slug: String(o.slug) } : {}) },
      });
      if (data) printObject(ctx.out, data, ORG_COLUMNS, (x) => x.slug);
    }),
  );
  examples(org.command('view').description('Show an org').argument('<org>'), 'latchkey org view acme').action(
    act(async (ctx, [id]) => {
      const { data } = await ctx.client().GET('/v0/orgs/{org}', { params: { path: { org: String(id) } } });
      if (data) printObject(ctx.out, data, ORG_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    org.command('update').alias('rename').description('Rename an org').argument('<org>').argument('<name>'),
    'latchkey org update acme "Acme"',
  ).action(
    act(async (ctx, [id, name]) => {
      const { data } = await ctx.client().PATCH('/v0/orgs/{org}', {
        params: { path: { org: String(id) } },
        body: { name: String(name) },
      });
      if (data) printObject(ctx.out, data, ORG_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    org
      .command('delete')
      .description('Delete an org that owns no project')
      .argument('<org>')
      .option('-y, --yes', 'do not ask'),
    'latchkey org delete acme --yes',
  ).action(
    act(async (ctx, [id], o) => {
      await confirm(`Delete org ${String(id)}, its teams and grants?`, o.yes === true);
      await ctx.client().DELETE('/v0/orgs/{org}', { params: { path: { org: String(id) } } });
      printDone(ctx.out, `Org ${String(id)} deleted.`, { deleted: String(id) });
    }),
  );
  addMemberCommands(org, 'org');

  const team = program.command('team').description('Teams inside an org');
  examples(
    team.command('list').description("List an org's teams").requiredOption('--org <org>', 'the org'),
    'latchkey team list --org acme',
  ).action(
    act(async (ctx, _a, o) => {
      const { data } = await ctx
        .client()
        .GET('/v0/orgs/{org}/teams', { params: { path: { org: String(o.org) } } });
      printList(ctx.out, data ?? [], TEAM_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    team
      .command('create')
      .description('Create a team in an org')
      .argument('<name>')
      .requiredOption('--org <org>')
      .option('--slug <slug>'),
    'latchkey team create Platform --org acme',
  ).action(
    act(async (ctx, [name], o) => {
      const { data } = await ctx.client().POST('/v0/orgs/{org}/teams', {
        params: { path: { org: String(o.org) } },
        body: { name: String(name), ...(o.slug ? { slug: String(o.slug) } : {}) },
      });
      if (data) printObject(ctx.out, data, TEAM_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    team.command('view').description('Show a team').argument('<team>'),
    'latchkey team view platform',
  ).action(
    act(async (ctx, [id]) => {
      const { data } = await ctx.client().GET('/v0/teams/{team}', { params: { path: { team: String(id) } } });
      if (data) printObject(ctx.out, data, TEAM_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    team.command('update').alias('rename').description('Rename a team').argument('<team>').argument('<name>'),
    'latchkey team update platform Infra',
  ).action(
    act(async (ctx, [id, name]) => {
      const { data } = await ctx.client().PATCH('/v0/teams/{team}', {
        params: { path: { team: String(id) } },
        body: { name: String(name) },
      });
      if (data) printObject(ctx.out, data, TEAM_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    team
      .command('delete')
      .description('Delete a team and its grants')
      .argument('<team>')
      .option('-y, --yes', 'do not ask'),
    'latchkey team delete platform --yes',
  ).action(
    act(async (ctx, [id], o) => {
      await confirm(`Delete team ${String(id)} and its grants?`, o.yes === true);
      await ctx.client().DELETE('/v0/teams/{team}', { params: { path: { team: String(id) } } });
      printDone(ctx.out, `Team ${String(id)} deleted.`, { deleted: String(id) });
    }),
  );
  addMemberCommands(team, 'team');

  const project = program.command('project').description('Projects and who may reach them');
  examples(
    project.command('list').description('List the projects you can see, with your policy on each'),
    'latchkey project list',
  ).action(
    act(async (ctx) => {
      const { data } = await ctx.client().GET('/v0/projects');
      printList(ctx.out, data ?? [], PROJECT_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    project
      .command('create')
      .description('Create a project in an org, or a personal one')
      .argument('<name>')
      .option('--org <org>')
      .option('--slug <slug>'),
    'latchkey project create Launch --org acme',
  ).action(
    act(async (ctx, [name], o) => {
      const { data } = await ctx.client().POST('/v0/projects', {
        body: {
          name: String(name),
          ...(o.org ? { org: String(o.org) } : {}),
          ...(o.slug ? { slug: String(o.slug) } : {}),
        },
      });
      if (data) printObject(ctx.out, data, PROJECT_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    project.command('view').description('Show a project').argument('<project>'),
    'latchkey project view launch',
  ).action(
    act(async (ctx, [id]) => {
      const { data } = await ctx
        .client()
        .GET('/v0/projects/{project}', { params: { path: { project: String(id) } } });
      if (data) printObject(ctx.out, data, PROJECT_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    project
      .command('update')
      .alias('rename')
      .description('Rename a project')
      .argument('<project>')
      .argument('<name>'),
    'latchkey project update launch "Launch 2"',
  ).action(
    act(async (ctx, [id, name]) => {
      const { data } = await ctx.client().PATCH('/v0/projects/{project}', {
        params: { path: { project: String(id) } },
        body: { name: String(name) },
      });
      if (data) printObject(ctx.out, data, PROJECT_COLUMNS, (x) => x.slug);
    }),
  );
  examples(
    project
      .command('delete')
      .description('Delete a project and its grants')
      .argument('<project>')
      .option('-y, --yes', 'do not ask'),
    'latchkey project delete launch --yes',
  ).action(
    act(async (ctx, [id], o) => {
      await confirm(`Delete project ${String(id)}?`, o.yes === true);
      await ctx.client().DELETE('/v0/projects/{project}', { params: { path: { project: String(id) } } });
      printDone(ctx.out, `Project ${String(id)} deleted.`, { deleted: String(id) });
    }),
  );
  addMemberCommands(project, 'project');

  examples(
    program
      .command('access')
      .description('Ask the server what a principal may do')
      .command('check')
      .description(
        'May the caller (or --principal, administrators) read or write a project, or hold permissions? Prints the decision and why',
      )
      .argument('[project]', 'slug or UUID (without it, --permission is asked tenant-wide)')
      .argument('[action]', 'read, write or admin', oneOf('read', 'write', 'admin'))
      .option(
        '--permission <name>',
        'a permission from the catalogue that must be held (repeatable)',
        collect,
        [],
      )
      .option('--principal <who>', 'user:SLUG or app:SLUG instead of the caller', principal),
    'latchkey access check launch write',
    'latchkey access check launch --permission results:upload --permission runs:read',
    'latchkey access check launch read --principal app:slack-sync --json',
  ).action(
    act(async (ctx, [id, action], o) => {
      const permissions = o.permission;
      if (action === undefined && permissions.length === 0)
        throw usageError('Name an action (read, write or admin) or at least one --permission.');
      if (action !== undefined && id === undefined) throw usageError('An action needs a project.');
      const { data } = await ctx.client().POST('/v0/access/check', {
        body: {
          ...(id !== undefined ? { project: String(id) } : {}),
          ...(action !== undefined ? { action: action as 'read' | 'write' | 'admin' } : {}),
          ...(permissions.length > 0 ? { permission: permissions } : {}),
          ...(o.principal ? { principal: o.principal as { type: 'user' | 'app'; id: string } } : {}),
        },
      });
      if (!data) return;
      const columns: Column<Check>[] = [
        {
          header: 'allowed',
          value: (c) => (c.allowed ? 'yes' : 'no'),
          paint: (out, t, c) => (c.allowed ? green(out, t) : red(out, t)),
        },
        { header: 'policy', value: (c) => c.policy ?? '' },
        { header: 'granted', value: (c) => c.permissions?.granted.join(', ') ?? '' },
        { header: 'missing', value: (c) => c.permissions?.missing.join(', ') ?? '' },
        {
          header: 'via',
          // Each grant as its kind and what it names: "org_admin acme, team platform, role ci at project web".
          value: (c) => c.via.map(describeVia).join(', '),
        },
      ];
      printObject(ctx.out, data, columns, (c) => String(c.allowed));
    }),
  );
}

/** One path of an access decision, in a few words. */
function describeVia(v: Check['via'][number]): string {
  const who = [v.kind, v.subject?.slug ?? v.subject?.uuid].filter(Boolean).join(' ');
  if (v.kind !== 'role') return v.permission ? `${who} (${v.permission})` : who;
  const where = v.scope?.type === 'tenant' ? 'tenant' : `${v.scope?.type} ${v.scope?.slug ?? v.scope?.uuid}`;
  return `${v.permission} by role ${v.role} (${v.subject?.type} ${v.subject?.slug ?? v.subject?.uuid} at ${where})`;
}
