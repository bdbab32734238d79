import { OpenTelemetry } from '@ai-sdk/otel';
import { OpenInferenceBatchSpanProcessor } from '@arizeai/openinference-vercel';
import { runExample } from '@handoff/example-ai-sdk-research-team';
import { FAULTS } from '@handoff/example-kit';
import { LangfuseSpanProcessor } from '@langfuse/otel';
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchSpanProcessor, type SpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import type { Telemetry } from 'ai';
import { describe, expect, it } from 'vitest';
import { collectPeerRun, realTimeClock } from './collect-peer-run.ts';

// @ai-sdk/otel nests a sub-agent's spans under the planner's tool call only through OTel context.
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());

/** The span processors a team would put in front of its OTLP exporter. */
const PROCESSORS: [string, (url: string) => SpanProcessor][] = [
  ['@ai-sdk/otel', (url) => new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url }) })],
  [
    '@ai-sdk/otel + OpenInference (@arizeai/openinference-vercel)',
    (url) =>
      new OpenInferenceBatchSpanProcessor({
        exporter: new OTLPTraceExporter({ url }) as never,
      }) as unknown as SpanProcessor,
  ],
  [
    "@ai-sdk/otel + Langfuse's processor (@langfuse/otel)",
    (url) =>
      new LangfuseSpanProcessor({
        exporter: new OTLPTraceExporter({ url }) as never,
        publicKey: 'pk-lf-local',
        secretKey: 'sk-lf-local',
        baseUrl: 'http://127.0.0.1:9',
      }) as unknown as SpanProcessor,
  ],
];

describe('the AI SDK research team traced by a peer exporter into handoff collect', () => {
  for (const [peer, processor] of PROCESSORS) {
    it(`${peer}: the same root cause as the native adapter for every fault`, async () => {
      for (const fault of FAULTS) {
        const result = await collectPeerRun(async (url, traceDir) => {
          const provider = new TracerProvider({ spanProcessors: [processor(url)] });
          const integration = new OpenTelemetry({ tracer: provider.getTracer('ai') }) as Telemetry;
          try {
            return await runExample({ fault, traceDir, integrations: [integration], clock: realTimeClock() });
          } finally {
            await provider.shutdown();
          }
        });
        expect(result.rejected).toBe(0);
        expect(result.spans).toBeGreaterThan(10);
        expect({ fault, found: result.collected }).toEqual({ fault, found: [result.native] });
        if (fault !== 'none') expect(result.native).not.toBeNull();
      }
    }, 600_000);
  }
});
