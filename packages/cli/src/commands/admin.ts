// latchkey admin: every user's keys (list, revoke), the site key policy, identity providers, resource servers, signing keys.

import type { Command } from '@commander-js/extra-typings';
import type { components } from '@latchkey/sdk';
import { act, boolean, collect, examples, paged, pairs, sorted } from '../command.ts';
import { usageError } from '../errors.ts';
import { type Column, printDone, printList, printObject } from '../output.ts';
import { confirm } from '../prompt.ts';
import { addImportCommand } from './admin-import.ts';
import { KEY_COLUMNS } from './keys.ts';
import { addResourceCommands } from './resources.ts';

type AdminKey = components['schemas']['AdminKey'];
type Provider = components['schemas']['IdentityProvider'];
type Policy = components['schemas']['KeyPolicy'];

const ADMIN_KEY_COLUMNS = [
  ...KEY_COLUMNS.slice(0, 2),
  { header: 'OWNER', value: (k: AdminKey) => (k as { owner?: { slug?: string } }).owner?.slug },
  ...KEY_COLUMNS.slice(2),
] as Column<AdminKey>[];

const PROVIDER_COLUMNS: Column<Provider>[] = [
  { header: 'UUID', value: (p) => p.uuid },
  { header: 'ISSUER', value: (p) => p.issuer },
  { header: 'AUDIENCE', value: (p) => p.audience },
  { header: 'EMAIL CLAIM', value: (p) => p.email_claim },
  { header: 'ENABLED', value: (p) => p.enabled },
  { header: 'CREATED', value: (p) => p.creation, time: true },
];

const POLICY_COLUMNS: Column<Policy>[] = [
  { header: 'allow_user_keys', value: (p) => p.allow_user_keys },
  { header: 'key_max_lifetime', value: (p) => p.key_max_lifetime },
  { header: 'allow_session_keys', value: (p) => p.allow_session_keys },
];

/** KEY=VALUE settings: the booleans as booleans, the lifetime as given. */
export function settingsBody(values: string[]): Partial<Policy> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of pairs(values)) {
    if (key === 'allow_user_keys' || key === 'allow_session_keys' || key === 'allow_imported_keys')
      body[key] = boolean(value);
    else if (key === 'imported_keys_until') body[key] = value === 'none' ? null : value;
    else if (key === 'key_max_lifetime') body[key] = value;
    else
      throw usageError(
        `unknown setting "${key}": allow_user_keys, key_max_lifetime, allow_session_keys, allow_imported_keys or imported_keys_until (a time, or none)`,
      );
  }
  return body as Partial<Policy>;
}

