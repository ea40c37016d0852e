// The signing thread: batched ES256 signatures that verify, with the right key, surviving the thread's death.
import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { after, test } from 'node:test';
import { SigningThread } from './signing-thread.ts';

const thread = new SigningThread();
after(() => thread.close());

const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const verifies = (input: string, signature: string, privateKey: ReturnType<typeof keyPair>['privateKey']) =>
  verify(
    'sha256',
    Buffer.from(input),
    { key: createPublicKey(privateKey), dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );

test('a signature made on the thread verifies with the public key, and only for its own input', async () => {
  const { privateKey } = keyPair();
  const signature = await thread.sign(privateKey, 'header.payload');
  assert.equal(Buffer.from(signature, 'base64url').length, 64);
  assert.equal(verifies('header.payload', signature, privateKey), true);
  assert.equal(verifies('header.payload2', signature, privateKey), false);
});

test('many signatures in one turn, with two keys mixed in one batch, each come back to their caller', async () => {
  const [a, b] = [keyPair().privateKey, keyPair().privateKey];
  const inputs = Array.from({ length: 200 }, (_, i) => ({ input: `token-${i}`, key: i % 3 === 0 ? b : a }));
  const signatures = await Promise.all(inputs.map(({ input, key }) => thread.sign(key, input)));
  inputs.forEach(({ input, key }, i) => {
    assert.equal(verifies(input, signatures[i] ?? '', key), true, input);
    assert.equal(verifies(input, signatures[i] ?? '', key === a ? b : a), false, input);
  });
});

test('two keys signing the same input in one batch each sign with their own', async () => {
  // Keys are told apart by identity; the thread never sees a kid (the end-to-end forgery with our kid is in
  // oauth.security.test.ts).
  const first = keyPair().privateKey;
  const second = keyPair().privateKey;
  const [one, two] = await Promise.all([thread.sign(first, 'same'), thread.sign(second, 'same')]);
  assert.equal(verifies('same', one, first), true);
  assert.equal(verifies('same', two, second), true);
  assert.equal(verifies('same', two, first), false);
});

test('a key that cannot sign with SHA-256 is refused with an error, and the thread goes on signing', async () => {
  const { privateKey: ed25519 } = generateKeyPairSync('ed25519');
  await assert.rejects(thread.sign(ed25519, 'input'), /could not sign/);
  const { privateKey } = keyPair();
  assert.equal(verifies('after', await thread.sign(privateKey, 'after'), privateKey), true);
});

test('when the thread stops, waiting signatures are refused and the next one starts a new thread', async () => {
  const own = new SigningThread();
  const { privateKey } = keyPair();
  assert.equal(verifies('before', await own.sign(privateKey, 'before'), privateKey), true);
  const waiting = Promise.allSettled([own.sign(privateKey, 'lost'), own.close()]);
  const [lost] = await waiting;
  assert.equal(lost.status, 'rejected');
  // The new thread is sent the key again before it is asked to use it.
  assert.equal(verifies('again', await own.sign(privateKey, 'again'), privateKey), true);
  await own.close();
});
