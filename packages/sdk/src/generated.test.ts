// src/generated/openapi.ts is what openapi-typescript makes of docs/openapi.json; this fails when they drift.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { GENERATED_PATH, generateTypes } from './codegen/generate.ts';

test('the generated types match docs/openapi.json (run `npm run generate -w @latchkey/sdk` after `npm run openapi`)', async () => {
  assert.equal(readFileSync(GENERATED_PATH, 'utf8'), await generateTypes());
});
