// auth login|logout|status (and the top-level login, logout, whoami): a session per profile, signed in with a hidden prompt, --password-stdin, or --device.

import type { Command } from '@commander-js/extra-typings';
import { createLatchkey } from '@latchkey/sdk';
import { act, examples, str } from '../command.ts';
import { bearer, normalizeUrl } from '../context.ts';
import { httpFetch } from '../http.ts';
import { printDone, printObject } from '../output.ts';
import { forgetSession, saveProfile } from '../profiles.ts';
import { promptHidden, promptLine, readStdin } from '../prompt.ts';
import { VERSION } from '../version.ts';
import { deviceSignIn } from './device-login.ts';

/**
 * `latchkey auth login|logout|status`; the forms from before the group, `latchkey login|logout|whoami`, stay as
 * the same commands at the top.
 */
export function addAuthCommands(program: Command): void {
  const auth = program.command('auth').description('Sign in and out, and who the current credential is');
  addLogin(auth);
  addLogout(auth);
  addStatus(auth, 'status');
  addLogin(program);
  addLogout(program);
  addStatus(program, 'whoami');
}

function addLogin(program: Command): void {
  examples(
    program
      .command('login')
      .description(
        'Sign in with an email and password, or approve the sign-in in the console (--device); the session is kept in the profile (mode 0600)',
      )
      .option(
        '--device',
        'print a code to approve at <url>/console/device (any sign-in method, SSO too), and wait',
      )
      .option('--email <email>', 'the account (asked for when missing, on a terminal)')
      .option('--password-stdin', 'read the password from stdin instead of asking')
      .option('--code <code>', 'the second factor: the authenticator app’s code (asked for when needed)')
      .action(
        act(async (ctx, _args, options) => {
          const url = normalizeUrl(ctx.url);
          if (options.device) {
            const { token, expiresIn } = await deviceSignIn(url, ctx.out);
            const me = createLatchkey({
              url,
              auth: bearer(token),
              retry: { attempts: 1 },
              userAgent: `latchkey-cli/${VERSION}`,
              fetch: httpFetch,
            });
            const who = (await me.GET('/v0/auth/whoami')).data;
            if (!who) throw new Error('the server answered no session');
            const expiration = new Date(Date.now() + expiresIn * 1000).toISOString();
            await saveProfile(ctx.profileName, {
              url,
              user: who.principal.slug,
              email: who.principal.email ?? undefined,
              token,
              expiration,
            });
            printDone(
              ctx.out,
              `Signed in to ${url} as ${who.principal.email} (profile "${ctx.profileName}").`,
              {
                url,
                profile: ctx.profileName,
                user: who.principal.slug,
                expiration,
              },
            );
            return;
          }
          const email = str(options.email) ?? (await promptLine('Email: '));
          const password = options.passwordStdin
            ? await readStdin('--password-stdin: the password')
            : await promptHidden('Password: ');
          const client = createLatchkey({
            url,
            retry: { attempts: 1 },
            userAgent: `latchkey-cli/${VERSION}`,
            fetch: httpFetch,
          });
          const first = (await client.POST('/v0/auth/login', { body: { email, password } })).data;
          if (!first) throw new Error('the server answered no session');
          let data = first;
          if ('mfa_required' in data) {
            // The account has a second factor: a code from its authenticator app, or a recovery code.
            // A passkey needs a browser, which a terminal is not.
            if (!data.methods.includes('totp'))
              throw new Error(
                'this account’s second factor is a passkey, which only a browser can use: sign in to the console',
              );
            const answer =
              str(options.code) ?? (await promptLine('Authentication code (or a recovery code): '));
            const factor = /^\s*\d{6}\s*$/.test(answer) ? { code: answer.trim() } : { recovery_code: answer };
            const second = await client.POST('/v0/auth/login/mfa', {
              body: { challenge: data.challenge, ...factor },
            });
            if (!second.data) throw new Error('the server answered no session');
            data = second.data;
          }
          if ('mfa_required' in data) throw new Error('the server answered no session');
          await saveProfile(ctx.profileName, {
            url,
            user: data.user.slug,
            email: data.user.email,
            token: data.token,
            expiration: data.expiration,
          });
          printDone(ctx.out, `Signed in to ${url} as ${data.user.email} (profile "${ctx.profileName}").`, {
            url,
            profile: ctx.profileName,
            user: data.user.slug,
            expiration: data.expiration,
          });
        }),
      ),
    'latchkey login --url http://127.0.0.1:7420 --email admin@localhost',
    'printf %s "$PASSWORD" | latchkey login --email ci@example.com --password-stdin --profile ci',
    'latchkey login --device --url https://latchkey.example.com',
  );
}

function addLogout(program: Command): void {
  examples(
    program
      .command('logout')
      .description("End the profile's session on the server and forget it here")
      .action(
        act(async (ctx) => {
          if (ctx.source === 'profile') {
            // The session ends on the server first; an already ended one is forgotten all the same.
            await ctx
              .client()
              .POST('/v0/auth/logout')
              .catch(() => undefined);
          }
          const forgot = await forgetSession(ctx.profileName);
          printDone(ctx.out, forgot ? `Signed out of ${ctx.url}.` : 'No session to end.', {
            signed_out: forgot,
          });
        }),
      ),
    'latchkey logout --profile staging',
  );
}

function addStatus(program: Command, name: 'status' | 'whoami'): void {
  examples(
    program
      .command(name)
      .description('Show who the current credential is, and how it came in')
      .action(
        act(async (ctx) => {
          const { data } = await ctx.client().GET('/v0/auth/whoami');
          if (!data) return;
          printObject(
            ctx.out,
            data,
            [
              { header: 'type', value: (w) => w.principal.type },
              { header: 'slug', value: (w) => w.principal.slug },
              { header: 'name', value: (w) => w.principal.name },
              { header: 'email', value: (w) => w.principal.email },
              { header: 'admin', value: (w) => w.principal.admin },
              { header: 'credential', value: (w) => w.credential.kind },
              { header: 'server', value: () => ctx.url },
              { header: 'from', value: () => ctx.source },
            ],
            (w) => w.principal.slug,
          );
        }),
      ),
    `latchkey ${name === 'status' ? 'auth status' : 'whoami'}`,
    `LATCHKEY_URL=http://127.0.0.1:7420 LATCHKEY_API_KEY=lk_user_… latchkey ${name === 'status' ? 'auth status' : 'whoami'} --json`,
  );
}
