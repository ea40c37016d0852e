// latchkey app create|list|view|configure|activate|archive|secret, and latchkey token for scripts.
import { readFile } from 'node:fs/promises';
import type { Command } from '@commander-js/extra-typings';
import { type components, LatchkeyError } from '@latchkey/sdk';
import { act, boolean, collect, examples, integer, paged, pairs, sorted } from '../command.ts';
import { CliError, usageError } from '../errors.ts';
import { type Column, printDone, printList, printObject, yellow } from '../output.ts';
import { addAppKeyCommands } from './app-keys.ts';
import { addFederatedCredentialCommands } from './federated-credentials.ts';
import { limitOptions, limitsOf } from './limits.ts';
import { addAppResourceCommands } from './resources.ts';
import { addTokenCommand } from './token.ts';

type App = components['schemas']['App'];

const APP_COLUMNS: Column<App>[] = [
  { header: 'SLUG', value: (a) => a.slug },
  { header: 'NAME', value: (a) => a.name },
  { header: 'CLIENT ID', value: (a) => a.client_id },
  { header: 'STATUS', value: (a) => a.status },
  { header: 'LAST SEEN', value: (a) => a.last_seen, time: true },
  { header: 'CREATED', value: (a) => a.creation, time: true },
];
const VIEW_COLUMNS: Column<App>[] = [
  { header: 'UUID', value: (a) => a.uuid },
  ...APP_COLUMNS,
  { header: 'DESCRIPTION', value: (a) => a.description },
  { header: 'LIFECYCLE', value: (a) => a.lifecycle },
  { header: 'SCOPES', value: (a) => a.scopes },
  { header: 'CONFIGURATION', value: (a) => a.configuration.map((c) => `${c.key}=${c.value ?? ''}`) },
];

/** The server answers every problem of a manifest in one message; one line each reads better. */
function manifestProblems(error: unknown, file: string): never {
  if (error instanceof LatchkeyError && error.code === 'validation_failed') {
    const [, count, list] = /^The manifest has (\d+ problems?): (.*)$/s.exec(error.message) ?? [];
    if (count && list) {
      const lines = list.split('; ').map((problem) => `  ${problem}`);
      const id = error.requestId ? ` (request id ${error.requestId})` : '';
      throw new CliError(`${file}: ${count}${id}\n${lines.join('\n')}`, 1, 'validation_failed');
    }
  }
  throw error;
}

/** KEY=VALUE typed by the app's declared configuration (number, boolean or text). */
export function configurationValues(app: App, values: string[]): Record<string, string | number | boolean> {
  const result: Record<string, string | number | boolean> = {};
  for (const item of app.configuration) if (item.value !== null) result[item.key] = item.value;
  for (const [key, value] of pairs(values)) {
    const item = app.configuration.find((c) => c.key === key);
    if (!item)
      throw usageError(
        `"${key}" is not in ${app.slug}'s configuration (${app.configuration.map((c) => c.key).join(', ') || 'none'})`,
      );
    if (item.type === 'number') {
      if (value.trim() === '' || Number.isNaN(Number(value))) throw usageError(`${key} must be a number`);
      result[key] = Number(value);
    } else result[key] = item.type === 'boolean' ? boolean(value) : value;
  }
  return result;
}

