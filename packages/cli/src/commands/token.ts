// latchkey token: an app's access token for scripts, from --client-id with the secret on stdin or a prompt, or the environment.

import type { Command } from '@commander-js/extra-typings';
import { clientCredentials } from '@latchkey/sdk';
import { act, examples } from '../command.ts';
import { usageError } from '../errors.ts';
import { promptHidden, readStdin } from '../prompt.ts';

export function addTokenCommand(program: Command): void {
  examples(
    program
      .command('token')
      .description(
        'Print an access token for an app (client credentials grant); never takes the secret as an argument',
      )
      .option('--client-id <id>', "the app's client id (default LATCHKEY_CLIENT_ID)")
      .option(
        '--client-secret-stdin',
        'read the client secret from stdin (default LATCHKEY_CLIENT_SECRET, or a prompt)',
      )
      .option('--scope <scopes>', 'space-separated scopes (default: all the app may have)')
      .action(
        act(async (ctx, _args, o) => {
          const clientId = o.clientId ?? process.env.LATCHKEY_CLIENT_ID;
          if (!clientId) throw usageError('give --client-id, or set LATCHKEY_CLIENT_ID');
          const clientSecret = o.clientSecretStdin
            ? await readStdin('--client-secret-stdin: the client secret')
            : (process.env.LATCHKEY_CLIENT_SECRET ?? (await promptHidden('Client secret: ')));
          const strategy = clientCredentials({ clientId, clientSecret, scope: o.scope });
          const client = ctx.client({ anonymous: true });
          const headers = await strategy.authorize({
            baseUrl: client.url,
            send: (request, retry) => client.transport.send(request, { retry, auth: false }),
          });
          const token = (headers.authorization ?? '').replace(/^Bearer /, '');
          ctx.out.write(
            ctx.out.json
              ? `${JSON.stringify({ access_token: token, token_type: 'Bearer' })}\n`
              : `${token}\n`,
          );
        }),
      ),
    'curl -H "Authorization: Bearer $(latchkey token)" http://127.0.0.1:7420/v0/auth/whoami   # LATCHKEY_CLIENT_ID/SECRET set',
    'printf %s "$SECRET" | latchkey token --client-id app_… --client-secret-stdin',
  );
}
