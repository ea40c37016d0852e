// Property tests (fast-check) for reading a credential from headers: total, faithful to each form, and silent about secrets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { generateSecret, type SecretKind } from '../lib/crypto/secrets.ts';
import { present } from './present.ts';

const RUNS = { numRuns: 2000 };
const KINDS: SecretKind[] = ['user', 'session'];

/** A real key of any kind, from the real generator (its randomness is not fast-check's, which is fine here). */
const key = fc.constantFrom(...KINDS).map((kind) => generateSecret(kind).plaintext);

/** Header values as a client (or an attacker) might send them, printable or not. */
const headerValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^(Bearer|Basic|bearer|BASIC|Token|Digest)( +[\x21-\x7e]*){0,3}$/),
  fc.base64String().map((b) => `Basic ${b}`),
);

test('present() is total: any Authorization and apikey headers give a result, never an exception', () => {
  fc.assert(
    fc.property(
      fc.option(headerValue, { nil: undefined }),
      fc.option(fc.oneof(headerValue, fc.array(headerValue, { minLength: 2, maxLength: 3 })), {
        nil: undefined,
      }),
      (authorization, apikey) => {
        const result = present({ authorization, apikey });
        if (result.ok) return;
        assert.ok(result.reason === 'ambiguous' || result.reason === 'unreadable');
        assert.ok(result.message.length > 0);
      },
    ),
    RUNS,
  );
});

test('each of the four forms yields exactly the key that was sent, and sending it twice the same way is one credential', () => {
  fc.assert(
    fc.property(key, fc.constantFrom('Bearer', 'bearer', 'BEARER'), (secret, scheme) => {
      const b64 = (text: string) => Buffer.from(text).toString('base64');
      const forms = [
        [{ authorization: `${scheme} ${secret}` }, 'bearer'],
        [{ authorization: `Basic ${b64(`${secret}:`)}` }, 'basic'],
        [{ authorization: `Basic ${b64(`apikey:${secret}`)}` }, 'basic_apikey'],
        [{ authorization: `basic ${b64(`APIKEY:${secret}`)}` }, 'basic_apikey'],
        [{ apikey: ` ${secret} ` }, 'apikey_header'],
        [{ authorization: `Bearer ${secret}`, apikey: secret }, 'bearer'],
      ] as const;
      for (const [headers, form] of forms) {
        const result = present(headers);
        assert.ok(result.ok, JSON.stringify(result));
        assert.deepEqual(result.presented, { form, secret });
      }
    }),
    { numRuns: 300 },
  );
});

test('two different credentials at once are refused with 400, whichever they are', () => {
  fc.assert(
    fc.property(key, key, (one, two) => {
      fc.pre(one !== two);
      const result = present({ authorization: `Bearer ${one}`, apikey: two });
      assert.equal(result.ok, false);
      assert.equal(result.ok ? undefined : result.reason, 'ambiguous');
    }),
    { numRuns: 300 },
  );
});

test('a refusal under a known scheme never repeats the secret it was given', () => {
  fc.assert(
    fc.property(
      key,
      fc.constantFrom('Basic', 'Token', 'Digest', 'Bearer'),
      fc.constantFrom('', ':', 'x', '=='),
      (secret, scheme, tail) => {
        const result = present({ authorization: `${scheme} ${secret}${tail}` });
        if (!result.ok)
          assert.ok(!result.message.toLowerCase().includes(secret.toLowerCase()), result.message);
      },
    ),
    { numRuns: 500 },
  );
});

// Found by this property: `Authorization: KEY` (no scheme) was answered with
// 'The authorization scheme "lk_user_…" is not supported', the key lower-cased in the message.
test('a key sent as the whole Authorization value, without a scheme, is not repeated in the refusal', () => {
  fc.assert(
    fc.property(key, (secret) => {
      const result = present({ authorization: secret });
      assert.equal(result.ok, false);
      if (!result.ok) assert.ok(!result.message.toLowerCase().includes(secret.toLowerCase()), result.message);
    }),
    { numRuns: 50 },
  );
});
