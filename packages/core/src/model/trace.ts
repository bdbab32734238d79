import { z } from 'zod';
import { ErrorInfoSchema, MessageSchema, ToolCallRequestSchema, UsageSchema } from './message.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

const Millis = z.number(); // epoch milliseconds

export const WorkflowStatusSchema = z.enum(['running', 'ok', 'error', 'incomplete']);
export type WorkflowStatus = z.infer<typeof WorkflowStatusSchema>;

/** What a person (or a grader) said about a run's result: `correct: false` marks a known failure. */
export const FeedbackSchema = z.object({
  correct: z.boolean(),
  /** The answer that was expected, when known. */
  expected: z.unknown().optional(),
  comment: z.string().optional(),
  at: Millis.optional(),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

export const WorkflowSchema = z.object({
  id: z.string(),
  name: z.string(),
  startedAt: Millis,
  endedAt: Millis.optional(),
  status: WorkflowStatusSchema,
  input: z.unknown().optional(),
  output: z.unknown().optional(),
  error: ErrorInfoSchema.optional(),
  metadata: z.record(z.string(), z.unknown()).default({}),
  /** The latest feedback on the run's result (`tracer.feedback`, `handoff import --failed`). */
  feedback: FeedbackSchema.optional(),
});
export type Workflow = z.infer<typeof WorkflowSchema>;

export const ModelCallSchema = z.object({
  id: z.string(),
  turnId: z.string(),
  model: z.string(),
  provider: z.string().optional(),
  input: z.array(MessageSchema).default([]),
  output: z.string().default(''),
  reasoning: z.string().optional(),
  toolCalls: z.array(ToolCallRequestSchema).default([]),
  /** Names of the tools the model was offered (who it could have handed work to, among others). */
  tools: z.array(z.string()).optional(),
  /** The values a structured answer could take (a string enum in its response schema: a router's next agent). */
  choices: z.array(z.string()).optional(),
  usage: UsageSchema.default({}),
  finishReason: z.string().optional(),
  startedAt: Millis,
  endedAt: Millis,
  latencyMs: z.number(),
  error: ErrorInfoSchema.optional(),
});
export type ModelCall = z.infer<typeof ModelCallSchema>;

export const ToolCallSchema = z.object({
  id: z.string(),
  turnId: z.string(),
  name: z.string(),
  args: z.unknown(),
  result: z.unknown().optional(),
  error: ErrorInfoSchema.optional(),
  startedAt: Millis,
  endedAt: Millis.optional(),
  /** Set when the tool's result was used as a context item (see ContextItem.key). */
  contextKey: z.string().optional(),
});
export type ToolCall = z.infer<typeof ToolCallSchema>;

export const ContextSourceSchema = z.enum(['explicit', 'tool', 'state', 'adapter']);
export type ContextSource = z.infer<typeof ContextSourceSchema>;

/** One version of a piece of information agents rely on. */
export const ContextItemSchema = z.object({
  key: z.string(),
  version: z.number().int(),
  producedAt: Millis,
  producedBy: z.object({ agent: z.string().optional(), turnId: z.string().optional() }).default({}),
  maxAgeMs: z.number().optional(),
  source: ContextSourceSchema,
  /** Hash of the canonical value: equal hashes are the same version. */
  valueHash: z.string(),
  value: z.unknown().optional(),
});
export type ContextItem = z.infer<typeof ContextItemSchema>;

export const ContextReadSchema = z.object({
  key: z.string(),
  version: z.number().int(),
  turnId: z.string(),
  agent: z.string(),
  readAt: Millis,
  via: z.enum(['explicit', 'tool', 'state', 'lineage']),
});
export type ContextRead = z.infer<typeof ContextReadSchema>;

export const TurnStatusSchema = z.enum(['running', 'ok', 'error']);
export type TurnStatus = z.infer<typeof TurnStatusSchema>;

/** One activation of one agent. */
export const AgentTurnSchema = z.object({
  id: z.string(),
  agent: z.string(),
  parentTurnId: z.string().optional(),
  startedAt: Millis,
  endedAt: Millis.optional(),
  status: TurnStatusSchema,
  input: z.array(MessageSchema).default([]),
  output: z.string().optional(),
  /** Structured output where the agent returned one (a state update, a JSON object). */
  outputPayload: z.unknown().optional(),
  reasoning: z.string().optional(),
  finishReason: z.string().optional(),
  modelCalls: z.array(ModelCallSchema).default([]),
  toolCalls: z.array(ToolCallSchema).default([]),
  contextReads: z.array(ContextReadSchema).default([]),
  errors: z.array(ErrorInfoSchema).default([]),
  metadata: z.record(z.string(), z.unknown()).default({}),
});
export type AgentTurn = z.infer<typeof AgentTurnSchema>;

export const DeliveryVerdictSchema = z.enum(['understood', 'partially', 'misunderstood']);
export type DeliveryVerdict = z.infer<typeof DeliveryVerdictSchema>;

export const EvidenceSchema = z.object({
  /** What was checked, e.g. `constraint "Q3 2024"`, `score coverage`. */
  label: z.string(),
  detail: z.string(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  turnId: z.string().optional(),
  handoffId: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const DeliverySchema = z.object({
  sent: z.boolean(),
  received: z.boolean(),
  understood: z
    .object({
      verdict: DeliveryVerdictSchema,
      score: z.number().min(0).max(1),
      evidence: z.array(EvidenceSchema).default([]),
      judge: z.string().optional(),
    })
    .optional(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const HandoffKindSchema = z.enum([
  'edge', // static or conditional graph edge
  'command', // Command({ goto, update })
  'send', // Send(node, payload) fan-out
  'transfer', // supervisor / swarm transfer tool
  'delegation', // agent-as-tool: parent calls a sub-agent
  'return', // a sub-agent's reply back to its caller
  'route', // a router's decision (Mastra network)
  'step', // workflow step to next step
  'explicit', // declared by the user
  'broadcast', // a group-chat message every participant sees
]);
export type HandoffKind = z.infer<typeof HandoffKindSchema>;

/** A message from one agent to another. */
export const HandoffSchema = z.object({
  id: z.string(),
  kind: HandoffKindSchema,
  from: z.string(),
  to: z.string(),
  fromTurnId: z.string().optional(),
  toTurnId: z.string().optional(),
  /** The message text actually passed. */
  content: z.string(),
  payload: z.unknown().optional(),
  /** The task it carries, where the sender stated one (defaults to content). */
  task: z.string().optional(),
  /** JSON Schema of a declared contract for the payload (from a zod schema). */
  contract: z.unknown().optional(),
  sentAt: Millis,
  receivedAt: Millis.optional(),
  delivery: DeliverySchema,
  /**
   * Set when no adapter recorded this handoff: it was inferred from the data flow (the sender's output,
   * or values of its structured output, found in the receiver's input). Absent on recorded handoffs.
   */
  inferred: z.boolean().optional(),
  /**
   * Adapter facts; `routing: true` marks a routing decision (a router's choice of the next agent,
   * not a message to deliver), which the content checks leave alone.
   */
  metadata: z.record(z.string(), z.unknown()).default({}),
});
export type Handoff = z.infer<typeof HandoffSchema>;

export const TargetSchema = z.object({ type: z.enum(['turn', 'handoff', 'workflow']), id: z.string() });
export type Target = z.infer<typeof TargetSchema>;

export const ScoreSchema = z.object({
  target: TargetSchema,
  name: z.string(),
  value: z.number().min(0).max(1),
  scorer: z.string(),
  reason: z.string().default(''),
  at: Millis.optional(),
});
export type Score = z.infer<typeof ScoreSchema>;

export const FindingKindSchema = z.enum([
  'stale_context',
  'misunderstood_task',
  'low_quality_output',
  'unchecked_output',
  'lost_message',
  'agent_error',
  'handoff_loop',
]);
export type FindingKind = z.infer<typeof FindingKindSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const BoundarySchema = z.object({ from: z.string(), to: z.string() });
export type Boundary = z.infer<typeof BoundarySchema>;

export const FindingSchema = z.object({
  id: z.string(),
  kind: FindingKindSchema,
  severity: SeveritySchema,
  boundary: BoundarySchema,
  handoffId: z.string().optional(),
  turnId: z.string().optional(),
  summary: z.string(),
  evidence: z.array(EvidenceSchema).default([]),
  /** MAST failure-mode code, e.g. FM-2.4. */
  mast: z.string().optional(),
  at: Millis.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Output of turn `fromTurnId` flowed into the input of turn `toTurnId`. */
export const LineageEdgeSchema = z.object({
  fromTurnId: z.string(),
  toTurnId: z.string(),
  via: z.enum(['declared', 'handoff', 'fingerprint']),
  similarity: z.number().min(0).max(1).optional(),
});
export type LineageEdge = z.infer<typeof LineageEdgeSchema>;

/** Node names that stand for a graph's entry and exit in a declared topology. */
export const TOPOLOGY_START = '__start__';
export const TOPOLOGY_END = '__end__';

/** A node of a declared graph: a graph node, a workflow step, a stage of a pipeline. */
export const TopologyNodeSchema = z.object({
  /** The node's name in its graph. */
  id: z.string(),
  /** The agent that runs there, named as its turns are; absent when only the node's name is known. */
  agent: z.string().optional(),
});
export type TopologyNode = z.infer<typeof TopologyNodeSchema>;

/** What may run after what: node ids, or `TOPOLOGY_START` / `TOPOLOGY_END`. */
export const TopologyEdgeSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Taken only when a router picks it (a conditional edge, a branch, a loop, a Command target). */
  conditional: z.boolean().optional(),
  /** The router's label for this path (a conditional edge's path map key). */
  label: z.string().optional(),
});
export type TopologyEdge = z.infer<typeof TopologyEdgeSchema>;

/** A program's declared structure (one graph or workflow), as written in code rather than as it ran. */
export const GraphTopologySchema = z.object({
  /** The graph's name; a nested graph's is its path from the root (`root|team`). Unique in a trace. */
  name: z.string(),
  nodes: z.array(TopologyNodeSchema),
  edges: z.array(TopologyEdgeSchema),
});
export type GraphTopology = z.infer<typeof GraphTopologySchema>;

/** The fold of one workflow's events. */
export const TraceSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  workflow: WorkflowSchema,
  turns: z.array(AgentTurnSchema),
  handoffs: z.array(HandoffSchema),
  contextItems: z.array(ContextItemSchema),
  scores: z.array(ScoreSchema),
  findings: z.array(FindingSchema),
  lineage: z.array(LineageEdgeSchema),
  /** The graphs the program declared (adapters that can see them), absent when none was recorded. */
  topology: z.array(GraphTopologySchema).optional(),
});
export type Trace = z.infer<typeof TraceSchema>;
