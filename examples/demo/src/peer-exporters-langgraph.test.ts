import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LangChainInstrumentation } from '@arizeai/openinference-instrumentation-langchain';
import { FAULTS } from '@handoff/example-kit';
import { runExample } from '@handoff/example-langgraph-research-team';
import { CallbackHandler } from '@langfuse/langchain';
import { LangfuseSpanProcessor } from '@langfuse/otel';
import { setLangfuseTracerProvider } from '@langfuse/tracing';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchSpanProcessor, type SpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { collectPeerRun, realTimeClock } from './collect-peer-run.ts';

/**
 * The `@langchain/core/callbacks/manager` module the example's graph runs on. OpenInference patches
 * that module, and pnpm may give this package another copy of @langchain/core (its peers differ).
 */
async function callbackManagerOfExample() {
  const example = createRequire(
    fileURLToPath(import.meta.resolve('@handoff/example-langgraph-research-team')),
  );
  const manifest = example.resolve('@langchain/core/package.json');
  const entry = JSON.parse(readFileSync(manifest, 'utf8')).exports['./callbacks/manager'].import.default;
  return import(pathToFileURL(join(dirname(manifest), entry)).href);
}

describe('the LangGraph research team traced by a peer exporter into handoff collect', () => {
  it("OpenInference's LangChain instrumentation: the same root cause as the native adapter for every fault", async () => {
    const instrumentation = new LangChainInstrumentation();
    instrumentation.manuallyInstrument(await callbackManagerOfExample());
    try {
      for (const fault of FAULTS) {
        const result = await collectPeerRun(async (url, traceDir) => {
          const provider = new TracerProvider({
            spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url }) })],
          });
          instrumentation.setTracerProvider(provider);
          try {
            return await runExample({ fault, traceDir, clock: realTimeClock() });
          } finally {
            await provider.shutdown();
          }
        });
        expect(result.rejected).toBe(0);
        expect(result.spans).toBeGreaterThan(10);
        expect({ fault, found: result.collected }).toEqual({ fault, found: [result.native] });
        if (fault !== 'none') expect(result.native).not.toBeNull();
      }
    } finally {
      instrumentation.disable();
    }
  }, 600_000);

  it("Langfuse's CallbackHandler and span processor: the same root cause as the native adapter for every fault", async () => {
    for (const fault of FAULTS) {
      const result = await collectPeerRun(async (url, traceDir) => {
        const provider = new TracerProvider({
          spanProcessors: [
            new LangfuseSpanProcessor({
              exporter: new OTLPTraceExporter({ url }) as never,
              publicKey: 'pk-lf-local',
              secretKey: 'sk-lf-local',
              baseUrl: 'http://127.0.0.1:9',
            }) as unknown as SpanProcessor,
          ],
        });
        setLangfuseTracerProvider(provider as never);
        try {
          return await runExample({
            fault,
            traceDir,
            callbacks: [new CallbackHandler() as never],
            clock: realTimeClock(),
          });
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
});
