// What allowed addresses cost: whoami with a key limited to addresses against the same with an unlimited key, fresh processes each generation.
import { alternate, type Child, samples, startLatchkeyWithKey, summarize, whoamiLoad } from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
/** Alternating rounds per generation: the difference sought is within one round's noise. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/** A list as a site would write it: the bench's own address among a few networks of both families. */
const ALLOWED = ['10.0.0.0/8', '192.0.2.0/24', '2001:db8::/32', '127.0.0.1'];

/** A second key on the same server, limited to ALLOWED, created with the admin's session. */
async function allowlisted(server: Child & { session: string }): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${server.port}/v0/users/admin/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.session}` },
    body: JSON.stringify({ name: 'allowlisted', scopes: { allowed_ips: ALLOWED } }),
  });
  if (response.status !== 201) throw new Error(`key creation: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { key: string }).key;
}

const sides = { limited: samples(), plain: samples() };
for (let generation = 1; generation <= GENERATIONS; generation++) {
  const limited = await startLatchkeyWithKey();
  const plain = await startLatchkeyWithKey();
  try {
    const key = await allowlisted(limited);
    const check = await fetch(whoamiLoad(limited, key).url, { headers: whoamiLoad(limited, key).headers });
    if (check.status !== 200) throw new Error(`the allowlisted key is refused: ${check.status}`);
    await alternate(`generation ${generation}`, ROUNDS, [
      { name: 'plain', server: plain, load: whoamiLoad(plain, plain.key), into: sides.plain },
      { name: 'allowlisted', server: limited, load: whoamiLoad(limited, key), into: sides.limited },
    ]);
  } finally {
    await Promise.all([limited.stop(), plain.stop()]);
  }
}
summarize('whoami, allowlisted key / unlimited key', sides.limited, sides.plain, 0.97, GENERATIONS, ROUNDS);
