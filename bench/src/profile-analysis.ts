// Profiles loading and analysing synthetic workflows (the scaling suite's traces):
//   pnpm --dir bench profile:analysis [handoffs] [workflows]
// writes a .cpuprofile of the load and the analysis to bench/profiles/. `handoffs` in one workflow
// (default 10,000), or split into `workflows` files of handoffs/workflows each. The trace files are
// generated first, by a separate process, and kept in the temp dir for the next run.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, jsonlStore, listTraceFiles, readTraces, type TraceEvent } from '@handoff/core';
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
  let loadCpu = 0;
  let analyzeCpu = 0;
  let loadWall = 0;
  let analyzeWall = 0;
  let findings = 0;
  const causes = new Set<string>();
  for (const file of await listTraceFiles(dir)) {
    let cpu = process.cpuUsage();
    let start = performance.now();
    const traces = await readTraces(file);
    loadWall += performance.now() - start;
    let used = process.cpuUsage(cpu);
    loadCpu += (used.user + used.system) / 1000;
    cpu = process.cpuUsage();
    start = performance.now();
    for (const trace of traces) {
      const analysis = await analyze(trace);
      findings += analysis.findings.length;
      causes.add(
        `${analysis.failure?.kind ?? 'none'} ${analysis.failure?.boundary.from}>${analysis.failure?.boundary.to}`,
      );
    }
    analyzeWall += performance.now() - start;
    used = process.cpuUsage(cpu);
    analyzeCpu += (used.user + used.system) / 1000;
  }
  console.log(
    `${handoffs} handoffs in ${workflows} workflow(s): load ${loadWall.toFixed(0)} ms (CPU ${loadCpu.toFixed(0)}), analyze ${analyzeWall.toFixed(0)} ms (CPU ${analyzeCpu.toFixed(0)}), ${findings} findings, root causes ${[...causes].slice(0, 3).join(', ')}`,
  );
}
