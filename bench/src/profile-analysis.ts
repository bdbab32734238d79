// Profiles loading and analysing synthetic workflows (the scaling suite's traces):
//   pnpm --dir bench profile:analysis [handoffs] [workflows] [--rounds N]
// writes a .cpuprofile of the load and the analysis to bench/profiles/. `handoffs` in one workflow
// (default 10,000), or split into `workflows` files of handoffs/workflows each. The trace files are
// generated first, by a separate process, and kept in the temp dir for the next run. With --hash the
// last round's analyses are hashed (JSON), to show that a speed change left every finding as it was.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, jsonlStore, listTraceFiles, readTraces, type Trace, type TraceEvent } from '@handoff/core';
import { generateTrace } from '@handoff/core/testing';

const handoffs = Number(process.argv[2] ?? 10_000);
const workflows = Number(process.argv[3] ?? 1);
const dir = join(tmpdir(), `handoff-profile-analysis-${handoffs}-${workflows}`);

if (process.argv[4] === '--generate') {
  await mkdir(dir, { recursive: true });
  for (let w = 0; w < workflows; w++) {
    const events: TraceEvent[] = [];
    await generateTrace({
      seed: 42 + w,
      shape: 'chain',
      agents: 6,
      rounds: Math.max(1, Math.round(handoffs / workflows / 5)),
      store: { name: 'collect', append: (batch) => void events.push(...batch) },
    });
    const store = jsonlStore({ dir, file: `w${w}.jsonl.tmp` });
    for (let i = 0; i < events.length; i += 2_000) await store.append(events.slice(i, i + 2_000));
    await store.close?.();
    renameSync(join(dir, `w${w}.jsonl.tmp`), join(dir, `w${w}.jsonl`));
  }
} else {
  if (!existsSync(join(dir, `w${workflows - 1}.jsonl`))) {
    const made = spawnSync(
      process.execPath,
      [
        '--conditions=@handoff/source',
        import.meta.filename,
        String(handoffs),
        String(workflows),
        '--generate',
      ],
      { stdio: 'inherit' },
    );
    if (made.status !== 0) process.exit(made.status ?? 1);
  }
  // CPU time beside wall time: on a shared machine the wall clock mostly measures the neighbours.
  // With --rounds N the loaded traces are analysed N times and the fastest round is reported too.
  const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] ?? 1) || 1;
  const cpuOf = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let cpu = process.cpuUsage();
  let start = performance.now();
  const traces: Trace[] = [];
  for (const file of await listTraceFiles(dir)) traces.push(...(await readTraces(file)));
  const loadWall = performance.now() - start;
  const loadCpu = cpuOf(cpu);
  let analyzeWall = 0;
  let analyzeCpu = 0;
  let findings = 0;
  const causes = new Set<string>();
  const perRound: number[] = [];
  const hash = process.argv.includes('--hash') ? createHash('sha256') : undefined;
  for (let round = 0; round < rounds; round++) {
    cpu = process.cpuUsage();
    start = performance.now();
    findings = 0;
    for (const trace of traces) {
      const analysis = await analyze(trace);
      if (round === rounds - 1) hash?.update(`${JSON.stringify(analysis)}\n`);
      findings += analysis.findings.length;
      causes.add(
        `${analysis.failure?.kind ?? 'none'} ${analysis.failure?.boundary.from}>${analysis.failure?.boundary.to}`,
      );
    }
    analyzeWall += performance.now() - start;
    perRound.push(cpuOf(cpu));
    analyzeCpu += perRound.at(-1)!;
  }
  if (rounds > 1) console.log(`analyze CPU per round: ${perRound.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  analyzeWall /= rounds;
  analyzeCpu /= rounds;
  console.log(
    `${handoffs} handoffs in ${workflows} workflow(s): load ${loadWall.toFixed(0)} ms (CPU ${loadCpu.toFixed(0)}), analyze ${analyzeWall.toFixed(0)} ms (CPU ${analyzeCpu.toFixed(0)}), ${findings} findings, root causes ${[...causes].slice(0, 3).join(', ')}`,
  );
  if (hash) console.log(`analyses sha256 ${hash.digest('hex').slice(0, 16)}`);
}
