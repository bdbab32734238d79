import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenTelemetry } from '@ai-sdk/otel';
import { OpenInferenceBatchSpanProcessor } from '@arizeai/openinference-vercel';
import { handoffMiddleware, handoffTelemetry } from '@handoff/ai-sdk';
import { scriptedModel } from '@handoff/ai-sdk/testing';
import { createTracer, jsonlStore, liveChecks } from '@handoff/core';
import { LangfuseSpanProcessor } from '@langfuse/otel';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  InMemorySpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { generateText, isStepCount, type Telemetry, tool, wrapLanguageModel } from 'ai';
import { z } from 'zod';
import { addedRatio, cheapestPeer, measure, overheadTable, sizes, type Variant } from './harness.ts';
import { versionsOf, writeResults } from './results.ts';

const PROMPT =
  `Summarise the quarterly figures. ${'Revenue rose in every region while costs fell slightly. '.repeat(36)}`.slice(
    0,
    2048,
  );

const STANDALONE = 'Handoff middleware only (standalone, telemetry off, content, JSONL, checks)';
const STANDALONE_DEFAULT = 'Handoff middleware only, default tracer (no live checks)';

function model() {
  // One tool call, then an answer: the same two model calls for every variant and every call.
  return scriptedModel(
    'bench-model',
    [{ tool: 'lookup', input: { q: 'q3' } }, { text: 'Revenue was EUR 4.2 billion.' }],
    { cycle: true },
  );
}

const tools = {
  lookup: tool({
    description: 'look up',
    inputSchema: z.object({ q: z.string() }),
    execute: async ({ q }) => `figures for ${q}`,
  }),
};
type ModelV4 = Parameters<typeof wrapLanguageModel>[0]['model'];
const call = (m: ModelV4, telemetry: Record<string, unknown>) =>
  generateText({ model: m, tools, stopWhen: isStepCount(3), prompt: PROMPT, telemetry });

function otelPeer(variant: string, processor: (exporter: InMemorySpanExporter) => SpanProcessor): Variant {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [processor(exporter)] });
  const integration = new OpenTelemetry({ tracer: provider.getTracer('bench') }) as unknown as Telemetry;
  const m = model();
  return {
    variant,
    role: 'peer',
    run: () => call(m, { functionId: 'bench', integrations: [integration] }),
    settle: () => provider.forceFlush(),
    reset: () => exporter.reset(),
  };
}

/** generateText with a tool call and a 2 KB prompt: untraced, the SDK's own floor, Handoff, and peers. */
export async function runAiSdkSuite(options: { smoke: boolean; log?: (line: string) => void }) {
  const log = options.log ?? console.log;
  const dir = await mkdtemp(join(tmpdir(), 'handoff-bench-ai-'));
  const tracer = createTracer({ store: jsonlStore({ dir }), analysis: liveChecks(), flushOnExit: false });
  const noopTelemetry: Telemetry = {
    onStart() {},
    onStepStart() {},
    onLanguageModelCallStart() {},
    onLanguageModelCallEnd() {},
    onToolExecutionStart() {},
    onToolExecutionEnd() {},
    onStepEnd() {},
    onEnd() {},
  };
  const plain = model();
  const floorModel = wrapLanguageModel({ model: model(), middleware: { specificationVersion: 'v4' } });
  const handoffModel = wrapLanguageModel({
    model: model(),
    middleware: handoffMiddleware({ tracer, agent: 'bench' }),
  });
  const handoff = handoffTelemetry({ tracer });
  // `createTracer()` as the README's quickstart has it: live checks are an option, not the default.
  const plainTracer = createTracer({ store: jsonlStore({ dir: join(dir, 'plain') }), flushOnExit: false });
  const standaloneDefaultModel = wrapLanguageModel({
    model: model(),
    middleware: handoffMiddleware({ tracer: plainTracer, agent: 'bench', standalone: true }),
  });
  const standaloneModel = wrapLanguageModel({
    model: model(),
    middleware: handoffMiddleware({ tracer, agent: 'bench', standalone: true }),
  });
  const variants: Variant[] = [
    { variant: 'untraced', role: 'baseline', run: () => call(plain, { isEnabled: false }) },
    {
      variant: 'no-op telemetry + no-op middleware',
      role: 'floor',
      run: () => call(floorModel, { functionId: 'bench', integrations: [noopTelemetry] }),
    },
    {
      variant: 'Handoff (middleware + telemetry, content, JSONL, checks)',
      role: 'handoff',
      run: () => call(handoffModel, { functionId: 'bench', integrations: [handoff] }),
      settle: () => tracer.flush(),
    },
    {
      // What the middleware-only mode's users run: no integration, so telemetry can stay off.
      variant: STANDALONE,
      role: 'handoff',
      run: () => call(standaloneModel, { isEnabled: false }),
      settle: () => tracer.flush(),
    },
    {
      variant: STANDALONE_DEFAULT,
      role: 'handoff',
      run: () => call(standaloneDefaultModel, { isEnabled: false }),
      settle: () => plainTracer.flush(),
    },
    otelPeer('@ai-sdk/otel (BatchSpanProcessor, in-memory)', (e) => new BatchSpanProcessor(e)),
    otelPeer(
      'Langfuse (LangfuseSpanProcessor, in-memory)',
      (e) =>
        new LangfuseSpanProcessor({
          exporter: e,
          publicKey: 'pk-lf-bench',
          secretKey: 'sk-lf-bench',
          baseUrl: 'http://127.0.0.1:9',
        }) as unknown as SpanProcessor,
    ),
    otelPeer(
      'OpenInference (batch processor, in-memory)',
      (e) => new OpenInferenceBatchSpanProcessor({ exporter: e }) as unknown as SpanProcessor,
    ),
  ];
  const rows = await measure(variants, sizes(options.smoke, { rounds: 31, batch: 60, warmup: 3 }));
  await tracer.shutdown();
  await plainTracer.shutdown();
  await rm(dir, { recursive: true, force: true });
  log('\nAI SDK — generateText, one tool call, 2 KB prompt (per call)\n');
  log(overheadTable(rows));
  const peer = cheapestPeer(rows);
  for (const ours of rows.filter((row) => row.role === 'handoff')) {
    const ratio = addedRatio(rows, peer, ours);
    log(
      `Handoff's added time is ${ratio.cpu}× (CPU; wall ${ratio.wall}×) the cheapest peer's, ${peer.variant} (target ≤ 0.25×): ${ours.variant}.`,
    );
  }
  log(
    `Results: ${await writeResults('ai-sdk', { versions: versionsOf('ai', '@ai-sdk/otel', '@langfuse/otel', '@arizeai/openinference-vercel'), rows }, options)}`,
  );
  return rows;
}
