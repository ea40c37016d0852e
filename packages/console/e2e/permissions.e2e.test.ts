// The console in a real browser: the permission catalogue, roles, a role assigned on a project, a key
// limited with the picker, its usage card and narrowing, and deleting a permission still granted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall, apiLogin, curl } from './api.ts';
import { browserMissing, shot } from './browser.ts';
import { ADA, ADMIN, type Driver, startDriver } from './driver.ts';

interface ApiKey {
  uuid: string;
  name: string;
  scopes: { permissions: string[] | null } | null;
}

describe('the console in chromium: permissions, roles, assignments, a key’s permissions', {
  skip: browserMissing(),
}, () => {
  let d: Driver;
  let adaToken = '';
  let keySecret = '';
  before(async () => {
    d = await startDriver();
    await apiCall(d.server.url, d.adminToken, 'POST', '/v0/projects', { name: 'Web', slug: 'web' });
    adaToken = await apiLogin(d.server.url, ADA.email, ADA.password);
    await d.signIn(ADMIN);
  });
  after(() => d?.close());

  const dialog = () => d.page.getByRole('dialog');

  test('an administrator adds permissions to the catalogue and edits a description', async () => {
    await d.go('Permissions');
    await d.page.getByText('No permissions yet.').waitFor();
    await shot(d.page, 'perm-01-empty-catalogue');
    const form = d.page.getByRole('form', { name: 'Add a permission' });
    const added: [string, string][] = [
      ['runs:read', 'Read runs'],
      ['runs:write', 'Start and cancel runs'],
      ['results:upload', 'Upload test results'],
      ['results:read', 'Read test results'],
    ];
    for (const [name, description] of added) {
      await form.getByLabel('New permission').fill(name);
      await form.getByLabel('Description').fill(description);
      await form.getByRole('button', { name: 'Add permission' }).click();
      await d.page.getByRole('cell', { name, exact: true }).waitFor();
    }
    await form.getByLabel('New permission').fill('Runs:Read');
    await form.getByRole('button', { name: 'Add permission' }).click();
    // The browser's own pattern check refuses it before any request.
    assert.equal(await form.locator('input:invalid').count(), 1);
    await form.getByLabel('New permission').fill('');

    await d.page
      .getByRole('row', { name: /runs:write/ })
      .getByRole('button', { name: 'Edit' })
      .click();
    await dialog().getByLabel('Description').fill('Start, retry and cancel runs');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await d.page.getByRole('cell', { name: 'Start, retry and cancel runs' }).waitFor();
    const listed = await apiCall<{ name: string; description: string }[]>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/admin/permissions',
    );
    assert.deepEqual(
      listed.map((p) => p.name),
      ['results:read', 'results:upload', 'runs:read', 'runs:write'],
    );
    assert.equal(listed.find((p) => p.name === 'runs:write')?.description, 'Start, retry and cancel runs');
    await shot(d.page, 'perm-02-catalogue');
  });

  test('a role is created with a wildcard and a permission picked by resource', async () => {
    await d.go('Roles');
    await d.page.getByText('No roles yet.').waitFor();
    await d.page.getByRole('button', { name: 'Create role' }).click();
    await dialog().getByLabel('Name').fill('ci-runner');
    await dialog().getByLabel('Description').fill('What CI jobs do');
    await dialog()
      .getByRole('checkbox', { name: /^runs:read/ })
      .check();
    await dialog()
      .getByRole('checkbox', { name: /^All of runs/ })
      .check();
    // The wildcard covers each runs permission: they show checked and cannot be unchecked alone.
    assert.equal(
      await dialog()
        .getByRole('checkbox', { name: /^runs:write/ })
        .isChecked(),
      true,
    );
    assert.equal(
      await dialog()
        .getByRole('checkbox', { name: /^runs:write/ })
        .isDisabled(),
      true,
    );
    await dialog()
      .getByRole('checkbox', { name: /^results:upload/ })
      .check();
    await shot(d.page, 'perm-03-role-dialog');
    await dialog().getByRole('button', { name: 'Create role' }).click();
    await d.page.getByRole('cell', { name: 'ci-runner' }).waitFor();
    const role = await apiCall<{ permissions: string[] }>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/admin/roles/ci-runner',
    );
    assert.deepEqual([...role.permissions].sort(), ['results:upload', 'runs:*']);
    await shot(d.page, 'perm-04-roles');
  });

  test('a role is assigned tenant-wide from its page, and removed', async () => {
    await d.page
      .getByRole('row', { name: /ci-runner/ })
      .getByRole('button', { name: 'Assignments' })
      .click();
    await dialog().getByText('No role is assigned here.').waitFor();
    await dialog().getByLabel('Slug or UUID').fill('ada');
    await dialog().getByRole('button', { name: 'Assign role' }).click();
    await dialog().getByRole('cell', { name: 'Ada Lovelace (ada)' }).waitFor();
    await shot(d.page, 'perm-05-tenant-assignments');
    await dialog().getByRole('button', { name: 'Remove' }).click();
    await d.page
      .getByRole('dialog', { name: 'Remove the role ci-runner?' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await dialog().getByText('No role is assigned here.').waitFor();
    await dialog().getByRole('button', { name: 'Close' }).click();
    const left = await apiCall<unknown[]>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/admin/roles/ci-runner/assignments',
    );
    assert.deepEqual(left, []);
  });

  test('the project’s admin assigns the role to a user on the project', async () => {
    await d.go('Projects');
    await d.page.getByRole('row', { name: /web/ }).getByRole('button', { name: 'Roles' }).click();
    await dialog().getByLabel('Role', { exact: true }).selectOption('ci-runner');
    await dialog().getByLabel('Give to').selectOption('user');
    await dialog().getByLabel('Slug or UUID').fill('ada');
    await dialog().getByRole('button', { name: 'Assign role' }).click();
    await dialog().getByRole('cell', { name: 'Ada Lovelace (ada)' }).waitFor();
    await shot(d.page, 'perm-06-project-roles');
    const assigned = await apiCall<{ role: string; grantee: { type: string } }[]>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/projects/web/roles',
    );
    assert.deepEqual(
      assigned.map((a) => [a.role, a.grantee.type]),
      [['ci-runner', 'user']],
    );
    await dialog().getByRole('button', { name: 'Close' }).click();
  });

  test('a key made with the picker carries only the permissions picked, among those its owner holds', async () => {
    await d.signOut();
    await d.signIn(ADA);
    await d.page.getByRole('button', { name: 'Create key' }).click();
    await dialog().getByLabel('Name').fill('ci');
    // All permissions is the default: no restriction.
    assert.equal(
      await dialog()
        .getByRole('radio', { name: /All your permissions/ })
        .isChecked(),
      true,
    );
    await dialog()
      .getByRole('radio', { name: /Only the permissions chosen below/ })
      .check();
    const picker = dialog().getByRole('group', { name: 'The key may use' });
    // What Ada holds (through the role on web), grouped by resource; results:read is no one's.
    assert.deepEqual(await picker.locator('fieldset.resource legend').allInnerTexts(), ['results', 'runs']);
    assert.equal(await picker.getByRole('checkbox', { name: /^results:read/ }).count(), 0);
    assert.equal(await picker.getByRole('checkbox').count(), 3);
    await picker.getByRole('checkbox', { name: /^runs:read/ }).check();
    await picker.getByRole('checkbox', { name: /^results:upload/ }).check();
    await shot(d.page, 'perm-07-key-picker');
    await dialog().getByRole('button', { name: 'Create key' }).click();
    const secret = dialog().getByLabel('API key', { exact: true });
    await secret.waitFor();
    keySecret = await secret.inputValue();
    await dialog()
      .getByRole('button', { name: /I have copied it/ })
      .click();
    await d.page.getByRole('row', { name: /ci/ }).getByText('results:upload, runs:read').waitFor();
    await shot(d.page, 'perm-08-key-with-permissions');
    const keys = await apiCall<ApiKey[]>(d.server.url, adaToken, 'GET', '/v0/users/ada/keys');
    assert.deepEqual(keys.find((k) => k.name === 'ci')?.scopes?.permissions, ['results:upload', 'runs:read']);
    const allowed = await curl([
      '-u',
      `${keySecret}:`,
      `${d.server.url}/v0/auth/verify?project=web&permission=runs:read`,
    ]);
    assert.equal(allowed.status, 200, allowed.body);
    const capped = await curl([
      '-u',
      `${keySecret}:`,
      `${d.server.url}/v0/auth/verify?project=web&permission=runs:write`,
    ]);
    assert.equal(capped.status, 403, 'the key leaves runs:write out, though Ada holds it');
  });

  test('the usage card counts the permissions the key was checked for, and narrows it to them', async () => {
    for (let i = 0; i < 3; i++) {
      const checked = await curl([
        '-u',
        `${keySecret}:`,
        `${d.server.url}/v0/auth/verify?project=web&permission=runs:read`,
      ]);
      assert.equal(checked.status, 200, checked.body);
    }
    // Counts are written in batches (every 100 ms in these tests): wait until they are there.
    const key = (await apiCall<ApiKey[]>(d.server.url, adaToken, 'GET', '/v0/users/ada/keys')).find(
      (k) => k.name === 'ci',
    );
    const deadline = Date.now() + 10_000;
    for (;;) {
      const usage = await apiCall<{ permissions: { used: { permission: string; allowed: number }[] } }>(
        d.server.url,
        adaToken,
        'GET',
        `/v0/users/ada/keys/${key?.uuid}/usage?granularity=day`,
      );
      // The check before (allowed) and these three.
      if (usage.permissions.used.some((u) => u.permission === 'runs:read' && u.allowed === 4)) break;
      assert.ok(Date.now() < deadline, 'the usage was counted within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await d.page.getByRole('row', { name: /ci/ }).getByRole('button', { name: 'Usage' }).click();
    await dialog().getByText('Used 1 of its 2 permissions in the last 30 days.').waitFor();
    assert.equal(
      await dialog()
        .getByRole('row', { name: /runs:read/ })
        .locator('td')
        .nth(1)
        .innerText(),
      '4',
    );
    await dialog().getByRole('list', { name: 'Not used' }).getByText('results:upload').waitFor();
    await shot(d.page, 'perm-09-usage-card');
    await dialog().getByRole('button', { name: 'Narrow to what was used' }).click();
    const confirm = d.page.getByRole('dialog', { name: 'Narrow ci?' });
    await confirm.getByText('It loses results:upload').waitFor();
    await confirm.getByRole('button', { name: 'Narrow the key' }).click();
    await d.page.getByText('Narrowed: the key now carries only runs:read.').waitFor();
    await shot(d.page, 'perm-10-narrowed');
    const narrowed = await apiCall<ApiKey[]>(d.server.url, adaToken, 'GET', '/v0/users/ada/keys');
    assert.deepEqual(narrowed.find((k) => k.name === 'ci')?.scopes?.permissions, ['runs:read']);
    await d.page.getByRole('dialog', { name: 'Usage: ci' }).getByRole('button', { name: 'Close' }).click();
  });

  test('deleting a permission still granted shows where (409); deleting it anyway removes it everywhere', async () => {
    await d.signOut();
    await d.signIn(ADMIN);
    await d.go('Permissions');
    await d.page
      .getByRole('row', { name: /results:upload/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await dialog().getByRole('button', { name: 'Delete permission' }).click();
    const refusal = dialog().getByRole('alert');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /still granted by .*ci-runner/);
    await shot(d.page, 'perm-11-delete-409');
    await dialog().getByRole('button', { name: 'Remove everywhere and delete' }).click();
    await d.page
      .getByText('Permission results:upload removed from every role and key, and deleted.')
      .waitFor();
    await d.page.getByRole('cell', { name: 'results:upload', exact: true }).waitFor({ state: 'detached' });
    const role = await apiCall<{ permissions: string[] }>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/admin/roles/ci-runner',
    );
    assert.deepEqual(role.permissions, ['runs:*']);
    const keys = await apiCall<ApiKey[]>(d.server.url, adaToken, 'GET', '/v0/users/ada/keys');
    assert.deepEqual(keys.find((k) => k.name === 'ci')?.scopes?.permissions, ['runs:read']);
    await shot(d.page, 'perm-12-after-force-delete');
  });

  test('an org’s page lists and assigns roles at the org', async () => {
    await apiCall(d.server.url, d.adminToken, 'POST', '/v0/orgs', { name: 'Acme', slug: 'acme' });
    await d.go('Orgs & teams');
    const panel = d.page.locator('.card', { has: d.page.getByRole('heading', { name: 'Roles in Acme' }) });
    await panel.getByText('No role is assigned here.').waitFor();
    await panel.getByLabel('Give to').selectOption('org');
    await panel.getByLabel('Slug or UUID').fill('acme');
    await panel.getByRole('button', { name: 'Assign role' }).click();
    await panel.getByRole('cell', { name: 'Acme (acme)' }).waitFor();
    await shot(d.page, 'perm-13-org-roles');
    const assigned = await apiCall<{ role: string }[]>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/orgs/acme/roles',
    );
    assert.deepEqual(
      assigned.map((a) => a.role),
      ['ci-runner'],
    );
  });

  test('a role is edited to every permission (*), then deleted with its assignments', async () => {
    await apiCall(d.server.url, d.adminToken, 'PUT', '/v0/admin/roles/auditor', {
      description: 'Reads',
      permissions: ['runs:read'],
    });
    await apiCall(d.server.url, d.adminToken, 'PUT', '/v0/projects/web/roles', {
      role: 'auditor',
      user: 'ada',
    });
    await d.page.setViewportSize({ width: 1280, height: 900 });
    await d.go('Roles');
    await d.page
      .getByRole('row', { name: /auditor/ })
      .getByRole('button', { name: 'Edit' })
      .click();
    await dialog()
      .getByRole('checkbox', { name: /^Every permission/ })
      .check();
    assert.equal(
      await dialog()
        .getByRole('checkbox', { name: /^runs:read/ })
        .isDisabled(),
      true,
    );
    await dialog().getByRole('button', { name: 'Save role' }).click();
    await d.page.getByText('Role auditor saved.').waitFor();
    const edited = await apiCall<{ permissions: string[] }>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/admin/roles/auditor',
    );
    assert.deepEqual(edited.permissions, ['*']);
    await d.page
      .getByRole('row', { name: /auditor/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await d.page
      .getByRole('dialog', { name: 'Delete the role auditor?' })
      .getByRole('button', { name: 'Delete role' })
      .click();
    await d.page.getByText('Role auditor deleted.').waitFor();
    const gone = await curl([
      '-H',
      `authorization: Bearer ${d.adminToken}`,
      `${d.server.url}/v0/admin/roles/auditor`,
    ]);
    assert.equal(gone.status, 404);
    const left = await apiCall<{ role: string }[]>(
      d.server.url,
      d.adminToken,
      'GET',
      '/v0/projects/web/roles',
    );
    assert.deepEqual(
      left.map((a) => a.role),
      ['ci-runner'],
    );
  });

  test('the new pages fit a phone, and the browser logged no error but the refusals asked for', async () => {
    await d.page.setViewportSize({ width: 390, height: 844 });
    await d.go('Permissions');
    // At phone width a row is a card of labelled lines, no longer a table row.
    await d.page.getByText('runs:read', { exact: true }).waitFor();
    await shot(d.page, 'perm-phone-01-permissions');
    await d.go('Roles');
    await d.page.getByText('ci-runner', { exact: true }).waitFor();
    await shot(d.page, 'perm-phone-02-roles');
    await d.page.setViewportSize({ width: 1280, height: 900 });
    // The browser logs each refusal the steps asked for: the 409 of deleting a granted permission.
    const expected = (error: string) =>
      / 409 /.test(error) && /\/v0\/admin\/permissions\/results(:|%3A)upload/.test(error);
    const unexpected = d.errors.filter((error) => !expected(error));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(d.violations, []);
  });
});
