import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import {
  type Analysis,
  analyze,
  createTracer,
  type GraphTopology,
  memoryStore,
  type Trace,
} from '@handoff/core';
import { type Agents, tracedAgents } from './traced-agents.ts';

export interface PatternRun<T> {
  result: T;
  trace: Trace;
  analysis: Analysis;
}

/**
 * Runs a pattern as one traced workflow on scripted models and returns its trace and analysis; a
 * fixed chain passes its `topology` (`pipelineTopology([...])`) as the AI SDK README shows.
 */
export async function runPattern<T>(
  name: string,
  scripts: Record<string, ScriptEntry[]>,
  pattern: (agents: Agents) => Promise<T>,
  options: { topology?: GraphTopology } = {},
): Promise<PatternRun<T>> {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const result = await tracer.workflow(name, () => pattern(tracedAgents(tracer, scripts)), options);
  await tracer.shutdown();
  const traces = store.traces();
  if (traces.length !== 1) throw new Error(`expected one workflow, got ${traces.length}`);
  const trace = traces[0]!;
  return { result, trace, analysis: await analyze(trace) };
}
