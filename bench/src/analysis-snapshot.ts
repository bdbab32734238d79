// Every analysis of a fixed set of traces, for proving that a speed change left findings unchanged:
//   node --conditions=@handoff/source src/analysis-snapshot.ts record <dir>   (corpus runs' events → <dir>, once)
//   node --conditions=@handoff/source src/analysis-snapshot.ts <dir> <out.jsonl>
// The second form folds each recorded run and the synthetic diagnosis cases (plus two large chains),
// analyses them and writes one line per trace (findings, scores, deliveries, failure); diff two outputs.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, createTracer, jsonlStore, readTraces, type Trace, type TraceEvent } from '@handoff/core';
import { generateTrace, type SyntheticFault, type SyntheticShape } from '@handoff/core/testing';
import { runOnAiSdk } from './corpus/runners/ai-sdk-runner.ts';
import { runOnLangGraph } from './corpus/runners/langgraph-runner.ts';
import { runOnMastra } from './corpus/runners/mastra-runner.ts';
import { FRAMEWORKS, MODES } from './corpus/runners/run-context.ts';
import { simulatedClock } from './corpus/runners/simulated-clock.ts';
import { scenarios } from './corpus/scenarios/index.ts';

const RUNNERS = { langgraph: runOnLangGraph, 'ai-sdk': runOnAiSdk, mastra: runOnMastra };

if (process.argv[2] === 'record') {
  const dir = process.argv[3]!;
  await mkdir(dir, { recursive: true });
  for (const scenario of scenarios)
    for (const framework of FRAMEWORKS)
      for (const mode of MODES) {
        const events: TraceEvent[] = [];
        const clock = simulatedClock();
        const tracer = createTracer({
          store: { name: 'collect', append: (batch) => void events.push(...batch) },
          clock,
          flushOnExit: false,
        });
        try {
          await RUNNERS[framework]({ scenario, mode, tracer, clock });
        } catch {
          // Injected crashes are part of the program.
        }
        await tracer.shutdown();
        await writeFile(join(dir, `${scenario.id}.${framework}.${mode}.json`), JSON.stringify(events));
      }
} else {
  const [dir, out] = process.argv.slice(2);
  const lines: string[] = [];
  const scratch = await mkdtemp(join(tmpdir(), 'handoff-snapshot-'));
  let written = 0;
  // Through a JSONL file and the reader, as `handoff analyze` sees a trace.
  const viaFile = async (events: TraceEvent[]): Promise<Trace[]> => {
    const file = `t${written++}.jsonl`;
    const store = jsonlStore({ dir: scratch, file });
    await store.append(events);
    await store.close?.();
    return (await readTraces(join(scratch, file))).sort((a, b) => b.turns.length - a.turns.length);
  };
  const record = async (name: string, trace: Trace) => {
    const analysis = await analyze(trace);
    lines.push(JSON.stringify({ name, ...analysis }));
  };
  const generated = async (options: Parameters<typeof generateTrace>[0]): Promise<Trace> => {
    const events: TraceEvent[] = [];
    await generateTrace({
      ...options,
      store: { name: 'collect', append: (batch) => void events.push(...batch) },
    });
    return (await viaFile(events))[0]!;
  };
  for (const file of (await readdir(dir!)).sort()) {
    const events = JSON.parse(await readFile(join(dir!, file), 'utf8')) as TraceEvent[];
    for (const [i, trace] of (await viaFile(events)).entries()) await record(`${file}#${i}`, trace);
  }
  const kinds: SyntheticFault[] = [
    'stale_context',
    'misunderstood_task',
    'low_quality_output',
    'lost_message',
    'agent_error',
    'handoff_loop',
  ];
  const shapes: SyntheticShape[] = ['chain', 'fanout', 'supervisor', 'loop'];
  let seed = 1;
  for (const shape of shapes)
    for (let i = 0; i < 25; i++) {
      await record(`synthetic ${seed}`, await generated({ seed: seed++, shape }));
      for (const kind of kinds) {
        if (kind === 'handoff_loop' && shape !== 'loop') continue;
        const second =
          i % 3 === 2 ? kinds.filter((k) => k !== kind && k !== 'handoff_loop')[i % 4] : undefined;
        const trace = await generated({ seed: seed++, shape, faults: second ? [kind, second] : [kind] });
        await record(`synthetic ${seed - 1}`, trace);
      }
    }
  for (const [name, agents, rounds] of [
    ['chain 2000', 6, 400],
    ['supervisor 600', 8, 60],
  ] as const) {
    const shape = name.startsWith('chain') ? 'chain' : 'supervisor';
    await record(name, await generated({ seed: 42, shape, agents, rounds, faults: ['stale_context'] }));
  }
  await rm(scratch, { recursive: true, force: true });
  const text = `${lines.join('\n')}\n`;
  await writeFile(out!, text);
  console.log(
    `${lines.length} analyses, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`,
  );
}
