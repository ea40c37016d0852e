// The fenced code blocks of the repository's Markdown documents, so tests check the blocks as the documents show them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root directory. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface FencedBlock {
  /** The document, relative to the repository root (`README.md`, `docs/gateways.md`). */
  file: string;
  /** The line of the opening fence, from 1. */
  line: number;
  /** The info string's first word (`sh`, `nginx`, `yaml`), or '' when there is none. */
  lang: string;
  /** The nearest heading above the block, without its #s. */
  heading: string;
  /** The prose between the previous block (or heading) and this one. */
  before: string;
  text: string;
}

/** README.md and every docs/*.md: the documents a user follows. */
export function userDocuments(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(ROOT, 'docs', name));
  return [join(ROOT, 'README.md'), ...docs];
}

export function fencedBlocks(path: string): FencedBlock[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: FencedBlock[] = [];
  let heading = '';
  let prose: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const open = /^(\s*)(`{3,})\s*(\S*)/.exec(line);
    if (!open) {
      const title = /^#+\s+(.*)$/.exec(line);
      if (title) {
        heading = title[1] ?? '';
        prose = [];
      } else prose.push(line);
      continue;
    }
    const fence = open[2] ?? '```';
    const body: string[] = [];
    const start = i;
    for (i++; i < lines.length && !(lines[i] ?? '').trim().startsWith(fence); i++) body.push(lines[i] ?? '');
    blocks.push({
      file: relative(ROOT, path),
      line: start + 1,
      lang: open[3] ?? '',
      heading,
      before: prose.join('\n'),
      text: `${body.join('\n')}\n`,
    });
    prose = [];
  }
  return blocks;
}
