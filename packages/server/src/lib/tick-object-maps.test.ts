// The tick object kept alive: through full collections with no other tick object alive, nextTick's literal keeps
// monomorphic inline caches (V8's feedback, printed by %DebugPrint); without it they go megamorphic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TICK_OBJECT_MAPS_MODULE, tickLiteralFeedback } from '../test/tick-feedback.ts';

test('with a tick object kept alive, the tick literal stays monomorphic through full collections', () => {
  const kept = tickLiteralFeedback(['--import', TICK_OBJECT_MAPS_MODULE]);
  assert.ok(kept.length >= 4, `nextTick's literal feedback not found: ${kept.join(' ')}`);
  assert.deepEqual(new Set(kept), new Set(['MONOMORPHIC']));
});

test('without it, the same collections turn the literal megamorphic (what the module prevents)', () => {
  const slots = tickLiteralFeedback();
  assert.ok(slots.includes('MEGAMORPHIC'), slots.join(' '));
});
