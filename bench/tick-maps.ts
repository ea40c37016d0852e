// V8's slow path for Node's tick objects, reproduced (bench/README.md): a process runs ticks, makes full collections
// while no tick object is alive, runs ticks again, and prints nextTick's feedback. Without a tick object kept alive
// the literal's caches go megamorphic; with packages/server/dist/lib/tick-object-maps.js imported first they do not.
// Run: node --import tsx bench/tick-maps.ts [PROCESSES]   (on another Node line: scripts/with-node.sh 24 node ...)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib.ts';

const PROCESSES = Number(process.argv[2] ?? 6);
const KEEP = join(ROOT, 'packages/server/dist/lib/tick-object-maps.js');

// The child: 20,000 ticks, 8 full collections with none alive (V8 keeps an unused map for two), 20,000 more ticks.
// %DebugPrint is V8's (--allow-natives-syntax); it writes the feedback vector to stdout.
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

const states = (keep: boolean): string[] => {
  const flags = ['--allow-natives-syntax', '--expose-gc', ...(keep ? ['--import', KEEP] : [])];
  const { stdout } = spawnSync(process.execPath, [...flags, '-e', CHILD], { encoding: 'utf8' });
  return [...stdout.matchAll(/DefineKeyedOwnPropertyInLiteral ([A-Z]+)/g)].map((match) => match[1] ?? '');
};

process.stdout.write(`${process.version}, ${PROCESSES} processes each\n`);
for (const keep of [false, true]) {
  let megamorphic = 0;
  let example: string[] = [];
  for (let i = 0; i < PROCESSES; i++) {
    const slots = states(keep);
    if (slots.length === 0) throw new Error('no feedback printed: is %DebugPrint available on this node?');
    if (slots.includes('MEGAMORPHIC')) megamorphic++;
    example = slots;
  }
  process.stdout.write(
    `${keep ? 'a tick object kept alive' : 'as Node leaves it'}: megamorphic in ${megamorphic} of ${PROCESSES} (last: ${example.join(' ')})\n`,
  );
}
