import type { SpanRecord } from './span-record.ts';

type Obj = Record<string, unknown>;
/** An ExportTraceServiceRequest, decoded from protobuf or parsed from OTLP/JSON (camelCase or snake_case). */
export type OtlpRequest = Obj;

const own = (object: unknown, key: string): unknown =>
  object !== null && typeof object === 'object' && Object.hasOwn(object, key)
    ? (object as Obj)[key]
    : undefined;
/** A field by its OTLP/JSON name or its proto (snake_case) name. */
const field = (object: unknown, camel: string): unknown => {
  const value = own(object, camel);
  if (value !== undefined) return value;
  return own(
    object,
    camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
  );
};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const HEX = /^[0-9a-f]*$/i;
/** Ids: bytes (protobuf), hex (OTLP/JSON) or base64 (protobuf's canonical JSON mapping). */
function idOf(value: unknown): string | undefined {
  if (value instanceof Uint8Array) return value.length ? Buffer.from(value).toString('hex') : undefined;
  if (typeof value !== 'string' || value === '') return undefined;
  if ((value.length === 32 || value.length === 16) && HEX.test(value)) return value.toLowerCase();
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === 16 || bytes.length === 8 ? bytes.toString('hex') : value.toLowerCase();
}

/** A 64-bit number: a protobufjs Long, a JSON string or number. */
function int64(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Number(value);
  if (typeof value === 'bigint') return Number(value);
  if (value && typeof value === 'object' && 'low' in value && 'high' in value) {
    const { low, high, unsigned } = value as { low: number; high: number; unsigned?: boolean };
    return (unsigned ? high >>> 0 : high) * 4294967296 + (low >>> 0);
  }
  return 0;
}
const nanosToMs = (value: unknown): number => int64(value) / 1e6;

/** An OTLP AnyValue as a plain value. */
export function anyValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const string = own(value, 'stringValue') ?? own(value, 'string_value');
  if (string !== undefined) return string;
  const bool = field(value, 'boolValue');
  if (bool !== undefined) return bool;
  const int = field(value, 'intValue');
  if (int !== undefined) return int64(int);
  const double = field(value, 'doubleValue');
  if (double !== undefined) return Number(double);
  const array = field(value, 'arrayValue');
  if (array !== undefined) return list(field(array, 'values')).map(anyValue);
  const kvlist = field(value, 'kvlistValue');
  if (kvlist !== undefined) return attributesOf(field(kvlist, 'values'));
  const bytes = field(value, 'bytesValue');
  if (bytes !== undefined) return bytes instanceof Uint8Array ? Buffer.from(bytes).toString('base64') : bytes;
  return undefined;
}

/** A KeyValue list as a record. */
export function attributesOf(values: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const entry of list(values)) {
    const key = own(entry, 'key');
    if (typeof key === 'string') result[key] = anyValue(own(entry, 'value'));
  }
  return result;
}

/** The spans of one ExportTraceServiceRequest. Throws when it is not one. */
export function spansOfRequest(request: OtlpRequest): SpanRecord[] {
  if (request === null || typeof request !== 'object' || Array.isArray(request))
    throw new TypeError('not an OTLP ExportTraceServiceRequest (expected an object)');
  const spans: SpanRecord[] = [];
  for (const resourceSpans of list(field(request, 'resourceSpans'))) {
    const resource = attributesOf(field(field(resourceSpans, 'resource'), 'attributes'));
    const scopes = [
      ...list(field(resourceSpans, 'scopeSpans')),
      ...list(field(resourceSpans, 'instrumentationLibrarySpans')),
    ];
    for (const scopeSpans of scopes) {
      const scopeName = own(field(scopeSpans, 'scope') ?? own(scopeSpans, 'instrumentationLibrary'), 'name');
      for (const span of list(field(scopeSpans, 'spans'))) {
        const traceId = idOf(field(span, 'traceId'));
        const spanId = idOf(field(span, 'spanId'));
        if (!traceId || !spanId) throw new TypeError('span without traceId or spanId');
        const parentSpanId = idOf(field(span, 'parentSpanId'));
        const status = field(span, 'status');
        const code = own(status, 'code');
        const message = own(status, 'message');
        spans.push({
          traceId,
          spanId,
          ...(parentSpanId ? { parentSpanId } : {}),
          name: String(field(span, 'name') ?? ''),
          kind: kindOf(field(span, 'kind')),
          startMs: nanosToMs(field(span, 'startTimeUnixNano')),
          endMs: nanosToMs(field(span, 'endTimeUnixNano')),
          attributes: attributesOf(field(span, 'attributes')),
          events: list(field(span, 'events')).map((event) => ({
            name: String(own(event, 'name') ?? ''),
            timeMs: nanosToMs(field(event, 'timeUnixNano')),
            attributes: attributesOf(own(event, 'attributes')),
          })),
          links: list(field(span, 'links')).flatMap((link) => {
            const linkTrace = idOf(field(link, 'traceId'));
            const linkSpan = idOf(field(link, 'spanId'));
            return linkTrace && linkSpan
              ? [{ traceId: linkTrace, spanId: linkSpan, attributes: attributesOf(own(link, 'attributes')) }]
              : [];
          }),
          status: {
            code: statusCode(code),
            ...(typeof message === 'string' && message ? { message } : {}),
          },
          resource,
          ...(typeof scopeName === 'string' ? { scope: scopeName } : {}),
        });
      }
    }
  }
  return spans;
}

const KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
function kindOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Math.max(0, KINDS.indexOf(value.replace(/^SPAN_KIND_/, '')));
  return 0;
}
function statusCode(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string')
    return Math.max(0, ['UNSET', 'OK', 'ERROR'].indexOf(value.replace(/^STATUS_CODE_/, '')));
  return 0;
}

/** Decodes an OTLP/JSON body (one ExportTraceServiceRequest) into span records. Throws on bad input. */
export function decodeOtlpJson(value: unknown): SpanRecord[] {
  return spansOfRequest(value as OtlpRequest);
}