export function addAdminCommands(program: Command): Command {
  const admin = program.command('admin').description("Administration: everyone's keys, policy, providers");
  const keys = admin.command('keys').description("Every user's API keys");

  examples(
    sorted(
      paged(keys.command('list').description("List every user's keys, with their owner"), 'keys'),
      'name',
      'creation',
      'last_used',
      'expiration',
    )
      .option('--user <user>', "only this user's keys")
      .option('--expired <bool>', 'only expired (true) or unexpired (false) keys', boolean)
      .option('--revoked <bool>', 'only revoked (true) or unrevoked (false) keys', boolean)
      .option('--search <text>', 'name or UUID contains')
      .action(
        act(async (ctx, _args, o) => {
          const { data } = await ctx.client().GET('/v0/admin/keys', {
            params: {
              query: {
                user: o.user,
                expired: o.expired,
                revoked: o.revoked,
                search: o.search,
                sort: o.sort,
                direction: o.direction,
                page: o.page,
                per_page: o.perPage,
              },
            },
          });
          printList(ctx.out, data ?? [], ADMIN_KEY_COLUMNS, (k) => k.uuid);
        }),
      ),
    'latchkey admin keys list --user ada --revoked false',
  );

  examples(
    keys
      .command('revoke')
      .description('Revoke keys by UUID, or --all of them (of one --user); asks first unless --yes')
      .argument('[keys...]', 'key UUIDs')
      .option('--all', 'every key (of --user, if given)')
      .option('--user <user>', 'with --all: only this user')
      .option('-y, --yes', 'do not ask')
      .action(
        act(async (ctx, [uuids], o) => {
          const list = uuids ?? [];
          if (o.all === true && list.length > 0) throw usageError('give key UUIDs or --all, not both');
          if (o.all !== true && list.length === 0) throw usageError('give key UUIDs, or --all');
          if (o.user && o.all !== true) throw usageError('--user goes with --all');
          const what =
            o.all === true
              ? `every key${o.user ? ` of ${String(o.user)}` : ' of every user'}`
              : `${list.length} key${list.length === 1 ? '' : 's'}`;
          await confirm(`Revoke ${what}? This cannot be undone.`, o.yes === true);
          const { data } = await ctx.client().POST('/v0/admin/keys/revoke', {
            body:
              o.all === true ? { all: true, ...(o.user ? { user: String(o.user) } : {}) } : { keys: list },
          });
          printDone(ctx.out, `${data?.revoked ?? 0} key(s) revoked.`, { revoked: data?.revoked ?? 0 });
        }),
      ),
    'latchkey admin keys revoke 0190c1d2-… 0190c1d3-…',
    'latchkey admin keys revoke --all --user ada --yes',
  );

  addImportCommand(keys);

  const settings = admin.command('settings').description('The site key policy');
  examples(
    settings
      .command('view')
      .alias('get')
      .description('Show the key policy')
      .action(
        act(async (ctx) => {
          const { data } = await ctx.client().GET('/v0/admin/settings');
          if (data) printObject(ctx.out, data, POLICY_COLUMNS, (p) => p.key_max_lifetime);
        }),
      ),
    'latchkey admin settings view --json',
  );
  examples(
    settings
      .command('update')
      .alias('set')
      .description(
        'Change settings: allow_user_keys, key_max_lifetime (never, 7d … 365d), allow_session_keys',
      )
      .argument('<pairs...>', 'KEY=VALUE')
      .action(
        act(async (ctx, [values]) => {
          const { data } = await ctx.client().PATCH('/v0/admin/settings', {
            body: settingsBody(values),
          });
          if (data) printObject(ctx.out, data, POLICY_COLUMNS, (p) => p.key_max_lifetime);
        }),
      ),
    'latchkey admin settings update key_max_lifetime=90d allow_session_keys=false',
  );

  addResourceCommands(admin);

  const providers = admin.command('identity-providers').description('Trusted OpenID Connect providers');
  examples(
    providers
      .command('list')
      .description('List identity providers')
      .action(
        act(async (ctx) => {
          const { data } = await ctx.client().GET('/v0/admin/identity-providers');
          printList(ctx.out, data ?? [], PROVIDER_COLUMNS, (p) => p.uuid);
        }),
      ),
    'latchkey admin identity-providers list',
  );
  examples(
    providers
      .command('add')
      .description("Trust a provider's id tokens (users are matched by email)")
      .requiredOption('--issuer <url>', "the provider's issuer URL")
      .requiredOption('--audience <aud>', 'the audience its tokens must carry')
      .option('--email-claim <claim>', 'the claim holding the email (default email)')
      .option('--algorithm <alg>', 'an accepted signing algorithm (repeatable)', collect)
      .action(
        act(async (ctx, _args, o) => {
          const { data } = await ctx.client().POST('/v0/admin/identity-providers', {
            body: {
              issuer: String(o.issuer),
              audience: String(o.audience),
              ...(o.emailClaim ? { email_claim: String(o.emailClaim) } : {}),
              ...(o.algorithm ? { algorithms: o.algorithm as never } : {}),
            },
          });
          if (data) printObject(ctx.out, data, PROVIDER_COLUMNS, (p) => p.uuid);
        }),
      ),
    'latchkey admin identity-providers add --issuer https://acme.okta.com --audience latchkey',
  );
  examples(
    providers
      .command('remove')
      .description('Stop trusting a provider')
      .argument('<provider>', 'its UUID')
      .action(
        act(async (ctx, [id]) => {
          await ctx.client().DELETE('/v0/admin/identity-providers/{provider}', {
            params: { path: { provider: String(id) } },
          });
          printDone(ctx.out, `Identity provider ${String(id)} removed.`, { removed: String(id) });
        }),
      ),
    'latchkey admin identity-providers remove 0190c1d2-…',
  );

  examples(
    admin
      .command('signing-keys')
      .description("The server's own JWT signing keys")
      .command('rotate')
      .description('Sign with a new key from now on; tokens signed before stay valid until they expire')
      .action(
        act(async (ctx) => {
          const { data } = await ctx.client().POST('/v0/admin/signing-keys/rotate');
          if (!data) return;
          if (ctx.out.json) ctx.out.write(`${JSON.stringify(data)}\n`);
          else if (ctx.out.quiet) ctx.out.write(`${data.kid}\n`);
          else ctx.out.write(`Signing with ${data.kid}; retired: ${data.retired.join(', ') || 'none'}.\n`);
        }),
      ),
    'latchkey admin signing-keys rotate',
  );
  return admin;
}
