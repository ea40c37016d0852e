// members list|add|remove for orgs and teams, collaborators list|add|remove for projects.
import type { Command } from '@commander-js/extra-typings';
import { act, examples, oneOf } from '../command.ts';
import type { Context } from '../context.ts';
import { usageError } from '../errors.ts';
import { type Column, printDone, printList } from '../output.ts';

type Row = Record<string, unknown>;
const MEMBER_COLUMNS: Column<Row>[] = [
  { header: 'TYPE', value: (m) => m.type },
  { header: 'SLUG', value: (m) => m.slug },
  { header: 'NAME', value: (m) => m.name },
  { header: 'ROLE', value: (m) => m.role },
  { header: 'UUID', value: (m) => m.uuid },
];
const COLLABORATOR_COLUMNS: Column<Row>[] = [
  { header: 'TYPE', value: (c) => c.type },
  { header: 'GRANTEE', value: (c) => (c.grantee as { slug?: string } | undefined)?.slug ?? c.grantee },
  { header: 'POLICY', value: (c) => c.policy },
  { header: 'UUID', value: (c) => c.uuid },
  { header: 'SINCE', value: (c) => c.creation, time: true },
];

/** The grantee options `add` declares: --user and --app, and for a project --org and --team. */
type GranteeOptions = { user?: string; app?: string; org?: string; team?: string };

/** Exactly one of the grantee options, as the API's body wants it. */
function grantee(o: GranteeOptions, kinds: (keyof GranteeOptions)[]): Record<string, string> {
  const given = kinds.filter((k) => o[k] !== undefined);
  if (given.length !== 1) throw usageError(`give exactly one of ${kinds.map((k) => `--${k}`).join(', ')}`);
  const [kind] = given;
  return kind ? { [kind]: o[kind] ?? '' } : {};
}

type Kind = 'org' | 'team' | 'project';
const BASE: Record<Kind, string> = { org: '/v0/orgs', team: '/v0/teams', project: '/v0/projects' };

/** Member paths differ only by their prefix; the raw transport keeps one implementation for the three. */
async function call(ctx: Context, method: string, path: string, body?: unknown): Promise<unknown> {
  const client = ctx.client();
  const response = await client.transport.send(
    new Request(`${client.url}${path}`, {
      method,
      headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    }),
  );
  return response.status === 204 ? undefined : response.json();
}

export function addMemberCommands(parent: Command, kind: Kind): void {
  const noun = kind === 'project' ? 'collaborators' : 'members';
  const group = parent
    .command(noun)
    .description(kind === 'project' ? 'Who may reach the project, and how' : `The ${kind}'s members`);
  const path = (id: unknown, rest = '') => `${BASE[kind]}/${encodeURIComponent(String(id))}/${noun}${rest}`;
  const kinds: (keyof GranteeOptions)[] =
    kind === 'project' ? ['org', 'team', 'user', 'app'] : ['user', 'app'];
  const columns = kind === 'project' ? COLLABORATOR_COLUMNS : MEMBER_COLUMNS;

  examples(
    group.command('list').description(`List the ${noun}`).argument(`<${kind}>`),
    `latchkey ${kind} ${noun} list launch`,
  ).action(
    act(async (ctx, [id]) => {
      printList(ctx.out, ((await call(ctx, 'GET', path(id))) as Row[]) ?? [], columns, (r) => String(r.uuid));
    }),
  );

  const add = group.command('add').argument(`<${kind}>`);
  for (const k of kinds)
    add.option(`--${k} <id>`, `a${k === 'org' || k === 'app' ? 'n' : ''} ${k} (slug or UUID)`);
  if (kind === 'project')
    add.requiredOption('--policy <policy>', 'read, write or admin', oneOf('read', 'write', 'admin'));
  else add.option('--role <role>', 'member (default) or admin', oneOf('member', 'admin'));
  examples(
    add.description(
      kind === 'project'
        ? 'Grant a policy on the project (again: change it)'
        : `Add a member to the ${kind} (again: change the role)`,
    ),
    kind === 'project'
      ? 'latchkey project collaborators add launch --team platform --policy write'
      : `latchkey ${kind} members add acme --user ada --role admin`,
  ).action(
    act(async (ctx, [id], o: GranteeOptions & { policy?: string; role?: string }) => {
      const extra = kind === 'project' ? { policy: o.policy } : o.role ? { role: o.role } : {};
      const row = (await call(ctx, 'POST', path(id), { ...grantee(o, kinds), ...extra })) as Row;
      if (ctx.out.json) ctx.out.write(`${JSON.stringify(row)}\n`);
      else printList(ctx.out, [row], columns, (r) => String(r.uuid));
    }),
  );

  examples(
    group
      .command('remove')
      .description(`Remove one of the ${noun}`)
      .argument(`<${kind}>`)
      .argument('<id>', 'the member or collaborator UUID'),
    `latchkey ${kind} ${noun} remove ${kind === 'project' ? 'launch' : 'acme'} 0190c1d2-…`,
  ).action(
    act(async (ctx, [id, member]) => {
      await call(ctx, 'DELETE', path(id, `/${encodeURIComponent(String(member))}`));
      printDone(ctx.out, `Removed ${String(member)} from ${kind} ${String(id)}.`, {
        removed: String(member),
      });
    }),
  );
}
