import { decodeOtlpJson } from './otlp-json.ts';
import { fromPhoenixSpan, isPhoenixSpan } from './phoenix-span.ts';
import type { SpanRecord } from './span-record.ts';

export interface ParsedSpans {
  spans: SpanRecord[];
  /** Records that could not be read (`line N: reason`); the rest was read. */
  errors: string[];
}

function recordSpans(value: unknown): SpanRecord[] {
  if (Array.isArray(value)) return value.flatMap(recordSpans);
  if (isPhoenixSpan(value)) return [fromPhoenixSpan(value)];
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('resourceSpans' in object || 'resource_spans' in object) return decodeOtlpJson(object);
    if (Array.isArray(object.data)) return object.data.flatMap(recordSpans); // Phoenix REST pages
  }
  throw new TypeError('neither an OTLP/JSON request nor a Phoenix / OpenInference span');
}

/**
 * Spans from a file's text: one OTLP/JSON request (an OTLP JSON dump), one per line (the Collector's
 * file exporter), or Phoenix / OpenInference span exports (JSON array, `{ data: [...] }` or JSONL).
 * Unreadable lines are counted in `errors`, never thrown.
 */
export function parseSpanText(text: string): ParsedSpans {
  const errors: string[] = [];
  const trimmed = text.trim();
  if (trimmed === '') return { spans: [], errors };
  try {
    return { spans: recordSpans(JSON.parse(trimmed)), errors };
  } catch {
    // Not one JSON document: read it as JSON lines.
  }
  const spans: SpanRecord[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    try {
      for (const span of recordSpans(JSON.parse(line))) spans.push(span);
    } catch (error) {
      errors.push(`line ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { spans, errors };
}
