// Offboarding and allowed addresses: latchkey user offboarding, user key transfer|usage, app update --allow-ip.
import type { Command } from '@commander-js/extra-typings';
import { act, collect, examples, oneOf } from '../command.ts';
import { usageError } from '../errors.ts';
import { type Column, printList, printObject } from '../output.ts';
import { limitOptions, limitsOf } from './limits.ts';

interface Used {
  kind: string;
  uuid: string;
  name: string;
  start: string | null;
  requests: number;
  last_used: string | null;
}

const USED_COLUMNS: Column<Used>[] = [
  { header: 'KIND', value: (c) => c.kind },
  { header: 'UUID', value: (c) => c.uuid },
  { header: 'NAME', value: (c) => c.name },
  { header: 'START', value: (c) => c.start ?? '' },
  { header: 'REQUESTS (30D)', value: (c) => c.requests },
  { header: 'LAST USED', value: (c) => c.last_used, time: true },
];

/** Adds to the `user`, `user key` and `app` commands. */
export function addOffboardingCommands({
  user,
  key,
  app,
}: {
  user: Command;
  key: Command;
  app: Command;
}): void {
  examples(
    user
      .command('offboarding')
      .description("A user's keys, session keys and apps used in the last 30 days (administrators)")
      .argument('<user>', 'slug or UUID')
      .action(
        act(async (ctx, [who]) => {
          const { data } = await ctx.client().GET('/v0/users/{user}/offboarding', {
            params: { path: { user: who } },
          });
          if (!data) return;
          if (ctx.out.json) ctx.out.write(`${JSON.stringify(data)}\n`);
          else printList(ctx.out, data.credentials, USED_COLUMNS, (c) => c.uuid);
        }),
      ),
    'latchkey user offboarding ada',
  );

  examples(
    key
      .command('transfer')
      .description(
        "Move a user's key to an app: the same secret then authenticates as the app (administrators)",
      )
      .argument('<user>', 'slug or UUID')
      .argument('<key>', 'the key UUID')
      .requiredOption('--app <app>', 'the app (slug, UUID or client id)')
      .action(
        act(async (ctx, [who, uuid], o) => {
          const { data } = await ctx.client().POST('/v0/users/{user}/keys/{key}/transfer', {
            params: { path: { user: who, key: uuid } },
            body: { app: o.app },
          });
          if (!data) return;
          if (ctx.out.json) ctx.out.write(`${JSON.stringify(data)}\n`);
          else
            ctx.out.write(
              `Key ${data.key.uuid} (${data.key.start}…) now authenticates as the app ${data.app.slug}.\n`,
            );
        }),
      ),
    'latchkey user key transfer ada 0190c1d2-… --app nightly-sync',
  );

  examples(
    key
      .command('usage')
      .description('What a key did: requests by outcome, its busiest addresses, the permissions it used')
      .argument('<user>', 'slug or UUID')
      .argument('<key>', 'the key UUID')
      .option('--from <time>', 'ISO 8601 start (default: 30 days before --to)')
      .option('--to <time>', 'ISO 8601 end (default: the end of this hour)')
      .option('--granularity <unit>', 'hour or day', oneOf('hour', 'day'))
      .action(
        act(async (ctx, [who, uuid], o) => {
          const { data } = await ctx.client().GET('/v0/users/{user}/keys/{key}/usage', {
            params: {
              path: { user: who, key: uuid },
              query: {
                from: o.from,
                to: o.to,
                granularity: o.granularity,
              },
            },
          });
          if (data) ctx.out.write(`${JSON.stringify(data, null, ctx.out.json ? undefined : 2)}\n`);
        }),
      ),
    'latchkey user key usage ada 0190c1d2-… --granularity hour',
  );

  examples(
    limitOptions(app.command('update'), true)
      .description('Set the addresses an app’s credentials may be used from, and its usage limit')
      .argument('<app>', 'slug, UUID or client id')
      .option('--allow-ip <address>', 'an address or CIDR (repeatable); replaces the list', collect)
      .option('--any-ip', 'remove the address limit')
      .action(
        act(async (ctx, [ref], o) => {
          const allowed = o.anyIp === true ? null : o.allowIp;
          const limits = limitsOf(o);
          if (allowed === undefined && limits === undefined)
            throw usageError('give --allow-ip, --any-ip, --remaining or --no-limit');
          const { data } = await ctx.client().PATCH('/v0/apps/{app}', {
            params: { path: { app: ref } },
            body: {
              ...(allowed !== undefined ? { allowed_ips: allowed } : {}),
              ...(limits !== undefined ? { limits } : {}),
            },
          });
          if (data)
            printObject(
              ctx.out,
              data,
              [
                { header: 'SLUG', value: (a) => a.slug },
                { header: 'ALLOWED IPS', value: (a) => (a.allowed_ips ?? ['anywhere']).join(',') },
                { header: 'WARNINGS', value: (a) => (a.warnings ?? []).join(' ') },
                { header: 'REMAINING', value: (a) => (a.limits ? String(a.limits.remaining) : 'unlimited') },
              ],
              (a) => a.slug,
            );
        }),
      ),
    'latchkey app update nightly-sync --allow-ip 203.0.113.0/24',
    'latchkey app update nightly-sync --any-ip',
    'latchkey app update nightly-sync --remaining 500 --refill 500/month',
  );
}
