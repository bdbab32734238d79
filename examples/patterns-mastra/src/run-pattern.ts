import { type ScriptEntry, scriptedModel } from '@handoff/ai-sdk/testing';
import {
  type Analysis,
  analyze,
  createTracer,
  type MemoryStore,
  memoryStore,
  type Trace,
} from '@handoff/core';
import { HandoffExporter } from '@handoff/mastra';
import { Observability } from '@mastra/observability';

/** A scripted mock model for a Mastra agent (Mastra bundles its own copy of the provider types). */
export const mockModel = (modelId: string, script: ScriptEntry[]) => scriptedModel(modelId, script) as never;

export interface PatternRun<T> {
  result: T;
  trace: Trace;
  analysis: Analysis;
}

/** Handoff attached as the README's quickstart says: an exporter in Mastra's observability config. */
export interface Traced {
  observability: Observability;
  exporter: HandoffExporter;
}

/** Mastra exports spans after a run returns: wait until every recorded workflow has ended. */
async function settled(store: MemoryStore): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 20) {
    const started = store.events.filter((event) => event.type === 'workflow-start').length;
    const ended = store.events.filter((event) => event.type === 'workflow-end').length;
    if (started > 0 && started === ended) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the traced workflow never ended');
}

/** Runs a pattern on a Mastra instance traced by Handoff; returns every trace it recorded. */
export async function runPatternTraces<T>(
  pattern: (traced: Traced) => Promise<T>,
): Promise<{ result: T; traces: Trace[] }> {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const exporter = new HandoffExporter({ tracer });
  const observability = new Observability({
    configs: { default: { serviceName: 'patterns', exporters: [exporter] } },
  });
  const result = await pattern({ observability, exporter });
  await settled(store);
  await tracer.shutdown();
  return { result, traces: store.traces() };
}

/** Runs a pattern on a Mastra instance traced by Handoff; returns its one trace and its analysis. */
export async function runPattern<T>(pattern: (traced: Traced) => Promise<T>): Promise<PatternRun<T>> {
  const { result, traces } = await runPatternTraces(pattern);
  if (traces.length !== 1) throw new Error(`expected one workflow, got ${traces.length}`);
  const trace = traces[0]!;
  return { result, trace, analysis: await analyze(trace) };
}
