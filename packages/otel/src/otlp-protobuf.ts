import protobuf from 'protobufjs/minimal.js';
import type { SpanRecord } from './span-record.ts';

type Reader = protobuf.Reader;
type Attributes = Record<string, unknown>;

// Wire types.
const VARINT = 0;
const FIXED64 = 1;
const LENGTH = 2;

/*
 * ExportTraceServiceRequest read straight from the wire into span records, after opentelemetry-proto's
 * trace/v1, common/v1, resource/v1 and collector/trace/v1 (field numbers as published). protobufjs
 * reads the wire primitives (varints, skipping unknown fields, bounds); the messages are walked
 * here, without building protobufjs message objects first: a reflected decode plus a second walk
 * over its output cost four times as much per span. A field of an unexpected wire type is skipped
 * like an unknown one.
 */

/** The end of the length-delimited message starting at the reader's position. */
function endOf(reader: Reader): number {
  const length = reader.uint32();
  const end = reader.pos + length;
  if (end > reader.len) throw new RangeError(`message of ${length} bytes runs past the end at ${reader.pos}`);
  return end;
}

function done(reader: Reader, end: number): void {
  if (reader.pos !== end) throw new RangeError(`message ends at ${reader.pos}, expected ${end}`);
}

function text(reader: Reader): string {
  const end = endOf(reader);
  const start = reader.pos;
  reader.pos = end;
  return (reader.buf as Buffer).toString('utf8', start, end);
}

function hex(reader: Reader): string {
  const end = endOf(reader);
  const start = reader.pos;
  reader.pos = end;
  return (reader.buf as Buffer).toString('hex', start, end);
}

/** A fixed64 of nanoseconds as milliseconds (doubles keep them to well under a microsecond). */
function nanosToMs(reader: Reader): number {
  const low = reader.fixed32();
  const high = reader.fixed32();
  return (high * 4294967296 + low) / 1e6;
}

/** A protobufjs Long (or number) as a number. */
function longToNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  const { low, high, unsigned } = value as { low: number; high: number; unsigned?: boolean };
  return (unsigned ? high >>> 0 : high) * 4294967296 + (low >>> 0);
}

function anyValue(reader: Reader, end: number): unknown {
  let value: unknown;
  while (reader.pos < end) {
    const tag = reader.uint32();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 1:
        if (wire === LENGTH) {
          value = text(reader);
          continue;
        }
        break;
      case 2:
        if (wire === VARINT) {
          value = reader.bool();
          continue;
        }
        break;
      case 3:
        if (wire === VARINT) {
          value = longToNumber(reader.int64());
          continue;
        }
        break;
      case 4:
        if (wire === FIXED64) {
          value = reader.double();
          continue;
        }
        break;
      case 5:
        if (wire === LENGTH) {
          value = arrayValue(reader, endOf(reader));
          continue;
        }
        break;
      case 6:
        if (wire === LENGTH) {
          value = keyValues(reader, endOf(reader), 1);
          continue;
        }
        break;
      case 7:
        if (wire === LENGTH) {
          const bytesEnd = endOf(reader);
          value = (reader.buf as Buffer).toString('base64', reader.pos, bytesEnd);
          reader.pos = bytesEnd;
          continue;
        }
        break;
    }
    reader.skipType(wire);
  }
  done(reader, end);
  return value;
}

function arrayValue(reader: Reader, end: number): unknown[] {
  const values: unknown[] = [];
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === ((1 << 3) | LENGTH)) values.push(anyValue(reader, endOf(reader)));
    else reader.skipType(tag & 7);
  }
  done(reader, end);
  return values;
}

/** One KeyValue into `into`. */
function keyValue(reader: Reader, end: number, into: Attributes): void {
  let key: string | undefined;
  let value: unknown;
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === ((1 << 3) | LENGTH)) key = text(reader);
    else if (tag === ((2 << 3) | LENGTH)) value = anyValue(reader, endOf(reader));
    else reader.skipType(tag & 7);
  }
  done(reader, end);
  if (key !== undefined) into[key] = value;
}

/** The repeated KeyValue field `field` of a message (attributes, a kvlist's values) as a record. */
function keyValues(reader: Reader, end: number, field: number, into: Attributes = {}): Attributes {
  const wanted = (field << 3) | LENGTH;
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === wanted) keyValue(reader, endOf(reader), into);
    else reader.skipType(tag & 7);
  }
  done(reader, end);
  return into;
}

function status(reader: Reader, end: number): SpanRecord['status'] {
  const result: SpanRecord['status'] = { code: 0 };
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === ((2 << 3) | LENGTH)) {
      const message = text(reader);
      if (message) result.message = message;
    } else if (tag === ((3 << 3) | VARINT)) result.code = reader.int32();
    else reader.skipType(tag & 7);
  }
  done(reader, end);
  return result;
}

