// latchkey admin permission list|set|delete|apply, and `latchkey permissions apply FILE` for deployments kept in git.
import { readFile } from 'node:fs/promises';
import type { Command } from '@commander-js/extra-typings';
import { type components, LatchkeyError } from '@latchkey/sdk';
import { act, examples } from '../command.ts';
import type { Context } from '../context.ts';
import { CliError } from '../errors.ts';
import { bold, type Column, green, printDone, printList, printObject, red, yellow } from '../output.ts';
import { confirm } from '../prompt.ts';

type Permission = components['schemas']['Permission'];
type Applied = components['schemas']['PermissionsApplied'];

const PERMISSION_COLUMNS: Column<Permission>[] = [
  { header: 'NAME', value: (p) => p.name },
  { header: 'DESCRIPTION', value: (p) => p.description },
  { header: 'UPDATED', value: (p) => p.updated, time: true },
];

/** Sends the file as it is: the server names a bad line, and this prefixes the file's name. */
async function applyFile(
  ctx: Context,
  file: string,
  o: { dryRun?: true; prune?: true; force?: true },
): Promise<void> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new CliError(`cannot read ${file}: ${error.message}`);
  });
  const { data } = await ctx
    .client()
    .POST('/v0/admin/permissions/apply', {
      params: {
        query: {
          ...(o.dryRun === true ? { dry_run: true } : {}),
          ...(o.prune === true ? { prune: true } : {}),
          ...(o.force === true ? { force: true } : {}),
        },
      },
      body: text,
      bodySerializer: (body: unknown) => body as string,
      headers: { 'content-type': 'application/yaml' },
    })
    .catch((error: unknown) => {
      if (error instanceof LatchkeyError && error.status === 400 && /^line \d+:/.test(error.message))
        throw new CliError(`${file}, ${error.message}`, 1, error.code);
      if (error instanceof LatchkeyError && error.status === 409 && o.force !== true)
        throw new CliError(`${error.message.replace(/Apply with force/, 'Add --force')}`, 1, error.code);
      throw error;
    });
  if (data) printApplied(ctx, data);
}

/** The difference, one line a name: + added, ~ changed, - removed. */
function printApplied(ctx: Context, applied: Applied): void {
  const out = ctx.out;
  if (out.json) {
    out.write(`${JSON.stringify(applied)}\n`);
    return;
  }
  if (out.quiet) return;
  const lines: string[] = [];
  for (const what of ['permissions', 'roles'] as const) {
    const d = applied[what];
    lines.push(
      bold(
        out,
        `${what}: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed, ${d.unchanged} unchanged`,
      ),
    );
    lines.push(...d.added.map((name) => green(out, `  + ${name}`)));
    lines.push(...d.changed.map((name) => yellow(out, `  ~ ${name}`)));
    lines.push(...d.removed.map((name) => red(out, `  - ${name}`)));
  }
  out.write(`${lines.join('\n')}\n`);
  if (applied.dry_run) out.note('Dry run: nothing was changed.\n');
}

function addApplyCommand(parent: Command, name: string, path: string): void {
  examples(
    parent
      .command(name)
      .description(
        'Apply a permissions file (YAML): create and change what it lists; with --prune, delete what it leaves out',
      )
      .argument('<file>', 'the permissions file (docs/permissions.md)')
      .option('--dry-run', 'print the difference and change nothing')
      .option('--prune', 'also delete the permissions and roles the file does not list')
      .option('--force', 'with --prune: delete even what keys or assignments still grant')
      .action(act(async (ctx, [file], o) => applyFile(ctx, String(file), o))),
    `latchkey ${path} permissions.yaml --dry-run`,
    `latchkey ${path} permissions.yaml --prune`,
  );
}

export function addPermissionCommands(program: Command, admin: Command): void {
  addApplyCommand(
    program.command('permissions').description('The permission catalogue, from a file kept in git'),
    'apply',
    'permissions apply',
  );

  const permission = admin.command('permission').description('The permission catalogue');
  examples(
    permission
      .command('list')
      .description('List every permission the platform defines')
      .action(
        act(async (ctx) => {
          const { data } = await ctx.client().GET('/v0/admin/permissions');
          printList(ctx.out, data ?? [], PERMISSION_COLUMNS, (p) => p.name);
        }),
      ),
    'latchkey admin permission list',
  );
  examples(
    permission
      .command('set')
      .description('Define a permission (resource:action), or change its description')
      .argument('<name>', 'resource:action, e.g. runs:read')
      .option('--description <text>', 'what it allows', '')
      .action(
        act(async (ctx, [name], o) => {
          const { data } = await ctx.client().PUT('/v0/admin/permissions/{name}', {
            params: { path: { name: String(name) } },
            body: { description: String(o.description) },
          });
          if (data) printObject(ctx.out, data, PERMISSION_COLUMNS, (p) => p.name);
        }),
      ),
    'latchkey admin permission set runs:read --description "Read runs"',
  );
  examples(
    permission
      .command('delete')
      .description('Delete a permission; one still granted is refused unless --force (asks first)')
      .argument('<name>', 'the permission')
      .option('--force', 'remove it from every role and key that names it first')
      .option('-y, --yes', 'do not ask (with --force)')
      .action(
        act(async (ctx, [name], o) => {
          if (o.force === true)
            await confirm(
              `Remove ${String(name)} from every role and key naming it, and delete it?`,
              o.yes === true,
            );
          await ctx.client().DELETE('/v0/admin/permissions/{name}', {
            params: { path: { name: String(name) }, query: o.force === true ? { force: true } : {} },
          });
          printDone(ctx.out, `Permission ${String(name)} deleted.`, { deleted: String(name) });
        }),
      ),
    'latchkey admin permission delete billing:admin',
    'latchkey admin permission delete billing:admin --force --yes',
  );
  addApplyCommand(permission, 'apply', 'admin permission apply');
}
