import protobuf from 'protobufjs/light.js';
import { type OtlpRequest, spansOfRequest } from './otlp-json.ts';
import type { SpanRecord } from './span-record.ts';

const repeated = (type: string, id: number) => ({ rule: 'repeated', type, id });

// ExportTraceServiceRequest and the messages it holds, after opentelemetry-proto's trace/v1,
// common/v1, resource/v1 and collector/trace/v1 (field numbers and wire types as published; enums
// read as int32, which is the same varint on the wire). Names are the OTLP/JSON camelCase names, so
// a decoded request has the shape of an OTLP/JSON one and both go through one reader.
const root = protobuf.Root.fromJSON({
  nested: {
    ExportTraceServiceRequest: { fields: { resourceSpans: repeated('ResourceSpans', 1) } },
    ResourceSpans: {
      fields: {
        resource: { type: 'Resource', id: 1 },
        scopeSpans: repeated('ScopeSpans', 2),
        schemaUrl: { type: 'string', id: 3 },
        instrumentationLibrarySpans: repeated('ScopeSpans', 1000),
      },
    },
    Resource: {
      fields: { attributes: repeated('KeyValue', 1), droppedAttributesCount: { type: 'uint32', id: 2 } },
    },
    ScopeSpans: {
      fields: {
        scope: { type: 'InstrumentationScope', id: 1 },
        spans: repeated('Span', 2),
        schemaUrl: { type: 'string', id: 3 },
      },
    },
    InstrumentationScope: {
      fields: {
        name: { type: 'string', id: 1 },
        version: { type: 'string', id: 2 },
        attributes: repeated('KeyValue', 3),
        droppedAttributesCount: { type: 'uint32', id: 4 },
      },
    },
    Span: {
      fields: {
        traceId: { type: 'bytes', id: 1 },
        spanId: { type: 'bytes', id: 2 },
        traceState: { type: 'string', id: 3 },
        parentSpanId: { type: 'bytes', id: 4 },
        name: { type: 'string', id: 5 },
        kind: { type: 'int32', id: 6 },
        startTimeUnixNano: { type: 'fixed64', id: 7 },
        endTimeUnixNano: { type: 'fixed64', id: 8 },
        attributes: repeated('KeyValue', 9),
        droppedAttributesCount: { type: 'uint32', id: 10 },
        events: repeated('Event', 11),
        droppedEventsCount: { type: 'uint32', id: 12 },
        links: repeated('Link', 13),
        droppedLinksCount: { type: 'uint32', id: 14 },
        status: { type: 'Status', id: 15 },
        flags: { type: 'fixed32', id: 16 },
      },
    },
    Event: {
      fields: {
        timeUnixNano: { type: 'fixed64', id: 1 },
        name: { type: 'string', id: 2 },
        attributes: repeated('KeyValue', 3),
        droppedAttributesCount: { type: 'uint32', id: 4 },
      },
    },
    Link: {
      fields: {
        traceId: { type: 'bytes', id: 1 },
        spanId: { type: 'bytes', id: 2 },
        traceState: { type: 'string', id: 3 },
        attributes: repeated('KeyValue', 4),
        droppedAttributesCount: { type: 'uint32', id: 5 },
        flags: { type: 'fixed32', id: 6 },
      },
    },
    Status: { fields: { message: { type: 'string', id: 2 }, code: { type: 'int32', id: 3 } } },
    KeyValue: { fields: { key: { type: 'string', id: 1 }, value: { type: 'AnyValue', id: 2 } } },
    AnyValue: {
      oneofs: {
        value: {
          oneof: [
            'stringValue',
            'boolValue',
            'intValue',
            'doubleValue',
            'arrayValue',
            'kvlistValue',
            'bytesValue',
          ],
        },
      },
      fields: {
        stringValue: { type: 'string', id: 1 },
        boolValue: { type: 'bool', id: 2 },
        intValue: { type: 'int64', id: 3 },
        doubleValue: { type: 'double', id: 4 },
        arrayValue: { type: 'ArrayValue', id: 5 },
        kvlistValue: { type: 'KeyValueList', id: 6 },
        bytesValue: { type: 'bytes', id: 7 },
      },
    },
    ArrayValue: { fields: { values: repeated('AnyValue', 1) } },
    KeyValueList: { fields: { values: repeated('KeyValue', 1) } },
  },
});
const Request = root.lookupType('ExportTraceServiceRequest');

/** Decodes an OTLP/HTTP protobuf body (`application/x-protobuf`) into span records. Throws on bad input. */
export function decodeOtlpProtobuf(body: Uint8Array): SpanRecord[] {
  return spansOfRequest(Request.decode(body) as unknown as OtlpRequest);
}
