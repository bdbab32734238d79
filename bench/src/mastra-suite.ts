import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptedModel } from '@handoff/ai-sdk/testing';
import { createTracer, jsonlStore, liveChecks } from '@handoff/core';
import { HandoffExporter } from '@handoff/mastra';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import type { ObservabilityExporter } from '@mastra/core/observability';
import { InMemoryStore } from '@mastra/core/storage';
import { MastraStorageExporter, Observability, TestExporter } from '@mastra/observability';
import { addedRatio, cheapestPeer, measure, overheadTable, sizes, type Variant } from './harness.ts';
import { versionsOf, writeResults } from './results.ts';

// Mastra bundles its own copy of the provider types; the AI SDK mock is the same model at run time.
const mockModel = (...args: Parameters<typeof scriptedModel>) => scriptedModel(...args) as never;

/** A supervisor that delegates to one sub-agent and answers with its reply. */
export function team(exporter: ObservabilityExporter | undefined, withStorage = false) {
  const analyst = new Agent({
    id: 'analyst',
    name: 'analyst',
    description: 'Answers questions about quarterly figures',
    instructions: 'You analyse figures.',
    model: mockModel('analyst-llm', [{ text: 'Q3 2024 revenue was EUR 4.2 billion, up 3%.' }], {
      cycle: true,
    }),
  });
  const supervisor = new Agent({
    id: 'supervisor',
    name: 'supervisor',
    instructions: 'You coordinate.',
    model: mockModel(
      'supervisor-llm',
      [
        { tool: 'agent-analyst', input: { prompt: 'What was Q3 2024 revenue in EUR?' } },
        ({ lastToolResult }) => ({ text: `Briefing: ${lastToolResult}` }),
      ],
      { cycle: true },
    ),
    agents: { analyst },
  });
  const mastra = new Mastra({
    agents: { supervisor, analyst },
    logger: false,
    ...(withStorage ? { storage: new InMemoryStore() } : {}),
    ...(exporter
      ? {
          observability: new Observability({
            configs: { default: { serviceName: 'bench', exporters: [exporter] } },
          }),
        }
      : {}),
  });
  const agent = mastra.getAgent('supervisor');
  return () => agent.generate('Brief me on Q3 2024 revenue in EUR.');
}

/** An exporter that receives every span event and does nothing: what Mastra's tracing costs by itself. */
export const noopExporter = (): ObservabilityExporter =>
  ({
    name: 'noop',
    exportTracingEvent: async () => {},
    shutdown: async () => {},
  }) as unknown as ObservabilityExporter;

/** A supervisor delegating to one sub-agent: untraced, Mastra's own tracing floor and exporters, Handoff. */
export async function runMastraSuite(options: { smoke: boolean; log?: (line: string) => void }) {
  const log = options.log ?? console.log;
  const dir = await mkdtemp(join(tmpdir(), 'handoff-bench-mastra-'));
  const tracer = createTracer({ store: jsonlStore({ dir }), analysis: liveChecks(), flushOnExit: false });
  const testExporter = new TestExporter({ validateLifecycle: false, storeLogs: false });
  const variants: Variant[] = [
    { variant: 'untraced', role: 'baseline', run: team(undefined) },
    { variant: 'Observability + no-op exporter', role: 'floor', run: team(noopExporter()) },
    {
      variant: 'Handoff (HandoffExporter, content, JSONL, checks)',
      role: 'handoff',
      run: team(new HandoffExporter({ tracer }) as unknown as ObservabilityExporter),
      settle: () => tracer.flush(),
    },
    {
      variant: "Mastra's storage exporter (in-memory store)",
      role: 'peer',
      run: team(new MastraStorageExporter() as unknown as ObservabilityExporter, true),
    },
    {
      variant: "Mastra's TestExporter (JSON in memory)",
      role: 'peer',
      run: team(testExporter as unknown as ObservabilityExporter),
      reset: () => testExporter.reset(),
    },
  ];
  const rows = await measure(variants, sizes(options.smoke, { rounds: 21, batch: 20, warmup: 3 }));
  await tracer.shutdown();
  await rm(dir, { recursive: true, force: true });
  log('\nMastra — supervisor delegating to one sub-agent (per run)\n');
  log(overheadTable(rows));
  const peer = cheapestPeer(rows);
  const ratio = addedRatio(rows, peer);
  log(
    `Handoff's added time is ${ratio.cpu}× (CPU; wall ${ratio.wall}×) Mastra's cheapest exporter's, ${peer.variant} (target ≤ 1×).`,
  );
  log(
    `Results: ${await writeResults('mastra', { versions: versionsOf('@mastra/core', '@mastra/observability'), rows }, options)}`,
  );
  return rows;
}
