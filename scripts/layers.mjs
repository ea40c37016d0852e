// Writes the table of the server's layers in docs/architecture.md from scripts/layers.cjs and the tree of
// packages/server/src: each layer, what it may import, and the modules it holds today. `--check` writes
// nothing and fails when the document is out of date (or a directory belongs to no layer).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'packages/server/src');
const DOC = join(ROOT, 'docs/architecture.md');
const LAYERS = createRequire(import.meta.url)('./layers.cjs');
const BEGIN =
  '<!-- layers: written by `node scripts/layers.mjs` from the tree; edit scripts/layers.cjs instead -->';
const END = '<!-- /layers -->';

/** Above the layers: the process itself, which may import any of them. */
const PROCESS_DIRS = ['operations'];
/** The tests' helpers, which may import any layer. */
const TEST_DIRS = ['test', 'reliability', 'interop'];

const isSource = (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts');

/** A directory's modules: its source files (without `.ts`) and its subdirectories (with `/`). */
function modulesOf(dir) {
  return readdirSync(join(SRC, dir))
    .filter((name) => statSync(join(SRC, dir, name)).isDirectory() || isSource(name))
    .map((name) => (isSource(name) ? name.slice(0, -3) : `${name}/`))
    .sort();
}

const code = (names) => names.map((name) => `\`${name}\``).join(', ');

export function layersTable() {
  const dirs = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
  const known = new Set([...LAYERS.map((layer) => layer.dir), ...PROCESS_DIRS, ...TEST_DIRS]);
  const unknown = dirs.filter((dir) => !known.has(dir));
  if (unknown.length > 0)
    throw new Error(`packages/server/src/${unknown[0]}/ belongs to no layer: add it to scripts/layers.cjs`);
  const rows = LAYERS.map(({ dir, imports, what }) => {
    const allowed =
      imports.length === 0
        ? 'nothing else'
        : code(imports.map((name) => (name.endsWith('.ts') ? name : `${name}/`)));
    return `| \`${dir}/\`: ${what} | ${allowed} | ${code(modulesOf(dir))} |`;
  });
  const rootFiles = readdirSync(SRC).filter(isSource).sort();
  rows.push(
    `| the process: wiring, configuration, start-up, the CLI and the operator's commands | every layer | ${code([...rootFiles, ...PROCESS_DIRS.map((dir) => `${dir}/`)])} |`,
    `| the tests' helpers: servers, processes, nginx, identity providers | every layer | ${code(TEST_DIRS.map((dir) => `${dir}/`))} |`,
  );
  return [BEGIN, '', '| Layer | May import | Modules |', '| --- | --- | --- |', ...rows, '', END].join('\n');
}

/** The document with its table replaced by the one the tree gives. */
export function renderedDoc(text = readFileSync(DOC, 'utf8')) {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1)
    throw new Error(`docs/architecture.md has no layers table (${BEGIN} … ${END})`);
  return text.slice(0, start) + layersTable() + text.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = readFileSync(DOC, 'utf8');
  const rendered = renderedDoc(text);
  if (process.argv.includes('--check')) {
    if (rendered !== text) {
      console.error('docs/architecture.md: the layers table is out of date; run `node scripts/layers.mjs`');
      process.exit(1);
    }
  } else if (rendered !== text) {
    writeFileSync(DOC, rendered);
    console.log('docs/architecture.md: layers table written');
  }
}
