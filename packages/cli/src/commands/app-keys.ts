// latchkey app public-key add|list|remove: the keys an app signs its client assertions with (private_key_jwt), instead of a secret.
import { readFile } from 'node:fs/promises';
import type { Command } from '@commander-js/extra-typings';
import type { components } from '@latchkey/sdk';
import { act, examples } from '../command.ts';
import { CliError, usageError } from '../errors.ts';
import { type Column, printDone, printList, printObject } from '../output.ts';

type AppKey = components['schemas']['AppKey'];

const COLUMNS: Column<AppKey>[] = [
  { header: 'UUID', value: (k) => k.uuid },
  { header: 'NAME', value: (k) => k.name },
  { header: 'JWKS_URI', value: (k) => k.jwks_uri ?? '-' },
  {
    header: 'KEYS',
    value: (k) => k.keys.map((key) => [key.kid ?? '(no kid)', key.alg ?? key.kty].join(' ')),
  },
  { header: 'CREATED', value: (k) => k.creation, time: true },
];

/** A JWKS file's `keys`, or a single JWK's: the file is sent as the server checks it (public members only). */
async function jwksFrom(file: string): Promise<{ keys: Record<string, unknown>[] }> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new CliError(`cannot read ${file}: ${error.message}`);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw usageError(`${file} is not JSON: give a JWK Set ({"keys": [...]}) or one JWK`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw usageError(`${file} is not a JSON object: give a JWK Set ({"keys": [...]}) or one JWK`);
  const keys = (parsed as { keys?: unknown }).keys;
  if (keys === undefined) return { keys: [parsed as Record<string, unknown>] };
  if (!Array.isArray(keys)) throw usageError(`${file}: "keys" must be an array of JWKs`);
  return { keys: keys as Record<string, unknown>[] };
}

export function addAppKeyCommands(app: Command): void {
  const group = app
    .command('public-key')
    .alias('pk')
    .description('Public keys the app signs client assertions with (private_key_jwt) instead of a secret');

  examples(
    group
      .command('add')
      .description(
        'Register public keys: a JWKS file (or one JWK) or the URL where the app publishes its JWKS',
      )
      .argument('<app>', 'slug, UUID or client id')
      .option('--jwks <file>', 'a JSON file: a JWK Set ({"keys": [...]}) or one public JWK')
      .option('--jwks-uri <url>', 'an https URL serving the JWKS (fetched under the outbound URL policy)')
      .option('--name <name>', 'a name for the registration')
      .action(
        act(async (ctx, [slug], o) => {
          if (!o.jwks === !o.jwksUri) throw usageError('give exactly one of --jwks and --jwks-uri');
          const { data } = await ctx.client().POST('/v0/apps/{app}/public-keys', {
            params: { path: { app: String(slug) } },
            body: {
              ...(o.name ? { name: String(o.name) } : {}),
              ...(o.jwks ? { jwks: await jwksFrom(String(o.jwks)) } : { jwks_uri: String(o.jwksUri) }),
            },
          });
          if (data) printObject(ctx.out, data, COLUMNS, (k) => k.uuid);
        }),
      ),
    'latchkey app public-key add deployer --jwks deployer.jwks.json',
    'latchkey app public-key add deployer --jwks-uri https://deployer.example.com/.well-known/jwks.json',
  );

  examples(
    group
      .command('list')
      .alias('ls')
      .description("List the app's key registrations (key ids and algorithms, never more)")
      .argument('<app>', 'slug, UUID or client id')
      .action(
        act(async (ctx, [slug]) => {
          const { data } = await ctx
            .client()
            .GET('/v0/apps/{app}/public-keys', { params: { path: { app: String(slug) } } });
          printList(ctx.out, data ?? [], COLUMNS, (k) => k.uuid);
        }),
      ),
    'latchkey app public-key ls deployer',
  );

  examples(
    group
      .command('remove')
      .alias('rm')
      .description('Remove a key registration: assertions signed with its keys are refused from then on')
      .argument('<app>', 'slug, UUID or client id')
      .argument('<key>', 'the registration’s UUID (see list)')
      .action(
        act(async (ctx, [slug, key]) => {
          await ctx.client().DELETE('/v0/apps/{app}/public-keys/{key}', {
            params: { path: { app: String(slug), key: String(key) } },
          });
          printDone(ctx.out, `Key registration ${String(key)} removed.`, { removed: String(key) });
        }),
      ),
    'latchkey app public-key rm deployer 0190c1d2-…',
  );
}
