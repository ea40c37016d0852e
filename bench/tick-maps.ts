// V8's slow path for Node's tick objects, counted (bench/README.md): in fresh processes that run ticks, make full
// collections while no tick object is alive and run ticks again, how often nextTick's literal goes megamorphic, as
// Node leaves it and with packages/server/dist/lib/tick-object-maps.js imported first.
// Run: node --import tsx bench/tick-maps.ts [PROCESSES]   (on another Node line: scripts/with-node.sh 24 node ...)
import { TICK_OBJECT_MAPS_MODULE, tickLiteralFeedback } from '../packages/server/src/test/tick-feedback.ts';

const PROCESSES = Number(process.argv[2] ?? 6);

process.stdout.write(`${process.version}, ${PROCESSES} processes each\n`);
for (const keep of [false, true]) {
  let megamorphic = 0;
  let example: string[] = [];
  for (let i = 0; i < PROCESSES; i++) {
    const slots = tickLiteralFeedback(keep ? ['--import', TICK_OBJECT_MAPS_MODULE] : []);
    if (slots.length === 0) throw new Error('no feedback printed: is %DebugPrint available on this node?');
    if (slots.includes('MEGAMORPHIC')) megamorphic++;
    example = slots;
  }
  process.stdout.write(
    `${keep ? 'a tick object kept alive' : 'as Node leaves it'}: megamorphic in ${megamorphic} of ${PROCESSES} (last: ${example.join(' ')})\n`,
  );
}
