// What the usage history costs: whoami with an API key, history on against LATCHKEY_USAGE_HISTORY=false, in fresh processes each generation.
import { alternate, samples, startLatchkeyWithKey, summarize, whoamiLoad } from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
/** Alternating rounds per generation: the difference sought is within one round's noise. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const sides = { on: samples(), off: samples() };
for (let generation = 1; generation <= GENERATIONS; generation++) {
  // The default flush interval (5 s): the batch is written during the rounds, as in production.
  const on = await startLatchkeyWithKey();
  const off = await startLatchkeyWithKey({ LATCHKEY_USAGE_HISTORY: 'false' });
  try {
    await alternate(`generation ${generation}`, ROUNDS, [
      { name: 'off', server: off, load: whoamiLoad(off, off.key), into: sides.off },
      { name: 'on', server: on, load: whoamiLoad(on, on.key), into: sides.on },
    ]);
  } finally {
    await Promise.all([on.stop(), off.stop()]);
  }
}
summarize('whoami, usage history on / off', sides.on, sides.off, 0.95, GENERATIONS, ROUNDS);
