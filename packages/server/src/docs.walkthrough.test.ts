// README.md's shell walkthroughs, run as written against a real `latchkey serve` (only its URL and the password it
// printed filled in), from an empty scratch directory that must still be empty afterwards: nothing lands in a clone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type FencedBlock, fencedBlocks, ROOT } from './test/markdown.ts';
import { type ServerProcess, startServer, stopServer } from './test/processes.ts';

const README = fencedBlocks(join(ROOT, 'README.md'));
const DOCUMENTED_URL = 'http://127.0.0.1:7420';

interface Answer {
  principal?: { slug: string };
  credential?: { kind: string; uuid: string };
  uuid?: string;
  revoked?: string | null;
  error?: { code: string };
}

/** The JSON answers curl printed one after the other (curl -s adds no newline between them). */
const jsonAnswers = (out: string): Answer[] =>
  out
    .trim()
    .split(/(?<=\})\s*(?=\{)/)
    .map((answer) => JSON.parse(answer));

function only(predicate: (block: FencedBlock) => boolean, what: string): FencedBlock {
  const found = README.filter(predicate);
  assert.equal(found.length, 1, `README.md has one ${what}, found ${found.length}`);
  return found[0] as FencedBlock;
}

describe("README.md's walkthroughs against a started server", () => {
  let dataDir: string;
  let scratch: string;
  let server: ServerProcess;
  let password: string;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'latchkey-readme-server-'));
    scratch = mkdtempSync(join(tmpdir(), 'latchkey-readme-walk-'));
    // As the README starts it: the default administrator, its password printed once.
    server = await startServer({}, dataDir);
    password = /password: (\S+)/.exec(server.output())?.[1] ?? '';
    assert.ok(password, server.output());
  });
  after(async () => {
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Runs a block with `sh` in the scratch directory, the documented URL pointed at this server. */
  const runShell = (block: FencedBlock, env: NodeJS.ProcessEnv = {}): string => {
    const script = block.text
      .replaceAll(DOCUMENTED_URL, server.url)
      .replaceAll('THE-PRINTED-PASSWORD', password);
    assert.notEqual(script, block.text, `${block.file}:${block.line} talks to ${DOCUMENTED_URL}`);
    const out = execFileSync('sh', ['-e', '-c', script], {
      cwd: scratch,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    assert.deepEqual(
      readdirSync(scratch),
      [],
      `${block.file}:${block.line} wrote into the directory it ran in`,
    );
    return out;
  };

  /** A fresh key of the administrator's, for the blocks that start from one. */
  const createKey = async (): Promise<{ key: string; uuid: string }> => {
    const login = await fetch(`${server.url}/v0/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@localhost', password }),
    });
    const { token } = (await login.json()) as { token: string };
    const created = await fetch(`${server.url}/v0/users/admin/keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'readme' }),
    });
    assert.equal(created.status, 201);
    return (await created.json()) as { key: string; uuid: string };
  };

  test('the curl walkthrough: sign in, create a key, use it, revoke it, refused', () => {
    const block = only(
      (b) => b.lang === 'sh' && /walkthrough with curl/i.test(b.heading),
      'curl walkthrough',
    );
    const answers = jsonAnswers(runShell(block));
    assert.equal(answers.length, 3, JSON.stringify(answers));
    const [whoami, revoked, refused] = answers;
    assert.equal(whoami?.principal?.slug, 'admin');
    assert.equal(whoami?.credential?.kind, 'user_key');
    assert.equal(revoked?.uuid, whoami?.credential?.uuid);
    assert.equal(typeof revoked?.revoked, 'string', 'revoked, with the time it was');
    assert.equal(refused?.error?.code, 'credential_revoked');
  });

  test('"Using your key": the four curl forms and the netrc entry answer as the key', async () => {
    const { key, uuid } = await createKey();
    const forms = only(
      (b) => b.lang === 'sh' && b.heading === 'Using your key',
      'curl block under "Using your key"',
    );
    const answers = jsonAnswers(runShell(forms, { KEY: key }));
    assert.equal(answers.length, 4, JSON.stringify(answers));
    for (const answer of answers) assert.equal(answer.credential?.uuid, uuid, JSON.stringify(answer));

    const netrc = only((b) => b.lang === '' && b.heading === 'Using your key', 'netrc block');
    const netrcFile = join(dataDir, 'netrc');
    writeFileSync(netrcFile, netrc.text.replace('lk_user_…', key), { mode: 0o600 });
    const viaNetrc = execFileSync('curl', ['-s', '--netrc-file', netrcFile, `${server.url}/v0/auth/whoami`], {
      encoding: 'utf8',
    });
    assert.equal(JSON.parse(viaNetrc).credential.uuid, uuid, viaNetrc);
  });

  test('"Putting Latchkey in front of your API": verify answers the identity headers', async () => {
    const { key } = await createKey();
    const block = only((b) => b.lang === 'sh' && /in front of your API/.test(b.heading), 'verify example');
    const headers = runShell(block, { KEY: key });
    assert.match(headers, /^x-latchkey-principal: /im);
    assert.match(headers, /^x-latchkey-credential: /im);
  });
});
