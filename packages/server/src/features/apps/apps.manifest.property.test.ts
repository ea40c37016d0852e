// Property tests (fast-check) for the manifest parser: total on any input, faithful on valid manifests, JSON and YAML alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseManifest } from './apps.manifest.ts';

/** The loopback receiver among the URLs below is one a developer runs with loopback allowed. */
const LOOPBACK_ALLOWED = { allowPrivate: false, allowLoopback: true };

const assertWellFormed = (result: ReturnType<typeof parseManifest>) => {
  if (result.ok) return;
  assert.ok(result.problems.length > 0, 'a refusal lists at least one problem');
  for (const problem of result.problems) {
    assert.equal(typeof problem.path, 'string');
    assert.ok(problem.message.length > 0);
  }
};

test('any JSON value is answered with a manifest or a list of problems, never an exception', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => assertWellFormed(parseManifest(value))),
    { numRuns: 3000 },
  );
});

test('objects with manifest-shaped keys and wrong-typed values are answered with problems naming the fields', () => {
  const keys = [
    'manifest_version',
    'name',
    'description',
    'version',
    'lifecycle',
    'configuration',
    'webhook_url',
    'scopes',
  ];
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 })), (value) => {
      const result = parseManifest(value);
      assertWellFormed(result);
      if (!result.ok)
        for (const problem of result.problems) assert.ok(/^[a-z_(]/.test(problem.path), problem.path);
    }),
    { numRuns: 3000 },
  );
});

test('any text sent as YAML is answered with a manifest or problems, never an exception', () => {
  const yamlish = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc
      .array(
        fc.constantFrom(
          'a: &x [1]',
          'b: *x',
          '- *x',
          'name: x',
          ': :',
          '{',
          '[',
          '!!binary x',
          '? x',
          '&a *a',
          '\t',
          '---',
        ),
        {
          maxLength: 12,
        },
      )
      .map((lines) => lines.join('\n')),
  );
  fc.assert(
    fc.property(yamlish, (text) => assertWellFormed(parseManifest(text))),
    { numRuns: 3000 },
  );
});

const configItem = fc.record({
  key: fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/),
  description: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,]{0,40}$/).map((s) => s.trim() || 'x'),
  type: fc.constantFrom('text', 'number', 'boolean'),
  required: fc.boolean(),
});

const validManifest = fc.record({
  manifest_version: fc.constant(1),
  name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,30}$/).map((s) => s.trim()),
  description: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,\n]{0,80}$/).map((s) => s.trim() || 'x'),
  version: fc.stringMatching(/^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/),
  lifecycle: fc.constantFrom('automatic', 'manual'),
  configuration: fc.uniqueArray(configItem, { selector: (item) => item.key, maxLength: 5 }),
  scopes: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,10}(:[a-z]{1,10})?$/), { minLength: 1, maxLength: 4 }),
  webhook_url: fc.constantFrom(
    'https://hooks.example.com/in',
    'http://127.0.0.1:9/h',
    'https://[2606:4700:4700::1111]/x',
  ),
});

test('a valid manifest is accepted with every field kept, and its YAML form gives the same manifest', () => {
  fc.assert(
    fc.property(validManifest, (manifest) => {
      const fromJson = parseManifest(manifest, LOOPBACK_ALLOWED);
      assert.ok(fromJson.ok, JSON.stringify(fromJson));
      assert.equal(fromJson.manifest.name, manifest.name);
      assert.equal(fromJson.manifest.version, manifest.version);
      assert.equal(fromJson.manifest.lifecycle, manifest.lifecycle);
      assert.equal(fromJson.manifest.webhookUrl, manifest.webhook_url);
      assert.deepEqual(fromJson.manifest.scopes, manifest.scopes);
      assert.deepEqual(
        fromJson.manifest.configuration.map((item) => item.key),
        manifest.configuration.map((item) => item.key),
      );
      assert.deepEqual(parseManifest(stringify(manifest), LOOPBACK_ALLOWED), fromJson);
    }),
    { numRuns: 1000 },
  );
});

test('one unknown top-level field turns a valid manifest into exactly that problem', () => {
  fc.assert(
    fc.property(
      validManifest,
      fc.stringMatching(/^x_[a-z]{1,8}$/),
      fc.jsonValue({ maxDepth: 1 }),
      (manifest, extra, value) => {
        const result = parseManifest({ ...manifest, [extra]: value }, LOOPBACK_ALLOWED);
        assert.deepEqual(result, { ok: false, problems: [{ path: extra, message: 'unknown field' }] });
      },
    ),
    { numRuns: 500 },
  );
});
