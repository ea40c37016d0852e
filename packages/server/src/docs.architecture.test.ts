// docs/architecture.md's table of layers is the one the tree gives: `node scripts/layers.mjs --check` passes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../../scripts/layers.mjs', import.meta.url));

test('the layers table in docs/architecture.md matches packages/server/src', () => {
  const run = spawnSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stderr}${run.stdout}`);
});

test('a table that no longer matches the tree fails the check', async () => {
  const { renderedDoc } = await import(SCRIPT);
  const doc = renderedDoc();
  // The same document with one module dropped from the table: rendering it again puts the module back.
  const stale = doc.replace('`invalidation-match`, ', '');
  assert.notEqual(stale, doc);
  assert.equal(renderedDoc(stale), doc);
});
