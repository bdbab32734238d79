import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import type { GraphTopology, Trace } from '../model/trace.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import type { TracerOptions } from '../recorder/tracer-options.ts';
import { jsonlStore } from '../stores/jsonl-store.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { readTraces } from '../stores/read-trace.ts';
import { failureSummary } from '../testing/failure-summary.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { recordPlannerCrash } from '../testing/record-planner-crash.ts';
import { pipelineTopology } from './pipeline-topology.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-topology-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const record = async (options: Partial<TracerOptions>, topology: GraphTopology): Promise<Trace[]> => {
  const store = memoryStore();
  await recordPlannerCrash(
    createTracer({ store, clock: manualClock(), flushOnExit: false, ...options }),
    topology,
  );
  return store.traces();
};

const failureOf = async (trace: Trace) => failureSummary((await analyze(trace)).failure);
const PIPELINE = pipelineTopology(['reader', 'planner', 'valves']);

describe('a declared topology on its way through the recorder and the stores', () => {
  it('is written to a JSONL file and read back, a long label stored once as a blob', async () => {
    const label = `when the soil is dry: ${'below field capacity, '.repeat(12)}`;
    const graph: GraphTopology = {
      ...PIPELINE,
      edges: PIPELINE.edges.map((edge) => (edge.from === 'planner' ? { ...edge, label } : edge)),
    };
    const store = jsonlStore({ dir, file: 'run.jsonl' });
    await recordPlannerCrash(createTracer({ store, clock: manualClock(), flushOnExit: false }), graph);
    expect(await readFile(join(dir, 'run.jsonl'), 'utf8')).toContain('"type":"blob"');
    const [trace] = await readTraces(join(dir, 'run.jsonl'));
    expect(trace!.topology).toEqual([graph]);
    expect(await failureOf(trace!)).toBe('agent_error planner → valves (planner)');
  });

  it('goes through redaction like any other text, and still names the next agent', async () => {
    const graph: GraphTopology = {
      ...PIPELINE,
      edges: PIPELINE.edges.map((edge) =>
        edge.to === 'valves' ? { ...edge, label: 'ask ops@farm.example first' } : edge,
      ),
    };
    const [trace] = await record({}, graph);
    expect(trace!.topology?.[0]?.edges.find((edge) => edge.to === 'valves')?.label).toBe(
      'ask [REDACTED:email] first',
    );
    expect(trace!.topology?.[0]?.nodes).toEqual(PIPELINE.nodes);
    expect(await failureOf(trace!)).toBe('agent_error planner → valves (planner)');

    // A redactor that renames an agent renames it in the graph too, and the diagnosis follows.
    const renamed = (
      await record({ redact: (text) => text.replace(/\bvalves\b/g, 'agent-3') }, PIPELINE)
    )[0]!;
    expect(renamed.topology?.[0]?.nodes.map((node) => node.agent)).toEqual(['reader', 'planner', 'agent-3']);
    expect(await failureOf(renamed)).toBe('agent_error planner → agent-3 (planner)');
  });

  it('is kept with a failed run that sampling held back', async () => {
    const traces = await record({ sample: { rate: 0, keepFailures: true } }, PIPELINE);
    expect(traces.map((trace) => trace.topology)).toEqual([[PIPELINE]]);
    expect(await failureOf(traces[0]!)).toBe('agent_error planner → valves (planner)');
  });
});
