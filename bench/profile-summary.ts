// Self time by function and by group in a V8 .cpuprofile (BENCH_PROFILE), counting only the last seconds: the round, not start-up.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const [file, top = '25', seconds = '4'] = process.argv.slice(2);
if (!file)
  throw new Error('usage: node --import tsx bench/profile-summary.ts FILE.cpuprofile [TOP] [SECONDS]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
// The window: the last SECONDS before the profile ended, less the 0.2 s of shutdown.
const from = profile.endTime - (Number(seconds) + 0.2) * 1e6;
const to = profile.endTime - 0.2e6;

const self = new Map<string, number>();
let at = profile.startTime;
for (const [i, delta] of profile.timeDeltas.entries()) {
  at += delta;
  const node = nodes.get(profile.samples[i] ?? -1);
  if (!node || at < from || at > to) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/.*node_modules\//, 'nm:').replace(/.*\/packages\//, '');
  const name = `${functionName || '(anonymous)'} ${where}:${lineNumber}`;
  self.set(name, (self.get(name) ?? 0) + delta);
}

const groupOf = (name: string): string => {
  if (name.startsWith('(idle)')) return 'idle';
  if (name.startsWith('(garbage collector)')) return 'gc';
  if (name.includes('server/src/')) return 'latchkey';
  if (name.includes('nm:fastify/')) return 'fastify';
  if (name.includes('nm:')) return 'other dependencies';
  return 'node and V8';
};
const groups = new Map<string, number>();
for (const [name, time] of self) groups.set(groupOf(name), (groups.get(groupOf(name)) ?? 0) + time);
const busy = [...groups].reduce((sum, [group, time]) => (group === 'idle' ? sum : sum + time), 0);
const percent = (time: number) => `${((100 * time) / busy).toFixed(1)}%`;

process.stdout.write('groups, share of busy time:\n');
for (const [group, time] of [...groups].sort((a, b) => b[1] - a[1]))
  if (group !== 'idle') process.stdout.write(`  ${percent(time)} ${group}\n`);
process.stdout.write('functions by self time:\n');
for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  if (!name.startsWith('(idle)')) process.stdout.write(`  ${percent(time)} ${name}\n`);
