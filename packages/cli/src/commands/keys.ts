// Bencher's key verbs: latchkey user key list|create|view|update|revoke [USER] — USER defaults to the signed-in user.

import type { Command } from '@commander-js/extra-typings';
import type { components } from '@latchkey/sdk';
import { act, collect, duration, examples, paged, sorted, str } from '../command.ts';
import type { Context } from '../context.ts';
import { usageError } from '../errors.ts';
import { type Column, printDone, printList, printObject, red, yellow } from '../output.ts';
import { limitOptions, limitsOf } from './limits.ts';
import { offerNetrc } from './netrc-offer.ts';

type Key = components['schemas']['UserKey'];

export const KEY_COLUMNS: Column<Key>[] = [
  { header: 'UUID', value: (k) => k.uuid },
  { header: 'NAME', value: (k) => k.name },
  { header: 'START', value: (k) => k.start },
  { header: 'CREATED', value: (k) => k.creation, time: true },
  { header: 'EXPIRES', value: (k) => k.expiration, time: true },
  { header: 'LAST USED', value: (k) => k.last_used, time: true },
  {
    header: 'REVOKED',
    value: (k) => k.revoked,
    time: true,
    paint: (out, text, k) => (k.revoked ? red(out, text) : text),
  },
  {
    header: 'SCOPES',
    value: (k) =>
      k.scopes
        ? [
            k.scopes.read_only ? 'read-only' : '',
            ...(k.scopes.projects ?? []),
            ...(k.scopes.permissions ?? []),
          ]
            .filter(Boolean)
            .join(',')
        : '',
  },
];

const user = async (ctx: Context, value: unknown): Promise<string> => str(value) ?? (await ctx.me());

