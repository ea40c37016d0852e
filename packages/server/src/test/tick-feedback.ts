// V8's slow path for Node's tick objects, reproduced in a child process: it runs ticks, makes full collections while
// no tick object is alive, runs ticks again, and prints the feedback of nextTick's literal. Used by the test of
// lib/tick-object-maps.ts and by bench/tick-maps.ts (which counts over many processes and Node lines).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The compiled module that keeps a tick object alive, as bin/latchkey.mjs imports it. */
export const TICK_OBJECT_MAPS_MODULE = fileURLToPath(
  new URL('../../dist/lib/tick-object-maps.js', import.meta.url),
);

// 20,000 ticks, 8 full collections while none is alive (V8 keeps an unused map for two), 20,000 more, then the
// feedback of nextTick (%DebugPrint is V8's, under --allow-natives-syntax; it writes the feedback vector to stdout).
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

/**
 * The inline-cache states of nextTick's literal (one per key defined through DefineKeyedOwnPropertyInLiteral) after
 * those collections, in a fresh process of this node started with `preload` flags (`['--import', MODULE]`).
 */
export function tickLiteralFeedback(preload: string[] = []): string[] {
  const { stdout, stderr, status } = spawnSync(
    process.execPath,
    ['--allow-natives-syntax', '--expose-gc', ...preload, '-e', CHILD],
    { encoding: 'utf8' },
  );
  if (status !== 0) throw new Error(`the tick feedback child exited with ${status}: ${stderr}`);
  return [...stdout.matchAll(/DefineKeyedOwnPropertyInLiteral ([A-Z]+)/g)].map((match) => match[1] ?? '');
}
