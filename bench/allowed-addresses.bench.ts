// What allowed addresses cost: whoami with a key limited to addresses against the same with an unlimited key, fresh processes each generation.
import {
  type Child,
  cpuMsOfPid,
  DURATION_SECONDS,
  GENERATOR,
  median,
  requestsPerSecond,
  startLatchkeyWithKey,
} from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
/** Alternating rounds per generation: the difference sought is within one round's noise. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/** A list as a site would write it: the bench's own address among a few networks of both families. */
const ALLOWED = ['10.0.0.0/8', '192.0.2.0/24', '2001:db8::/32', '127.0.0.1'];

interface Side {
  perSecond: number[];
  cpuUs: number[];
}

type Server = Child & { key: string };

const whoami = (server: Server) => ({
  url: `http://127.0.0.1:${server.port}/v0/auth/whoami`,
  headers: { authorization: `Bearer ${server.key}` },
});

/** A second key on the same server, limited to ALLOWED, created with the admin's session. */
async function allowlisted(server: Child & { key: string; session: string }): Promise<Server> {
  const response = await fetch(`http://127.0.0.1:${server.port}/v0/users/admin/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.session}` },
    body: JSON.stringify({ name: 'allowlisted', scopes: { allowed_ips: ALLOWED } }),
  });
  if (response.status !== 201) throw new Error(`key creation: ${response.status} ${await response.text()}`);
  const { key } = (await response.json()) as { key: string };
  return { ...server, key };
}

async function round(server: Server): Promise<{ perSecond: number; cpuUs: number }> {
  const pid = server.process.pid ?? 0;
  const before = cpuMsOfPid(pid) ?? Number.NaN;
  const rate = await requestsPerSecond(whoami(server), DURATION_SECONDS);
  const after = cpuMsOfPid(pid) ?? Number.NaN;
  return { perSecond: rate.perSecond, cpuUs: ((after - before) * 1000) / rate.requests };
}

const sides = { limited: { perSecond: [], cpuUs: [] } as Side, plain: { perSecond: [], cpuUs: [] } as Side };
for (let generation = 1; generation <= GENERATIONS; generation++) {
  const first = await startLatchkeyWithKey();
  const second = await startLatchkeyWithKey();
  try {
    const limited = await allowlisted(first);
    const plain: Server = second;
    const check = await fetch(whoami(limited).url, { headers: whoami(limited).headers });
    if (check.status !== 200) throw new Error(`the allowlisted key is refused: ${check.status}`);
    await requestsPerSecond(whoami(limited), 1);
    await requestsPerSecond(whoami(plain), 1);
    for (let i = 0; i < ROUNDS; i++) {
      for (const [name, server] of [
        ['plain', plain],
        ['limited', limited],
      ] as const) {
        const measured = await round(server);
        sides[name].perSecond.push(measured.perSecond);
        sides[name].cpuUs.push(measured.cpuUs);
      }
    }
    process.stdout.write(
      `generation ${generation}: allowlisted ${sides.limited.perSecond.slice(-ROUNDS).map((r) => r.toFixed(0))} req/s, plain ${sides.plain.perSecond.slice(-ROUNDS).map((r) => r.toFixed(0))} req/s\n`,
    );
  } finally {
    await Promise.all([first.stop(), second.stop()]);
  }
}
const [limitedRps, plainRps] = [median(sides.limited.perSecond), median(sides.plain.perSecond)];
const [limitedCpu, plainCpu] = [median(sides.limited.cpuUs), median(sides.plain.cpuUs)];
process.stdout.write(
  `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${ROUNDS} rounds each of ${DURATION_SECONDS} s, medians\n` +
    `whoami, allowlisted key / unlimited key: ${limitedRps.toFixed(0)} vs ${plainRps.toFixed(0)} req/s = ${(limitedRps / plainRps).toFixed(2)}\n` +
    `  CPU per request: ${limitedCpu.toFixed(1)} µs vs ${plainCpu.toFixed(1)} µs = ${(plainCpu / limitedCpu).toFixed(2)} (target ≥ 0.97)\n`,
);
