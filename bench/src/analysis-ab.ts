// Same-process A/B of analysis speed between two checkouts (a shared machine's load moves separate
// runs by more than most changes):
//   pnpm --dir bench ab:analysis <checkout A> <checkout B> [handoffs] [rounds]   (absolute paths)
// loads `pnpm --dir bench profile:analysis <handoffs>`'s trace once (run that first), then alternates
// analyze() from A's and B's packages/core (each with its own text caches), printing CPU ms per round
// and a hash of each side's last analysis (equal hashes: the findings did not change).
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { analyze as Analyze, readTraces as ReadTraces } from '@handoff/core';

interface Core {
  analyze: typeof Analyze;
  readTraces: typeof ReadTraces;
}

const [first, second, handoffs = '10000', rounds = '4'] = process.argv.slice(2);
if (!first || !second) throw new Error('usage: analysis-ab.ts <checkout A> <checkout B> [handoffs] [rounds]');
const load = async (checkout: string): Promise<Core> =>
  (await import(resolve(checkout, 'packages/core/src/index.ts'))) as Core;
const sides: [string, Core][] = [
  ['A', await load(first)],
  ['B', await load(second)],
];
const [trace] = await sides[0]![1].readTraces(
  join(tmpdir(), `handoff-profile-analysis-${handoffs}-1`, 'w0.jsonl'),
);
if (!trace) throw new Error('no trace: run `pnpm --dir bench profile:analysis <handoffs>` first');
const cpu = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const times = new Map<string, number[]>(sides.map(([name]) => [name, []]));
const hashes = new Map<string, string>();
for (let round = 0; round < Number(rounds); round++) {
  // Alternate which side goes first, so neither always runs on a warmer heap.
  for (const [name, core] of round % 2 ? [...sides].reverse() : sides) {
    globalThis.gc?.();
    const start = cpu();
    const analysis = await core.analyze(trace);
    times.get(name)!.push(cpu() - start);
    hashes.set(name, createHash('sha256').update(JSON.stringify(analysis)).digest('hex').slice(0, 16));
  }
}
for (const [name, checkout] of [
  ['A', first],
  ['B', second],
])
  console.log(
    `${name} ${checkout}: ${times
      .get(name!)!
      .map((ms) => ms.toFixed(0))
      .join(' ')} ms (best ${Math.min(...times.get(name!)!).toFixed(0)}), analysis ${hashes.get(name!)}`,
  );
