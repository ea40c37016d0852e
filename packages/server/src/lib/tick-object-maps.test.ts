// The tick object kept alive: through full collections with no other tick object alive, nextTick's literal keeps
// monomorphic inline caches (V8's feedback, printed by %DebugPrint); without it they go megamorphic.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const MODULE = fileURLToPath(new URL('../../dist/lib/tick-object-maps.js', import.meta.url));

// 20,000 ticks, 8 full collections while none is alive (V8 keeps an unused map for two), 20,000 more, then the
// feedback of nextTick: one line per key of the tick object's literal.
const CHILD = `
const debugPrint = new Function('value', '%DebugPrint(value)');
let n = 0;
const first = () => {
  if (++n < 20000) return process.nextTick(first);
  setTimeout(() => {
    for (let i = 0; i < 8; i++) globalThis.gc();
    let m = 0;
    const again = () => {
      if (++m < 20000) process.nextTick(again);
      else setTimeout(() => debugPrint(process.nextTick), 10);
    };
    again();
  }, 50);
};
first();
`;

function literalFeedback(preload: string[]): string[] {
  const { stdout, status } = spawnSync(
    process.execPath,
    ['--allow-natives-syntax', '--expose-gc', ...preload, '-e', CHILD],
    { encoding: 'utf8' },
  );
  assert.equal(status, 0);
  return [...stdout.matchAll(/DefineKeyedOwnPropertyInLiteral ([A-Z]+)/g)].map((match) => match[1] ?? '');
}

test('with a tick object kept alive, the tick literal stays monomorphic through full collections', () => {
  const kept = literalFeedback(['--import', MODULE]);
  assert.ok(kept.length >= 4, `nextTick's literal feedback not found: ${kept.join(' ')}`);
  assert.deepEqual(new Set(kept), new Set(['MONOMORPHIC']));
});

test('without it, the same collections turn the literal megamorphic (what the module prevents)', () => {
  const slots = literalFeedback([]);
  assert.ok(slots.includes('MEGAMORPHIC'), slots.join(' '));
});
