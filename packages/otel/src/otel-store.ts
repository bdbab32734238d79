import { analyze, type Store, TraceBuilder, type TraceEvent } from '@handoff/core';
import { trace as otelTrace, type TracerProvider } from '@opentelemetry/api';
import { type SpanMappingOptions, writeTraceSpans } from './span-mapping.ts';

export interface OtelStoreOptions extends SpanMappingOptions {
  /** Default: the global provider registered with `@opentelemetry/api`. */
  tracerProvider?: TracerProvider;
  /** Run Handoff's checks before export, so findings and delivery verdicts travel with the spans. Default true. */
  analyze?: boolean;
}

/**
 * A Handoff store that sends each workflow to OpenTelemetry as it ends. Use it beside the JSONL store
 * with `teeStore(jsonlStore(), [otelStore()])`: a failing OTel pipeline never costs the local trace.
 * Events arrive already redacted by the recorder.
 */
export function otelStore(options: OtelStoreOptions = {}): Store {
  const provider = options.tracerProvider ?? otelTrace.getTracerProvider();
  const tracer = provider.getTracer('@handoff/otel', '0.1.0');
  const open = new Map<string, TraceBuilder>();
  return {
    name: 'otel',
    async append(events: readonly TraceEvent[]) {
      const ended: TraceBuilder[] = [];
      for (const event of events) {
        let builder = open.get(event.workflowId);
        if (!builder) {
          builder = new TraceBuilder(event.workflowId);
          open.set(event.workflowId, builder);
        }
        builder.apply(event);
        if (event.type === 'workflow-end') ended.push(builder);
      }
      for (const builder of ended) {
        open.delete(builder.workflowId);
        const trace = builder.toTrace();
        writeTraceSpans(tracer, trace, options.analyze === false ? undefined : await analyze(trace), options);
      }
    },
    async flush() {
      await (provider as { forceFlush?: () => Promise<void> }).forceFlush?.();
    },
  };
}
