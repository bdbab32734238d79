import { analyze, type Trace } from '@handoff/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { type SpanMappingOptions, writeTraceSpans } from './span-mapping.ts';

export interface ExportTracesOptions extends SpanMappingOptions {
  /** OTLP/HTTP traces endpoint, e.g. `http://localhost:4318/v1/traces`. */
  endpoint: string;
  headers?: Record<string, string>;
  serviceName?: string;
}

/** Sends stored traces to an OTLP/HTTP endpoint (a collector, Jaeger, Tempo, Langfuse, Phoenix…). */
export async function exportTraces(
  traces: Trace[],
  options: ExportTracesOptions,
): Promise<{ spans: number }> {
  const exporter = new OTLPTraceExporter({ url: options.endpoint, headers: options.headers ?? {} });
  let spans = 0;
  const counting = {
    export: (batch: Parameters<typeof exporter.export>[0], done: Parameters<typeof exporter.export>[1]) => {
      spans += batch.length;
      exporter.export(batch, done);
    },
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush(),
  };
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName ?? 'handoff' }),
    spanProcessors: [new BatchSpanProcessor({ exporter: counting })],
  });
  const tracer = provider.getTracer('@handoff/otel', '0.1.0');
  for (const trace of traces) writeTraceSpans(tracer, trace, await analyze(trace), options);
  await provider.forceFlush();
  await provider.shutdown();
  return { spans };
}
