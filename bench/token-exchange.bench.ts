// The token exchange of a workload token (warm JWKS cache) against the client-credentials grant with a secret, side by side on one server; BENCH_PROCESSES fresh servers, medians.
import { constants, createPublicKey, verify } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { decodeJwt } from '../packages/server/src/lib/crypto/jwt.ts';
import { exchangeForm, WorkloadIssuer } from '../packages/server/src/test/workload-issuer.ts';
import { benchApp, type Comparison, compare, FORM, json, loadAverage, median, startLatchkey } from './lib.ts';

const AUDIENCE = 'https://latchkey.bench';
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 3);

const issuer = await WorkloadIssuer.start();
// One GitHub-Actions-shaped token for the whole run: every request verifies its RS256 signature.
const workload = issuer.github(AUDIENCE, { claims: { exp: Math.floor(Date.now() / 1000) + 3600 } });

/** One fresh Latchkey: an app with a secret and a federated credential for the issuer, both grants compared. */
async function oneProcess(): Promise<Comparison> {
  const latchkey = await startLatchkey({
    // The bench's issuer listens on loopback, as a developer's does.
    LATCHKEY_OUTBOUND_ALLOW_LOOPBACK: 'true',
    // Every request of the load comes from one address and must be a 2xx.
    LATCHKEY_AUTH_FAILURE_LIMIT: '100000',
  });
  try {
    const base = `http://127.0.0.1:${latchkey.port}`;
    const app = await benchApp(base);
    await json(`${base}/v0/apps/${app.slug}/federated-credentials`, {
      token: app.session,
      payload: {
        name: 'ci',
        issuer: issuer.issuer,
        audience: AUDIENCE,
        claims: { repository: 'acme/api', ref: 'refs/heads/*' },
      },
    });
    const exchange = new URLSearchParams(exchangeForm(app.clientId, workload)).toString();
    // Warms the issuer's discovery and JWKS.
    await json(`${base}/v0/oauth/token`, { method: 'POST', headers: FORM, body: exchange });
    return await compare(
      'token exchange (workload token, warm JWKS) / client_credentials with a secret',
      { url: `${base}/v0/oauth/token`, method: 'POST', headers: FORM, body: exchange },
      {
        url: `${base}/v0/oauth/token`,
        method: 'POST',
        headers: FORM,
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: app.clientId,
          client_secret: app.clientSecret,
        }).toString(),
      },
      0.8,
    );
  } finally {
    await latchkey.stop();
  }
}

/** One bare RS256 verification of the same token (node:crypto, a KeyObject made once): the least the exchange adds. */
function bareVerify(): () => boolean {
  const decoded = decodeJwt(workload);
  if (!decoded) throw new Error('the workload token does not decode');
  const key = createPublicKey({ key: issuer.currentKey, format: 'jwk' });
  const input = Buffer.from(decoded.signingInput);
  return () => verify('sha256', input, { key, padding: constants.RSA_PKCS1_PADDING }, decoded.signature);
}

/** Its CPU time, in µs, in this process alone. */
function bareVerifyUs(): number {
  const check = bareVerify();
  for (let i = 0; i < 500; i++) check();
  const count = 5000;
  const before = process.cpuUsage();
  for (let i = 0; i < count; i++) if (!check()) throw new Error('the bare verification failed');
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

/** Its time on this thread, in µs (the thread has a core of its own, so time is its CPU). */
function verifyWallUs(): number {
  const check = bareVerify();
  for (let i = 0; i < 500; i++) check();
  const count = 5000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) if (!check()) throw new Error('the bare verification failed');
  return Number(process.hrtime.bigint() - start) / 1000 / count;
}

/**
 * The same verification while another thread signs ES256 without pause, as Latchkey's signing thread does under
 * load, against while another thread runs plain JavaScript: both keep the other core busy, so what differs is
 * that both threads are in OpenSSL at once. Answers the two times in µs.
 */
async function verifyBesideAThreadUs(): Promise<{ signing: number; javascript: number }> {
  const beside = async (busy: string) => {
    const thread = new Worker(
      `const { parentPort } = require('node:worker_threads');
       const { generateKeyPairSync, sign } = require('node:crypto');
       const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
       const data = Buffer.from('x'.repeat(300));
       let x = 0;
       parentPort.postMessage('ready');
       for (;;) { ${busy} }`,
      { eval: true },
    );
    await new Promise((resolve) => thread.once('message', resolve));
    try {
      return verifyWallUs();
    } finally {
      await thread.terminate();
    }
  };
  return {
    signing: await beside(`sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });`),
    javascript: await beside('for (let i = 0; i < 1e5; i++) x = (x * 31 + i) | 0;'),
  };
}

try {
  const loadBefore = loadAverage();
  const runs: Comparison[] = [];
  for (let i = 0; i < PROCESSES; i++) runs.push(await oneProcess());
  const ratios = runs.map((run) => run.ratio);
  const cpu = runs.flatMap((run) => (run.cpuUs ? [run.cpuUs] : []));
  const range = (values: number[]) =>
    `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
  process.stdout.write(
    `\n${PROCESSES} fresh processes, medians (range); load average ${loadBefore} before, ${loadAverage()} after\n` +
      `  req/s ratio: ${range(ratios)} (target 0.8)\n`,
  );
  if (cpu.length > 0) {
    const exchangeUs = median(cpu.map((c) => c.subject));
    const grantUs = median(cpu.map((c) => c.reference));
    const bare = bareVerifyUs();
    process.stdout.write(
      `  CPU per request: exchange ${exchangeUs.toFixed(1)} µs, client_credentials ${grantUs.toFixed(1)} µs; ratio ${range(cpu.map((c) => c.reference / c.subject))}\n` +
        `  a bare RS256 verify of the same token: ${bare.toFixed(1)} µs; the grant plus it alone would be ${(grantUs / (grantUs + bare)).toFixed(2)} of the grant\n`,
    );
    const beside = await verifyBesideAThreadUs();
    const slower = beside.signing / beside.javascript;
    process.stdout.write(
      `  the same verify beside a thread signing ES256: ${beside.signing.toFixed(1)} µs, beside a thread running JavaScript: ${beside.javascript.toFixed(1)} µs (${slower.toFixed(2)}×);\n` +
        `  the grant plus a verify that much slower would be ${(grantUs / (grantUs + bare * slower)).toFixed(2)} of the grant\n`,
    );
  }
  process.stdout.write(`  JWKS fetched ${issuer.jwksRequests} time(s) over all processes\n`);
} finally {
  await issuer.stop();
}
