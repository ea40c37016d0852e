// The CLI's step-up: a 403 step_up_required on a terminal asks for the factor, proves it, and retries once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../../server/src/test/harness.ts';
import { enrolTotp } from '../../server/src/test/mfa-helpers.ts';
import { withStepUp } from './step-up.ts';

let s: TestServer;
let session: string;
let recoveryCodes: string[];

before(async () => {
  s = await startTestServer('sqlite');
  await s.listen();
  const ada = await s.createUser({ slug: 'ada' });
  session = await s.login(ada.email);
  // Enrolled from another session: this one has not proved the factor.
  recoveryCodes = (await enrolTotp(s, await s.login(ada.email))).recoveryCodes;
});
after(() => s.close());

const createKey = (fetch: (request: Request) => Promise<Response>) =>
  fetch(
    new Request(`${s.url}/v0/users/ada/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'from the cli' }),
    }),
  );

test('without a terminal the 403 step_up_required is the answer', async () => {
  const response = await createKey(
    withStepUp(
      fetch,
      async () => assert.fail('no prompt'),
      () => false,
    ),
  );
  assert.equal(response.status, 403);
  assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'step_up_required');
});

test('on a terminal a wrong code is the answer, and a right one steps up and retries the request', async () => {
  const wrong = await createKey(
    withStepUp(
      fetch,
      async () => 'zzzz-zzzz-zzzz-zzzz',
      () => true,
    ),
  );
  assert.equal(wrong.status, 403);
  assert.equal(
    ((await wrong.json()) as { error: { message: string } }).error.message,
    'The code or recovery code is not valid.',
  );
  let asked = 0;
  const right = await createKey(
    withStepUp(
      fetch,
      async () => {
        asked++;
        return recoveryCodes[0] ?? '';
      },
      () => true,
    ),
  );
  assert.equal(right.status, 201, await right.clone().text());
  assert.match(((await right.json()) as { key: string }).key, /^lk_user_/);
  assert.equal(asked, 1);
});