export function addKeyCommands(userCommand: Command): Command {
  const key = userCommand.command('key').description("A user's personal API keys (Bencher's verbs)");

  examples(
    sorted(
      paged(
        key
          .command('list')
          .description("List a user's keys (only the key itself, when called with a key)")
          .argument('[user]', 'slug or UUID (default: the signed-in user)'),
        'keys',
      ),
      'name',
    )
      .option('--name <name>', 'only the key with exactly this name')
      .option('--revoked', 'only revoked keys (default: only keys not revoked)')
      .option('--search <text>', 'name or UUID contains')
      .action(
        act(async (ctx, [who], o) => {
          const slug = await user(ctx, who);
          const { data } = await ctx.client().GET('/v0/users/{user}/keys', {
            params: {
              path: { user: slug },
              query: {
                page: o.page,
                per_page: o.perPage,
                sort: o.sort,
                direction: o.direction,
                name: o.name,
                revoked: o.revoked === true ? true : undefined,
                search: o.search,
              },
            },
          });
          printList(ctx.out, data ?? [], KEY_COLUMNS, (k) => k.uuid);
        }),
      ),
    'latchkey user key list',
    'latchkey user key list ada --revoked --per-page 50 --json',
  );

  examples(
    limitOptions(key.command('create'))
      .description('Create a key; its secret is printed this once and never again')
      .argument('[user]', 'slug or UUID (default: the signed-in user)')
      .requiredOption('--name <name>', 'a name to recognise it by (1 to 64 characters)')
      .option('--ttl <duration>', 'lifetime: seconds, or 30d, 12h, 1y …', duration)
      .option('--read-only', 'the key may only read')
      .option('--project <project>', 'the only projects it may reach (repeatable)', collect)
      .option(
        '--permission <permission>',
        'the only permissions it carries, e.g. runs:read or results:* (repeatable; never more than yours)',
        collect,
      )
      .option(
        '--allow-ip <address>',
        'the only client addresses or CIDRs it may be used from (repeatable)',
        collect,
      )
      .action(
        act(async (ctx, [who], o) => {
          const slug = await user(ctx, who);
          const projects = o.project;
          const permissions = o.permission;
          const allowedIps = o.allowIp;
          const scoped =
            o.readOnly === true ||
            (projects?.length ?? 0) > 0 ||
            permissions !== undefined ||
            allowedIps !== undefined;
          const limits = limitsOf(o);
          const { data } = await ctx.client().POST('/v0/users/{user}/keys', {
            params: { path: { user: slug } },
            body: {
              name: String(o.name),
              ...(o.ttl ? { ttl: o.ttl } : {}),
              ...(limits !== undefined ? { limits } : {}),
              ...(scoped
                ? {
                    scopes: {
                      ...(o.readOnly ? { read_only: true } : {}),
                      ...(projects ? { projects } : {}),
                      ...(permissions ? { permissions } : {}),
                      ...(allowedIps ? { allowed_ips: allowedIps } : {}),
                    },
                  }
                : {}),
            },
          });
          if (!data) return;
          if (ctx.out.json) {
            ctx.out.write(`${JSON.stringify(data)}\n`);
            return;
          }
          ctx.out.write(`${data.key}\n`);
          ctx.out.note(
            yellow(
              ctx.out,
              `Key "${data.name}" (${data.uuid}) created. Copy it now: it will not be shown again.\n`,
            ),
          );
          await offerNetrc(ctx, data.key);
        }),
      ),
    'latchkey user key create --name laptop --ttl 30d',
    'latchkey user key create ada --name ci --read-only --project launch --project docs',
    'latchkey user key create --name uploader --project web --permission results:upload',
    'latchkey user key create --name ci --allow-ip 203.0.113.0/24 --allow-ip 2001:db8::/32',
    'latchkey user key create --name trial --remaining 1000 --refill 1000/month',
  );

  examples(
    key
      .command('view')
      .description('Show one key (never its secret)')
      .argument('<user>', 'slug or UUID')
      .argument('<key>', 'the key UUID')
      .action(
        act(async (ctx, [who, uuid]) => {
          const { data } = await ctx.client().GET('/v0/users/{user}/keys/{key}', {
            params: { path: { user: String(who), key: String(uuid) } },
          });
          if (data) printObject(ctx.out, data, KEY_COLUMNS, (k) => k.uuid);
        }),
      ),
    'latchkey user key view ada 0190c1d2-…',
  );

  examples(
    limitOptions(key.command('update'), true)
      .description('Rename a key, or narrow the permissions it carries (never widen them)')
      .argument('<user>', 'slug or UUID')
      .argument('<key>', 'the key UUID')
      .option('--name <name>', 'the new name')
      .option(
        '--permission <permission>',
        'the permissions it keeps (repeatable): each within what it carries now',
        collect,
      )
      .option(
        '--allow-ip <address>',
        'replace the addresses or CIDRs it may be used from (repeatable)',
        collect,
      )
      .option('--any-ip', 'remove its address limit')
      .action(
        act(async (ctx, [who, uuid], o) => {
          const permissions = o.permission;
          const allowedIps = o.anyIp === true ? null : o.allowIp;
          const limits = limitsOf(o);
          if (
            o.name === undefined &&
            permissions === undefined &&
            allowedIps === undefined &&
            limits === undefined
          )
            throw usageError('give --name, --permission, --allow-ip, --any-ip, --remaining or --no-limit');
          const { data } = await ctx.client().PATCH('/v0/users/{user}/keys/{key}', {
            params: { path: { user: String(who), key: String(uuid) } },
            body: {
              ...(o.name !== undefined ? { name: String(o.name) } : {}),
              ...(permissions || allowedIps !== undefined
                ? {
                    scopes: {
                      ...(permissions ? { permissions } : {}),
                      ...(allowedIps !== undefined ? { allowed_ips: allowedIps } : {}),
                    },
                  }
                : {}),
              ...(limits !== undefined ? { limits } : {}),
            },
          });
          if (data) printObject(ctx.out, data, KEY_COLUMNS, (k) => k.uuid);
        }),
      ),
    'latchkey user key update ada 0190c1d2-… --name old-laptop',
    'latchkey user key update ada 0190c1d2-… --permission runs:read',
    'latchkey user key update ada 0190c1d2-… --allow-ip 198.51.100.7',
    'latchkey user key update ada 0190c1d2-… --remaining 100 --refill 100/day',
  );

  examples(
    key
      .command('revoke')
      .description('Revoke a key, for good: it never works again')
      .argument('<user>', 'slug or UUID')
      .argument('<key>', 'the key UUID')
      .action(
        act(async (ctx, [who, uuid]) => {
          await ctx.client().DELETE('/v0/users/{user}/keys/{key}', {
            params: { path: { user: String(who), key: String(uuid) } },
          });
          printDone(ctx.out, `Key ${String(uuid)} revoked.`, { revoked: String(uuid) });
        }),
      ),
    'latchkey user key revoke ada 0190c1d2-…',
  );
  return key;
}
