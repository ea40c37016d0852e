// latchkey app federated-credential add|list|view|remove: the workload identities an app trusts instead of a secret.

import type { Command } from '@commander-js/extra-typings';
import type { components } from '@latchkey/sdk';
import { act, examples, pairs } from '../command.ts';
import { type Column, printDone, printList, printObject } from '../output.ts';

type FederatedCredential = components['schemas']['FederatedCredential'];

const COLUMNS: Column<FederatedCredential>[] = [
  { header: 'NAME', value: (c) => c.name },
  { header: 'ISSUER', value: (c) => c.issuer },
  { header: 'AUDIENCE', value: (c) => c.audience },
  { header: 'SUBJECT', value: (c) => c.subject ?? '*' },
  { header: 'CLAIMS', value: (c) => Object.entries(c.claims).map(([name, value]) => `${name}=${value}`) },
];
const VIEW_COLUMNS: Column<FederatedCredential>[] = [
  { header: 'UUID', value: (c) => c.uuid },
  ...COLUMNS,
  { header: 'CREATED', value: (c) => c.creation, time: true },
];

export function addFederatedCredentialCommands(app: Command): void {
  const group = app
    .command('federated-credential')
    .alias('fc')
    .description(
      'Workload identities (GitHub Actions, Kubernetes, any OIDC issuer) the app trusts instead of a secret',
    );

  examples(
    group
      .command('add')
      .description(
        'Trust tokens from an issuer whose audience, subject and claims match (docs/workload-identity.md)',
      )
      .argument('<app>', 'slug, UUID or client id')
      .requiredOption('--name <name>', 'a name for it, unique within the app')
      .requiredOption('--issuer <url>', 'the issuer (iss), e.g. https://token.actions.githubusercontent.com')
      .requiredOption('--audience <aud>', 'the aud the token must carry')
      .option('--subject <sub>', 'the sub the token must have (exactly, or a glob with *)')
      .option(
        '--claim <name=value...>',
        'a claim the token must have (exactly, or a glob with *); repeatable',
      )
      .action(
        act(async (ctx, [slug], o) => {
          const subject = o.subject;
          const { data } = await ctx.client().POST('/v0/apps/{app}/federated-credentials', {
            params: { path: { app: String(slug) } },
            body: {
              name: String(o.name),
              issuer: String(o.issuer),
              audience: String(o.audience),
              ...(subject ? { subject } : {}),
              claims: Object.fromEntries(pairs(o.claim ?? [])),
            },
          });
          if (data) printObject(ctx.out, data, VIEW_COLUMNS, (c) => c.name);
        }),
      ),
    'latchkey app federated-credential add deployer --name main --issuer https://token.actions.githubusercontent.com --audience https://latchkey.example.com --claim repository=acme/api --claim ref=refs/heads/main',
  );

  examples(
    group
      .command('list')
      .alias('ls')
      .description("List the app's federated credentials")
      .argument('<app>', 'slug, UUID or client id')
      .action(
        act(async (ctx, [slug]) => {
          const { data } = await ctx
            .client()
            .GET('/v0/apps/{app}/federated-credentials', { params: { path: { app: String(slug) } } });
          printList(ctx.out, data ?? [], COLUMNS, (c) => c.name);
        }),
      ),
    'latchkey app federated-credential ls deployer',
  );

  examples(
    group
      .command('remove')
      .alias('rm')
      .description('Stop trusting a workload identity')
      .argument('<app>', 'slug, UUID or client id')
      .argument('<credential>', 'its name or UUID')
      .action(
        act(async (ctx, [slug, credential]) => {
          await ctx.client().DELETE('/v0/apps/{app}/federated-credentials/{credential}', {
            params: { path: { app: String(slug), credential: String(credential) } },
          });
          printDone(ctx.out, `Federated credential ${String(credential)} removed.`, {
            removed: String(credential),
          });
        }),
      ),
    'latchkey app federated-credential rm deployer main',
  );
}