function event(reader: Reader, end: number): SpanRecord['events'][number] {
  const result: SpanRecord['events'][number] = { name: '', timeMs: 0, attributes: {} };
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === ((1 << 3) | FIXED64)) result.timeMs = nanosToMs(reader);
    else if (tag === ((2 << 3) | LENGTH)) result.name = text(reader);
    else if (tag === ((3 << 3) | LENGTH)) keyValue(reader, endOf(reader), result.attributes);
    else reader.skipType(tag & 7);
  }
  done(reader, end);
  return result;
}

function link(reader: Reader, end: number): SpanRecord['links'][number] | undefined {
  const result: SpanRecord['links'][number] = { traceId: '', spanId: '', attributes: {} };
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === ((1 << 3) | LENGTH)) result.traceId = hex(reader);
    else if (tag === ((2 << 3) | LENGTH)) result.spanId = hex(reader);
    else if (tag === ((4 << 3) | LENGTH)) keyValue(reader, endOf(reader), result.attributes);
    else reader.skipType(tag & 7);
  }
  done(reader, end);
  return result.traceId && result.spanId ? result : undefined;
}

const NO_RESOURCE: Attributes = {};

function span(reader: Reader, end: number): SpanRecord {
  const result: SpanRecord = {
    traceId: '',
    spanId: '',
    name: '',
    kind: 0,
    startMs: 0,
    endMs: 0,
    attributes: {},
    events: [],
    links: [],
    status: { code: 0 },
    resource: NO_RESOURCE,
  };
  while (reader.pos < end) {
    const tag = reader.uint32();
    switch (tag) {
      case (1 << 3) | LENGTH:
        result.traceId = hex(reader);
        break;
      case (2 << 3) | LENGTH:
        result.spanId = hex(reader);
        break;
      case (4 << 3) | LENGTH: {
        const parent = hex(reader);
        if (parent) result.parentSpanId = parent;
        break;
      }
      case (5 << 3) | LENGTH:
        result.name = text(reader);
        break;
      case (6 << 3) | VARINT:
        result.kind = reader.int32();
        break;
      case (7 << 3) | FIXED64:
        result.startMs = nanosToMs(reader);
        break;
      case (8 << 3) | FIXED64:
        result.endMs = nanosToMs(reader);
        break;
      case (9 << 3) | LENGTH:
        keyValue(reader, endOf(reader), result.attributes);
        break;
      case (11 << 3) | LENGTH:
        result.events.push(event(reader, endOf(reader)));
        break;
      case (13 << 3) | LENGTH: {
        const found = link(reader, endOf(reader));
        if (found) result.links.push(found);
        break;
      }
      case (15 << 3) | LENGTH:
        result.status = status(reader, endOf(reader));
        break;
      default:
        reader.skipType(tag & 7);
    }
  }
  done(reader, end);
  if (!result.traceId || !result.spanId) throw new TypeError('span without traceId or spanId');
  return result;
}

/** ScopeSpans (or the older InstrumentationLibrarySpans): its spans, stamped with the scope's name. */
function scopeSpans(reader: Reader, end: number, out: SpanRecord[]): void {
  const first = out.length;
  let scope: string | undefined;
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === ((2 << 3) | LENGTH)) out.push(span(reader, endOf(reader)));
    else if (tag === ((1 << 3) | LENGTH)) {
      const scopeEnd = endOf(reader);
      while (reader.pos < scopeEnd) {
        const inner = reader.uint32();
        if (inner === ((1 << 3) | LENGTH)) scope = text(reader);
        else reader.skipType(inner & 7);
      }
      done(reader, scopeEnd);
    } else reader.skipType(tag & 7);
  }
  done(reader, end);
  if (scope !== undefined) for (let index = first; index < out.length; index++) out[index]!.scope = scope;
}

function resourceSpans(reader: Reader, end: number, out: SpanRecord[]): void {
  const first = out.length;
  let resource: Attributes = {};
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag === ((1 << 3) | LENGTH)) resource = keyValues(reader, endOf(reader), 1);
    else if (tag === ((2 << 3) | LENGTH) || tag === ((1000 << 3) | LENGTH))
      scopeSpans(reader, endOf(reader), out);
    else reader.skipType(tag & 7);
  }
  done(reader, end);
  // Fields may come in any order: the resource is known only at the end.
  for (let index = first; index < out.length; index++) out[index]!.resource = resource;
}

/** Decodes an OTLP/HTTP protobuf body (`application/x-protobuf`) into span records. Throws on bad input. */
export function decodeOtlpProtobuf(body: Uint8Array): SpanRecord[] {
  const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const reader = protobuf.Reader.create(buffer);
  const spans: SpanRecord[] = [];
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag === ((1 << 3) | LENGTH)) resourceSpans(reader, endOf(reader), spans);
    else reader.skipType(tag & 7);
  }
  return spans;
}
