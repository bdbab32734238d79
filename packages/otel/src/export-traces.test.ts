import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTracer, memoryStore, teeStore } from '@handoff/core';
import { recordResearchTeam } from '@handoff/core/testing';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTraces } from './export-traces.ts';
import { otelStore } from './otel-store.ts';

let received: { name: string; traceId: string }[] = [];
let url = '';
const server = createServer(async (request: IncomingMessage, response) => {
  let body = '';
  for await (const chunk of request) body += chunk;
  const payload = JSON.parse(body) as {
    resourceSpans: { scopeSpans: { spans: { name: string; traceId: string }[] }[] }[];
  };
  for (const resource of payload.resourceSpans)
    for (const scope of resource.scopeSpans)
      received.push(...scope.spans.map((s) => ({ name: s.name, traceId: s.traceId })));
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{}');
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/traces`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('exportTraces over OTLP/HTTP', () => {
  it('delivers every span of every trace to the receiver', async () => {
    received = [];
    const traces = [await recordResearchTeam('none'), await recordResearchTeam('misunderstood_task')];
    const { spans } = await exportTraces(traces, { endpoint: url });
    expect(received).toHaveLength(spans);
    expect(new Set(received.map((s) => s.traceId)).size).toBe(2);
    expect(received.filter((s) => s.name === 'invoke_workflow research-team')).toHaveLength(2);
    expect(received.filter((s) => s.name.startsWith('invoke_agent'))).toHaveLength(8);
  });
});

describe('otelStore beside the local store', () => {
  it('never slows or breaks the traced program when the endpoint is down, and the local trace is whole', async () => {
    const provider = new TracerProvider({
      spanProcessors: [
        new BatchSpanProcessor({
          exporter: new OTLPTraceExporter({ url: 'http://127.0.0.1:9/v1/traces', timeoutMillis: 500 }),
        }),
      ],
    });
    const local = memoryStore();
    const tracer = createTracer({
      store: teeStore(local, [otelStore({ tracerProvider: provider })]),
      flushOnExit: false,
    });
    const result = await tracer.workflow('down', async () => {
      await tracer.turn('a', async () => 'first');
      tracer.handoff({ from: 'a', to: 'b', content: 'first' });
      return tracer.turn('b', async () => 'second', { input: [{ role: 'user', content: 'first' }] });
    });
    // The program's result is untouched; the export happens on the store's own schedule.
    expect(result).toBe('second');
    await tracer.flush();
    const [trace] = local.traces();
    expect(trace?.turns).toHaveLength(2);
    expect(trace?.handoffs).toHaveLength(1);
    await provider.shutdown().catch(() => undefined);
  });
});
