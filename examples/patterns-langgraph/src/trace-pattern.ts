import { type Analysis, analyze, createTracer, type Trace } from '@handoff/core';
import { memoryStore } from '@handoff/core/testing';
import type { RunMode, RunOptions } from './run-graph.ts';

export type Pattern = (options: RunOptions) => Promise<unknown>;

export interface TracedPattern {
  trace: Trace;
  analysis: Analysis;
  result: unknown;
}

/** Runs a pattern with Handoff attached and returns its one trace and the analysis of it. */
export async function tracePattern(pattern: Pattern, mode: RunMode): Promise<TracedPattern> {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const result = await pattern({ tracer, mode });
  await tracer.flush();
  const traces = store.traces();
  if (traces.length !== 1) throw new Error(`expected one workflow, got ${traces.length}`);
  const trace = traces[0] as Trace;
  return { trace, analysis: await analyze(trace), result };
}

/** `kind sender > receiver: content` for each recorded handoff, in order. */
export function handoffLines(trace: Trace): string[] {
  return trace.handoffs.map((h) => `${h.kind} ${h.from} > ${h.to}: ${h.content}`);
}

/** The agent of each turn, in the order the turns started. */
export function turnAgents(trace: Trace): string[] {
  return trace.turns.map((turn) => turn.agent);
}
