// latchkey admin keys import FILE.jsonl: keys from another system, by their hashes, 10,000 lines a request.
import { readFile } from 'node:fs/promises';
import type { Command } from '@commander-js/extra-typings';
import type { components, paths } from '@latchkey/sdk';
import { act, examples } from '../command.ts';
import { usageError } from '../errors.ts';
import { printDone } from '../output.ts';

type Outcome = components['schemas']['KeyImportOutcome'];
type ImportBody = paths['/v0/admin/keys/import']['post']['requestBody']['content']['application/json'];
type Line = Record<string, unknown>;

/** The server's limit per request. */
const LINES_PER_REQUEST = 10_000;

/** The file's lines as JSON objects; an unreadable line is a usage error naming its line number. */
export function parseJsonl(text: string): { line: number; value: Line }[] {
  const parsed: { line: number; value: Line }[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw usageError(`line ${i + 1}: not JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw usageError(`line ${i + 1}: not a JSON object`);
    parsed.push({ line: i + 1, value: value as Line });
  }
  return parsed;
}

export function addImportCommand(keys: Command): void {
  examples(
    keys
      .command('import')
      .description(
        'Import keys from another system: a JSON Lines file of {owner, name, hash: {sha256|bcrypt}, lookup_prefix?, created?, expiration?, scopes?}',
      )
      .argument('<file>', 'the .jsonl file')
      .action(
        act(async (ctx, [file]) => {
          const lines = parseJsonl(await readFile(String(file), 'utf8'));
          if (lines.length === 0) throw usageError(`${String(file)} has no lines`);
          const total: Outcome = { imported: 0, already_imported: 0, refused: 0, refusals: [] };
          for (let start = 0; start < lines.length; start += LINES_PER_REQUEST) {
            const chunk = lines.slice(start, start + LINES_PER_REQUEST);
            const { data } = await ctx.client().POST('/v0/admin/keys/import', {
              // The server checks each line and names the field and index of a bad one.
              body: { keys: chunk.map((line) => line.value) as unknown as ImportBody['keys'] },
            });
            if (!data) continue;
            total.imported += data.imported;
            total.already_imported += data.already_imported;
            total.refused += data.refused;
            // Each refusal names the file's line number, not its place in the request.
            for (const refusal of data.refusals)
              total.refusals.push({ ...refusal, index: chunk[refusal.index]?.line ?? refusal.index });
          }
          const refused = total.refusals.map((r) => `  line ${r.index}: ${r.code}: ${r.message}`);
          printDone(
            ctx.out,
            [
              `${total.imported} imported, ${total.already_imported} already imported, ${total.refused} refused.`,
              ...refused,
            ].join('\n'),
            total,
          );
        }),
      ),
    'latchkey admin keys import old-keys.jsonl',
  );
}
