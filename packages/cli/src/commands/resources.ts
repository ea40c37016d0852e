// latchkey admin resources list|set|remove, and latchkey app resources view|set: the resource servers tokens may be issued for (resource=, RFC 8707).
import type { Command } from '@commander-js/extra-typings';
import type { components, LatchkeyClient } from '@latchkey/sdk';
import { act, examples, paged } from '../command.ts';
import { CliError, usageError } from '../errors.ts';
import { type Column, printDone, printList, printObject } from '../output.ts';

type Resource = components['schemas']['Resource'];
type AppResources = components['schemas']['AppResources'];

const COLUMNS: Column<Resource>[] = [
  { header: 'IDENTIFIER', value: (r) => r.identifier },
  { header: 'NAME', value: (r) => r.name },
  { header: 'UUID', value: (r) => r.uuid },
  { header: 'MODIFIED', value: (r) => r.modified, time: true },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The resource a UUID or an identifier names, among every registered one. */
async function findResource(client: LatchkeyClient, ref: string): Promise<Resource | undefined> {
  for await (const resource of client.paginate('/v0/admin/resources'))
    if (resource.identifier === ref || (UUID.test(ref) && resource.uuid === ref.toLowerCase()))
      return resource;
  return undefined;
}

export function addResourceCommands(admin: Command): void {
  const group = admin
    .command('resources')
    .description('Resource servers apps may obtain tokens for with resource= (their identifier becomes aud)');

  examples(
    paged(group.command('list').alias('ls').description('List resource servers'), 'resources').action(
      act(async (ctx, _args, o) => {
        const { data } = await ctx.client().GET('/v0/admin/resources', {
          params: { query: { page: o.page, per_page: o.perPage } },
        });
        printList(ctx.out, data ?? [], COLUMNS, (r) => r.identifier);
      }),
    ),
    'latchkey admin resources list',
  );

  examples(
    group
      .command('set')
      .description(
        'Register a resource server, or rename one already registered (the identifier never changes)',
      )
      .argument('<identifier>', 'an absolute URI without a fragment, e.g. https://api.example.com')
      .requiredOption('--name <name>', 'what people call it')
      .action(
        act(async (ctx, [identifier], o) => {
          const client = ctx.client();
          const existing = await findResource(client, String(identifier));
          const { data } = existing
            ? await client.PATCH('/v0/admin/resources/{resource}', {
                params: { path: { resource: existing.uuid } },
                body: { name: String(o.name) },
              })
            : await client.POST('/v0/admin/resources', {
                body: { identifier: String(identifier), name: String(o.name) },
              });
          if (data) printObject(ctx.out, data, COLUMNS, (r) => r.identifier);
        }),
      ),
    'latchkey admin resources set https://billing.example.com --name Billing',
  );

  examples(
    group
      .command('remove')
      .alias('rm')
      .description('Remove a resource server: no token is issued for it from then on')
      .argument('<resource>', 'its identifier or UUID')
      .action(
        act(async (ctx, [ref]) => {
          const client = ctx.client();
          const resource = await findResource(client, String(ref));
          if (!resource)
            throw new CliError(`no resource server ${String(ref)}: see latchkey admin resources list`);
          await client.DELETE('/v0/admin/resources/{resource}', {
            params: { path: { resource: resource.uuid } },
          });
          printDone(ctx.out, `Resource server ${resource.identifier} removed.`, {
            removed: resource.identifier,
          });
        }),
      ),
    'latchkey admin resources rm https://billing.example.com',
  );
}

const APP_COLUMNS: Column<AppResources>[] = [
  { header: 'LIMITED', value: (a) => (a.limited ? 'yes' : 'no: every registered resource server') },
  { header: 'RESOURCES', value: (a) => a.resources.map((r) => r.identifier) },
];

export function addAppResourceCommands(app: Command): void {
  const group = app.command('resources').description('The resource servers the app may obtain tokens for');

  examples(
    group
      .command('view')
      .description('Whether the app is limited to some resource servers, and which')
      .argument('<app>', 'slug, UUID or client id')
      .action(
        act(async (ctx, [slug]) => {
          const { data } = await ctx
            .client()
            .GET('/v0/apps/{app}/resources', { params: { path: { app: String(slug) } } });
          if (data) printObject(ctx.out, data, APP_COLUMNS, (a) => String(a.limited));
        }),
      ),
    'latchkey app resources view deployer',
  );

  examples(
    group
      .command('set')
      .description('Limit the app to these resource servers (administrators); --unlimited lifts the limit')
      .argument('<app>', 'slug, UUID or client id')
      .argument('[identifiers...]', 'resource identifiers; none: the app may name none')
      .option('--unlimited', 'every registered resource server')
      .action(
        act(async (ctx, [slug, identifiers], o) => {
          if (o.unlimited && identifiers.length > 0)
            throw usageError('give identifiers or --unlimited, not both');
          const { data } = await ctx.client().PUT('/v0/apps/{app}/resources', {
            params: { path: { app: String(slug) } },
            body: { resources: o.unlimited ? null : identifiers },
          });
          if (data) printObject(ctx.out, data, APP_COLUMNS, (a) => String(a.limited));
        }),
      ),
    'latchkey app resources set deployer https://billing.example.com',
    'latchkey app resources set deployer --unlimited',
  );
}
