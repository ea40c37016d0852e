// After a key is created on a terminal: offer to put it in ~/.netrc (mode 0600), replacing that machine's entry.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { netrcPath } from '@latchkey/sdk';
import type { Context } from '../context.ts';
import { promptLine } from '../prompt.ts';

/** The file's text without the entry for `host` (its machine line up to the next machine or default). */
export function withoutMachine(text: string, host: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] === 'machine' || words[0] === 'default')
      skipping = words[0] === 'machine' && words[1] === host;
    if (!skipping) kept.push(line);
  }
  return kept.join('\n').replace(/\n*$/, '\n');
}

export async function offerNetrc(ctx: Context, key: string): Promise<void> {
  if (!ctx.out.tty || !process.stdin.isTTY || ctx.out.quiet) return;
  const host = new URL(ctx.url).hostname.replace(/^\[(.*)\]$/, '$1');
  const path = netrcPath();
  const answer = await promptLine(
    `Save it in ${path} as "machine ${host} login apikey" (for curl --netrc)? [y/N] `,
  );
  if (!/^y(es)?$/i.test(answer)) return;
  const before = await readFile(path, 'utf8').catch(() => '');
  const text = `${before.trim() === '' ? '' : withoutMachine(before, host)}machine ${host}\n  login apikey\n  password ${key}\n`;
  await writeFile(path, text, { mode: 0o600 });
  await chmod(path, 0o600);
  ctx.out.note(`Saved in ${path} (mode 0600).\n`);
}
