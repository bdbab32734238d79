export { type ExportTracesOptions, exportTraces } from './export-traces.ts';
export { type OtelStoreOptions, otelStore } from './otel-store.ts';
export { type SpanMappingOptions, writeTraceSpans } from './span-mapping.ts';
