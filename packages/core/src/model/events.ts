import { z } from 'zod';
import { ErrorInfoSchema, MessageSchema } from './message.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import {
  ContextItemSchema,
  ContextReadSchema,
  FeedbackSchema,
  FindingSchema,
  GraphTopologySchema,
  HandoffKindSchema,
  LineageEdgeSchema,
  ModelCallSchema,
  ScoreSchema,
  TurnStatusSchema,
} from './trace.ts';

const base = {
  schema: z.literal(SCHEMA_VERSION),
  workflowId: z.string(),
  /** Order of the event within its workflow (0, 1, 2, …). */
  seq: z.number().int(),
  /** Epoch milliseconds from the tracer's clock. */
  at: z.number(),
  /**
   * Which recorder wrote the event, when another process continued the workflow (a handoff over the
   * network): each continuation has its own writer and its own `seq`. Absent for the process that
   * started the workflow. Readers key events by workflow, writer and seq.
   */
  writer: z.string().optional(),
};
const Metadata = z.record(z.string(), z.unknown()).default({});

export const WorkflowStartEventSchema = z.object({
  ...base,
  type: z.literal('workflow-start'),
  name: z.string(),
  input: z.unknown().optional(),
  metadata: Metadata,
});
export const WorkflowEndEventSchema = z.object({
  ...base,
  type: z.literal('workflow-end'),
  status: z.enum(['ok', 'error']),
  output: z.unknown().optional(),
  error: ErrorInfoSchema.optional(),
});
export const TurnStartEventSchema = z.object({
  ...base,
  type: z.literal('turn-start'),
  turnId: z.string(),
  agent: z.string(),
  parentTurnId: z.string().optional(),
  input: z.array(MessageSchema).default([]),
  metadata: Metadata,
});
/** Late facts about a running turn (frameworks that report the input or name after the start). */
export const TurnUpdateEventSchema = z.object({
  ...base,
  type: z.literal('turn-update'),
  turnId: z.string(),
  agent: z.string().optional(),
  input: z.array(MessageSchema).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export const TurnEndEventSchema = z.object({
  ...base,
  type: z.literal('turn-end'),
  turnId: z.string(),
  status: TurnStatusSchema.exclude(['running']),
  output: z.string().optional(),
  outputPayload: z.unknown().optional(),
  reasoning: z.string().optional(),
  finishReason: z.string().optional(),
  error: ErrorInfoSchema.optional(),
});
export const ModelCallEventSchema = z.object({
  ...base,
  type: z.literal('model-call'),
  call: ModelCallSchema,
});
export const ToolStartEventSchema = z.object({
  ...base,
  type: z.literal('tool-start'),
  turnId: z.string(),
  callId: z.string(),
  name: z.string(),
  args: z.unknown(),
});
export const ToolEndEventSchema = z.object({
  ...base,
  type: z.literal('tool-end'),
  callId: z.string(),
  result: z.unknown().optional(),
  error: ErrorInfoSchema.optional(),
  contextKey: z.string().optional(),
});
export const HandoffSendEventSchema = z.object({
  ...base,
  type: z.literal('handoff-send'),
  handoffId: z.string(),
  kind: HandoffKindSchema,
  from: z.string(),
  to: z.string(),
  fromTurnId: z.string().optional(),
  toTurnId: z.string().optional(),
  content: z.string(),
  payload: z.unknown().optional(),
  task: z.string().optional(),
  contract: z.unknown().optional(),
  /** The sender guessed this handoff from the data flow rather than seeing it happen. */
  inferred: z.boolean().optional(),
  metadata: Metadata,
});
export const HandoffReceiveEventSchema = z.object({
  ...base,
  type: z.literal('handoff-receive'),
  handoffId: z.string(),
  toTurnId: z.string(),
});
export const ContextProvideEventSchema = z.object({
  ...base,
  type: z.literal('context-provide'),
  item: ContextItemSchema,
});
export const ContextReadEventSchema = z.object({
  ...base,
  type: z.literal('context-read'),
  read: ContextReadSchema,
});
export const ScoreEventSchema = z.object({ ...base, type: z.literal('score-add'), score: ScoreSchema });
export const FindingEventSchema = z.object({
  ...base,
  type: z.literal('finding-add'),
  finding: FindingSchema,
});
/** Feedback on a workflow's result, possibly long after it ended (a later event wins). */
export const FeedbackEventSchema = z.object({
  ...base,
  type: z.literal('feedback-add'),
  feedback: FeedbackSchema,
});
export const LineageEventSchema = z.object({
  ...base,
  type: z.literal('lineage-add'),
  edge: LineageEdgeSchema,
});
/** A graph the program declared; a later one of the same name replaces it. */
export const TopologyEventSchema = z.object({
  ...base,
  type: z.literal('topology-add'),
  graph: GraphTopologySchema,
});

export const TraceEventSchema = z.discriminatedUnion('type', [
  WorkflowStartEventSchema,
  WorkflowEndEventSchema,
  TurnStartEventSchema,
  TurnUpdateEventSchema,
  TurnEndEventSchema,
  ModelCallEventSchema,
  ToolStartEventSchema,
  ToolEndEventSchema,
  HandoffSendEventSchema,
  HandoffReceiveEventSchema,
  ContextProvideEventSchema,
  ContextReadEventSchema,
  ScoreEventSchema,
  FindingEventSchema,
  LineageEventSchema,
  FeedbackEventSchema,
  TopologyEventSchema,
]);
export type TraceEvent = z.infer<typeof TraceEventSchema>;
export type TraceEventType = TraceEvent['type'];
/** An event as handed to the recorder, before it is stamped with schema, workflow id and sequence. */
export type TraceEventOf<T extends TraceEventType> = Extract<TraceEvent, { type: T }>;
export type UnstampedEvent = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, 'schema' | 'workflowId' | 'seq' | 'at'>
    : never
  : never;
