import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import { decodeOtlpJson } from './otlp-json.ts';
import { decodeOtlpProtobuf } from './otlp-protobuf.ts';
import type { SpanRecord } from './span-record.ts';

// Test helpers (not exported by the package): SDK spans through the SDK's own OTLP serializers and
// back through Handoff's decoders, as an exporter and `handoff collect` would pass them.

export const viaProtobuf = (spans: ReadableSpan[]): SpanRecord[] =>
  decodeOtlpProtobuf(ProtobufTraceSerializer.serializeRequest(spans as never) as Uint8Array);

export const viaJson = (spans: ReadableSpan[]): SpanRecord[] =>
  decodeOtlpJson(JSON.parse(new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans as never))));
