// Keeps one of Node's tick objects alive for the life of the process, so that V8 never collects their hidden classes.
//
// `process.nextTick` builds `{ [async_id_symbol]: …, [trigger_async_id_symbol]: …, callback, args }`. The keys after
// the first computed one are defined one by one, each through an inline cache that has no polymorphic state: it
// records the first hidden class it sees and goes megamorphic at the first other one. Those hidden classes are held
// only weakly (the transition tree, the feedback); when no tick object is alive through a few full garbage
// collections (a busy start-up, an idle server's memory reducer), V8 drops them and the next tick object gets new
// ones. The caches then go megamorphic for good, and every optimized function that inlines `nextTick` (stream
// writes, `emitReadable`, `resOnFinish` …) calls into the runtime for each tick object: about 7% of a small
// request's CPU. bench/README.md has the measurements.
//
// A tick object that lives as long as the process holds its hidden class, and through its back pointers every
// class before it, so the caches stay monomorphic. The only public way to reach one is an async hook's `init`,
// enabled here for the one `nextTick` below and disabled at once. bin/latchkey.mjs imports this module first, before
// the server's code and its dependencies load (long enough for those collections).
import { createHook } from 'node:async_hooks';

let kept: object | undefined;
const hook = createHook({
  init(_asyncId, type, _triggerAsyncId, resource) {
    if (type === 'TickObject' && kept === undefined) kept = resource;
  },
});
hook.enable();
process.nextTick(() => {});
hook.disable();

/** The tick object kept alive (exported so that it stays reachable from the module, and for the test). */
export const keptTickObject: object | undefined = kept;
