// latchkey user list|create|view|update|suspend|unsuspend|delete, and the user key verbs under it.

import type { Command } from '@commander-js/extra-typings';
import type { components } from '@latchkey/sdk';
import { act, boolean, examples, paged, sorted } from '../command.ts';
import { usageError } from '../errors.ts';
import { type Column, printDone, printList, printObject, red } from '../output.ts';
import { confirm, promptHidden, readStdin } from '../prompt.ts';
import { addKeyCommands } from './keys.ts';

type User = components['schemas']['User'];

const USER_COLUMNS: Column<User>[] = [
  { header: 'SLUG', value: (u) => u.slug },
  { header: 'NAME', value: (u) => u.name },
  { header: 'EMAIL', value: (u) => u.email },
  { header: 'ROLE', value: (u) => [u.admin ? 'admin' : '', u.developer ? 'developer' : ''].filter(Boolean) },
  {
    header: 'SUSPENDED',
    value: (u) => (u.suspended ? 'yes' : ''),
    paint: (out, text, u) => (u.suspended ? red(out, text) : text),
  },
  { header: 'CREATED', value: (u) => u.creation, time: true },
];
const VIEW_COLUMNS: Column<User>[] = [{ header: 'UUID', value: (u) => u.uuid }, ...USER_COLUMNS];

/** `latchkey user …` and `latchkey user key …`: answers the two commands, for others to add to. */
export function addUserCommands(program: Command): { user: Command; key: Command } {
  const user = program.command('user').description('Users and their API keys');
  const key = addKeyCommands(user);

  examples(
    sorted(
      paged(user.command('list').description('List users (administrators)'), 'users'),
      'name',
      'email',
      'creation',
    )
      .option('--search <text>', 'name, email or slug contains')
      .action(
        act(async (ctx, _args, o) => {
          const { data } = await ctx.client().GET('/v0/users', {
            params: {
              query: {
                page: o.page,
                per_page: o.perPage,
                sort: o.sort,
                direction: o.direction,
                search: o.search,
              },
            },
          });
          printList(ctx.out, data ?? [], USER_COLUMNS, (u) => u.slug);
        }),
      ),
    'latchkey user list --search ada',
  );

  examples(
    user
      .command('create')
      .description('Create a user (administrators); the password is asked for, or read from stdin')
      .requiredOption('--email <email>', 'their email, to sign in with')
      .requiredOption('--name <name>', 'their name')
      .option('--slug <slug>', 'their slug (default: from the name)')
      .option('--admin', 'make them an administrator')
      .option('--password-stdin', 'read their password from stdin')
      .action(
        act(async (ctx, _args, o) => {
          const password = o.passwordStdin
            ? await readStdin('--password-stdin: the password')
            : await promptHidden('Their password: ');
          const { data } = await ctx.client().POST('/v0/users', {
            body: {
              email: String(o.email),
              name: String(o.name),
              password,
              ...(o.slug ? { slug: String(o.slug) } : {}),
              ...(o.admin ? { admin: true } : {}),
            },
          });
          if (data) printObject(ctx.out, data, VIEW_COLUMNS, (u) => u.slug);
        }),
      ),
    'printf %s "$PASSWORD" | latchkey user create --email ada@example.com --name "Ada Lovelace" --password-stdin',
  );

  examples(
    user
      .command('view')
      .description('Show a user')
      .argument('<user>', 'slug or UUID')
      .action(
        act(async (ctx, [slug]) => {
          const { data } = await ctx
            .client()
            .GET('/v0/users/{user}', { params: { path: { user: String(slug) } } });
          if (data) printObject(ctx.out, data, VIEW_COLUMNS, (u) => u.slug);
        }),
      ),
    'latchkey user view ada',
  );

  examples(
    user
      .command('update')
      .description(
        "Change a user's name, developer role or password (your own without <user>; a password needs a signed-in session)",
      )
      .argument('[user]', 'slug or UUID (default: you)')
      .option('--name <name>', 'the new name')
      .option('--developer <bool>', 'may register apps: true or false', boolean)
      .option('--password', 'set a new password: asked for, hidden (your own: the current one first)')
      .option(
        '--password-stdin',
        'read the password from stdin (your own: the current password, a line break, then the new one)',
      )
      .action(
        act(async (ctx, [slug], o) => {
          const client = ctx.client();
          const setPassword = o.passwordStdin === true || o.password === true;
          const me =
            slug === undefined || setPassword
              ? (await client.GET('/v0/auth/whoami')).data?.principal
              : undefined;
          const target = String(slug ?? me?.slug ?? '');
          const own = me !== undefined && (target === me.slug || target === me.uuid);
          const passwords = setPassword ? await readPasswords(own, o.passwordStdin === true) : {};
          const { data } = await client.PATCH('/v0/users/{user}', {
            params: { path: { user: target } },
            body: {
              ...(o.name ? { name: String(o.name) } : {}),
              ...(o.developer !== undefined ? { developer: o.developer } : {}),
              ...passwords,
            },
          });
          if (data) printObject(ctx.out, data, VIEW_COLUMNS, (u) => u.slug);
        }),
      ),
    'latchkey user update ada --developer true',
    'printf "%s\\n%s" "$CURRENT" "$NEW" | latchkey user update --password-stdin',
  );

  for (const [verb, suspended, what] of [
    ['suspend', true, 'Refuse every credential of a user and their sign-in, at once'],
    ['unsuspend', false, 'Let a suspended user back in (their API keys work again)'],
  ] as const) {
    examples(
      user
        .command(verb)
        .description(what)
        .argument('<user>', 'slug or UUID')
        .action(
          act(async (ctx, [slug]) => {
            await ctx.client().PATCH('/v0/users/{user}', {
              params: { path: { user: String(slug) } },
              body: { suspended },
            });
            printDone(ctx.out, `User ${String(slug)} ${suspended ? 'suspended' : 'unsuspended'}.`, {
              user: String(slug),
              suspended,
            });
          }),
        ),
      `latchkey user ${verb} ada`,
    );
  }

  examples(
    user
      .command('delete')
      .description('Delete a user with their keys and sessions (asks first unless --yes)')
      .argument('<user>', 'slug or UUID')
      .option('-y, --yes', 'do not ask')
      .action(
        act(async (ctx, [slug], o) => {
          await confirm(`Delete user ${String(slug)} and all their keys?`, o.yes === true);
          await ctx.client().DELETE('/v0/users/{user}', { params: { path: { user: String(slug) } } });
          printDone(ctx.out, `User ${String(slug)} deleted.`, { deleted: String(slug) });
        }),
      ),
    'latchkey user delete ada --yes',
  );
  return { user, key };
}

/** The new password, and for one's own the current one too: from stdin (two lines) or asked for on the terminal. */
async function readPasswords(
  own: boolean,
  fromStdin: boolean,
): Promise<{ password: string; current_password?: string }> {
  if (fromStdin) {
    const text = await readStdin('--password-stdin: the password');
    if (!own) return { password: text };
    const cut = text.indexOf('\n');
    if (cut < 0)
      throw usageError(
        '--password-stdin: your own password needs the current one, a line break, then the new one',
      );
    return { current_password: text.slice(0, cut).replace(/\r$/, ''), password: text.slice(cut + 1) };
  }
  const current = own ? await promptHidden('Current password: ') : undefined;
  const password = await promptHidden('New password: ');
  return { password, ...(current !== undefined ? { current_password: current } : {}) };
}
