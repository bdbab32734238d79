import type { SpanRecord } from './span-record.ts';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Nested attribute objects (`{ input: { value } }`) as dotted keys (`input.value`); arrays stay values. */
export function flattenAttributes(value: Obj, prefix = '', into: Obj = {}): Obj {
  for (const [key, entry] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isObject(entry)) flattenAttributes(entry, name, into);
    else if (Array.isArray(entry) && entry.every(isObject) && entry.length > 0)
      entry.forEach((item, index) => {
        flattenAttributes(item as Obj, `${name}.${index}`, into);
      });
    else into[name] = entry;
  }
  return into;
}

/** Epoch ms from an ISO date, or a number in s, ms, µs or ns. */
function timeOf(value: unknown): number {
  if (typeof value === 'string') {
    const parsed = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
    return Number.isNaN(parsed) ? Number(value) || 0 : parsed;
  }
  if (typeof value !== 'number') return 0;
  if (value > 1e17) return value / 1e6;
  if (value > 1e14) return value / 1e3;
  if (value < 1e11) return value * 1000;
  return value;
}

const STATUS: Record<string, number> = { UNSET: 0, OK: 1, ERROR: 2 };

/** Whether a record looks like a Phoenix / OpenInference span export row. */
export function isPhoenixSpan(value: unknown): value is Obj {
  return isObject(value) && (isObject(value.context) || 'context.span_id' in value);
}

/**
 * One span of a Phoenix export (its REST API, `get_spans_dataframe()` written as JSON, or the span
 * JSON encoder): `context.trace_id` / `span_id`, `parent_id`, ISO times, `status_code`, and the
 * OpenInference attributes nested (`attributes.input.value`) or flat (`attributes.input.value` columns).
 */
export function fromPhoenixSpan(record: Obj): SpanRecord {
  const flat = flattenAttributes(record);
  const context = isObject(record.context) ? record.context : {};
  const traceId = String(context.trace_id ?? flat['context.trace_id'] ?? '');
  const spanId = String(context.span_id ?? flat['context.span_id'] ?? '');
  if (!traceId || !spanId) throw new TypeError('span without context.trace_id or context.span_id');
  const attributes: Obj = {};
  for (const [key, value] of Object.entries(flat))
    if (key.startsWith('attributes.') && value !== null) attributes[key.slice('attributes.'.length)] = value;
  const kind = typeof record.span_kind === 'string' ? record.span_kind : undefined;
  if (kind && attributes['openinference.span.kind'] === undefined)
    attributes['openinference.span.kind'] = kind;
  const parent = record.parent_id;
  const events = Array.isArray(record.events) ? record.events.filter(isObject) : [];
  return {
    traceId: traceId.replace(/^0x/, '').toLowerCase(),
    spanId: spanId.replace(/^0x/, '').toLowerCase(),
    ...(typeof parent === 'string' && parent
      ? { parentSpanId: parent.replace(/^0x/, '').toLowerCase() }
      : {}),
    name: String(record.name ?? ''),
    kind: 0,
    startMs: timeOf(record.start_time),
    endMs: timeOf(record.end_time ?? record.start_time),
    attributes,
    events: events.map((event) => ({
      name: String(event.name ?? ''),
      timeMs: timeOf(event.timestamp ?? event.time),
      attributes: isObject(event.attributes) ? flattenAttributes(event.attributes) : {},
    })),
    links: [],
    status: {
      code: STATUS[String(record.status_code ?? 'UNSET').toUpperCase()] ?? 0,
      ...(typeof record.status_message === 'string' && record.status_message
        ? { message: record.status_message }
        : {}),
    },
    resource: {},
  };
}
