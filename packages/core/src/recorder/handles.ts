import type { ErrorInfo, Message, ToolCallRequest, Usage } from '../model/message.ts';
import type {
  ContextItem,
  ContextSource,
  Finding,
  GraphTopology,
  HandoffKind,
  LineageEdge,
  Score,
  Target,
  Trace,
} from '../model/trace.ts';

/** Options for a message an agent sends to another. */
export interface HandoffInput {
  from: string;
  to: string;
  /** The message text actually passed. */
  content: string;
  kind?: HandoffKind;
  fromTurnId?: string;
  /** Set when the receiving turn is already known (else call `receiveHandoff` later). */
  toTurnId?: string;
  payload?: unknown;
  /** The task the message carries, where it differs from the content. */
  task?: string;
  /** A zod schema (or JSON Schema) the payload must satisfy; checked by the delivery check. */
  contract?: unknown;
  /** The handoff was inferred from the data flow, not seen (see `Handoff.inferred`). */
  inferred?: boolean;
  /** `routing: true` marks a routing decision rather than a message (see `Handoff.metadata`). */
  metadata?: Record<string, unknown>;
  /** Delivered to another process (over the network): no turn here receives it; that process records the receipt. */
  remote?: boolean;
  id?: string;
  at?: number;
}

/** What is known about a run's result: `correct: false` marks it failed for the analysis. */
export interface FeedbackInput {
  correct: boolean;
  /** The answer that was expected. */
  expected?: unknown;
  comment?: string;
  at?: number;
}

export interface ContextInput {
  key: string;
  value: unknown;
  maxAgeMs?: number;
  source?: ContextSource;
  producedBy?: { agent?: string; turnId?: string };
  /** When the value was produced, if not now. */
  at?: number;
}

export interface ModelCallInput {
  model: string;
  provider?: string;
  input?: Message[];
  output?: string;
  reasoning?: string;
  toolCalls?: ToolCallRequest[];
  /** The tools the model was offered: names, or definitions (`{ name }`, `{ function: { name } }`). */
  tools?: readonly unknown[];
  /** The values a structured answer could take: the string enums of its response schema. */
  choices?: readonly string[];
  usage?: Usage;
  finishReason?: string;
  startedAt?: number;
  endedAt?: number;
  error?: unknown;
  id?: string;
}

export interface TurnStartInput {
  agent: string;
  input?: Message[];
  parentTurnId?: string;
  metadata?: Record<string, unknown>;
  id?: string;
  at?: number;
  /** Receive the handoffs sent to this agent that no turn has received yet. Default true. */
  receive?: boolean;
}

export interface TurnEndInput {
  output?: unknown;
  /** A structured output kept beside a readable `output` text (a state update, a routing decision). */
  outputPayload?: unknown;
  reasoning?: string;
  finishReason?: string;
  error?: unknown;
  at?: number;
}

export interface ToolCallHandle {
  readonly id: string;
  readonly name: string;
  /** Records the result (or error). A successful result also becomes a context item. */
  end(result?: { result?: unknown; error?: unknown; at?: number }): void;
}

/** A live turn, handed to adapters and users; records go to the trace, never back into the host. */
export interface TurnHandle {
  readonly id: string;
  readonly agent: string;
  readonly workflow: WorkflowHandle;
  readonly ended: boolean;
  update(update: { agent?: string; input?: Message[]; metadata?: Record<string, unknown> }): void;
  recordModelCall(call: ModelCallInput): void;
  startToolCall(call: { name: string; args: unknown; id?: string; at?: number }): ToolCallHandle;
  /** Records that this turn read `key` (the latest version, or `version`); returns the item read. */
  readContext(
    key: string,
    options?: { version?: number; at?: number; via?: 'explicit' | 'tool' | 'state' },
  ): ContextItem | undefined;
  provideContext(input: Omit<ContextInput, 'producedBy'>): ContextItem | undefined;
  end(result?: TurnEndInput): void;
  /**
   * Marks the turn failed after its answer: the code that used the answer threw (a workflow step
   * rejecting its agent's output). Ends a running turn with the error; on an ended turn it records
   * the error once.
   */
  fail(error: unknown, at?: number): void;
  /** Runs `fn` with this turn (and its workflow) as the current async context. */
  run<T>(fn: () => T): T;
}

export interface WorkflowHandle {
  readonly id: string;
  readonly name: string;
  readonly ended: boolean;
  startTurn(input: TurnStartInput): TurnHandle;
  /** The running or ended turn with this id, if this recorder started it. */
  getTurn(turnId: string): TurnHandle | undefined;
  sendHandoff(input: HandoffInput): { id: string };
  receiveHandoff(handoffId: string, toTurnId: string, at?: number): void;
  provideContext(input: ContextInput): ContextItem | undefined;
  readContext(input: {
    key: string;
    turnId: string;
    version?: number;
    /** The value used: the read is of the version that holds it. */
    value?: unknown;
    at?: number;
    via?: 'explicit' | 'tool' | 'state';
  }): ContextItem | undefined;
  addScore(score: Omit<Score, 'at'> & { at?: number }): void;
  addFinding(finding: Omit<Finding, 'id' | 'at'> & { id?: string; at?: number }): void;
  addLineage(edge: LineageEdge): void;
  /**
   * Records a graph the program declared (its nodes and edges, as written in code): the diagnosis
   * names the agent that should have run next when a run stops after a node. A later graph of the
   * same name replaces it.
   */
  declareTopology(graph: GraphTopology): void;
  /** Records feedback on the run's result; allowed after the workflow ended. */
  feedback(feedback: FeedbackInput): void;
  end(result?: { output?: unknown; error?: unknown; at?: number }): void;
  /** Runs `fn` with this workflow as the current async context. */
  run<T>(fn: () => T): T;
  /** The trace as recorded so far. */
  trace(): Trace;
}

export type { ErrorInfo, Target };
