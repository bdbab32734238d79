export { type ExportTracesOptions, exportTraces } from './export-traces.ts';
export { importSpanFile, type SpanFileImport } from './import-span-file.ts';
export { type OtelStoreOptions, otelStore } from './otel-store.ts';
export { decodeOtlpJson } from './otlp-json.ts';
export { decodeOtlpProtobuf } from './otlp-protobuf.ts';
export {
  type OtlpReceiver,
  type OtlpReceiverOptions,
  type OtlpReceiverStats,
  startOtlpReceiver,
} from './otlp-receiver.ts';
export { fromPhoenixSpan } from './phoenix-span.ts';
export { type ParsedSpans, parseSpanText } from './read-span-file.ts';
export { readSpan, type SpanRole, type SpanView } from './span-conventions.ts';
export { type SpanMappingOptions, writeTraceSpans } from './span-mapping.ts';
export { type SpanRecord, SpanRecordSchema } from './span-record.ts';
export {
  type ImportedWorkflow,
  type SpansToWorkflowsOptions,
  spansToWorkflows,
} from './spans-to-workflows.ts';
export {
  type ReadTopology,
  readTopologyAttribute,
  TOPOLOGY_ATTRIBUTE,
  topologyAttributeValue,
} from './topology-attribute.ts';
export { writeWorkflowFile } from './write-workflow-file.ts';