export function addAppCommands(program: Command): Command {
  const app = program.command('app').description('Apps: integrations with a client id and secret');

  examples(
    limitOptions(app.command('create'))
      .description('Register an app by name, or from a manifest file (YAML or JSON)')
      .option('--name <name>', "the app's name")
      .option('--description <text>', 'what it does')
      .option('--manifest <file>', 'a manifest (docs/apps.md); every problem is listed with its path')
      .option(
        '--allow-ip <address>',
        'the only client addresses or CIDRs its credentials may be used from (repeatable)',
        collect,
      )
      .action(
        act(async (ctx, _args, o) => {
          const file = o.manifest;
          if (!file === !o.name) throw usageError('give --name or --manifest');
          let data: App | undefined;
          if (file) {
            const text = await readFile(file, 'utf8').catch((error: Error) => {
              throw new CliError(`cannot read ${file}: ${error.message}`);
            });
            const json = /\.json$/i.test(file);
            data = (
              await ctx
                .client()
                .POST('/v0/apps/manifest', {
                  body: text as never,
                  bodySerializer: (body: unknown) => body as string,
                  headers: { 'content-type': json ? 'application/json' : 'application/yaml' },
                })
                .catch((error: unknown) => manifestProblems(error, file))
            ).data;
          } else {
            data = (
              await ctx.client().POST('/v0/apps', {
                body: {
                  name: String(o.name),
                  ...(o.description ? { description: String(o.description) } : {}),
                  ...(limitsOf(o) !== undefined ? { limits: limitsOf(o) } : {}),
                  ...(o.allowIp ? { allowed_ips: o.allowIp } : {}),
                },
              })
            ).data;
          }
          if (data) printObject(ctx.out, data, VIEW_COLUMNS, (a) => a.slug);
          if (data && !ctx.out.json) ctx.out.note(`Next: latchkey app secret ${data.slug}\n`);
        }),
      ),
    'latchkey app create --name "Slack sync"',
    'latchkey app create --manifest slack-sync.yaml',
    'latchkey app create --name "Nightly sync" --allow-ip 203.0.113.0/24 --remaining 1000 --refill 1000/day',
  );

  examples(
    sorted(paged(app.command('list').description('List the apps you can see'), 'apps'), 'name', 'creation')
      .option('--archived', 'archived apps instead')
      .option('--search <text>', 'name or slug contains')
      .action(
        act(async (ctx, _args, o) => {
          const { data } = await ctx.client().GET('/v0/apps', {
            params: {
              query: {
                archived: o.archived === true ? true : undefined,
                search: o.search,
                sort: o.sort,
                direction: o.direction,
                page: o.page,
                per_page: o.perPage,
              },
            },
          });
          printList(ctx.out, data ?? [], APP_COLUMNS, (a) => a.slug);
        }),
      ),
    'latchkey app list --search slack',
  );

  const one = (verb: string, description: string, example: string) =>
    examples(
      app.command(verb).description(description).argument('<app>', 'slug, UUID or client id'),
      example,
    );

  one('view', 'Show an app, its configuration and status', 'latchkey app view slack-sync').action(
    act(async (ctx, [slug]) => {
      const { data } = await ctx.client().GET('/v0/apps/{app}', { params: { path: { app: String(slug) } } });
      if (data) printObject(ctx.out, data, VIEW_COLUMNS, (a) => a.slug);
    }),
  );

  one(
    'configure',
    'Set configuration values (the others keep theirs)',
    'latchkey app configure slack-sync channel=general',
  )
    .argument('<pairs...>', 'KEY=VALUE')
    .action(
      act(async (ctx, [slug, values]) => {
        const path = { app: String(slug) };
        const { data: current } = await ctx.client().GET('/v0/apps/{app}', { params: { path } });
        if (!current) return;
        const { data } = await ctx.client().PUT('/v0/apps/{app}/configuration', {
          params: { path },
          body: configurationValues(current, values),
        });
        if (data) printObject(ctx.out, data as App, VIEW_COLUMNS, (a) => a.slug);
      }),
    );

  one(
    'activate',
    'Activate an app with a manual lifecycle (administrators)',
    'latchkey app activate slack-sync',
  ).action(
    act(async (ctx, [slug]) => {
      const { data } = await ctx
        .client()
        .POST('/v0/apps/{app}/activate', { params: { path: { app: String(slug) } } });
      if (data) printObject(ctx.out, data as App, VIEW_COLUMNS, (a) => a.slug);
    }),
  );

  one(
    'archive',
    'Archive an app: its secret and tokens stop working',
    'latchkey app archive slack-sync',
  ).action(
    act(async (ctx, [slug]) => {
      await ctx.client().DELETE('/v0/apps/{app}', { params: { path: { app: String(slug) } } });
      printDone(ctx.out, `App ${String(slug)} archived.`, { archived: String(slug) });
    }),
  );

  one('secret', 'Make a new client secret, printed this once', 'latchkey app secret slack-sync --grace 3600')
    .option('--grace <seconds>', 'how long the previous secret keeps working', integer('--grace', 0))
    .action(
      act(async (ctx, [slug], o) => {
        const { data } = await ctx.client().POST('/v0/apps/{app}/secret', {
          params: { path: { app: String(slug) } },
          body: o.grace !== undefined ? { grace_seconds: o.grace } : {},
        });
        if (!data) return;
        if (ctx.out.json) {
          ctx.out.write(`${JSON.stringify(data)}\n`);
          return;
        }
        ctx.out.write(`${data.client_secret}\n`);
        const previous = data.previous_secret_expiration
          ? ` The previous secret works until ${data.previous_secret_expiration}.`
          : '';
        ctx.out.note(
          yellow(
            ctx.out,
            `Client secret for ${data.client_id}: copy it now, it will not be shown again.${previous}\n`,
          ),
        );
      }),
    );

  addFederatedCredentialCommands(app);
  addAppKeyCommands(app);
  addAppResourceCommands(app);
  addTokenCommand(program);
  return app;
}
