// The console in a real browser: an administrator's offboarding view of a user, and moving their key to an app.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall, apiLogin, whoamiWithKey } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADA, ADMIN, type Driver, startDriver } from './driver.ts';

interface Created {
  uuid: string;
  key: string;
}

describe('the console in chromium: offboarding', { skip: browserMissing() }, () => {
  let d: Driver;
  let nightly: Created;
  let lab: Created;
  let project = '';
  let app = '';
  before(async () => {
    d = await startDriver();
    const ada = await apiLogin(d.server.url, ADA.email, ADA.password);
    const create = (body: unknown) =>
      apiCall<Created>(d.server.url, ada, 'POST', `/v0/users/${ADA.slug}/keys`, body);
    project = (
      await apiCall<{ uuid: string }>(d.server.url, ada, 'POST', '/v0/projects', { name: 'Private lab' })
    ).uuid;
    nightly = await create({ name: 'nightly-export' });
    lab = await create({ name: 'lab only', scopes: { projects: [project] } });
    await create({ name: 'idle' });
    for (let i = 0; i < 3; i++) assert.equal((await whoamiWithKey(d.server.url, nightly.key)).status, 200);
    assert.equal((await whoamiWithKey(d.server.url, lab.key)).status, 200);
    app = (
      await apiCall<{ uuid: string }>(d.server.url, d.adminToken, 'POST', '/v0/apps', {
        name: 'Nightly sync',
      })
    ).uuid;
    // The server writes its usage counts every 100 ms here.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await d.signIn(ADMIN);
  });
  after(() => d?.close());

  const row = (name: string) =>
    d.page.locator('tbody tr', { has: d.page.getByRole('cell', { name, exact: true }) });

  test('from Users, a user’s offboarding lists the credentials they used in the last 30 days', async () => {
    await d.go('Users');
    await d.page
      .locator('tbody tr', { hasText: ADA.email })
      .getByRole('link', { name: 'Offboarding' })
      .click();
    await d.page.getByRole('heading', { name: `Offboarding: ${ADA.email}` }).waitFor();
    await row('nightly-export').waitFor();
    assert.match(await row('nightly-export').innerText(), /API key\tnightly-export\tlk_user_\w+…\t3\t/);
    assert.match(await row('lab only').innerText(), /\t1\t/);
    assert.equal(await row('idle').count(), 0, 'a key not used in 30 days is not listed');
    await shot(d.page, '60-offboarding');
  });

  test('a key the app cannot satisfy is refused in the dialog with the restriction named', async () => {
    await row('lab only').getByRole('button', { name: 'Transfer to an app' }).click();
    const dialog = d.page.getByRole('dialog');
    await dialog.getByLabel('App').selectOption({ label: 'Nightly sync (nightly-sync)' });
    assert.match(await dialog.innerText(), /no longer ends when ada@example\.com is suspended or deleted/);
    await dialog.getByRole('button', { name: 'Transfer key' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: new RegExp(`cannot satisfy this key's restrictions: .*project ${project}`) })
      .waitFor();
    await shot(d.page, '61-offboarding-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const still = JSON.parse((await whoamiWithKey(d.server.url, lab.key)).body);
    assert.equal(still.principal.type, 'user');
  });

  test('a confirmed transfer moves the key to the app, and it outlives the user’s suspension', async () => {
    await row('nightly-export').getByRole('button', { name: 'Transfer to an app' }).click();
    const dialog = d.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Transfer key' }).click();
    await d.page.getByRole('status').filter({ hasText: 'Moved nightly-export to Nightly sync' }).waitFor();
    await row('nightly-export').waitFor({ state: 'detached' });
    await shot(d.page, '62-offboarding-moved');

    const moved = JSON.parse((await whoamiWithKey(d.server.url, nightly.key)).body);
    assert.equal(moved.principal.type, 'app');
    assert.equal(moved.principal.uuid, app);
    const held = await apiCall<{ uuid: string; transferred_by: string | null }[]>(
      d.server.url,
      d.adminToken,
      'GET',
      `/v0/apps/${app}/keys`,
    );
    assert.deepEqual(
      held.map((key) => key.uuid),
      [nightly.uuid],
    );
    await apiCall(d.server.url, d.adminToken, 'PATCH', `/v0/users/${ADA.slug}`, { suspended: true });
    assert.equal((await whoamiWithKey(d.server.url, nightly.key)).status, 200);
    assert.equal((await whoamiWithKey(d.server.url, lab.key)).status, 401);
    assert.deepEqual(d.violations, []);
  });
});
