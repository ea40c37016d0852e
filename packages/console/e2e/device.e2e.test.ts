// Device sign-in end to end: the real `latchkey login --device` prints a code, Chromium approves or denies it.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BIN, cleanEnv } from '../../cli/src/test/cli.ts';
import { browserMissing, shot } from './browser.ts';
import { ADA, type Driver, startDriver } from './driver.ts';

interface Running {
  child: ChildProcess;
  stderr(): string;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function latchkey(args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, stderr: () => stderr, done };
}

/** The page the CLI printed, with the code in it, once it has printed it. */
async function printedLink(running: Running): Promise<{ link: string; code: string }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const match = /or open (\S+)\)/.exec(running.stderr());
    const code = /enter the code ([A-Z]{4}-[A-Z]{4})/.exec(running.stderr());
    if (match?.[1] && code?.[1]) return { link: match[1], code: code[1] };
    if (Date.now() > deadline) throw new Error(`the CLI printed no code:\n${running.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('device sign-in: the real CLI, approved in chromium', { skip: browserMissing() }, () => {
  let d: Driver;
  let home: string;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    d = await startDriver();
    await d.signIn(ADA);
    home = mkdtempSync(join(tmpdir(), 'latchkey-device-'));
    env = cleanEnv(home);
  });
  after(async () => {
    await d?.close();
    rmSync(home, { recursive: true, force: true });
  });

  test('latchkey login --device waits, Ada approves in the console, the CLI is signed in as her', async () => {
    const login = latchkey(['login', '--device', '--url', d.server.url], env);
    const { link, code } = await printedLink(login);
    assert.equal(link, `${d.server.url}/console/device?user_code=${encodeURIComponent(code)}`);
    assert.match(
      login.stderr(),
      new RegExp(`open ${d.server.url}/console/device and enter the code ${code}`),
    );
    await d.page.goto(link);
    await d.page.getByRole('heading', { name: 'Sign in a device' }).waitFor();
    assert.equal(await d.page.getByLabel('Code').inputValue(), code);
    await d.page.getByRole('button', { name: 'Continue' }).click();
    await d.page.getByText('asks to sign in as').waitFor();
    assert.match(
      await d.page.locator('section').innerText(),
      /latchkey-cli[\s\S]*127\.0\.0\.1[\s\S]*latchkey-cli\//,
    );
    await shot(d.page, '40-device-approve');
    await d.page.getByRole('button', { name: 'Approve' }).click();
    await d.page.getByText('Approved: the device is signed in as ada@example.com').waitFor();
    await shot(d.page, '41-device-approved');

    const ended = await login.done;
    assert.equal(ended.code, 0, ended.stderr);
    assert.match(ended.stdout, /Signed in to .* as ada@example\.com/);
    const whoami = latchkey(['whoami', '--json'], env);
    const me = await whoami.done;
    assert.equal(me.code, 0, me.stderr);
    const parsed = JSON.parse(me.stdout) as { principal: { slug: string }; credential: { kind: string } };
    assert.equal(parsed.principal.slug, 'ada');
    assert.equal(parsed.credential.kind, 'session');
  });

  test('denied in the console: the CLI says so and exits 3, signed in as no one new', async () => {
    const login = latchkey(['login', '--device', '--url', d.server.url, '--profile', 'denied'], env);
    const { code } = await printedLink(login);
    await d.page.goto(`${d.server.url}/console/device`);
    await d.page.getByLabel('Code').fill(code.toLowerCase());
    await d.page.getByRole('button', { name: 'Continue' }).click();
    await d.page.getByRole('button', { name: 'Deny' }).click();
    await d.page.getByText('Denied: the device was refused').waitFor();
    const ended = await login.done;
    assert.equal(ended.code, 3, ended.stderr);
    assert.match(ended.stderr, /denied in the console/);
  });

  test('a wrong code is refused in the console with a message saying what to check', async () => {
    await d.page.goto(`${d.server.url}/console/device`);
    await d.page.getByLabel('Code').fill('BCDF-GHJK');
    await d.page.getByRole('button', { name: 'Continue' }).click();
    await d.page
      .getByRole('alert')
      .getByText(/No sign-in is waiting for this code/)
      .waitFor();
    await shot(d.page, '42-device-wrong-code');
  });

  test('opened while signed out: the link asks to sign in first, then shows the same code to approve', async () => {
    const login = latchkey(['login', '--device', '--url', d.server.url, '--profile', 'later'], env);
    const { link, code } = await printedLink(login);
    await d.signOut();
    await d.page.goto(link);
    await d.page.getByLabel('Email').fill(ADA.email);
    await d.page.getByLabel('Password').fill(ADA.password);
    await d.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await d.page.getByRole('heading', { name: 'Sign in a device' }).waitFor();
    assert.equal(await d.page.getByLabel('Code').inputValue(), code);
    await d.page.getByRole('button', { name: 'Continue' }).click();
    await d.page.getByRole('button', { name: 'Approve' }).click();
    const ended = await login.done;
    assert.equal(ended.code, 0, ended.stderr);
  });
});
