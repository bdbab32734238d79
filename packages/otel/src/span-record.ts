import { z } from 'zod';

/** A span link or event attribute map, flattened to dotted keys. */
const Attributes = z.record(z.string(), z.unknown());

/**
 * One span as decoded from any source (OTLP protobuf or JSON, a Collector file export, a Phoenix
 * span export): times in epoch milliseconds, ids as lowercase hex, attributes flattened.
 */
export const SpanRecordSchema = z.object({
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().optional(),
  name: z.string(),
  /** OTLP span kind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer (0 unspecified). */
  kind: z.number().int().default(0),
  startMs: z.number(),
  endMs: z.number(),
  attributes: Attributes.default({}),
  events: z
    .array(z.object({ name: z.string(), timeMs: z.number(), attributes: Attributes.default({}) }))
    .default([]),
  links: z
    .array(z.object({ traceId: z.string(), spanId: z.string(), attributes: Attributes.default({}) }))
    .default([]),
  /** OTLP status code: 0 unset, 1 ok, 2 error. */
  status: z.object({ code: z.number().int(), message: z.string().optional() }).default({ code: 0 }),
  /** Resource attributes (service.name, …) of the process that emitted the span. */
  resource: Attributes.default({}),
  scope: z.string().optional(),
});
export type SpanRecord = z.infer<typeof SpanRecordSchema>;
