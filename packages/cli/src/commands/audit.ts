// latchkey audit list (filters as the API) and audit export: NDJSON streamed to stdout or -o FILE, a progress line on a TTY.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command, OptionValues } from '@commander-js/extra-typings';
import type { components } from '@latchkey/sdk';
import { act, examples, paged } from '../command.ts';
import { type Column, printList } from '../output.ts';

type AuditEvent = components['schemas']['AuditEvent'];
const name = (value: unknown): unknown =>
  typeof value === 'object' && value !== null
    ? ((value as { slug?: string; id?: string; type?: string }).slug ?? JSON.stringify(value))
    : value;

const EVENT_COLUMNS: Column<AuditEvent>[] = [
  { header: 'SEQ', value: (e) => e.seq },
  { header: 'TIME', value: (e) => e.time, time: true },
  { header: 'ACTION', value: (e) => e.action },
  { header: 'ACTOR', value: (e) => name(e.actor) },
  { header: 'TARGET', value: (e) => name(e.target) },
  { header: 'REQUEST', value: (e) => e.request_id },
];

type Filters = { since?: string; until?: string; actor?: string; action?: string; target?: string };
const filters = (o: Filters): Filters => ({
  since: o.since,
  until: o.until,
  actor: o.actor,
  action: o.action,
  target: o.target,
});

const withFilters = <Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
) =>
  command
    .option('--actor <actor>', 'who did it (user:SLUG, app:SLUG …)')
    .option('--action <action>', 'e.g. key.revoked, or key.*')
    .option('--target <target>', 'e.g. key:UUID')
    .option('--since <time>', 'from this ISO 8601 time')
    .option('--until <time>', 'before this ISO 8601 time');

export function addAuditCommands(audit: Command): void {
  examples(
    paged(
      withFilters(audit.command('list').description('List audit events (administrators)')),
      'events',
    ).action(
      act(async (ctx, _args, o) => {
        const { data } = await ctx.client().GET('/v0/admin/audit', {
          params: {
            query: {
              ...filters(o),
              direction: o.direction,
              page: o.page,
              per_page: o.perPage,
            },
          },
        });
        printList(ctx.out, data ?? [], EVENT_COLUMNS, (e) => e.uuid);
      }),
    ),
    'latchkey audit list --action "key.*" --since 2026-11-01T00:00:00Z',
  );

  examples(
    withFilters(audit.command('export').description('Stream every matching event as NDJSON (administrators)'))
      .option('-o, --output <file>', 'write to this file instead of stdout')
      .action(
        act(async (ctx, _args, o) => {
          const client = ctx.client();
          const query = new URLSearchParams(
            Object.entries(filters(o)).filter((e): e is [string, string] => e[1] !== undefined),
          );
          const response = await client.transport.send(
            new Request(`${client.url}/v0/admin/audit/export?${query}`, {
              headers: { accept: 'application/x-ndjson' },
            }),
          );
          const file = o.output;
          const sink: NodeJS.WritableStream = file
            ? createWriteStream(file, { mode: 0o600 })
            : process.stdout;
          // A progress line only where a person watches it and it does not mix with the data.
          const progress =
            process.stderr.isTTY === true && !ctx.out.quiet && (file !== undefined || !process.stdout.isTTY);
          let events = 0;
          let bytes = 0;
          let shown = 0;
          const show = () =>
            process.stderr.write(
              `\r${'#'.repeat(Math.min(30, 1 + Math.floor(Math.log2(1 + events))))} ${events} events, ${(bytes / 1024).toFixed(0)} KiB`,
            );
          for await (const chunk of response.body ?? []) {
            const buffer = Buffer.from(chunk as Uint8Array);
            bytes += buffer.length;
            for (const byte of buffer) if (byte === 10) events++;
            if (!sink.write(buffer))
              await new Promise<void>((resolve) => sink.once('drain', () => resolve()));
            if (progress && Date.now() - shown > 100) {
              shown = Date.now();
              show();
            }
          }
          if (file) {
            sink.end();
            await finished(sink);
          }
          if (progress) {
            show();
            process.stderr.write('\n');
          }
          if (file) ctx.out.note(`${events} events written to ${file}.\n`);
        }),
      ),
    'latchkey audit export --since 2026-11-01T00:00:00Z -o audit.ndjson',
    'latchkey audit export --action "key.*" | jq .action',
  );
}
